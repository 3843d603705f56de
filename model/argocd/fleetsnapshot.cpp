#include "model/argocd/fleetsnapshot.h"

#include "model/argocd/replybody.h"

#include <utility>

namespace sextant::argocd {

Result<FleetSnapshot> decodeSnapshot(const QString &instance, ApplicationListStream &applications,
                                     const QByteArray &clusters, const QByteArray &projects,
                                     const QByteArray &repositories)
{
    const auto malformed = [](const char *what, const QString &detail) {
        return Error{QStringLiteral("The Argo CD server sent a malformed %1 list: %2")
                         .arg(QLatin1StringView(what), detail)};
    };
    FleetSnapshot snapshot;
    snapshot.instance = instance;
    auto appList = applications.finish();
    if (!appList)
        return malformed("application", appList.errorMessage());
    snapshot.resourceVersion = appList->resourceVersion;
    snapshot.applications = std::move(appList->items);
    auto clusterList = decodeClusterList(clusters);
    if (!clusterList)
        return malformed("cluster", clusterList.errorMessage());
    snapshot.clusters = std::move(clusterList).value();
    auto projectList = decodeProjectList(projects);
    if (!projectList)
        return malformed("project", projectList.errorMessage());
    snapshot.projects = std::move(projectList).value();
    auto repositoryList = decodeRepositoryList(repositories);
    if (!repositoryList)
        return malformed("repository", repositoryList.errorMessage());
    snapshot.repositories = std::move(repositoryList).value();

    for (Application &app : snapshot.applications)
        app.instance = instance;
    for (Cluster &cluster : snapshot.clusters)
        cluster.instance = instance;
    for (Project &project : snapshot.projects)
        project.instance = instance;
    for (Repository &repository : snapshot.repositories)
        repository.instance = instance;
    return snapshot;
}

WatchBatch decodeWatchLines(const QByteArray &lines, const QString &instance)
{
    WatchBatch batch;
    NdjsonBuffer::forEachLine(lines, [&](QByteArrayView line) {
        auto event = decodeWatchEvent(line);
        if (!event) {
            batch.error = event.error();
            return false;
        }
        event->application.instance = instance;
        batch.events.append(std::move(event).value());
        return true;
    });
    return batch;
}

} // namespace sextant::argocd
