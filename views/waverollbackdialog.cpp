#include "views/waverollbackdialog.h"

#include "model/rollout/rolloutrunner.h"
#include "views/actionstyle.h"
#include "views/gitchangeview.h"
#include "views/typedconfirmation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sextant::views {

WaveRollbackDialog::WaveRollbackDialog(rollout::RolloutRunner *runner, const QString &runId, int wave,
                                       QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_runId(runId)
    , m_wave(wave)
    , m_summary(new QLabel(this))
    , m_change(new GitChangeView(this))
    , m_warnings(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_typed(new TypedConfirmation(this))
{
    setObjectName(u"waveRollbackDialog"_s);
    const std::optional<rollout::RolloutRun> run = runner->run(runId);
    const QString waveName = run ? run->waves.value(wave).name : QString();
    setWindowTitle(tr("Roll back wave %1").arg(waveName));
    m_summary->setObjectName(u"waveRollbackSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Preparing the revert of %1 in the overlays of wave %2…")
                           .arg(run ? run->plan.revision.left(7) : QString(), waveName));
    m_warnings->setObjectName(u"waveRollbackWarnings"_s);
    m_warnings->setMaximumHeight(72);
    m_warnings->setWordWrap(true);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warnings->hide();
    m_reason->setObjectName(u"waveRollbackReason"_s);
    m_reason->setPlaceholderText(tr("Why, for the commit and the journal (required)"));
    m_typed->setObjectName(u"waveRollbackTypedConfirmation"_s);
    m_typed->setExpected(waveName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Revert and sync wave"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"waveRollbackConfirm"_s);
    styleDangerButton(m_confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &WaveRollbackDialog::confirm);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        headingLabel(tr("Roll back wave %1 of %2").arg(waveName, run ? run->plan.name : QString()), this));
    auto *caption = captionLabel(tr("The rollout halts, a commit on the branch the wave's apps track reverts "
                                    "the target in their overlays only, and each released app is synced "
                                    "to it. Later waves stay held; earlier waves keep the change."),
                                 this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_change, 1);
    layout->addLayout(form);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    resize(940, 640);

    connect(m_reason, &QLineEdit::textChanged, this, &WaveRollbackDialog::validate);
    connect(m_typed, &TypedConfirmation::matchedChanged, this, &WaveRollbackDialog::validate);
    connect(runner, &rollout::RolloutRunner::rollbackPreviewReady, this,
            [this](const QString &id, int w, const GitChangeProposal &proposal) {
                if (id == m_runId && w == m_wave && !m_ready)
                    showProposal(proposal);
            });
    validate();
    runner->previewRollback(runId, wave);
}

void WaveRollbackDialog::showProposal(const GitChangeProposal &proposal)
{
    m_proposal = proposal;
    m_ready = true;
    if (!proposal.error.isEmpty()) {
        m_summary->setText(tr("Cannot roll back: %1").arg(proposal.error));
        m_change->showMessage(proposal.error);
    } else if (!proposal.conflicts.isEmpty()) {
        m_summary->setText(tr("Refused: %n file(s) changed again since the target: %1. Revert them by hand "
                              "from the app's Git tab.",
                              nullptr, int(proposal.conflicts.size()))
                               .arg(proposal.conflicts.join(u", "_s)));
        m_change->showMessage(m_summary->text());
    } else if (proposal.trackedBranch.isEmpty()) {
        m_summary->setText(
            tr("The wave's apps track a tag or a commit, not a branch: a revert commit would not "
               "deploy. Point them at the previous release instead."));
        m_change->setFiles(proposal.files, proposal.paths);
    } else {
        const QString where =
            proposal.trackedBranch.isEmpty() ? proposal.onto.left(7) : proposal.trackedBranch;
        m_summary->setText(
            tr("A commit on %1 (at %2) changes %n file(s) in %3; then %4 app(s) are synced to it.", nullptr,
               int(proposal.files.size()))
                .arg(where, proposal.onto.left(7), proposal.paths.join(u", "_s))
                .arg(proposal.promotedTo.size() + 1));
        m_change->setFiles(proposal.files, proposal.paths);
        m_change->selectFile(0);
    }
    m_warnings->clear();
    m_warnings->addItems(proposal.warnings);
    m_warnings->setVisible(!proposal.warnings.isEmpty());
    validate();
}

void WaveRollbackDialog::validate()
{
    m_confirm->setEnabled(m_ready && m_proposal.canCommit() && !m_proposal.trackedBranch.isEmpty() &&
                          !m_reason->text().trimmed().isEmpty() && m_typed->isMatched());
}

void WaveRollbackDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    m_runner->rollBack(m_runId, m_wave, m_proposal, m_reason->text().trimmed());
    accept();
}

} // namespace sextant::views
