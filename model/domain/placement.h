#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sextant {

// Which cluster an application deploys to, by name: the one rule every view, filter, action
// and report uses. Its destination name; else the name of its instance's cluster at its
// destination server; else that server's address.
class ClusterNames {
public:
    ClusterNames() = default;
    explicit ClusterNames(const QList<Cluster> &clusters);

    QString of(const Application &app) const;
    bool operator==(const ClusterNames &) const = default;

private:
    QHash<QString, QString> m_byServer; // instance '\n' server → name
};

// The same for one app without an index.
QString clusterNameOf(const Application &app, const QList<Cluster> &clusters);

} // namespace sextant
