#include "views/rolloutdashboard.h"

#include "model/fleet/fleetstore.h"
#include "model/rollout/rollingsync.h"
#include "model/rollout/rolloutrunner.h"
#include "model/rollout/rolloutstepper.h"
#include "views/actionstyle.h"
#include "views/messagebanner.h"
#include "views/reasondialog.h"
#include "views/rollingsyncview.h"
#include "views/waveprogressdelegate.h"
#include "views/waverollbackdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace sextant::views {

using namespace rollout;

namespace {

enum Column { NameColumn, StateColumn, ProgressColumn, TrendColumn, GateColumn, WhyColumn, ColumnCount };
constexpr int AppKeyRole = Qt::UserRole + 1;

QString countdown(qint64 seconds)
{
    if (seconds <= 0)
        return u"0:00"_s;
    return seconds >= 3600 ? u"%1:%2:%3"_s.arg(seconds / 3600)
                                 .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                           : u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString runLabel(const RolloutRun &run)
{
    return u"%1 · %2 · %3"_s.arg(run.plan.name, toString(run.state),
                                 run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

} // namespace

RolloutDashboard::RolloutDashboard(RolloutRunner *runner, FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_store(store)
    , m_runs(new QComboBox(this))
    , m_target(new QLabel(this))
    , m_state(new QLabel(this))
    , m_banner(new MessageBanner(u"rolloutDashboardMessage"_s, this))
    , m_waves(new QTreeWidget(this))
    , m_timeline(new QListWidget(this))
    , m_refresh(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(u"rolloutDashboard"_s);
    m_runs->setObjectName(u"rolloutRuns"_s);
    m_runs->setMinimumContentsLength(36);
    m_target->setObjectName(u"rolloutTarget"_s);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(u"rolloutState"_s);
    m_state->setWordWrap(true);
    m_waves->setObjectName(u"rolloutWaves"_s);
    m_waves->setColumnCount(ColumnCount);
    m_waves->setHeaderLabels(
        {tr("Wave / application"), tr("State"), tr("Apps"), tr("Healthy over time"), tr("Gate"), tr("Why")});
    m_waves->setItemDelegateForColumn(ProgressColumn, new WaveProgressDelegate(m_waves));
    m_waves->setItemDelegateForColumn(TrendColumn, new HealthTrendDelegate(m_waves));
    m_waves->setUniformRowHeights(true);
    m_waves->header()->resizeSection(NameColumn, 220);
    m_waves->header()->resizeSection(StateColumn, 140);
    m_waves->header()->resizeSection(ProgressColumn, 170);
    m_waves->header()->resizeSection(TrendColumn, 130);
    m_waves->header()->resizeSection(GateColumn, 170);
    m_timeline->setObjectName(u"rolloutTimeline"_s);
    m_timeline->setWordWrap(true);

    const auto makeButton = [this](const QString &text, const QString &name,
                                   void (RolloutDashboard::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_pause = makeButton(tr("&Pause…"), u"rolloutPause"_s, &RolloutDashboard::pause);
    m_resume = makeButton(tr("&Resume…"), u"rolloutResume"_s, &RolloutDashboard::resume);
    m_approve = makeButton(tr("&Approve…"), u"rolloutApprove"_s, &RolloutDashboard::approveOrSignOff);
    m_skip = makeButton(tr("S&kip app…"), u"rolloutSkip"_s, &RolloutDashboard::skipApp);
    m_rollBack = makeButton(tr("Roll back &wave…"), u"rolloutRollBack"_s, &RolloutDashboard::rollBackWave);
    m_rollBack->setToolTip(
        tr("Revert the target in the selected wave's overlays with a previewed Git commit, "
           "and sync its apps to it"));
    m_abort = makeButton(tr("A&bort…"), u"rolloutAbort"_s, &RolloutDashboard::abortRun);
    styleDangerButton(m_abort);

    auto *top = new QHBoxLayout;
    top->addWidget(headingLabel(tr("Wave rollouts"), this));
    top->addSpacing(12);
    top->addWidget(m_runs);
    top->addWidget(m_target, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    for (QPushButton *button : {m_pause, m_resume, m_approve, m_skip, m_rollBack, m_abort})
        buttons->addWidget(button);
    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(captionLabel(tr("Timeline, newest first"), timelineBox));
    timelineLayout->addWidget(m_timeline, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_waves);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(50);
    connect(m_refresh, &QTimer::timeout, this, &RolloutDashboard::refresh);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_countdown->start();
    connect(m_runner, &RolloutRunner::runsLoaded, this, [this] { showRun(m_runId); });
    connect(m_runner, &RolloutRunner::runStarted, this, [this](const QString &id) { showRun(id); });
    // Hidden, it does no work: showEvent catches up.
    connect(m_runner, &RolloutRunner::runChanged, this, [this](const QString &id) {
        if (id == m_runId && isVisible())
            m_refresh->start();
    });
    connect(m_runner, &RolloutRunner::problem, this, [this](const QString &, const QString &message) {
        m_banner->showMessage(MessageBanner::Tone::Error, message);
    });
    connect(m_runs, &QComboBox::activated, this,
            [this](int index) { showRun(m_runs->itemData(index).toString()); });
    connect(m_waves, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(nullptr); });
    showRun();
}

QPushButton *RolloutDashboard::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void RolloutDashboard::showRun(const QString &id)
{
    const QList<RolloutRun> runs = m_runner->runs();
    m_runId = id.isEmpty() && !runs.isEmpty() ? runs.first().id : id;
    m_waves->clear();
    m_banner->clearMessage();
    refreshChooser();
    refresh();
}

void RolloutDashboard::setRollingSyncMonitor(RollingSyncMonitor *monitor)
{
    m_rollingSync = monitor;
    connect(monitor, &RollingSyncMonitor::changed, this, [this] {
        if (!isVisible())
            return;
        const QHash<QString, QString> problems = m_rollingSync->problems();
        if (!problems.isEmpty())
            m_banner->showMessage(MessageBanner::Tone::Warning,
                                  tr("The ApplicationSets of %1 cannot be read: %2")
                                      .arg(problems.constBegin().key(), problems.constBegin().value()));
        refreshChooser();
        if (isAppSetChoice(m_runId))
            refreshAppSet();
    });
    if (isVisible())
        monitor->setActive(true);
}

void RolloutDashboard::refreshChooser()
{
    const QSignalBlocker blocker(m_runs);
    m_runs->clear();
    for (const RolloutRun &run : m_runner->runs())
        m_runs->addItem(runLabel(run), run.id);
    if (m_rollingSync)
        for (const ApplicationSetProgress &set : m_rollingSync->sets())
            m_runs->addItem(tr("%1 · ApplicationSet RollingSync · %2").arg(set.name, set.instance),
                            appSetChoice(set));
    m_runs->setCurrentIndex(m_runs->findData(m_runId));
    m_runs->setEnabled(m_runs->count() > 0);
}

QString RolloutDashboard::gateText(const RolloutRun &run, int w) const
{
    const WaveRun &wave = run.waves.at(w);
    const Wave &spec = run.plan.waves.at(w);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (wave.state) {
    case WaveState::Pending:
    case WaveState::Holding:
        return spec.approvers.isEmpty() ? QString() : tr("approval by %1").arg(spec.approvers.join(u", "_s));
    case WaveState::AwaitingApproval:
        return spec.approvers.isEmpty() ? tr("approval")
                                        : tr("approval by %1").arg(spec.approvers.join(u", "_s));
    case WaveState::Verifying:
        if (wave.healthySince.isValid())
            return tr("settle %1").arg(countdown(spec.settle.count() - wave.healthySince.secsTo(now)));
        return tr("all Healthy at %1").arg(run.plan.revision.left(7));
    case WaveState::Baking: return tr("bake %1").arg(countdown(now.secsTo(wave.bakeUntil)));
    case WaveState::AwaitingSignOff: return tr("sign-off");
    case WaveState::Passed:
        return wave.signedOffBy.isEmpty() ? QString() : tr("signed off by %1").arg(wave.signedOffBy);
    default: return {};
    }
}

void RolloutDashboard::fillWave(QTreeWidgetItem *item, const RolloutRun &run, int w)
{
    const WaveRun &wave = run.waves.at(w);
    const bool current = w == run.currentWave() && run.isActive();
    item->setText(NameColumn, current ? u"▶ %1"_s.arg(wave.name) : wave.name);
    item->setText(StateColumn, toString(wave.state));
    QFont font = item->font(NameColumn);
    font.setBold(current);
    item->setFont(NameColumn, font);
    // The released apps as the fleet shows them now (also for a run driven elsewhere); apps not
    // released yet count as waiting; skipped apps are left out.
    FleetNow fleet;
    fleet.now = QDateTime::currentDateTimeUtc();
    fleet.liveInstances = reachableInstances(*m_store, fleet.now);
    for (const AppStep &step : wave.apps)
        if (const Application *app = m_store->application(step.app.app.key()))
            fleet.apps.insert(step.app.app.key(), app);
    // A wave rolled back is measured against its revert commit.
    const bool reverted = wave.rollback.state == WaveRollback::State::Reverted;
    const QString target = reverted ? wave.rollback.commit : run.plan.revision;
    const WaveVerdict verdict =
        evaluateWave(releasedPart(wave), target, run.plan.stopWhen, fleet, wave.releasedAt);
    std::array<int, AppProgressCount> counts = verdict.counts;
    QHash<QString, AppStanding> standings;
    for (const AppStanding &standing : verdict.apps)
        standings.insert(standing.app.app.key(), standing);
    int unreleased = 0;
    for (const AppStep &step : wave.apps)
        unreleased += step.state == AppStepState::Pending || step.state == AppStepState::Held ? 1 : 0;
    counts[size_t(AppProgress::Waiting)] += unreleased;
    QVariantList list;
    QStringList tip;
    for (int i = 0; i < AppProgressCount; ++i) {
        list << counts[size_t(i)];
        if (counts[size_t(i)] > 0)
            tip << u"%1 %2"_s.arg(counts[size_t(i)]).arg(toString(AppProgress(i)));
    }
    item->setData(ProgressColumn, WaveProgressDelegate::CountsRole, list);
    item->setToolTip(ProgressColumn, tip.join(u" · "_s));
    QVariantList trend;
    if (!wave.samples.isEmpty()) {
        const QDateTime first = wave.samples.constFirst().at;
        for (const HealthSample &sample : wave.samples)
            trend << QPointF(qreal(first.msecsTo(sample.at)) / 1000.0,
                             sample.released > 0 ? qreal(sample.healthy) / sample.released : 0.0);
        // The last count held until now, or until the wave's bake ended (or a moment, so that
        // one sample still draws a line).
        const bool going = w == run.currentWave() && run.isActive();
        QDateTime end = going ? QDateTime::currentDateTimeUtc() : wave.bakeUntil;
        if (!end.isValid() || end <= wave.samples.constLast().at)
            end = wave.samples.constLast().at.addSecs(1);
        trend << QPointF(qreal(first.msecsTo(end)) / 1000.0, trend.constLast().toPointF().y());
        const HealthSample &last = wave.samples.constLast();
        item->setToolTip(TrendColumn, tr("%1 of %2 released apps Healthy at the target since %3")
                                          .arg(last.healthy)
                                          .arg(last.released)
                                          .arg(last.at.toLocalTime().toString(u"HH:mm:ss"_s)));
    }
    item->setData(TrendColumn, HealthTrendDelegate::TrendRole, trend);
    item->setText(GateColumn, gateText(run, w));
    QString why = wave.why;
    if (wave.rollback.state == WaveRollback::State::Reverting)
        why = tr("rolling back (%1): %2").arg(wave.rollback.by, wave.rollback.reason);
    else if (reverted)
        why = tr("rolled back by commit %1 (%2): %3 — %4")
                  .arg(wave.rollback.commit.left(7), wave.rollback.by, wave.rollback.reason, verdict.why);
    else if (wave.rollback.state == WaveRollback::State::Failed)
        why = tr("rollback failed: %1").arg(wave.rollback.error);
    item->setText(WhyColumn, why);
    item->setToolTip(WhyColumn, why);
    const bool rebuild = item->childCount() != wave.apps.size();
    if (rebuild)
        qDeleteAll(item->takeChildren());
    for (qsizetype i = 0; i < wave.apps.size(); ++i) {
        const AppStep &step = wave.apps.at(i);
        QTreeWidgetItem *child = rebuild ? new QTreeWidgetItem(item) : item->child(int(i));
        const QString key = step.app.app.key();
        child->setData(NameColumn, AppKeyRole, key);
        child->setText(NameColumn, step.app.app.name);
        child->setToolTip(NameColumn,
                          u"%1 · %2 · %3"_s.arg(step.app.app.instance, step.app.cluster, step.app.app.name));
        child->setText(StateColumn, toString(step.state));
        const auto standing = standings.constFind(key);
        child->setText(ProgressColumn,
                       standing != standings.cend() ? toString(standing->progress) : QString());
        const Application *app = m_store->application(key);
        child->setText(GateColumn,
                       tr("%1 → %2").arg(app ? app->syncRevision.left(7) : u"?"_s, target.left(7)));
        child->setToolTip(GateColumn, tr("running now → target"));
        QStringList why;
        if (standing != standings.cend() && !standing->detail.isEmpty())
            why << standing->detail;
        if (!step.note.isEmpty())
            why << step.note;
        child->setText(WhyColumn, why.join(u" · "_s));
    }
}

void RolloutDashboard::refreshAppSet()
{
    const auto [instance, name] = appSetOfChoice(m_runId);
    const std::optional<ApplicationSetProgress> set =
        m_rollingSync ? m_rollingSync->set(instance, name) : std::nullopt;
    m_timeline->clear();
    updateButtons(nullptr);
    if (!set) {
        m_target->setText(tr("The ApplicationSet %1 is no longer served by %2.").arg(name, instance));
        m_state->clear();
        m_waves->clear();
        return;
    }
    m_target->setText(
        tr("ApplicationSet %1 · project %2 · %n app(s) in %3 steps", nullptr, int(set->apps.size()))
            .arg(set->name, set->project)
            .arg(set->steps.size()));
    m_state->setText(
        tr("<b>%1</b> — read-only: Argo CD's ApplicationSet controller runs this RollingSync "
           "(no pause, bake time or approval; a Degraded app stalls it for good)")
            .arg((set->condition.isEmpty() ? tr("no rollout status yet") : set->condition).toHtmlEscaped()));
    m_state->setAutoFillBackground(false);
    fillRollingSyncSteps(m_waves, summarizeRollingSync(*set, *m_store, QDateTime::currentDateTimeUtc()));
    // The timeline: each app's last transition, as the ApplicationSet controller recorded it.
    QList<AppSetAppStatus> transitions = set->apps;
    std::sort(transitions.begin(), transitions.end(),
              [](const AppSetAppStatus &a, const AppSetAppStatus &b) { return a.since > b.since; });
    for (const AppSetAppStatus &app : std::as_const(transitions))
        if (app.since.isValid())
            m_timeline->addItem(u"%1  %2 %3 — %4"_s.arg(app.since.toLocalTime().toString(u"HH:mm:ss"_s),
                                                        app.application, app.status, app.message));
}

void RolloutDashboard::refresh()
{
    if (isAppSetChoice(m_runId))
        return refreshAppSet();
    const std::optional<RolloutRun> run = m_runner->run(m_runId);
    if (!run) {
        m_target->setText(m_runner->isLoaded()
                              ? tr("No rollout has been started here. Start one from the wave "
                                   "plan page (Ctrl+Shift+W).")
                              : tr("Reading the rollouts…"));
        m_state->clear();
        m_waves->clear();
        m_timeline->clear();
        updateButtons(nullptr);
        return;
    }
    if (m_runs->itemData(m_runs->currentIndex()).toString() != m_runId ||
        m_runs->itemText(m_runs->currentIndex()) != runLabel(*run))
        refreshChooser();
    m_target->setText(
        tr("target %1 · started by %2 · %3 apps in %4 waves")
            .arg(run->plan.revision.left(7), run->startedBy)
            .arg(std::accumulate(run->waves.cbegin(), run->waves.cend(), 0,
                                 [](int sum, const WaveRun &wave) { return sum + int(wave.apps.size()); }))
            .arg(run->waves.size()));
    m_target->setToolTip(run->plan.revision);
    QString state = u"<b>%1</b>"_s.arg(toString(run->state).toHtmlEscaped());
    if (!run->stateReason.isEmpty())
        state += u": "_s + run->stateReason.toHtmlEscaped();
    if (run->isActive() && !m_runner->drives(run->id))
        state +=
            tr(" — not run from this window%1")
                .arg(run->driver.isEmpty() ? QString() : tr(" (run by %1)").arg(run->driver).toHtmlEscaped());
    m_state->setText(state);
    if (run->state == RunState::Halted)
        tintBackground(m_state, dangerColor(palette()));
    else if (run->state == RunState::Paused)
        tintBackground(m_state, warningColor(palette()));
    else
        m_state->setAutoFillBackground(false);

    if (m_waves->topLevelItemCount() != run->waves.size()) {
        m_waves->clear();
        for (qsizetype i = 0; i < run->waves.size(); ++i)
            new QTreeWidgetItem(m_waves);
    }
    for (int w = 0; w < run->waves.size(); ++w)
        fillWave(m_waves->topLevelItem(w), *run, w);
    if (m_timeline->count() != run->events.size()) {
        m_timeline->clear();
        for (auto it = run->events.crbegin(); it != run->events.crend(); ++it)
            m_timeline->addItem(describeEvent(*it));
    }
    updateButtons(&*run);
}

void RolloutDashboard::updateButtons(const RolloutRun *given)
{
    std::optional<RolloutRun> loaded;
    if (!given) {
        loaded = m_runner->run(m_runId);
        given = loaded ? &*loaded : nullptr;
    }
    const bool active = given && given->isActive();
    m_pause->setEnabled(given && given->state == RunState::Running);
    m_resume->setEnabled(given && (given->state == RunState::Paused || given->state == RunState::Halted));
    m_abort->setEnabled(given && (active || given->state == RunState::Halted));
    const int w = given ? given->currentWave() : -1;
    const WaveState waveState =
        given && w < given->waves.size() ? given->waves.at(w).state : WaveState::Passed;
    const bool signOff = waveState == WaveState::AwaitingSignOff;
    m_approve->setText(signOff ? tr("Sign &off…") : tr("&Approve…"));
    m_approve->setEnabled(
        active && (waveState == WaveState::AwaitingApproval || signOff) &&
        (signOff ? given->waves.at(w).signedOffBy.isEmpty() : given->waves.at(w).approvedBy.isEmpty()));
    const QString key = selectedAppKey();
    bool skippable = false;
    if (given && !key.isEmpty())
        for (const WaveRun &wave : given->waves)
            for (const AppStep &step : wave.apps)
                if (step.app.app.key() == key)
                    skippable = step.state == AppStepState::Pending || step.state == AppStepState::Held;
    m_skip->setEnabled(active && skippable);
    bool rollBackable = false;
    if (given) {
        const int selected = selectedWave(*given);
        if (selected >= 0 && selected < given->waves.size()) {
            const WaveRun &wave = given->waves.at(selected);
            rollBackable =
                (wave.rollback.state == WaveRollback::State::None ||
                 wave.rollback.state == WaveRollback::State::Failed) &&
                std::any_of(wave.apps.cbegin(), wave.apps.cend(), [](const AppStep &step) {
                    return step.state == AppStepState::Released || step.state == AppStepState::Releasing;
                });
        }
    }
    m_rollBack->setEnabled(rollBackable);
}

int RolloutDashboard::selectedWave(const RolloutRun &run) const
{
    const QTreeWidgetItem *item = m_waves->currentItem();
    while (item && item->parent())
        item = item->parent();
    const int index = item ? m_waves->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
    return index >= 0 ? index : qMin(run.currentWave(), int(run.waves.size()) - 1);
}

void RolloutDashboard::rollBackWave()
{
    const std::optional<RolloutRun> run = m_runner->run(m_runId);
    if (!run)
        return;
    WaveRollbackDialog dialog(m_runner, m_runId, selectedWave(*run), this);
    dialog.exec();
}

QString RolloutDashboard::selectedAppKey() const
{
    const QTreeWidgetItem *item = m_waves->currentItem();
    return item ? item->data(NameColumn, AppKeyRole).toString() : QString();
}

void RolloutDashboard::pause()
{
    ReasonDialog dialog({tr("Pause the rollout"),
                         m_runs->currentText(),
                         tr("Nothing not yet released moves until it is resumed. Apps already released keep "
                            "being verified."),
                         tr("Pause rollout"),
                         true,
                         false,
                         {}},
                        this);
    if (dialog.exec() == QDialog::Accepted)
        m_runner->pause(m_runId, dialog.reason());
}

void RolloutDashboard::resume()
{
    const std::optional<RolloutRun> run = m_runner->run(m_runId);
    const bool halted = run && run->state == RunState::Halted;
    ReasonDialog dialog(
        {tr("Resume the rollout"),
         m_runs->currentText(),
         halted ? tr("The halted wave is verified again, its timeout counted afresh: resume only "
                     "once what halted it is fixed.")
                : tr("This window runs the rollout from now on: releases continue where they "
                     "stopped."),
         tr("Resume rollout"),
         halted,
         false,
         {}},
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_runner->resume(m_runId,
                         dialog.reason().isEmpty() ? tr("resumed from the dashboard") : dialog.reason());
}

void RolloutDashboard::approveOrSignOff()
{
    const std::optional<RolloutRun> run = m_runner->run(m_runId);
    if (!run || run->currentWave() >= run->waves.size())
        return;
    const int w = run->currentWave();
    const WaveRun &wave = run->waves.at(w);
    const bool signOff = wave.state == WaveState::AwaitingSignOff;
    QStringList apps;
    for (const AppStep &step : wave.apps)
        if (step.state != AppStepState::Skipped)
            apps << step.app.app.name;
    const QString explanation =
        signOff ? tr("Wave %1 baked: %2. Signing it off lets the next wave start.").arg(wave.name, wave.why)
                : tr("Releases %n app(s) of wave %1 to %2: %3.", nullptr, int(apps.size()))
                      .arg(wave.name, run->plan.revision.left(7),
                           apps.mid(0, 8).join(u", "_s) + (apps.size() > 8 ? u" …"_s : QString()));
    ReasonDialog dialog(
        {signOff ? tr("Sign off wave %1").arg(wave.name) : tr("Approve wave %1").arg(wave.name),
         m_runs->currentText(), explanation, signOff ? tr("Sign off") : tr("Approve wave"), true, false,
         signOff ? QString() : wave.name},
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (signOff)
        m_runner->signOff(m_runId, w, dialog.reason());
    else
        m_runner->approve(m_runId, w, dialog.reason());
}

void RolloutDashboard::skipApp()
{
    const QString key = selectedAppKey();
    if (key.isEmpty())
        return;
    ReasonDialog dialog({tr("Skip an app"),
                         key,
                         tr("The app stays on what it runs now and is left out of its wave's verdict. If its "
                            "auto-sync is held, it stays paused."),
                         tr("Skip app"),
                         true,
                         false,
                         {}},
                        this);
    if (dialog.exec() == QDialog::Accepted)
        m_runner->skip(m_runId, key, dialog.reason());
}

void RolloutDashboard::abortRun()
{
    const std::optional<RolloutRun> run = m_runner->run(m_runId);
    if (!run)
        return;
    ReasonDialog dialog(
        {tr("Abort the rollout"), m_runs->currentText(),
         tr("Nothing more is released. Waves already released stay as they are; apps of later "
            "waves keep their auto-sync paused until you resume them from the pause banner."),
         tr("Abort rollout"), true, true, run->plan.name},
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_runner->abort(m_runId, dialog.reason());
}

void RolloutDashboard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_rollingSync)
        m_rollingSync->setActive(false);
}

void RolloutDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_rollingSync)
        m_rollingSync->setActive(true);
    refreshChooser();
    refresh();
}

void RolloutDashboard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sextant::views
