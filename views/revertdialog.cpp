#include "views/revertdialog.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"
#include "views/gitchangeview.h"
#include "views/messagebanner.h"
#include "views/typedconfirmation.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sextant::views {

using namespace Qt::StringLiterals;

RevertDialog::RevertDialog(ActionService *actions, const QString &appKey, const QStringList &commits,
                           QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_key(appKey)
    , m_banner(new MessageBanner(u"revertMessage"_s, this))
    , m_summary(new QLabel(this))
    , m_change(new GitChangeView(this))
    , m_reason(new QLineEdit(this))
    , m_onNewBranch(new QRadioButton(tr("On a &new branch, for a pull request:"), this))
    , m_branch(new QLineEdit(this))
    , m_onTracked(new QRadioButton(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"revertDialog"_s);
    const ActionTarget target = actions->target(appKey);
    setWindowTitle(tr("Revert in Git — %1").arg(target.label()));
    auto *heading = headingLabel(target.label(), this);
    auto *caption =
        captionLabel(tr("A revert commit makes Git want what ran before, so the next sync deploys "
                        "it and no later sync brings the change back."),
                     this);
    caption->setWordWrap(true);
    m_summary->setObjectName(u"revertSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr("Preparing the revert of %n commit(s)…", nullptr, int(commits.size())));

    m_reason->setObjectName(u"revertReason"_s);
    m_reason->setPlaceholderText(tr("e.g. INC-4711: 2.4 breaks checkout"));
    m_branch->setObjectName(u"revertBranch"_s);
    m_onNewBranch->setObjectName(u"revertOnNewBranch"_s);
    m_onTracked->setObjectName(u"revertOnTrackedBranch"_s);
    m_onTracked->setText(tr("On the &tracked branch (deploys with the next sync)"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_onNewBranch);
    group->addButton(m_onTracked);
    m_onNewBranch->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason (required):"), m_reason);
    auto *where = new QVBoxLayout;
    auto *newBranchRow = new QHBoxLayout;
    newBranchRow->addWidget(m_onNewBranch);
    newBranchRow->addWidget(m_branch, 1);
    where->addLayout(newBranchRow);
    where->addWidget(m_onTracked);
    form->addRow(tr("Commit:"), where);

    m_state->setObjectName(u"revertState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(tr("&Commit and push"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmRevert"_s);
    styleDangerButton(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &RevertDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(caption);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_change, 1);
    layout->addLayout(form);
    const GuardrailCheck check = actions->checkGuardrails(appKey);
    if (check.protectedTarget) {
        auto *typed = new TypedConfirmation(this);
        typed->setObjectName(u"revertTypedConfirmation"_s);
        typed->setExpected(target.app);
        typed->setEnabled(false);
        layout->addWidget(captionLabel(tr("Protected target (%1): committing on the tracked branch needs the "
                                          "application's name typed.")
                                           .arg(check.protectionReasons.join(u", "_s)),
                                       this));
        layout->addWidget(typed);
        connect(typed, &TypedConfirmation::matchedChanged, this, &RevertDialog::validate);
        connect(m_onTracked, &QRadioButton::toggled, typed, &QWidget::setEnabled);
        m_typed = typed;
    }
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    resize(980, 720);

    connect(m_reason, &QLineEdit::textChanged, this, &RevertDialog::validate);
    connect(m_branch, &QLineEdit::textChanged, this, &RevertDialog::validate);
    connect(m_onTracked, &QRadioButton::toggled, this, &RevertDialog::validate);
    connect(m_actions, &ActionService::gitChangePreviewReady, this,
            [this](const GitChangeProposal &proposal) {
                if (proposal.requestId == m_previewRequest)
                    showProposal(proposal);
            });
    connect(m_actions, &ActionService::actionFinished, this, [this](const ActionOutcome &outcome) {
        if (outcome.requestId != m_commitRequest)
            return;
        m_commitRequest = 0;
        m_close->setEnabled(true);
        if (!outcome.ok) {
            m_state->setText(tr("Not done: %1").arg(outcome.message));
            QPalette palette = m_state->palette();
            palette.setColor(QPalette::WindowText, dangerColor(palette));
            m_state->setPalette(palette);
            validate();
            return;
        }
        emit committed(outcome);
        accept();
    });
    m_previewRequest = m_actions->previewRevert(appKey, commits);
    validate();
}

void RevertDialog::showProposal(const GitChangeProposal &proposal)
{
    m_proposal = proposal;
    m_previewReady = true;
    m_branch->setText(proposal.newBranch);
    const bool tracksBranch = !proposal.trackedBranch.isEmpty();
    m_onTracked->setEnabled(tracksBranch);
    m_onTracked->setText(
        tracksBranch
            ? tr("On the &tracked branch %1 (deploys with the next sync)").arg(proposal.trackedBranch)
            : tr("On the tracked branch (the app tracks a tag or a commit)"));
    if (!proposal.error.isEmpty()) {
        m_summary->clear();
        m_banner->showMessage(MessageBanner::Tone::Error, proposal.error);
        m_change->clear();
    } else {
        QStringList subjects;
        for (const git::CommitSummary &commit : proposal.reverted)
            subjects << u"<li><tt>%1</tt> %2 — %3</li>"_s.arg(
                commit.id.left(7), commit.summary.toHtmlEscaped(), commit.authorName.toHtmlEscaped());
        m_summary->setText(
            tr("Reverts, onto %1 at <tt>%2</tt>:")
                .arg((tracksBranch ? proposal.trackedBranch : tr("the tracked revision")).toHtmlEscaped(),
                     proposal.onto.left(7)) +
            u"<ul>"_s + subjects.join(QString()) + u"</ul>"_s);
        m_change->setFiles(proposal.files, proposal.paths);
        if (!proposal.conflicts.isEmpty())
            m_banner->showMessage(
                MessageBanner::Tone::Error,
                tr("The revert conflicts with later changes in %1. Sextant does not resolve "
                   "conflicts: revert these commits by hand, or choose fewer or newer ones.")
                    .arg(proposal.conflicts.join(u", "_s)));
        else if (!m_change->outsideFiles().isEmpty())
            m_banner->showMessage(MessageBanner::Tone::Warning,
                                  tr("The revert also changes files outside this application's path, so it "
                                     "reaches other applications: %1")
                                      .arg(m_change->outsideFiles().join(u", "_s)));
        else
            m_banner->clearMessage();
    }
    validate();
    emit previewReady();
}

bool RevertDialog::canConfirm() const
{
    if (!m_previewReady || m_commitRequest != 0 || !m_proposal.canCommit() ||
        m_reason->text().trimmed().isEmpty())
        return false;
    if (m_onTracked->isChecked())
        return !m_proposal.trackedBranch.isEmpty() && (!m_typed || m_typed->isMatched());
    return m_branch->text().trimmed().startsWith("sextant/"_L1);
}

void RevertDialog::validate()
{
    m_confirm->setEnabled(canConfirm());
    m_branch->setEnabled(m_onNewBranch->isChecked());
    if (m_commitRequest == 0 && m_previewReady && m_onNewBranch->isChecked() &&
        !m_branch->text().trimmed().startsWith("sextant/"_L1))
        m_state->setText(tr("New branches go under sextant/, so that fetching never moves them."));
}

void RevertDialog::confirm()
{
    if (!canConfirm())
        return;
    GitCommitChoice choice;
    choice.reason = m_reason->text().trimmed();
    choice.onTrackedBranch = m_onTracked->isChecked();
    choice.branch = m_branch->text().trimmed();
    m_state->setPalette(QPalette());
    m_state->setText(tr("Committing and pushing…"));
    m_close->setEnabled(false);
    m_commitRequest = m_actions->commitGitChange(m_proposal, choice);
    validate();
}

} // namespace sextant::views
