#include "model/controller/operations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace sextant {

QString toString(ResourceChange::Change change)
{
    switch (change) {
    case ResourceChange::Change::Create: return QStringLiteral("create");
    case ResourceChange::Change::Update: return QStringLiteral("update");
    case ResourceChange::Change::Unchanged: return QStringLiteral("unchanged");
    case ResourceChange::Change::Prune: return QStringLiteral("prune");
    case ResourceChange::Change::PruneSkipped: return QStringLiteral("prune-skipped");
    case ResourceChange::Change::Failed: return QStringLiteral("failed");
    }
    return {};
}

namespace {

QString resourceLabel(const QString &kind, const QString &name)
{
    return kind + u'/' + name;
}

// Pod templates of the workload kinds, wherever they sit.
QJsonObject podSpec(const QJsonObject &object)
{
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
    if (kind == QStringLiteral("Pod"))
        return spec;
    if (kind == QStringLiteral("CronJob"))
        return spec.value(QStringLiteral("jobTemplate"))
            .toObject()
            .value(QStringLiteral("spec"))
            .toObject()
            .value(QStringLiteral("template"))
            .toObject()
            .value(QStringLiteral("spec"))
            .toObject();
    return spec.value(QStringLiteral("template")).toObject().value(QStringLiteral("spec")).toObject();
}

// container name → image, init containers prefixed "init:".
QMap<QString, QString> containerImages(const QJsonValue &state)
{
    QMap<QString, QString> images;
    if (!state.isObject())
        return images;
    const QJsonObject pod = podSpec(state.toObject());
    for (const char *list : {"initContainers", "containers"}) {
        const QString prefix = qstrcmp(list, "initContainers") == 0 ? QStringLiteral("init:") : QString();
        for (const QJsonValue &c : pod.value(QLatin1StringView(list)).toArray()) {
            const QJsonObject container = c.toObject();
            const QString image = container.value(QStringLiteral("image")).toString();
            if (!image.isEmpty())
                images.insert(prefix + container.value(QStringLiteral("name")).toString(), image);
        }
    }
    return images;
}

} // namespace

QList<ImageChange> imageChanges(const QList<ManagedResource> &resources)
{
    QList<ImageChange> changes;
    for (const ManagedResource &resource : resources) {
        const QMap<QString, QString> before = containerImages(resource.liveForDiff());
        const QMap<QString, QString> after = containerImages(resource.desiredForDiff());
        QStringList containers = before.keys() + after.keys();
        containers.removeDuplicates();
        for (const QString &container : std::as_const(containers)) {
            const QString from = before.value(container), to = after.value(container);
            if (from != to)
                changes << ImageChange{resourceLabel(resource.kind, resource.name), from, to};
        }
    }
    return changes;
}

} // namespace sextant
