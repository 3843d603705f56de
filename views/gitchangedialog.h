#pragma once

#include "model/actions/gitchange.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace sextant {
class ActionService;
}

namespace sextant::views {

class GitChangeView;
class MessageBanner;
class TypedConfirmation;

// A change to an application's repository, made the GitOps way: a revert of commits, a
// promotion of what one environment's overlay deploys to other overlays, or a person's live
// edits of one resource brought into the files that define it (fields that cannot be written
// in place are listed with the YAML to add by hand). Asks for the
// preview (for a promotion, once the targets are chosen), shows the files as the change
// leaves them (conflicts named and refused, files of other applications marked, mutable
// image references flagged), then commits with a reason on a new branch (the default, for
// a pull request) or on the tracked branch, pushes, and reports the outcome.
class GitChangeDialog : public QDialog {
    Q_OBJECT
public:
    struct Candidate {
        QString appKey;
        QString label; // "prod-eu-1 · storefront-web-prod-eu-1 (envs/prod-eu-1/web)"
    };

    // Revert `commits` (newest first) of the app's repository; previews at once.
    GitChangeDialog(ActionService *actions, const QString &appKey, const QStringList &commits,
                    QWidget *parent = nullptr);
    // Promote what `fromAppKey` deploys to some of `candidates`; previews when asked.
    GitChangeDialog(ActionService *actions, const QString &fromAppKey, const QList<Candidate> &candidates,
                    QWidget *parent = nullptr);

    // Bring the live values of a person's edits of `resourceIdentity` into Git; previews at once.
    static GitChangeDialog *forAdoption(ActionService *actions, const QString &appKey,
                                        const QString &resourceIdentity, QWidget *parent = nullptr);

    const GitChangeProposal &proposal() const { return m_proposal; }
    bool isPreviewReady() const { return m_previewReady; }
    bool canConfirm() const;
    void confirm();
    // Promotion: previews the checked targets.
    void preview();

    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *branchEdit() const { return m_branch; }
    QRadioButton *newBranchButton() const { return m_onNewBranch; }
    QRadioButton *trackedBranchButton() const { return m_onTracked; }
    QPushButton *confirmButton() const { return m_confirm; }
    MessageBanner *banner() const { return m_banner; }
    GitChangeView *changeView() const { return m_change; }
    QLabel *stateLabel() const { return m_state; }
    QListWidget *targetList() const { return m_targets; }
    QCheckBox *wholeDirectoryBox() const { return m_wholeDirectory; }
    QPlainTextEdit *yamlToAddView() const { return m_yamlToAdd; }

signals:
    void previewReady();
    void committed(const sextant::ActionOutcome &outcome);

private:
    GitChangeDialog(ActionService *actions, const QString &appKey, ActionKind kind, QWidget *parent);
    void finishLayout(const QStringList &protectedApps, const QStringList &reasons);
    void showProposal(const GitChangeProposal &proposal);
    QString summaryHtml(const GitChangeProposal &proposal) const;
    void validate();

    ActionService *m_actions;
    QString m_key;
    ActionKind m_kind;
    quint64 m_previewRequest = 0;
    quint64 m_commitRequest = 0;
    bool m_previewReady = false;
    GitChangeProposal m_proposal;

    QListWidget *m_targets = nullptr;
    QCheckBox *m_wholeDirectory = nullptr;
    QLabel *m_yamlToAddLabel = nullptr;
    QPlainTextEdit *m_yamlToAdd = nullptr;
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
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sextant::views
