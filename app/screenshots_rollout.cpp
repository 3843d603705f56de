// The wave-rollout screens of `./dev screenshots`: a plan with validation problems, the dry run
// of the example plan against the demo fleet, and the dashboard with a running and a halted
// run, and an ApplicationSet's RollingSync. The runs are stepped by the runner's own stepper over the demo
// fleet as it is, with simulated time, then stored as a runner on another host would store them.
#include "app/mainwindow.h"
#include "app/screenshotsupport.h"
#include "app/workspace.h"
#include "model/rollout/rolloutstepper.h"
#include "model/storage/localstore.h"
#include "views/colorscheme.h"
#include "views/rollingsyncview.h"
#include "views/rolloutdashboard.h"
#include "views/rolloutplanview.h"
#include "views/waverollbackdialog.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace sextant {

using namespace Qt::StringLiterals;
using namespace screenshots;

namespace {

// Steps a new run of `plan` from `minutesAgo` until now, a simulated 30 s at a time, releasing
// what the stepper releases (as the runner would once the controller accepts the sync).
rollout::RolloutRun simulate(Workspace &workspace, const rollout::WavePlan &plan, const QByteArray &yaml,
                             int minutesAgo)
{
    using namespace rollout;
    QList<const Application *> apps;
    for (const Application &app : workspace.store().applications())
        apps << &app;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PlanResolution resolution = resolvePlan(plan, apps, workspace.store().clusters());
    RolloutRun run = newRun(plan, yaml, u"docs/examples/checkout-waves.yaml"_s, resolution, u"ada"_s,
                            now.addSecs(-60 * minutesAgo));
    FleetNow fleet;
    for (const Application *app : apps)
        fleet.apps.insert(app->key(), app);
    for (const InstanceStatus &instance : workspace.store().instances())
        fleet.liveInstances.insert(instance.name);
    for (fleet.now = run.startedAt; fleet.now <= now && run.state == RunState::Running;
         fleet.now = fleet.now.addSecs(30)) {
        RolloutStep step = advanceRun(run, fleet, {});
        for (WaveRun &wave : step.run.waves)
            for (AppStep &app : wave.apps) {
                if (app.state == AppStepState::Releasing)
                    app.state = AppStepState::Released;
                if (!step.hold.isEmpty() && step.hold.contains(app.app.app.key()))
                    app.state = AppStepState::Held;
            }
        if (!step.hold.isEmpty())
            step.run.holdsPlaced = true;
        run = step.run;
    }
    return run;
}

bool saveDashboardScreens(Workspace &workspace, MainWindow &window, const QDir &dir,
                          const QString &databasePath, const QString &example)
{
    using namespace rollout;
    // Running: the checkout apps in the US run one commit of one repository; that commit is the
    // target, so the early waves pass and staging is baking.
    QString target;
    for (const Application &app : workspace.store().applications())
        if (app.project == "checkout"_L1 && workspace.store().clusterName(app) == "dev-us-1"_L1)
            target = app.syncRevision;
    QString runningText = example;
    runningText
        .replace(u"selection: {projects: [checkout]}"_s,
                 u"selection: {projects: [checkout], clusterLabels: {region: us}}"_s)
        .replace(u"clusters: [prod-eu-2]"_s, u"clusters: [prod-us-1]"_s)
        .replace(u"4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"_s, target);
    // Halted: a target the fleet never reaches, so the first wave times out.
    QString haltedText = example;
    haltedText.replace(u"{name: checkout-1.9}"_s, u"{name: checkout-1.8-rollback}"_s)
        .replace(u"waveTimeout: 45m"_s, u"waveTimeout: 20m"_s);
    const ParsedPlan runningPlan = parseWavePlan(runningText.toUtf8());
    const ParsedPlan haltedPlan = parseWavePlan(haltedText.toUtf8());
    if (!runningPlan.plan || !haltedPlan.plan) {
        std::fprintf(stderr, "the screenshot plans do not validate\n");
        return false;
    }
    RolloutRun live = simulate(workspace, *runningPlan.plan, runningText.toUtf8(), 35);
    live.driver = u"jump-1.ops.example.org:4242"_s;
    live.heartbeat = QDateTime::currentDateTimeUtc().addSecs(600); // fresh while the screens are taken
    const RolloutRun halted = simulate(workspace, *haltedPlan.plan, haltedText.toUtf8(), 50);
    if (live.state != RunState::Running || halted.state != RunState::Halted) {
        std::fprintf(stderr, "the simulated runs are %s and %s\n", qPrintable(toString(live.state)),
                     qPrintable(toString(halted.state)));
        return false;
    }
    auto store = LocalStore::open(databasePath);
    if (!store)
        return false;
    for (const RolloutRun &run : {halted, live})
        if (!(*store)->saveRollout({run.id, run.plan.name, toString(run.state), 0, {}, toDocument(run)}, 0))
            return false;
    store->reset();
    workspace.rollouts().load();
    if (!waitFor([&] { return workspace.rollouts().run(live.id).has_value(); }))
        return false;
    bool ok = true;
    window.showRolloutDashboard(true);
    views::RolloutDashboard *dashboard = window.rolloutDashboard();
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        dashboard->showRun(live.id);
        dashboard->wavesTree()->topLevelItem(1)->setExpanded(true);
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-running-"_s + s);
        dashboard->showRun(halted.id);
        dashboard->wavesTree()->topLevelItem(0)->setExpanded(true);
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-halted-"_s + s);
        // Rolling the running plan's first wave back: the revert of its overlays, previewed.
        views::WaveRollbackDialog rollback(&workspace.rollouts(), live.id, 0, &window);
        rollback.show();
        ok &= waitFor([&] { return rollback.isPreviewReady(); });
        rollback.reasonEdit()->setText(u"dev shows the memory leak of INC-4711"_s);
        settle(300);
        ok &= save(rollback.grab(), dir, u"wave-rollback-"_s + s);
    }
    views::applyColorScheme(views::ColorScheme::Light);
    window.showRolloutDashboard(false);
    return ok;
}

// An ApplicationSet rolling the US checkout web apps out by environment, one production cluster
// at a time: the dev and staging steps are done, production is under way.
ApplicationSetProgress demoRollingSync(Workspace &workspace)
{
    ApplicationSetProgress set;
    set.name = u"checkout-web"_s;
    set.project = u"checkout"_s;
    set.rollingSync = true;
    set.progressing = true;
    set.condition = u"ApplicationSet is performing rollout of step 3"_s;
    const QStringList envs{u"dev"_s, u"staging"_s, u"prod"_s};
    for (int i = 0; i < envs.size(); ++i)
        set.steps.append({i + 1, u"env In (%1)"_s.arg(envs.at(i)), i == 2 ? u"1"_s : u"100%"_s});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Application &app : workspace.store().applications()) {
        if (!app.name.startsWith("checkout-web-"_L1))
            continue;
        set.instance = app.instance;
        set.appNamespace = app.ns;
        const QString cluster = workspace.store().clusterName(app);
        const int step = int(envs.indexOf(cluster.section(u'-', 0, 0))) + 1;
        AppSetAppStatus status{app.name, u"Healthy"_s, step, {}, now.addSecs(-1500), app.syncRevision};
        if (cluster == "prod-eu-2"_L1)
            status = {
                app.name,
                u"Progressing"_s,
                step,
                u"Application resource became Progressing, updating status from Pending to Progressing"_s,
                now.addSecs(-380),
                app.syncRevision};
        else if (cluster == "prod-us-2"_L1)
            status = {app.name,
                      u"Waiting"_s,
                      step,
                      u"Application has pending changes, setting status to Waiting"_s,
                      now.addSecs(-380),
                      app.syncRevision};
        set.apps.append(status);
    }
    return set;
}

bool saveRollingSyncScreens(Workspace &workspace, MainWindow &window, const QDir &dir)
{
    window.showRolloutDashboard(true);
    settle(300); // the instance's own answer (no ApplicationSets) comes first
    const ApplicationSetProgress set = demoRollingSync(workspace);
    workspace.rollingSync().setServed(set.instance, {set});
    views::RolloutDashboard *dashboard = window.rolloutDashboard();
    bool ok = !set.apps.isEmpty();
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        dashboard->showRun(views::appSetChoice(set));
        dashboard->wavesTree()->topLevelItem(2)->setExpanded(true);
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-rollingsync-"_s + QString::fromLatin1(suffix));
    }
    views::applyColorScheme(views::ColorScheme::Light);
    window.showRolloutDashboard(false);
    return ok;
}

} // namespace

bool saveRolloutScreens(Workspace &workspace, MainWindow &window, const QDir &dir,
                        const QString &databasePath)
{
    QFile example(QStringLiteral(SEXTANT_SOURCE_DIR "/docs/examples/checkout-waves.yaml"));
    if (!example.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the example wave plan: %s\n", qPrintable(example.errorString()));
        return false;
    }
    const QString plan = QString::fromUtf8(example.readAll());
    QString broken = plan;
    broken.replace(u"maxParallel: 25%"_s, u"maxParallel: 250%"_s)
        .replace(u"{revision: 4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b}"_s, u"{revision: main}"_s)
        .replace(u"signOff: true"_s, u"signoff: true"_s);
    bool ok = true;
    window.showRolloutPlanView(true);
    views::RolloutPlanView *view = window.rolloutPlanView();
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        view->setPlanText(broken);
        ok &= view->problemList()->count() == 3;
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-plan-errors-"_s + s);
        view->setPlanText(plan);
        ok &= view->problems().isEmpty() && !view->resolution().waves.isEmpty();
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-dry-run-"_s + s);
    }
    views::applyColorScheme(views::ColorScheme::Light);
    window.showRolloutPlanView(false);
    ok &= saveDashboardScreens(workspace, window, dir, databasePath, plan);
    ok &= saveRollingSyncScreens(workspace, window, dir);
    if (!ok)
        std::fprintf(stderr, "the wave plan screens did not show what they should\n");
    return ok;
}

} // namespace sextant
