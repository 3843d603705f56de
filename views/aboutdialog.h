#pragma once

#include <QDialog>

namespace sextant::views {

// Help → About: the product, its version and the libraries it stands on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace sextant::views
