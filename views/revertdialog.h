#pragma once

#include "model/actions/gitchange.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sextant {
class ActionService;
}

namespace sextant::views {

class GitChangeView;
class MessageBanner;
class TypedConfirmation;

// Revert commits of an application's repository the GitOps way: asks for the preview,
// shows the files as the revert changes them (conflicts named and refused, files of other
// applications marked), then commits with a reason on a new branch (the default, for a
// pull request) or on the tracked branch, pushes, and reports the outcome.
class RevertDialog : public QDialog {
    Q_OBJECT
public:
    RevertDialog(ActionService *actions, const QString &appKey, const QStringList &commits,
                 QWidget *parent = nullptr);

    const GitChangeProposal &proposal() const { return m_proposal; }
    bool isPreviewReady() const { return m_previewReady; }
    bool canConfirm() const;
    void confirm();

    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *branchEdit() const { return m_branch; }
    QRadioButton *newBranchButton() const { return m_onNewBranch; }
    QRadioButton *trackedBranchButton() const { return m_onTracked; }
    QPushButton *confirmButton() const { return m_confirm; }
    MessageBanner *banner() const { return m_banner; }
    GitChangeView *changeView() const { return m_change; }
    QLabel *stateLabel() const { return m_state; }

signals:
    void previewReady();
    void committed(const sextant::ActionOutcome &outcome);

private:
    void showProposal(const GitChangeProposal &proposal);
    void validate();

    ActionService *m_actions;
    QString m_key;
    quint64 m_previewRequest = 0;
    quint64 m_commitRequest = 0;
    bool m_previewReady = false;
    GitChangeProposal m_proposal;

    MessageBanner *m_banner;
    QLabel *m_summary;
    GitChangeView *m_change;
    QLineEdit *m_reason;
    QRadioButton *m_onNewBranch;
    QLineEdit *m_branch;
    QRadioButton *m_onTracked;
    TypedConfirmation *m_typed = nullptr;
    QLabel *m_state;
    QPushButton *m_confirm;
    QPushButton *m_close;
};

} // namespace sextant::views
