#include "fleetsim/fleetstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sextant::fleetsim {

QString SimApp::name() const
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

QString SimApp::appNamespace() const
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString();
}

bool SimApp::autoSyncEnabled() const
{
    const QJsonValue automated =
        spec().value(QStringLiteral("syncPolicy")).toObject().value(QStringLiteral("automated"));
    if (!automated.isObject())
        return false;
    const QJsonValue enabled = automated.toObject().value(QStringLiteral("enabled"));
    return !honoursAutomatedEnabled || enabled.isUndefined() || enabled.isNull() || enabled.toBool();
}

QJsonObject SimApp::toJson() const
{
    QJsonObject out = object;
    QJsonObject metadata = out.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(resourceVersion));
    out.insert(QStringLiteral("metadata"), metadata);
    return out;
}

const QByteArray &SimApp::json() const
{
    if (fullJson.isEmpty())
        fullJson = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return fullJson;
}

const QByteArray &SimApp::listItemJson() const
{
    if (listJson.isEmpty()) {
        // List does not fill in per-resource health (Argo CD leaves it out of list items).
        QJsonObject out = toJson();
        QJsonObject status = out.value(QStringLiteral("status")).toObject();
        QJsonArray resources = status.value(QStringLiteral("resources")).toArray();
        for (qsizetype i = 0; i < resources.size(); ++i) {
            QJsonObject r = resources.at(i).toObject();
            r.remove(QStringLiteral("health"));
            resources.replace(i, r);
        }
        if (!resources.isEmpty())
            status.insert(QStringLiteral("resources"), resources);
        out.insert(QStringLiteral("status"), status);
        listJson = QJsonDocument(out).toJson(QJsonDocument::Compact);
    }
    return listJson;
}

QString FleetState::keyOf(const QString &appNamespace, const QString &name) const
{
    return appNamespace.isEmpty() || appNamespace == serverNamespace ? name : appNamespace + u'_' + name;
}

SimApp *FleetState::app(const QString &key)
{
    auto it = apps.find(key);
    return it == apps.end() ? nullptr : &it->second;
}

SimCluster *FleetState::clusterFor(const QJsonObject &destination)
{
    const QString server = destination.value(QStringLiteral("server")).toString();
    const QString name = destination.value(QStringLiteral("name")).toString();
    for (auto &[clusterName, cluster] : clusters)
        if ((!server.isEmpty() && cluster.server == server) || (!name.isEmpty() && clusterName == name))
            return &cluster;
    return nullptr;
}

void FleetState::commit(SimApp &app, const QString &eventType)
{
    app.resourceVersion = nextVersion();
    app.fullJson.clear();
    app.listJson.clear();
    emit appEvent(eventType, app.key, QByteArray());
}

void FleetState::addApp(SimApp app)
{
    QJsonObject metadata = app.object.value(QStringLiteral("metadata")).toObject();
    if (metadata.value(QStringLiteral("namespace")).toString().isEmpty()) {
        metadata.insert(QStringLiteral("namespace"), serverNamespace);
        app.object.insert(QStringLiteral("metadata"), metadata);
    }
    app.key = keyOf(app.appNamespace(), app.name());
    app.honoursAutomatedEnabled = honoursAutomatedEnabled;
    auto [it, inserted] = apps.insert_or_assign(app.key, std::move(app));
    commit(it->second, QStringLiteral("ADDED"));
}

void FleetState::removeApp(const QString &key)
{
    auto it = apps.find(key);
    if (it == apps.end())
        return;
    const QByteArray last = it->second.json();
    apps.erase(it);
    emit appEvent(QStringLiteral("DELETED"), key, last);
}

void FleetState::addEvent(SimApp &app, const QString &reason, const QString &message, bool warning)
{
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    const QJsonObject appMeta = app.object.value(QStringLiteral("metadata")).toObject();
    const QString name = app.name();
    QJsonObject event{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("%1.%2").arg(name).arg(nextVersion(), 0, 16)},
                     {QStringLiteral("namespace"), appMeta.value(QStringLiteral("namespace"))},
                     {QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("resourceVersion"), QString::number(version())},
                     {QStringLiteral("creationTimestamp"), now}}},
        {QStringLiteral("involvedObject"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("Application")},
                     {QStringLiteral("namespace"), appMeta.value(QStringLiteral("namespace"))},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("uid"), appMeta.value(QStringLiteral("uid"))},
                     {QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")}}},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("component"), QStringLiteral("argocd-application-controller")}}},
        {QStringLiteral("firstTimestamp"), now},
        {QStringLiteral("lastTimestamp"), now},
        {QStringLiteral("count"), 1},
        {QStringLiteral("type"), warning ? QStringLiteral("Warning") : QStringLiteral("Normal")},
        {QStringLiteral("eventTime"), QJsonValue::Null},
        {QStringLiteral("reportingComponent"), QStringLiteral("argocd-application-controller")},
        {QStringLiteral("reportingInstance"), QStringLiteral("fleetsim")}};
    app.events.append(event);
    if (app.events.size() > 100)
        app.events.removeFirst();
}

} // namespace sextant::fleetsim
