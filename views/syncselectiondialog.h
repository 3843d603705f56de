#pragma once

#include "model/actions/actiontypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sextant {
class ActionService;
}

namespace sextant::views {

class BatchProgressPanel;

// Sync several applications (the fleet tree's selection) one after another,
// with progress, stopping at the first failure unless "continue on failure"
// is ticked. Protected apps are left out: each needs its own approval in the
// Sync dialog, and the list says so.
class SyncSelectionDialog : public QDialog {
    Q_OBJECT
public:
    SyncSelectionDialog(ActionService *actions, const QStringList &appKeys, QWidget *parent = nullptr);

    QStringList appsToSync() const { return m_keys; }
    QStringList protectedApps() const { return m_protected; }
    QTreeWidget *appList() const { return m_list; }
    QCheckBox *continueOnFailureBox() const { return m_continue; }
    QCheckBox *pruneBox() const { return m_prune; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchProgressPanel *progressPanel() const { return m_progress; }
    void confirm();

signals:
    void finished(const sextant::BatchOutcome &outcome);

private:
    void markApp(const QString &appKey, const QString &state, const QString &why = {});

    ActionService *m_actions;
    QStringList m_keys;      // in the order they run
    QStringList m_protected; // left out
    quint64 m_request = 0;
    QTreeWidget *m_list;
    QCheckBox *m_prune;
    QCheckBox *m_applyOnly;
    QCheckBox *m_continue;
    QLineEdit *m_reason;
    BatchProgressPanel *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace sextant::views
