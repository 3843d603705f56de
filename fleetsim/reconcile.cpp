// Comparison half of the simulated controller: desired state from Git, live
// state from the simulated cluster, and the application status they give.
#include "fleetsim/controller.h"
#include "fleetsim/gitstore.h"
#include "fleetsim/health.h"
#include "fleetsim/resourcetree.h"

#include <QJsonArray>
#include <QUuid>

namespace sextant::fleetsim {

namespace {

QJsonArray sourcesOf(const QJsonObject &spec)
{
    const QJsonArray sources = spec.value(QStringLiteral("sources")).toArray();
    return sources.isEmpty() ? QJsonArray{spec.value(QStringLiteral("source"))} : sources;
}

// Namespace defaulting and the tracking annotation, as Argo CD applies them.
QJsonObject prepareDesired(QJsonObject manifest, const QString &appName, const QString &destinationNamespace)
{
    QJsonObject metadata = manifest.value(QStringLiteral("metadata")).toObject();
    const QString kind = manifest.value(QStringLiteral("kind")).toString();
    if (!isClusterScoped(kind) && metadata.value(QStringLiteral("namespace")).toString().isEmpty() &&
        !destinationNamespace.isEmpty())
        metadata.insert(QStringLiteral("namespace"), destinationNamespace);
    manifest.insert(QStringLiteral("metadata"), metadata);
    QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    annotations.insert(trackingAnnotation(), trackingId(appName, keyOf(manifest)));
    metadata.insert(QStringLiteral("annotations"), annotations);
    manifest.insert(QStringLiteral("metadata"), metadata);
    return manifest;
}

// ignoreDifferences: jsonPointers, and jq paths simple enough to be pointers.
QStringList ignoredPointers(const QJsonArray &rules, const ResourceKey &key)
{
    QStringList pointers;
    for (const QJsonValue &r : rules) {
        const QJsonObject rule = r.toObject();
        const auto matches = [&](const char *field, const QString &value) {
            const QString want = rule.value(QLatin1StringView(field)).toString();
            return want.isEmpty() || want == value;
        };
        if (!matches("group", key.group) || !matches("kind", key.kind) || !matches("name", key.name) ||
            !matches("namespace", key.ns))
            continue;
        for (const QJsonValue &p : rule.value(QStringLiteral("jsonPointers")).toArray())
            pointers << p.toString();
        for (const QJsonValue &jq : rule.value(QStringLiteral("jqPathExpressions")).toArray()) {
            QString path = jq.toString();
            if (path.startsWith(u'.') && !path.contains(u'[') && !path.contains(u'|'))
                pointers << path.replace(u'.', u'/');
        }
    }
    return pointers;
}

QJsonObject withoutReconciledAt(QJsonObject status)
{
    status.remove(QStringLiteral("reconciledAt"));
    return status;
}

} // namespace

Result<Controller::Desired> Controller::desiredState(const SimApp &app, const QString &revision,
                                                     const QJsonObject &sourceOverride)
{
    const QJsonObject spec = app.spec();
    const QString destinationNamespace =
        spec.value(QStringLiteral("destination")).toObject().value(QStringLiteral("namespace")).toString();
    Desired desired;
    const QJsonArray sources = sourceOverride.isEmpty() ? sourcesOf(spec) : QJsonArray{sourceOverride};
    for (const QJsonValue &s : sources) {
        const QJsonObject source = s.toObject();
        const QString repoUrl = source.value(QStringLiteral("repoURL")).toString();
        const QString wanted =
            revision.isEmpty() ? source.value(QStringLiteral("targetRevision")).toString() : revision;
        auto sha = m_git.resolve(repoUrl, wanted);
        if (!sha)
            return Error{
                QStringLiteral("Failed to load target state: failed to generate manifest for source 1 of "
                               "1: rpc error: code = Unknown desc = %1")
                    .arg(sha.errorMessage())};
        const bool recurse =
            source.value(QStringLiteral("directory")).toObject().value(QStringLiteral("recurse")).toBool();
        auto documents =
            m_git.manifests(repoUrl, *sha, source.value(QStringLiteral("path")).toString(), recurse);
        if (!documents)
            return Error{QStringLiteral("Failed to load target state: %1").arg(documents.errorMessage())};
        for (const QJsonObject &document : *documents) {
            if (document.value(QStringLiteral("kind")).toString().isEmpty() ||
                document.value(QStringLiteral("apiVersion")).toString().isEmpty())
                return Error{
                    QStringLiteral("Failed to load target state: Object 'Kind' is missing in manifest")};
            const QJsonObject prepared = prepareDesired(document, app.key, destinationNamespace);
            desired.objects.insert(keyOf(prepared).id(), prepared);
        }
        desired.revisions << *sha;
        desired.sourceTypes << (m_git.renderedWithKustomize(repoUrl, *sha,
                                                            source.value(QStringLiteral("path")).toString())
                                    ? QStringLiteral("Kustomize")
                                    : QStringLiteral("Directory"));
    }
    return desired;
}

void Controller::reconcile(SimApp &app, const QDateTime &now)
{
    app.dirty = false;
    app.recheckAt = QDateTime();
    const QJsonObject spec = app.spec();
    const QJsonObject oldStatus = app.status();
    QJsonObject status = oldStatus;
    QJsonArray conditions;
    QString syncStatus = QStringLiteral("Unknown");
    QString healthStatus = QStringLiteral("Unknown");
    QString healthMessage;
    QJsonArray resources;
    QStringList images;
    QStringList revisions;

    const QJsonObject destination = spec.value(QStringLiteral("destination")).toObject();
    SimCluster *cluster = m_state.clusterFor(destination);
    const auto condition = [&](const QString &type, const QString &message) {
        conditions.append(QJsonObject{{QStringLiteral("type"), type},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("lastTransitionTime"), isoTime(now)}});
    };

    auto desired = desiredState(app);
    if (!cluster) {
        condition(QStringLiteral("InvalidSpecError"),
                  QStringLiteral("cluster '%1' has not been configured")
                      .arg(destination.value(QStringLiteral("server"))
                               .toString(destination.value(QStringLiteral("name")).toString())));
    } else if (!cluster->reachable) {
        condition(QStringLiteral("ComparisonError"),
                  QStringLiteral("Failed to load live state: failed to get cluster info for \"%1\": error "
                                 "synchronizing cache state : dial tcp: connect: connection refused")
                      .arg(cluster->server));
    } else if (!desired) {
        condition(QStringLiteral("ComparisonError"), desired.errorMessage());
    } else {
        revisions = desired->revisions;
        QMap<QString, const LiveObject *> live;
        for (auto it = cluster->objects.cbegin(); it != cluster->objects.cend(); ++it)
            if (it->ownerApp == app.key)
                live.insert(it.key(), &*it);
        QStringList ids = desired->objects.keys() + live.keys();
        ids.removeDuplicates();
        std::sort(ids.begin(), ids.end());
        syncStatus = QStringLiteral("Synced");
        healthStatus = QStringLiteral("Healthy");
        const QJsonArray ignoreRules = spec.value(QStringLiteral("ignoreDifferences")).toArray();
        for (const QString &id : std::as_const(ids)) {
            const QJsonObject want = desired->objects.value(id);
            const LiveObject *have = live.value(id);
            const ResourceKey key = keyOf(want.isEmpty() ? have->manifest : want);
            QJsonObject resource = key.toJson();
            bool inSync = false;
            if (have && !want.isEmpty()) {
                const QStringList ignored = ignoredPointers(ignoreRules, key);
                inSync =
                    removePointers(normalizeLive(have->manifest), ignored) == removePointers(want, ignored);
            }
            resource.insert(QStringLiteral("status"),
                            inSync ? QStringLiteral("Synced") : QStringLiteral("OutOfSync"));
            if (!inSync)
                syncStatus = QStringLiteral("OutOfSync");
            if (!have) {
                resource.insert(QStringLiteral("health"),
                                QJsonObject{{QStringLiteral("status"), QStringLiteral("Missing")}});
                if (isWorse(QStringLiteral("Missing"), healthStatus))
                    healthStatus = QStringLiteral("Missing");
            } else if (auto health = healthOf(*have, now, m_settings.progressingMs)) {
                QJsonObject h{{QStringLiteral("status"), health->status}};
                if (!health->message.isEmpty())
                    h.insert(QStringLiteral("message"), health->message);
                resource.insert(QStringLiteral("health"), h);
                if (isWorse(health->status, healthStatus)) {
                    healthStatus = health->status;
                    healthMessage = health->message;
                }
                if (health->status == QStringLiteral("Progressing")) {
                    const QDateTime settled = have->changedAt.addMSecs(m_settings.progressingMs);
                    if (!app.recheckAt.isValid() || settled < app.recheckAt)
                        app.recheckAt = settled;
                }
            }
            if (want.isEmpty())
                resource.insert(QStringLiteral("requiresPruning"), true);
            if (have)
                images += imagesOf(have->manifest);
            resources.append(resource);
        }
    }

    QJsonObject sync{{QStringLiteral("status"), syncStatus}};
    QJsonObject comparedTo{{QStringLiteral("destination"), destination}};
    if (spec.contains(QStringLiteral("sources"))) {
        comparedTo.insert(QStringLiteral("sources"), spec.value(QStringLiteral("sources")));
        if (!revisions.isEmpty())
            sync.insert(QStringLiteral("revisions"), QJsonArray::fromStringList(revisions));
    } else {
        comparedTo.insert(QStringLiteral("source"), spec.value(QStringLiteral("source")));
        if (!revisions.isEmpty())
            sync.insert(QStringLiteral("revision"), revisions.constFirst());
    }
    if (spec.contains(QStringLiteral("ignoreDifferences")))
        comparedTo.insert(QStringLiteral("ignoreDifferences"),
                          spec.value(QStringLiteral("ignoreDifferences")));
    sync.insert(QStringLiteral("comparedTo"), comparedTo);
    status.insert(QStringLiteral("sync"), sync);

    const QJsonObject oldHealth = oldStatus.value(QStringLiteral("health")).toObject();
    QJsonObject health{{QStringLiteral("status"), healthStatus}};
    if (!healthMessage.isEmpty())
        health.insert(QStringLiteral("message"), healthMessage);
    health.insert(QStringLiteral("lastTransitionTime"),
                  oldHealth.value(QStringLiteral("status")).toString() == healthStatus
                      ? oldHealth.value(QStringLiteral("lastTransitionTime")).toString(isoTime(now))
                      : isoTime(now));
    status.insert(QStringLiteral("health"), health);
    if (resources.isEmpty())
        status.remove(QStringLiteral("resources"));
    else
        status.insert(QStringLiteral("resources"), resources);
    if (conditions.isEmpty())
        status.remove(QStringLiteral("conditions"));
    else
        status.insert(QStringLiteral("conditions"), conditions);
    images.removeDuplicates();
    images.sort();
    status.insert(QStringLiteral("summary"),
                  images.isEmpty()
                      ? QJsonObject()
                      : QJsonObject{{QStringLiteral("images"), QJsonArray::fromStringList(images)}});
    status.insert(QStringLiteral("sourceType"),
                  desired ? desired->sourceTypes.value(0, QStringLiteral("Directory"))
                          : QStringLiteral("Directory"));
    status.insert(QStringLiteral("resourceHealthSource"), QStringLiteral("appTree"));
    status.insert(QStringLiteral("controllerNamespace"), QStringLiteral("argocd"));

    // Conditions keep their first-seen time, so an unchanged error is no change.
    const QJsonArray oldConditions = oldStatus.value(QStringLiteral("conditions")).toArray();
    if (conditions.size() == oldConditions.size()) {
        bool same = true;
        for (qsizetype i = 0; i < conditions.size() && same; ++i) {
            QJsonObject a = conditions.at(i).toObject(), b = oldConditions.at(i).toObject();
            a.remove(QStringLiteral("lastTransitionTime"));
            b.remove(QStringLiteral("lastTransitionTime"));
            same = a == b;
        }
        if (same && !conditions.isEmpty())
            status.insert(QStringLiteral("conditions"), oldConditions);
    }

    if (withoutReconciledAt(status) == withoutReconciledAt(oldStatus))
        return;
    status.insert(QStringLiteral("reconciledAt"), isoTime(now));
    app.object.insert(QStringLiteral("status"), status);
    m_state.commit(app);
    emit m_state.resourceTreeChanged(app.key);
}

QJsonObject Controller::resourceTree(const SimApp &app)
{
    const SimCluster *cluster =
        m_state.clusterFor(app.spec().value(QStringLiteral("destination")).toObject());
    auto desired = desiredState(app);
    return buildResourceTree(app.key, cluster && cluster->reachable ? cluster : nullptr,
                             desired ? desired->objects : QMap<QString, QJsonObject>(),
                             QDateTime::currentDateTimeUtc(), m_settings.progressingMs);
}

bool Controller::apply(SimCluster &cluster, const QJsonObject &desired, const QString &appName,
                       const QString &manager, const QDateTime &now)
{
    const QString id = keyOf(desired).id();
    LiveObject &live = cluster.objects[id];
    const bool existed = !live.manifest.isEmpty();
    const QJsonObject before = existed ? normalizeLive(live.manifest) : QJsonObject();
    if (existed && before == desired && live.ownerApp == appName)
        return false;
    const QJsonObject oldMetadata = live.manifest.value(QStringLiteral("metadata")).toObject();
    const bool specChanged = before.value(QStringLiteral("spec")) != desired.value(QStringLiteral("spec")) ||
                             before.value(QStringLiteral("data")) != desired.value(QStringLiteral("data"));
    if (existed && specChanged)
        ++live.generation;
    QJsonObject metadata = desired.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("uid"),
                    existed ? oldMetadata.value(QStringLiteral("uid"))
                            : QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(m_state.nextVersion()));
    metadata.insert(QStringLiteral("creationTimestamp"),
                    existed ? oldMetadata.value(QStringLiteral("creationTimestamp"))
                            : QJsonValue(isoTime(now)));
    metadata.insert(QStringLiteral("generation"), live.generation);
    metadata.insert(
        QStringLiteral("managedFields"),
        QJsonArray{QJsonObject{{QStringLiteral("manager"), manager},
                               {QStringLiteral("operation"), QStringLiteral("Apply")},
                               {QStringLiteral("apiVersion"), desired.value(QStringLiteral("apiVersion"))},
                               {QStringLiteral("time"), isoTime(now)},
                               {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
                               {QStringLiteral("fieldsV1"), QJsonObject()}}});
    live.manifest = desired;
    live.manifest.insert(QStringLiteral("metadata"), metadata);
    live.ownerApp = appName;
    live.lastManager = manager;
    if (!existed)
        live.createdAt = now;
    if (!existed || specChanged)
        live.changedAt = now;
    return true;
}

} // namespace sextant::fleetsim
