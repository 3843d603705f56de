#pragma once

#include "model/actions/gitchange.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sextant::rollout {
class RolloutRunner;
}

namespace sextant::views {

class GitChangeView;
class TypedConfirmation;

// Rolling one wave of a rollout back the GitOps way: previews the run's target commit reverted
// in the overlays the wave's released apps deploy (other environments left as they are, and
// listed), then, with a reason and the wave's name typed, halts the run, commits the revert on
// the branch the apps track and syncs them to it. Conflicts (a file changed again since) refuse.
class WaveRollbackDialog : public QDialog {
    Q_OBJECT
public:
    WaveRollbackDialog(rollout::RolloutRunner *runner, const QString &runId, int wave,
                       QWidget *parent = nullptr);

    const GitChangeProposal &proposal() const { return m_proposal; }
    bool isPreviewReady() const { return m_ready; }
    QLineEdit *reasonEdit() const { return m_reason; }
    TypedConfirmation *typedConfirmation() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *summaryLabel() const { return m_summary; }
    GitChangeView *changeView() const { return m_change; }
    QListWidget *warningList() const { return m_warnings; }

private:
    void showProposal(const GitChangeProposal &proposal);
    void validate();
    void confirm();

    rollout::RolloutRunner *m_runner;
    QString m_runId;
    int m_wave;
    GitChangeProposal m_proposal;
    bool m_ready = false;
    QLabel *m_summary;
    GitChangeView *m_change;
    QListWidget *m_warnings;
    QLineEdit *m_reason;
    TypedConfirmation *m_typed;
    QPushButton *m_confirm;
};

} // namespace sextant::views
