#include "fleetsim/syncwindowjson.h"

#include "fleetsim/fleetstate.h"

#include <QJsonArray>

namespace sextant::fleetsim {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

SyncWindow syncWindowFromJson(const QJsonObject &json)
{
    SyncWindow w;
    w.kind = json.value(QStringLiteral("kind")).toString();
    w.schedule = json.value(QStringLiteral("schedule")).toString();
    w.duration = json.value(QStringLiteral("duration")).toString();
    w.applications = strings(json.value(QStringLiteral("applications")));
    w.namespaces = strings(json.value(QStringLiteral("namespaces")));
    w.clusters = strings(json.value(QStringLiteral("clusters")));
    w.manualSync = json.value(QStringLiteral("manualSync")).toBool();
    w.timeZone = json.value(QStringLiteral("timeZone")).toString();
    w.andOperator = json.value(QStringLiteral("andOperator")).toBool();
    w.description = json.value(QStringLiteral("description")).toString();
    w.syncOverrun = json.value(QStringLiteral("syncOverrun")).toBool();
    return w;
}

QJsonObject syncWindowToJson(const SyncWindow &w)
{
    QJsonObject json;
    const auto text = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1StringView(key), value);
    };
    const auto list = [&](const char *key, const QStringList &value) {
        if (!value.isEmpty())
            json.insert(QLatin1StringView(key), QJsonArray::fromStringList(value));
    };
    const auto flag = [&](const char *key, bool value) {
        if (value)
            json.insert(QLatin1StringView(key), true);
    };
    text("kind", w.kind);
    text("schedule", w.schedule);
    text("duration", w.duration);
    list("applications", w.applications);
    list("namespaces", w.namespaces);
    list("clusters", w.clusters);
    flag("manualSync", w.manualSync);
    text("timeZone", w.timeZone);
    flag("andOperator", w.andOperator);
    text("description", w.description);
    flag("syncOverrun", w.syncOverrun);
    return json;
}

QList<SyncWindow> projectWindows(const QJsonObject &project)
{
    QList<SyncWindow> windows;
    for (const QJsonValue &w :
         project.value(QStringLiteral("spec")).toObject().value(QStringLiteral("syncWindows")).toArray())
        windows << syncWindowFromJson(w.toObject());
    return windows;
}

SyncWindowTarget windowTarget(const QString &appName, const QJsonObject &destination, FleetState &state)
{
    SyncWindowTarget target;
    target.application = appName;
    target.namespace_ = destination.value(QStringLiteral("namespace")).toString();
    if (const SimCluster *cluster = state.clusterFor(destination)) {
        target.clusterName = cluster->name;
        target.clusterServer = cluster->server;
    } else {
        target.clusterName = destination.value(QStringLiteral("name")).toString();
        target.clusterServer = destination.value(QStringLiteral("server")).toString();
    }
    return target;
}

} // namespace sextant::fleetsim
