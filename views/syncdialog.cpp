#include "views/syncdialog.h"

#include "model/actions/actionservice.h"
#include "model/fleet/fleetstore.h"
#include "views/actionstyle.h"
#include "views/approvaldialog.h"
#include "views/deploymentrecorddialog.h"
#include "views/syncpreviewview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

// The element type of SyncOptions::resources, whatever the model names it.
using SyncResource = decltype(SyncOptions::resources)::value_type;

constexpr int GroupRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int NamespaceRole = Qt::UserRole + 3;
constexpr int NameRole = Qt::UserRole + 4;

QFrame *noticeFrame(QWidget *parent, const QString &name, QLabel *&text)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name + QStringLiteral("Frame"));
    text = new QLabel(frame);
    text->setObjectName(name);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(text, 1);
    frame->hide();
    return frame;
}

} // namespace

SyncDialog::SyncDialog(ActionService *actions, FleetStore *store, const QString &appKey, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_store(store)
    , m_key(appKey)
    , m_check(actions->checkGuardrails(appKey))
    , m_prune(new QCheckBox(tr("&Prune: delete resources that are no longer in Git"), this))
    , m_applyOnly(new QCheckBox(tr("&Apply only: skip the sync hooks"), this))
    , m_force(new QCheckBox(tr("&Force: replace resources that cannot be patched"), this))
    , m_selectedOnly(new QCheckBox(tr("Only the &selected resources:"), this))
    , m_resources(new QListWidget(this))
    , m_revision(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_preview(new SyncPreviewView(this))
    , m_previewState(captionLabel(QString(), this))
    , m_rerun(new QPushButton(tr("Run the &dry run again"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    const ActionTarget &target = m_check.target;
    setWindowTitle(tr("Sync %1").arg(target.label()));

    auto *heading = headingLabel(target.label(), this);
    heading->setObjectName(QStringLiteral("syncTarget"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = captionLabel(
        tr("instance · cluster · namespace · application — project %1").arg(target.project), this);

    m_prune->setObjectName(QStringLiteral("prune"));
    m_applyOnly->setObjectName(QStringLiteral("applyOnly"));
    m_force->setObjectName(QStringLiteral("force"));
    m_selectedOnly->setObjectName(QStringLiteral("selectedOnly"));
    m_resources->setObjectName(QStringLiteral("resourceChooser"));
    m_resources->setEnabled(false);
    m_resources->setMaximumHeight(110);
    m_revision->setObjectName(QStringLiteral("revision"));
    m_reason->setObjectName(QStringLiteral("syncReason"));
    m_reason->setPlaceholderText(tr("optional, written to the journal"));
    if (const Application *app = store->application(appKey)) {
        m_prune->setChecked(app->syncPolicy.prune);
        const QString revision = app->sources.isEmpty() ? QString() : app->sources.first().targetRevision;
        m_revision->setPlaceholderText(
            tr("the app's target: %1").arg(revision.isEmpty() ? QStringLiteral("HEAD") : revision));
        for (const ResourceStatus &resource : app->resources) {
            auto *item = new QListWidgetItem(
                resource.ns.isEmpty()
                    ? tr("%1 %2").arg(resource.kind, resource.name)
                    : tr("%1 %2 (namespace %3)").arg(resource.kind, resource.name, resource.ns),
                m_resources);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(resource.status == SyncStatus::OutOfSync ? Qt::Checked : Qt::Unchecked);
            item->setData(GroupRole, resource.group);
            item->setData(KindRole, resource.kind);
            item->setData(NamespaceRole, resource.ns);
            item->setData(NameRole, resource.name);
        }
    }

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QFormLayout(optionsBox);
    optionsLayout->addRow(m_prune);
    optionsLayout->addRow(m_applyOnly);
    optionsLayout->addRow(m_force);
    optionsLayout->addRow(tr("Re&vision:"), m_revision);
    optionsLayout->addRow(m_selectedOnly);
    optionsLayout->addRow(m_resources);
    optionsLayout->addRow(tr("R&eason:"), m_reason);

    auto *previewBox = new QGroupBox(tr("Preview (dry run on the controller)"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview, 1);
    auto *previewBar = new QHBoxLayout;
    m_previewState->setObjectName(QStringLiteral("previewState"));
    m_rerun->setObjectName(QStringLiteral("rerunPreview"));
    previewBar->addWidget(m_previewState, 1);
    previewBar->addWidget(m_rerun);
    previewLayout->addLayout(previewBar);

    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sync = buttons->addButton(m_check.protectedTarget ? tr("Review and &approve…") : tr("&Sync"),
                                QDialogButtonBox::AcceptRole);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncDialog::startSync);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(caption);
    buildNotices(this);
    layout->addWidget(m_protectedNotice);
    layout->addWidget(m_windowNotice);
    layout->addWidget(m_operationNotice);
    auto *optionsColumn = new QVBoxLayout;
    optionsColumn->addWidget(optionsBox);
    optionsColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(optionsColumn, 2);
    columns->addWidget(previewBox, 4);
    layout->addLayout(columns, 1);
    m_gitNext = new QLabel(this);
    m_gitNext->setObjectName(QStringLiteral("syncGitNext"));
    m_gitNext->setWordWrap(true);
    m_gitNext->setTextFormat(Qt::RichText);
    m_gitNext->hide();
    layout->addWidget(m_gitNext);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 620);
    // What Git holds that does not run yet: the commits this sync deploys.
    connect(m_actions, &ActionService::pendingChangeLoaded, this,
            [this](quint64 id, const QString &, const PendingChange &change, const QString &) {
                if (id == m_pendingRequest)
                    showPendingChange(change);
            });
    m_pendingRequest = m_actions->loadPendingChange(appKey);

    for (QCheckBox *box : {m_prune, m_applyOnly, m_force, m_selectedOnly})
        connect(box, &QCheckBox::toggled, this, &SyncDialog::onOptionsChanged);
    connect(m_selectedOnly, &QCheckBox::toggled, m_resources, &QWidget::setEnabled);
    connect(m_resources, &QListWidget::itemChanged, this, &SyncDialog::onOptionsChanged);
    connect(m_revision, &QLineEdit::textChanged, this, &SyncDialog::onOptionsChanged);
    connect(m_rerun, &QPushButton::clicked, this, &SyncDialog::runPreview);

    connect(m_actions, &ActionService::syncPreviewReady, this, &SyncDialog::onPreview);
    connect(m_actions, &ActionService::actionFinished, this, &SyncDialog::onFinished);
    connect(m_actions, &ActionService::syncWindowChecked, this,
            [this](quint64 request, const QString &, const SyncWindowState &state) {
                if (request != m_windowRequest)
                    return;
                m_check.window = state;
                updateNotices();
                updateButtons();
            });
    connect(m_actions, &ActionService::deploymentRecordsLoaded, this,
            [this](quint64 request, const QList<DeploymentRecord> &records, const QString &) {
                if (request != m_recordsRequest)
                    return;
                for (const DeploymentRecord &record : records) {
                    if (record.id == m_recordId) {
                        DeploymentRecordDialog(m_actions, record, parentWidget()).exec();
                        break;
                    }
                }
                accept();
            });
    // A finished operation or a new policy changes what the dialog must say.
    connect(m_store, &FleetStore::applicationsChanged, this, [this](const FleetChange &change) {
        if (!change.updated.contains(m_key) && !change.removed.contains(m_key))
            return;
        const SyncWindowState window = m_check.window;
        m_check = m_actions->checkGuardrails(m_key);
        if (window.known)
            m_check.window = window; // the server's answer beats the project's cached windows
        updateNotices();
        updateButtons();
    });

    updateNotices();
    m_windowRequest = m_actions->checkSyncWindow(m_key);
    runPreview();
}

void SyncDialog::buildNotices(QWidget *parent)
{
    m_protectedNotice = noticeFrame(parent, QStringLiteral("protectedNotice"), m_protectedText);
    m_windowNotice = noticeFrame(parent, QStringLiteral("windowNotice"), m_windowText);
    m_operationNotice = noticeFrame(parent, QStringLiteral("operationNotice"), m_operationText);
    m_terminate = new QPushButton(tr("&Terminate operation…"), m_operationNotice);
    m_terminate->setObjectName(QStringLiteral("terminateOperation"));
    m_operationNotice->layout()->addWidget(m_terminate);
    connect(m_terminate, &QPushButton::clicked, this, &SyncDialog::terminateOperation);
}

void SyncDialog::updateNotices()
{
    const QPalette palette = this->palette();
    m_protectedNotice->setVisible(m_check.protectedTarget);
    if (m_check.protectedTarget) {
        m_protectedText->setText(
            tr("Protected target (%1): after the preview you give a reason and type the application's "
               "name, and a deployment record is kept.")
                .arg(m_check.protectionReasons.join(QStringLiteral(", "))));
        tintBackground(m_protectedNotice, warningColor(palette));
    }

    const bool blocked = (m_check.window.known && !m_check.window.canSync) || m_check.deleting;
    m_windowNotice->setVisible(blocked);
    if (m_check.deleting) {
        m_windowText->setText(tr("This application is being deleted: it cannot be synced."));
    } else if (blocked) {
        m_windowText->setText(tr("A sync window blocks manual syncs right now: %1. The controller would "
                                 "refuse the sync; try again when the window closes, or ask the project's "
                                 "owner to allow manual syncs in it.")
                                  .arg(m_check.window.description));
    }
    if (blocked)
        tintBackground(m_windowNotice, dangerColor(palette));

    m_operationNotice->setVisible(m_check.operationRunning);
    if (m_check.operationRunning) {
        m_operationText->setText(
            tr("An operation is running on this application%1. The controller refuses a new sync "
               "until it ends; you can wait, or terminate it.")
                .arg(m_check.operationMessage.isEmpty() ? QString()
                                                        : QStringLiteral(": ") + m_check.operationMessage));
        tintBackground(m_operationNotice, warningColor(palette));
    }
}

SyncOptions SyncDialog::options() const
{
    SyncOptions options;
    options.prune = m_prune->isChecked();
    options.applyOnly = m_applyOnly->isChecked();
    options.force = m_force->isChecked();
    options.revision = m_revision->text().trimmed();
    if (m_selectedOnly->isChecked()) {
        for (int row = 0; row < m_resources->count(); ++row) {
            const QListWidgetItem *item = m_resources->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            SyncResource resource;
            resource.group = item->data(GroupRole).toString();
            resource.kind = item->data(KindRole).toString();
            resource.ns = item->data(NamespaceRole).toString();
            resource.name = item->data(NameRole).toString();
            options.resources.append(resource);
        }
    }
    return options;
}

bool SyncDialog::previewIsCurrent() const
{
    return m_preview->hasPreview() && m_previewOptions == options();
}

bool SyncDialog::canSync() const
{
    const bool windowOpen = !m_check.window.known || m_check.window.canSync;
    const bool emptySelection = m_selectedOnly->isChecked() && options().resources.isEmpty();
    return m_busy == Busy::None && previewIsCurrent() && windowOpen && !m_check.operationRunning &&
           !m_check.deleting && !emptySelection;
}

void SyncDialog::updateButtons()
{
    m_sync->setEnabled(canSync());
    m_rerun->setEnabled(m_busy == Busy::None);
    m_terminate->setEnabled(m_busy == Busy::None);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_prune, m_applyOnly, m_force, m_selectedOnly,
                                                            m_revision, m_reason})
        widget->setEnabled(m_busy != Busy::Sync);
    if (m_busy == Busy::Preview)
        m_previewState->setText(tr("Running the dry run…"));
    else if (m_busy == Busy::Sync)
        m_previewState->setText(tr("Syncing…"));
    else if (m_preview->hasPreview() && !previewIsCurrent())
        m_previewState->setText(tr("The options changed: run the dry run again before syncing."));
    else if (previewIsCurrent())
        m_previewState->setText(tr("Preview is current."));
    else
        m_previewState->clear();
    QString why;
    if (!m_sync->isEnabled() && m_busy == Busy::None) {
        if (m_check.deleting)
            why = tr("The application is being deleted");
        else if (m_check.window.known && !m_check.window.canSync)
            why = tr("A sync window blocks manual syncs");
        else if (m_check.operationRunning)
            why = tr("An operation is running");
        else if (!previewIsCurrent())
            why = tr("Run the dry run first");
        else
            why = tr("Select at least one resource");
    }
    m_sync->setToolTip(why);
}

void SyncDialog::onOptionsChanged()
{
    updateButtons();
}

void SyncDialog::runPreview()
{
    setProblem(QString());
    m_busy = Busy::Preview;
    m_previewOptions = options();
    m_preview->setBusy(tr("Asking the controller for a dry run of %1…").arg(m_check.target.app));
    m_previewRequest = m_actions->previewSync(m_key, m_previewOptions);
    updateButtons();
}

void SyncDialog::onPreview(const SyncPreview &preview)
{
    if (preview.requestId != m_previewRequest || m_busy != Busy::Preview)
        return;
    m_busy = Busy::None;
    m_preview->setPreview(preview);
    updateButtons();
}

void SyncDialog::showPendingChange(const PendingChange &change)
{
    if (change.count() == 0) {
        m_gitSummary.clear();
        m_gitNext->hide();
        return;
    }
    constexpr int Shown = 6;
    QStringList items, subjects;
    for (const git::CommitSummary &commit : change.commits) {
        subjects << QStringLiteral("%1 %2").arg(commit.id.left(7), commit.summary);
        if (items.size() < Shown)
            items << QStringLiteral("<li><tt>%1</tt> %2 — %3</li>")
                         .arg(commit.id.left(7), commit.summary.toHtmlEscaped(),
                              commit.authorName.toHtmlEscaped());
    }
    if (change.count() > Shown)
        items << QStringLiteral("<li>%1</li>").arg(tr("and %n more", nullptr, change.count() - Shown));
    m_gitNext->setText(tr("<b>What deploys next from Git</b>: %n commit(s) between %1 (deployed) and %2:",
                          nullptr, change.count())
                           .arg(change.deployed.left(7), change.head.left(7)) +
                       QStringLiteral("<ul>") + items.join(QString()) + QStringLiteral("</ul>"));
    m_gitNext->show();
    // Goes into the approval and the deployment record with the dry run's summary.
    m_gitSummary =
        tr("Git: %n commit(s) from %1 to %2: %3", nullptr, change.count())
            .arg(change.deployed.left(7), change.head.left(7), subjects.join(QStringLiteral("; ")));
}

void SyncDialog::startSync()
{
    if (!canSync())
        return;
    Approval approval;
    approval.reason = m_reason->text().trimmed();
    approval.reviewedDiffSummary = m_preview->preview().summary();
    if (!m_gitSummary.isEmpty())
        approval.reviewedDiffSummary += u'\n' + m_gitSummary;
    if (m_check.protectedTarget) {
        ApprovalDialog dialog(m_check, tr("Sync"), approval.reviewedDiffSummary, this);
        if (!approval.reason.isEmpty())
            dialog.reasonEdit()->setText(approval.reason);
        if (dialog.exec() != QDialog::Accepted)
            return;
        approval = dialog.approval();
    }
    setProblem(QString());
    m_busy = Busy::Sync;
    m_syncRequest = m_actions->sync(m_key, m_previewOptions, approval);
    updateButtons();
}

void SyncDialog::terminateOperation()
{
    const auto answer = QMessageBox::question(
        this, tr("Terminate operation"),
        tr("Terminate the operation running on %1?\n\nThe controller stops it where it is; resources "
           "already applied stay as they are.")
            .arg(m_check.target.label()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_busy = Busy::Terminate;
    m_terminateRequest = m_actions->terminateOperation(m_key, m_reason->text().trimmed());
    updateButtons();
}

void SyncDialog::onFinished(const ActionOutcome &outcome)
{
    if (outcome.requestId == m_terminateRequest && m_busy == Busy::Terminate) {
        m_busy = Busy::None;
        setProblem(outcome.ok ? QString() : tr("Could not terminate the operation: %1").arg(outcome.message));
        m_check = m_actions->checkGuardrails(m_key);
        updateNotices();
        updateButtons();
        return;
    }
    if (outcome.requestId != m_syncRequest || m_busy != Busy::Sync)
        return;
    m_busy = Busy::None;
    if (!outcome.ok) {
        setProblem(tr("The sync of %1 failed: %2").arg(m_check.target.label(), outcome.message));
        updateButtons();
        return;
    }
    emit synced(outcome);
    if (outcome.deploymentRecordId > 0)
        showRecord(outcome.deploymentRecordId);
    else
        accept();
}

void SyncDialog::showRecord(qint64 recordId)
{
    m_recordId = recordId;
    m_previewState->setText(tr("Synced. Loading the deployment record…"));
    m_recordsRequest = m_actions->loadDeploymentRecords(50);
}

void SyncDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, dangerColor(palette));
    m_problem->setPalette(palette);
}

} // namespace sextant::views
