#pragma once

#include <QMainWindow>

class QLabel;

namespace sextant {

// The main window only composes: menus, status bar and the views of the
// layers below. Behaviour lives in views/ and model/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The connection summary shown in the status bar.
    QString connectionSummary() const;
    void setConnectionSummary(const QString &summary);

private:
    void createMenus();
    void createStatusBar();
    void showAbout();

    QLabel *m_connectionLabel = nullptr;
};

} // namespace sextant
