#include "views/applicationheader.h"

#include "model/domain/lastdeployment.h"
#include "model/fleet/fleetstore.h"
#include "model/rollout/rolloutnote.h"
#include "views/detaillist.h"
#include "views/detailtext.h"
#include "views/messagebanner.h"
#include "views/statusicons.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace sextant::views {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Long repository URLs are cut at the window's edge (full text in the tooltip)
    // instead of widening the window.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(40);
    return label;
}

QLabel *captionLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    // A role, not a colour: it follows palette changes.
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString operationText(const OperationState &op)
{
    QString phase;
    switch (op.phase) {
    case OperationPhase::Running: phase = ApplicationHeader::tr("Running"); break;
    case OperationPhase::Terminating: phase = ApplicationHeader::tr("Terminating"); break;
    case OperationPhase::Succeeded: phase = ApplicationHeader::tr("Succeeded"); break;
    case OperationPhase::Failed: phase = ApplicationHeader::tr("Failed"); break;
    case OperationPhase::Error: phase = ApplicationHeader::tr("Error"); break;
    case OperationPhase::None: break;
    }
    const bool running = op.phase == OperationPhase::Running || op.phase == OperationPhase::Terminating;
    const QString when =
        running || !op.finishedAt.isValid() ? timeText(op.startedAt) : timeText(op.finishedAt);
    QString what = running ? ApplicationHeader::tr("%1 since %2").arg(phase, when)
                           : ApplicationHeader::tr("%1 at %2").arg(phase, when);
    if (op.automated)
        what += ApplicationHeader::tr(", automated sync");
    else
        what +=
            ApplicationHeader::tr(", started by %1")
                .arg(op.initiatedBy.isEmpty() ? ApplicationHeader::tr("an unknown user") : op.initiatedBy);
    if (op.dryRun)
        what += ApplicationHeader::tr(" (dry run)");
    if (!op.message.isEmpty())
        what += QStringLiteral(" — ") + op.message;
    return what;
}

} // namespace

ApplicationHeader::ApplicationHeader(const FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("header"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 4);
    layout->setSpacing(6);

    // Name, then where it lives.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = captionLabel(this, QString());
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_subtitle, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    // Sync, health and auto-sync, each an icon and words.
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(4);
    const auto addStatus = [&](QLabel *&icon, QLabel *&text, const QString &name) {
        icon = new QLabel(this);
        icon->setObjectName(name + QStringLiteral("Icon"));
        text = new QLabel(this);
        text->setObjectName(name);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusRow->addWidget(icon);
        statusRow->addWidget(text);
        statusRow->addSpacing(16);
    };
    addStatus(m_syncIcon, m_syncText, QStringLiteral("syncStatus"));
    addStatus(m_healthIcon, m_healthText, QStringLiteral("healthStatus"));
    addStatus(m_autoSyncIcon, m_autoSyncText, QStringLiteral("autoSync"));
    QFont strong = m_syncText->font();
    strong.setBold(true);
    m_syncText->setFont(strong);
    m_healthText->setFont(strong);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);

    // The facts, two pairs a row.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    m_project = valueLabel(this, QStringLiteral("project"));
    m_destination = valueLabel(this, QStringLiteral("destination"));
    m_source = valueLabel(this, QStringLiteral("source"));
    m_revision = valueLabel(this, QStringLiteral("revision"));
    m_lastOperation = valueLabel(this, QStringLiteral("lastOperation"));
    grid->addWidget(captionLabel(this, tr("Project")), 0, 0);
    grid->addWidget(m_project, 0, 1);
    grid->addWidget(captionLabel(this, tr("Destination")), 0, 2);
    grid->addWidget(m_destination, 0, 3);
    grid->addWidget(captionLabel(this, tr("Source")), 1, 0);
    grid->addWidget(m_source, 1, 1, 1, 3);
    grid->addWidget(captionLabel(this, tr("Revision")), 2, 0);
    grid->addWidget(m_revision, 2, 1, 1, 3);
    grid->addWidget(captionLabel(this, tr("Last operation")), 3, 0);
    grid->addWidget(m_lastOperation, 3, 1, 1, 3);
    m_rollout = valueLabel(this, QStringLiteral("rollout"));
    m_rolloutCaption = captionLabel(this, tr("Rollout"));
    grid->addWidget(m_rolloutCaption, 4, 0);
    grid->addWidget(m_rollout, 4, 1, 1, 3);
    m_rollout->hide();
    m_rolloutCaption->hide();
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    layout->addLayout(grid);

    m_conditions = new MessageBanner(QStringLiteral("conditions"), this);
    layout->addWidget(m_conditions);
    m_goneNotice = new MessageBanner(QStringLiteral("goneNotice"), this);
    layout->addWidget(m_goneNotice);
}

void ApplicationHeader::showApplication(const AppRef &app)
{
    m_app = app;
    setGone(false);
    refresh();
}

void ApplicationHeader::setGone(bool gone)
{
    if (!gone) {
        m_goneNotice->clearMessage();
        return;
    }
    m_goneNotice->showMessage(
        MessageBanner::Tone::Warning,
        tr("%1 no longer exists on %2: it was deleted, or you may no longer see it. What "
           "is shown is its last known state.")
            .arg(m_app.displayName(), m_app.instance));
}

void ApplicationHeader::refresh()
{
    const Application *app = m_store->application(m_app.key());
    m_title->setText(m_app.name);
    if (!app) {
        m_subtitle->setText(tr("instance %1").arg(m_app.instance));
        for (QLabel *label : {m_project, m_destination, m_source, m_revision, m_lastOperation})
            label->setText(tr("unknown"));
        m_syncText->setText(statusText(SyncStatus::Unknown));
        m_syncIcon->setPixmap(syncIcon(SyncStatus::Unknown).pixmap(DetailIconSize, DetailIconSize));
        m_healthText->setText(statusText(HealthStatus::Unknown));
        m_healthIcon->setPixmap(healthIcon(HealthStatus::Unknown).pixmap(DetailIconSize, DetailIconSize));
        m_autoSyncText->clear();
        m_autoSyncIcon->clear();
        m_conditions->clearMessage();
        return;
    }
    m_subtitle->setText(tr("instance %1 · Application namespace %2").arg(app->instance, app->ns));

    m_syncIcon->setPixmap(syncIcon(app->syncStatus).pixmap(DetailIconSize, DetailIconSize));
    m_syncText->setText(statusText(app->syncStatus));
    m_healthIcon->setPixmap(healthIcon(app->health).pixmap(DetailIconSize, DetailIconSize));
    m_healthText->setText(app->healthMessage.isEmpty() || app->health == HealthStatus::Healthy
                              ? statusText(app->health)
                              : tr("%1: %2").arg(statusText(app->health), app->healthMessage));
    m_healthText->setToolTip(app->healthMessage);
    m_autoSyncIcon->setPixmap(autoSyncIcon(app->autoSync()).pixmap(DetailIconSize, DetailIconSize));
    const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
    switch (app->autoSync()) {
    case AutoSyncState::On:
        m_autoSyncText->setText(tr("Auto-sync on (prune %1, self-heal %2)")
                                    .arg(onOff(app->syncPolicy.prune), onOff(app->syncPolicy.selfHeal)));
        break;
    case AutoSyncState::Paused:
        m_autoSyncText->setText(tr("Auto-sync paused (resumes with prune %1, self-heal %2)")
                                    .arg(onOff(app->syncPolicy.prune), onOff(app->syncPolicy.selfHeal)));
        break;
    case AutoSyncState::Off: m_autoSyncText->setText(tr("Auto-sync off: syncs are manual")); break;
    }

    m_project->setText(app->project.isEmpty() ? QStringLiteral("default") : app->project);

    // The cluster by its name when the instance knows it.
    const QString cluster = m_store->clusterName(*app);
    m_destination->setText(app->destinationNamespace.isEmpty()
                               ? cluster
                               : tr("%1 · namespace %2").arg(cluster, app->destinationNamespace));
    m_destination->setToolTip(app->destinationServer);

    QStringList sources;
    for (const ApplicationSource &source : app->sources) {
        const QString revision =
            source.targetRevision.isEmpty() ? QStringLiteral("HEAD") : source.targetRevision;
        if (!source.chart.isEmpty())
            sources << tr("%1 · chart %2 · version %3").arg(source.repoUrl, source.chart, revision);
        else
            sources << tr("%1 · path %2 · target %3")
                           .arg(source.repoUrl, source.path.isEmpty() ? QStringLiteral(".") : source.path,
                                revision);
    }
    m_source->setText(sources.isEmpty() ? tr("none") : sources.join(u'\n'));
    m_source->setToolTip(m_source->text());

    // Deployed: the last successful sync (history is appended only then).
    QString deployed;
    QStringList deployedRevisions;
    if (const HistoryEntry *last = lastDeployment(*app)) {
        deployed = last->revision;
        deployedRevisions = last->revisions;
    }
    const QString deployedText = revisionsText(deployed, deployedRevisions);
    const QString gitText = revisionsText(app->syncRevision, app->syncRevisions);
    if (deployedText.isEmpty() && gitText.isEmpty())
        m_revision->setText(tr("not deployed yet"));
    else if (deployedText.isEmpty())
        m_revision->setText(tr("not deployed yet · Git is at %1").arg(gitText));
    else if (gitText.isEmpty() || gitText == deployedText)
        m_revision->setText(tr("%1 deployed").arg(deployedText));
    else
        m_revision->setText(tr("%1 deployed · Git is at %2").arg(deployedText, gitText));
    m_revision->setToolTip(
        tr("Deployed: %1\nGit (compared to): %2")
            .arg(deployedRevisions.isEmpty() ? deployed : deployedRevisions.join(QStringLiteral(", ")),
                 app->syncRevisions.isEmpty() ? app->syncRevision
                                              : app->syncRevisions.join(QStringLiteral(", "))));

    if (!app->operationState || app->operationState->phase == OperationPhase::None) {
        m_lastOperation->setText(app->operationInProgress
                                     ? tr("an operation was requested and waits to start")
                                     : tr("none recorded"));
        m_lastOperation->setToolTip(QString());
    } else {
        const QString what = operationText(*app->operationState);
        m_lastOperation->setText(what);
        m_lastOperation->setToolTip(what);
    }

    const std::optional<rollout::RolloutNote> note =
        rollout::decodeRolloutNote(app->annotations.value(rollout::rolloutNoteAnnotation()));
    m_rollout->setText(note ? rollout::describeRolloutNote(*note) : QString());
    m_rollout->setToolTip(
        note ? tr("Released by the wave rollout %1 (run %2), at %3").arg(note->plan, note->run, note->target)
             : QString());
    m_rollout->setVisible(note.has_value());
    m_rolloutCaption->setVisible(note.has_value());

    if (app->conditions.isEmpty()) {
        m_conditions->clearMessage();
    } else {
        QStringList lines;
        bool error = false;
        for (const Condition &condition : app->conditions) {
            lines << tr("%1: %2").arg(condition.type, condition.message);
            error |= condition.type.endsWith(QStringLiteral("Error"));
        }
        m_conditions->showMessage(error ? MessageBanner::Tone::Error : MessageBanner::Tone::Warning,
                                  lines.join(u'\n'));
    }
}

void ApplicationHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The status icons follow the palette.
    if (event->type() == QEvent::PaletteChange && !m_app.isNull())
        refresh();
}

} // namespace sextant::views
