#include "views/gitchangedialog.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"
#include "views/gitchangeview.h"
#include "views/messagebanner.h"
#include "views/typedconfirmation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sextant::views {

using namespace Qt::StringLiterals;

GitChangeDialog::GitChangeDialog(ActionService *actions, const QString &appKey, ActionKind kind,
                                 QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_key(appKey)
    , m_kind(kind)
    , m_banner(new MessageBanner(u"gitChangeMessage"_s, this))
    , m_summary(new QLabel(this))
    , m_change(new GitChangeView(this))
    , m_reason(new QLineEdit(this))
    , m_onNewBranch(new QRadioButton(tr("On a &new branch, for a pull request:"), this))
    , m_branch(new QLineEdit(this))
    , m_onTracked(new QRadioButton(tr("On the &tracked branch (deploys with the next sync)"), this))
    , m_state(new QLabel(this))
{
    const bool revert = kind == ActionKind::GitRevert;
    const bool adopt = kind == ActionKind::GitAdopt;
    setObjectName(revert ? u"revertDialog"_s : adopt ? u"adoptionDialog"_s : u"promotionDialog"_s);
    const ActionTarget target = actions->target(appKey);
    setWindowTitle(revert  ? tr("Revert in Git — %1").arg(target.label())
                   : adopt ? tr("Bring into Git — %1").arg(target.label())
                           : tr("Promote in Git — %1").arg(target.label()));
    m_summary->setObjectName(u"gitChangeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_reason->setObjectName(u"gitChangeReason"_s);
    m_reason->setPlaceholderText(revert  ? tr("e.g. INC-4711: 2.4 breaks checkout")
                                 : adopt ? tr("e.g. INC-4711: hotfix of the memory limit, keep it")
                                         : tr("e.g. CHG-815: 4.3.0 baked a day in staging"));
    m_branch->setObjectName(u"gitChangeBranch"_s);
    m_onNewBranch->setObjectName(u"gitChangeOnNewBranch"_s);
    m_onTracked->setObjectName(u"gitChangeOnTrackedBranch"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_onNewBranch);
    group->addButton(m_onTracked);
    m_onNewBranch->setChecked(true);
    m_state->setObjectName(u"gitChangeState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = m_buttons->addButton(tr("&Commit and push"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmGitChange"_s);
    styleDangerButton(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &GitChangeDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Reason (required):"), m_reason);
    auto *where = new QVBoxLayout;
    auto *newBranchRow = new QHBoxLayout;
    newBranchRow->addWidget(m_onNewBranch);
    newBranchRow->addWidget(m_branch, 1);
    where->addLayout(newBranchRow);
    where->addWidget(m_onTracked);
    m_form->addRow(tr("Commit:"), where);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(headingLabel(target.label(), this));
    auto *caption = captionLabel(
        revert
            ? tr("A revert commit makes Git want what ran before, so the next sync deploys it and no later "
                 "sync brings the change back.")
        : adopt
            ? tr("An emergency edit made live is lost at the next sync unless Git holds it too: this "
                 "commit writes the live values into the file that defines them, in place.")
            : tr("A promotion commit writes what this environment deploys into other environments' overlays: "
                 "the same images, pinned, reviewed as a diff before the commit."),
        this);
    caption->setWordWrap(true);
    m_layout->addWidget(caption);
    resize(980, 720);

    connect(m_reason, &QLineEdit::textChanged, this, &GitChangeDialog::validate);
    connect(m_branch, &QLineEdit::textChanged, this, &GitChangeDialog::validate);
    connect(m_onTracked, &QRadioButton::toggled, this, &GitChangeDialog::validate);
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
}

void GitChangeDialog::finishLayout(const QStringList &protectedApps, const QStringList &reasons)
{
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_summary);
    m_layout->addWidget(m_change, 1);
    if (m_yamlToAdd) {
        m_layout->addWidget(m_yamlToAddLabel);
        m_layout->addWidget(m_yamlToAdd);
    }
    m_layout->addLayout(m_form);
    if (!protectedApps.isEmpty()) {
        m_typed = new TypedConfirmation(this);
        m_typed->setObjectName(u"gitChangeTypedConfirmation"_s);
        m_typed->setExpected(protectedApps.first());
        m_typed->setEnabled(false);
        m_layout->addWidget(
            captionLabel(tr("Protected target (%1): committing on the tracked branch needs the "
                            "application's name typed.")
                             .arg(reasons.join(u", "_s)),
                         this));
        m_layout->addWidget(m_typed);
        connect(m_typed, &TypedConfirmation::matchedChanged, this, &GitChangeDialog::validate);
        connect(m_onTracked, &QRadioButton::toggled, m_typed, &QWidget::setEnabled);
    }
    m_layout->addWidget(m_state);
    m_layout->addWidget(m_buttons);
    validate();
}

GitChangeDialog::GitChangeDialog(ActionService *actions, const QString &appKey, const QStringList &commits,
                                 QWidget *parent)
    : GitChangeDialog(actions, appKey, ActionKind::GitRevert, parent)
{
    m_summary->setText(tr("Preparing the revert of %n commit(s)…", nullptr, int(commits.size())));
    const GuardrailCheck check = actions->checkGuardrails(appKey);
    finishLayout(check.protectedTarget ? QStringList{check.target.app} : QStringList(),
                 check.protectionReasons);
    m_previewRequest = m_actions->previewRevert(appKey, commits);
}

GitChangeDialog::GitChangeDialog(ActionService *actions, const QString &fromAppKey,
                                 const QList<Candidate> &candidates, QWidget *parent)
    : GitChangeDialog(actions, fromAppKey, ActionKind::Promote, parent)
{
    m_targets = new QListWidget(this);
    m_targets->setObjectName(u"promotionTargets"_s);
    m_targets->setMaximumHeight(96);
    QStringList protectedApps, reasons;
    for (const Candidate &candidate : candidates) {
        auto *item = new QListWidgetItem(candidate.label, m_targets);
        item->setData(Qt::UserRole, candidate.appKey);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        const GuardrailCheck check = actions->checkGuardrails(candidate.appKey);
        if (check.protectedTarget) {
            protectedApps << check.target.app;
            reasons << check.protectionReasons;
        }
    }
    reasons.removeDuplicates();
    m_wholeDirectory =
        new QCheckBox(tr("Copy the &whole overlay directory, not only the image references"), this);
    m_wholeDirectory->setObjectName(u"promotionWholeDirectory"_s);
    auto *previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(u"promotionPreview"_s);
    connect(previewButton, &QPushButton::clicked, this, &GitChangeDialog::preview);
    auto *row = new QHBoxLayout;
    row->addWidget(m_wholeDirectory, 1);
    row->addWidget(previewButton);
    m_layout->addWidget(new QLabel(tr("Promote to:"), this));
    m_layout->addWidget(m_targets);
    m_layout->addLayout(row);
    m_summary->setText(candidates.isEmpty()
                           ? tr("No other application deploys an overlay of this repository and branch.")
                           : tr("Choose the environments to promote to, then Preview."));
    finishLayout(protectedApps, reasons);
    // Another choice needs another preview.
    const auto invalidate = [this] {
        m_previewReady = false;
        validate();
    };
    connect(m_targets, &QListWidget::itemChanged, this, invalidate);
    connect(m_wholeDirectory, &QCheckBox::toggled, this, invalidate);
}

GitChangeDialog *GitChangeDialog::forAdoption(ActionService *actions, const QString &appKey,
                                              const QString &resourceIdentity, QWidget *parent)
{
    auto *dialog = new GitChangeDialog(actions, appKey, ActionKind::GitAdopt, parent);
    dialog->m_yamlToAddLabel =
        new QLabel(tr("Not written in place — add this YAML by hand (as a patch in the overlay, or in the "
                      "manifest):"),
                   dialog);
    dialog->m_yamlToAddLabel->setWordWrap(true);
    dialog->m_yamlToAdd = new QPlainTextEdit(dialog);
    dialog->m_yamlToAdd->setObjectName(u"adoptionYamlToAdd"_s);
    dialog->m_yamlToAdd->setReadOnly(true);
    dialog->m_yamlToAdd->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    dialog->m_yamlToAdd->setMaximumHeight(160);
    dialog->m_yamlToAddLabel->hide();
    dialog->m_yamlToAdd->hide();
    const QStringList parts = resourceIdentity.split(u'/');
    dialog->m_summary->setText(
        tr("Reading the live values of %1 %2…").arg(parts.value(1), parts.value(3)).toHtmlEscaped());
    const GuardrailCheck check = actions->checkGuardrails(appKey);
    dialog->finishLayout(check.protectedTarget ? QStringList{check.target.app} : QStringList(),
                         check.protectionReasons);
    dialog->m_previewRequest = actions->previewAdoption(appKey, resourceIdentity);
    return dialog;
}

void GitChangeDialog::preview()
{
    if (!m_targets)
        return;
    QStringList keys;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->checkState() == Qt::Checked)
            keys << m_targets->item(i)->data(Qt::UserRole).toString();
    }
    m_previewReady = false;
    m_change->clear();
    m_banner->clearMessage();
    m_summary->setText(tr("Preparing the promotion…"));
    m_previewRequest = m_actions->previewPromotion(m_key, keys, m_wholeDirectory->isChecked());
    validate();
}

QString GitChangeDialog::summaryHtml(const GitChangeProposal &proposal) const
{
    const QString onto =
        (proposal.trackedBranch.isEmpty() ? tr("the tracked revision") : proposal.trackedBranch)
            .toHtmlEscaped();
    QStringList items;
    if (proposal.kind == ActionKind::GitAdopt) {
        const QStringList parts = proposal.resourceIdentity.split(u'/');
        return tr("Writes the live values of %1 <b>%2</b> into %3 at <tt>%4</tt>, where %5 deploys from.")
            .arg(parts.value(1).toHtmlEscaped(), parts.value(3).toHtmlEscaped(), onto, proposal.onto.left(7),
                 proposal.target.app.toHtmlEscaped());
    }
    if (proposal.kind == ActionKind::Promote) {
        for (const ActionTarget &target : proposal.promotedTo)
            items << u"<li>%1</li>"_s.arg(target.label().toHtmlEscaped());
        return tr("Promotes what %1 deploys, onto %2 at <tt>%3</tt>, to:")
                   .arg(proposal.target.app.toHtmlEscaped(), onto, proposal.onto.left(7)) +
               u"<ul>"_s + items.join(QString()) + u"</ul>"_s;
    }
    for (const git::CommitSummary &commit : proposal.reverted)
        items << u"<li><tt>%1</tt> %2 — %3</li>"_s.arg(commit.id.left(7), commit.summary.toHtmlEscaped(),
                                                       commit.authorName.toHtmlEscaped());
    return tr("Reverts, onto %1 at <tt>%2</tt>:").arg(onto, proposal.onto.left(7)) + u"<ul>"_s +
           items.join(QString()) + u"</ul>"_s;
}

void GitChangeDialog::showProposal(const GitChangeProposal &proposal)
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
    // A promotion's typed confirmation names a protected app it writes to.
    if (m_typed && proposal.kind == ActionKind::Promote) {
        for (const ActionTarget &target : proposal.promotedTo) {
            if (m_actions->checkGuardrails(target.appKey).protectedTarget) {
                m_typed->setExpected(target.app);
                break;
            }
        }
    }
    if (m_yamlToAdd) {
        m_yamlToAdd->setPlainText(proposal.yamlToAdd);
        m_yamlToAdd->setVisible(!proposal.yamlToAdd.isEmpty());
        m_yamlToAddLabel->setVisible(!proposal.yamlToAdd.isEmpty());
    }
    const QString unadopted = proposal.unadopted.isEmpty()
                                  ? QString()
                                  : tr("Not brought into Git:\n%1").arg(proposal.unadopted.join(u'\n'));
    if (!proposal.error.isEmpty()) {
        m_summary->clear();
        m_banner->showMessage(MessageBanner::Tone::Error,
                              unadopted.isEmpty() ? proposal.error : proposal.error + u'\n' + unadopted);
        m_change->clear();
    } else if (!unadopted.isEmpty()) {
        m_summary->setText(summaryHtml(proposal));
        m_change->setFiles(proposal.files, proposal.paths);
        m_banner->showMessage(MessageBanner::Tone::Warning, unadopted);
    } else {
        m_summary->setText(summaryHtml(proposal));
        m_change->setFiles(proposal.files, proposal.paths);
        if (!proposal.conflicts.isEmpty())
            m_banner->showMessage(
                MessageBanner::Tone::Error,
                tr("The revert conflicts with later changes in %1. Sextant does not resolve "
                   "conflicts: revert these commits by hand, or choose fewer or newer ones.")
                    .arg(proposal.conflicts.join(u", "_s)));
        else if (!proposal.warnings.isEmpty())
            m_banner->showMessage(
                MessageBanner::Tone::Warning,
                tr("Look at these before committing:\n%1").arg(proposal.warnings.join(u'\n')));
        else if (!m_change->outsideFiles().isEmpty())
            m_banner->showMessage(MessageBanner::Tone::Warning,
                                  tr("The change also touches files outside this application's path, so it "
                                     "reaches other applications: %1")
                                      .arg(m_change->outsideFiles().join(u", "_s)));
        else
            m_banner->clearMessage();
    }
    validate();
    emit previewReady();
}
bool GitChangeDialog::canConfirm() const
{
    if (!m_previewReady || m_commitRequest != 0 || !m_proposal.canCommit() ||
        m_reason->text().trimmed().isEmpty())
        return false;
    if (m_onTracked->isChecked())
        return !m_proposal.trackedBranch.isEmpty() && (!m_typed || m_typed->isMatched());
    return m_branch->text().trimmed().startsWith("sextant/"_L1);
}

void GitChangeDialog::validate()
{
    m_confirm->setEnabled(canConfirm());
    m_branch->setEnabled(m_onNewBranch->isChecked());
    if (m_commitRequest == 0 && m_previewReady && m_onNewBranch->isChecked() &&
        !m_branch->text().trimmed().startsWith("sextant/"_L1))
        m_state->setText(tr("New branches go under sextant/, so that fetching never moves them."));
}

void GitChangeDialog::confirm()
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
