#pragma once

#include "model/actions/actiontypes.h"
#include "model/actions/syncpreview.h"
#include "model/fleet/applicationgitsource.h"

#include <QDialog>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sextant {
class ActionService;
class FleetStore;
} // namespace sextant

namespace sextant::views {

class SyncPreviewView;

// Sync one application. The title names the target (instance · cluster ·
// namespace · app). The dialog runs a dry run first and shows its preview;
// Sync is enabled only while that preview matches the options shown. A sync
// window that blocks manual syncs, a running operation (with Terminate
// operation) and a protected target are explained above the options; a
// protected target asks for an approval (ApprovalDialog) and ends with its
// deployment record.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(ActionService *actions, FleetStore *store, const QString &appKey, QWidget *parent = nullptr);

    SyncOptions options() const;
    bool canSync() const;
    bool previewIsCurrent() const;
    const GuardrailCheck &guardrails() const { return m_check; }

    SyncPreviewView *previewView() const { return m_preview; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *previewButton() const { return m_rerun; }
    QPushButton *terminateButton() const { return m_terminate; }
    QCheckBox *pruneBox() const { return m_prune; }
    QCheckBox *applyOnlyBox() const { return m_applyOnly; }
    QCheckBox *forceBox() const { return m_force; }
    QCheckBox *selectedOnlyBox() const { return m_selectedOnly; }
    QListWidget *resourceChooser() const { return m_resources; }
    QLineEdit *revisionEdit() const { return m_revision; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *problemLabel() const { return m_problem; }

    void runPreview();
    // "What deploys next from Git", under the preview; empty until the mirror answered.
    QLabel *gitNextLabel() const { return m_gitNext; }

signals:
    // After a successful sync (the dialog then closes).
    void synced(const sextant::ActionOutcome &outcome);

private:
    void showPendingChange(const PendingChange &change);
    QLabel *m_gitNext = nullptr;
    QString m_gitSummary; // the pending commits, for the approval and the deployment record
    quint64 m_pendingRequest = 0;
    enum class Busy { None, Preview, Sync, Terminate };
    void buildNotices(QWidget *parent);
    void updateNotices();
    void updateButtons();
    void onOptionsChanged();
    void onPreview(const SyncPreview &preview);
    void onFinished(const ActionOutcome &outcome);
    void startSync();
    void terminateOperation();
    void showRecord(qint64 recordId);
    void setProblem(const QString &text);

    ActionService *m_actions;
    FleetStore *m_store;
    QString m_key;
    GuardrailCheck m_check;
    Busy m_busy = Busy::None;
    quint64 m_previewRequest = 0;
    quint64 m_syncRequest = 0;
    quint64 m_terminateRequest = 0;
    quint64 m_windowRequest = 0;
    quint64 m_recordsRequest = 0;
    qint64 m_recordId = 0;
    SyncOptions m_previewOptions;

    QFrame *m_protectedNotice = nullptr;
    QLabel *m_protectedText = nullptr;
    QFrame *m_windowNotice = nullptr;
    QLabel *m_windowText = nullptr;
    QFrame *m_operationNotice = nullptr;
    QLabel *m_operationText = nullptr;
    QPushButton *m_terminate = nullptr;

    QCheckBox *m_prune;
    QCheckBox *m_applyOnly;
    QCheckBox *m_force;
    QCheckBox *m_selectedOnly;
    QListWidget *m_resources;
    QLineEdit *m_revision;
    QLineEdit *m_reason;
    SyncPreviewView *m_preview;
    QLabel *m_previewState;
    QPushButton *m_rerun;
    QLabel *m_problem;
    QPushButton *m_sync;
};

} // namespace sextant::views
