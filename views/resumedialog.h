#pragma once

#include "model/actions/actiontypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace sextant {
class ActionService;
}

namespace sextant::views {

class BatchProgressPanel;

// Ends an emergency pause: lists, per instance, the apps the ledger holds as
// paused (who, when, why), asks a reason and restores each app's exact prior
// policy. In Complete mode it finishes an interrupted pause instead (the apps
// recorded but not reached are paused too).
class ResumeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Resume, CompleteInterrupted };
    ResumeDialog(ActionService *actions, Mode mode, QWidget *parent = nullptr);

    int appCount() const { return m_apps; }
    QTreeWidget *appList() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchProgressPanel *progressPanel() const { return m_progress; }
    void confirm();

signals:
    void finished(const sextant::BatchOutcome &outcome);

private:
    void validate();

    ActionService *m_actions;
    Mode m_mode;
    int m_apps = 0;
    quint64 m_request = 0;
    QStackedWidget *m_pages;
    QTreeWidget *m_list;
    QLineEdit *m_reason;
    BatchProgressPanel *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_close;
};

} // namespace sextant::views
