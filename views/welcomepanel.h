#pragma once

#include <QWidget>

class QLabel;

namespace sextant::views {

// What the window shows while no controller is connected: what to do next.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace sextant::views
