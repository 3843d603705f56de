#pragma once

#include <QDialog>

namespace sextant::views {

// Help → Keyboard shortcuts: every shortcut of the window, from its actions.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString keys;
        QString what;
    };
    ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);
};

} // namespace sextant::views
