#include "model/rollout/planresolver.h"

#include "model/domain/placement.h"
#include "model/domain/syncwindow.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

namespace {

struct Candidate {
    const Application *app;
    QString cluster;
    QMap<QString, QString> clusterLabels;
};

bool labelsMatch(const QMap<QString, QString> &wanted, const QMap<QString, QString> &labels)
{
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (labels.value(it.key(), QString()) != it.value() || !labels.contains(it.key()))
            return false;
    return true;
}

bool namesApp(const QStringList &apps, const Application &app)
{
    return apps.contains(app.name) || apps.contains(app.ns + u'/' + app.name);
}

bool matches(const Selector &selector, const Candidate &candidate)
{
    const Application &app = *candidate.app;
    const QString project = app.project.isEmpty() ? u"default"_s : app.project;
    return (selector.instances.isEmpty() || selector.instances.contains(app.instance)) &&
           (selector.clusters.isEmpty() || selector.clusters.contains(candidate.cluster)) &&
           (selector.projects.isEmpty() || selector.projects.contains(project)) &&
           (selector.apps.isEmpty() || namesApp(selector.apps, app)) &&
           labelsMatch(selector.clusterLabels, candidate.clusterLabels) &&
           labelsMatch(selector.appLabels, app.labels);
}

// Names and label keys the fleet does not have: each is a problem where it is written.
void checkNames(const Selector &selector, const QString &what, const QList<Candidate> &fleet,
                QList<PlanProblem> *problems)
{
    QSet<QString> instances, clusters, projects, apps, clusterKeys, appKeys;
    for (const Candidate &candidate : fleet) {
        const Application &app = *candidate.app;
        instances.insert(app.instance);
        clusters.insert(candidate.cluster);
        projects.insert(app.project.isEmpty() ? u"default"_s : app.project);
        apps.insert(app.name);
        apps.insert(app.ns + u'/' + app.name);
        for (auto it = candidate.clusterLabels.cbegin(); it != candidate.clusterLabels.cend(); ++it)
            clusterKeys.insert(it.key());
        for (auto it = app.labels.cbegin(); it != app.labels.cend(); ++it)
            appKeys.insert(it.key());
    }
    const auto check = [&](const QStringList &values, const QSet<QString> &known, const QString &key,
                           const QString &noun) {
        for (const QString &value : values)
            if (!known.contains(value))
                problems->append({selector.marks.value(key + u'.' + value, selector.at),
                                  u"%1: no %2 is named %3"_s.arg(what, noun, value)});
    };
    check(selector.instances, instances, u"instances"_s, u"instance"_s);
    check(selector.clusters, clusters, u"clusters"_s, u"cluster"_s);
    check(selector.projects, projects, u"projects"_s, u"project"_s);
    check(selector.apps, apps, u"apps"_s, u"application"_s);
    for (auto it = selector.clusterLabels.cbegin(); it != selector.clusterLabels.cend(); ++it)
        if (!clusterKeys.contains(it.key()))
            problems->append({selector.marks.value(u"clusterLabels."_s + it.key(), selector.at),
                              u"%1: no cluster has the label %2"_s.arg(what, it.key())});
    for (auto it = selector.appLabels.cbegin(); it != selector.appLabels.cend(); ++it)
        if (!appKeys.contains(it.key()))
            problems->append({selector.marks.value(u"appLabels."_s + it.key(), selector.at),
                              u"%1: no application has the label %2"_s.arg(what, it.key())});
}

QString durationText(std::chrono::seconds duration)
{
    const qint64 total = duration.count();
    if (total % 3600 == 0 && total >= 3600)
        return u"%1h"_s.arg(total / 3600);
    if (total % 60 == 0 && total >= 60)
        return u"%1m"_s.arg(total / 60);
    return u"%1s"_s.arg(total);
}

// How long after `from` every app of the wave may first sync under its projects' windows (a
// manual sync, as Sextant's are); nullopt when no window opens within a week.
std::optional<std::chrono::seconds> windowWait(const QList<Candidate> &apps,
                                               const QHash<QString, QList<SyncWindow>> &windowsByProject,
                                               const QDateTime &from)
{
    // The windows that match each app do not depend on the time: group apps by them.
    QList<QList<SyncWindow>> groups;
    QList<SyncWindowTarget> groupTargets;
    for (const Candidate &candidate : apps) {
        const Application &app = *candidate.app;
        const SyncWindowTarget target{app.name, app.destinationNamespace, candidate.cluster,
                                      app.destinationServer};
        QList<SyncWindow> matching;
        for (const SyncWindow &window : windowsByProject.value(
                 app.instance + u'\n' + (app.project.isEmpty() ? u"default"_s : app.project)))
            if (windowMatches(window, target))
                matching << window;
        if (!matching.isEmpty() && !groups.contains(matching)) {
            groups << matching;
            groupTargets << target;
        }
    }
    const QDateTime start = from.addSecs(-from.time().second());
    for (int minute = 0; minute <= 7 * 24 * 60; ++minute) {
        const QDateTime at = minute == 0 ? from : start.addSecs(qint64(minute) * 60);
        bool open = true;
        for (qsizetype g = 0; g < groups.size() && open; ++g)
            open = canSync(groups[g], groupTargets[g], true, at).canSync;
        if (open)
            return std::chrono::seconds(from.secsTo(at));
    }
    return std::nullopt;
}

QStringList gatesOf(const Wave &wave)
{
    QStringList gates;
    if (!wave.approvers.isEmpty())
        gates << u"approval by %1"_s.arg(wave.approvers.join(u" or "_s));
    if (wave.syncWindow)
        gates << u"an open sync window"_s;
    gates << u"%1 at the target revision, %2 at a time"_s.arg(
        wave.action == Wave::Action::Promote ? u"promote, then sync"_s : u"sync"_s, wave.maxParallel.text());
    gates << u"every app Synced at the target and Healthy"_s;
    if (wave.settle.count() > 0)
        gates << u"stable for %1"_s.arg(durationText(wave.settle));
    if (wave.bake.count() > 0)
        gates << u"bake %1"_s.arg(durationText(wave.bake));
    if (wave.signOff)
        gates << u"manual sign-off"_s;
    return gates;
}

} // namespace

PlanResolution resolvePlan(const WavePlan &plan, const QList<Application> &applications,
                           const QList<Cluster> &clusters, const PlanContext &context)
{
    QList<const Application *> pointers;
    pointers.reserve(applications.size());
    for (const Application &app : applications)
        pointers.append(&app);
    return resolvePlan(plan, pointers, clusters, context);
}

PlanResolution resolvePlan(const WavePlan &plan, const QList<const Application *> &applications,
                           const QList<Cluster> &clusters, const PlanContext &context)
{
    PlanResolution resolution;
    QHash<QString, QList<SyncWindow>> windowsByProject; // instance '\n' project → windows
    for (const Project &project : context.projects)
        windowsByProject.insert(project.instance + u'\n' + project.name, project.syncWindows);
    const ClusterNames names(clusters);
    QHash<QString, QMap<QString, QString>> labelsByCluster; // instance '\n' name → labels
    for (const Cluster &cluster : clusters)
        labelsByCluster.insert(cluster.instance + u'\n' + cluster.name, cluster.labels);
    QList<Candidate> fleet;
    for (const Application *app : applications) {
        const QString cluster = names.of(*app);
        fleet.append({app, cluster, labelsByCluster.value(app->instance + u'\n' + cluster)});
    }
    std::sort(fleet.begin(), fleet.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.app->instance, a.cluster, a.app->ns, a.app->name) <
               std::tie(b.app->instance, b.cluster, b.app->ns, b.app->name);
    });

    checkNames(plan.selection, u"selection"_s, fleet, &resolution.problems);
    QList<Candidate> selected;
    for (const Candidate &candidate : std::as_const(fleet))
        if (matches(plan.selection, candidate))
            selected.append(candidate);

    QSet<const Application *> taken;
    std::chrono::seconds clock{0};
    for (const Wave &wave : plan.waves) {
        const QString what = u"wave \"%1\""_s.arg(wave.name);
        checkNames(wave.selector, what, fleet, &resolution.problems);
        ResolvedWave resolved;
        resolved.name = wave.name;
        QList<Candidate> members;
        for (const Candidate &candidate : std::as_const(selected)) {
            if (taken.contains(candidate.app) || !matches(wave.selector, candidate))
                continue;
            taken.insert(candidate.app);
            members.append(candidate);
            resolved.apps.append({candidate.app->ref(), candidate.cluster});
            if (!resolution.waves.isEmpty() && wave.action == Wave::Action::Sync &&
                candidate.app->autoSync() == AutoSyncState::On)
                resolved.held.append({candidate.app->ref(), candidate.cluster});
        }
        if (resolved.apps.isEmpty())
            resolution.problems.append(
                {wave.at, u"%1 takes no application (earlier waves took them, or none matches)"_s.arg(what)});
        resolved.maxParallel = wave.maxParallel.of(int(resolved.apps.size()));
        resolved.gates = gatesOf(wave);
        if (!resolved.held.isEmpty())
            resolved.gates.prepend(u"holds %1 with auto-sync on from Start until released"_s.arg(
                resolved.held.size() == 1 ? u"1 app"_s : u"%1 apps"_s.arg(resolved.held.size())));
        if (wave.syncWindow && context.start.isValid() && !members.isEmpty()) {
            const QDateTime from = context.start.addSecs(clock.count());
            const auto wait = windowWait(members, windowsByProject, from);
            if (!wait) {
                resolved.windowNote = u"no sync window lets every app sync within a week of %1"_s.arg(
                    from.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
            } else if (wait->count() > 0) {
                clock += *wait;
                resolved.windowNote = u"waits for a sync window: opens %1"_s.arg(
                    from.addSecs(wait->count()).toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
            }
        }
        if (!resolved.windowNote.isEmpty()) {
            const qsizetype gate = resolved.gates.indexOf(u"an open sync window"_s);
            if (gate >= 0)
                resolved.gates[gate] += u" (%1)"_s.arg(resolved.windowNote);
        }
        resolved.earliestStart = clock;
        clock += wave.settle + wave.bake;
        resolved.earliestFinish = clock;
        resolution.waves.append(resolved);
    }
    for (const Candidate &candidate : std::as_const(selected))
        if (!taken.contains(candidate.app))
            resolution.unselected.append({candidate.app->ref(), candidate.cluster});
    std::stable_sort(resolution.problems.begin(), resolution.problems.end(),
                     [](const PlanProblem &a, const PlanProblem &b) {
                         return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
                     });
    return resolution;
}

} // namespace sextant::rollout
