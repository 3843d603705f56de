#include "model/domain/placement.h"

namespace sextant {

ClusterNames::ClusterNames(const QList<Cluster> &clusters)
{
    for (const Cluster &cluster : clusters)
        if (!cluster.name.isEmpty())
            m_byServer.insert(cluster.instance + u'\n' + cluster.server, cluster.name);
}

QString ClusterNames::of(const Application &app) const
{
    if (!app.destinationName.isEmpty())
        return app.destinationName;
    return m_byServer.value(app.instance + u'\n' + app.destinationServer, app.destinationServer);
}

QString clusterNameOf(const Application &app, const QList<Cluster> &clusters)
{
    return ClusterNames(clusters).of(app);
}

} // namespace sextant
