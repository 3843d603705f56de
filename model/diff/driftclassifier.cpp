#include "model/diff/driftclassifier.h"

#include "model/support/rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace sextant::diff {

namespace {

using namespace Qt::StringLiterals;

// Without the fields the API server writes (never drift); containers left empty go too.
QJsonValue withoutServerFields(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove("status"_L1);
    if (object.contains("metadata"_L1)) {
        QJsonObject metadata = object.value("metadata"_L1).toObject();
        for (const auto key : {"managedFields"_L1, "resourceVersion"_L1, "uid"_L1, "creationTimestamp"_L1,
                               "generation"_L1, "selfLink"_L1})
            metadata.remove(key);
        QJsonObject annotations = metadata.value("annotations"_L1).toObject();
        annotations.remove("kubectl.kubernetes.io/last-applied-configuration"_L1);
        if (annotations.isEmpty())
            metadata.remove("annotations"_L1);
        else
            metadata.insert("annotations"_L1, annotations);
        if (metadata.isEmpty())
            object.remove("metadata"_L1);
        else
            object.insert("metadata"_L1, metadata);
    }
    return object;
}

struct PathCollector {
    bool ignoreLiveOnly = false;
    int limit = 0;
    QList<JsonPath> paths;

    bool full() const { return paths.size() >= limit; }
    void add(const JsonPath &path)
    {
        if (!full())
            paths.append(path);
    }

    void compare(const QJsonValue &live, const QJsonValue &desired, JsonPath &path)
    {
        if (full() || live == desired)
            return;
        if (live.isObject() && desired.isObject()) {
            const QJsonObject l = live.toObject();
            const QJsonObject d = desired.toObject();
            // Both key lists are sorted (QJsonObject keeps keys in order): merge them.
            const QStringList lk = l.keys();
            const QStringList dk = d.keys();
            qsizetype i = 0, j = 0;
            while ((i < lk.size() || j < dk.size()) && !full()) {
                const bool takeLive = j >= dk.size() || (i < lk.size() && lk[i] < dk[j]);
                const bool takeDesired = i >= lk.size() || (j < dk.size() && dk[j] < lk[i]);
                const QString key = takeLive ? lk[i] : dk[j];
                path.append(FieldStep{key, -1});
                if (takeLive) {
                    if (!ignoreLiveOnly)
                        add(path);
                } else if (takeDesired) {
                    add(path);
                } else {
                    compare(l.value(key), d.value(key), path);
                }
                path.removeLast();
                if (!takeDesired)
                    ++i;
                if (!takeLive)
                    ++j;
            }
            return;
        }
        if (live.isArray() && desired.isArray()) {
            const QJsonArray l = live.toArray();
            const QJsonArray d = desired.toArray();
            if (l.size() != d.size()) {
                add(path);
                return;
            }
            for (qsizetype i = 0; i < l.size() && !full(); ++i) {
                path.append(FieldStep{{}, int(i)});
                compare(l.at(i), d.at(i), path);
                path.removeLast();
            }
            return;
        }
        add(path);
    }
};

// Whether one list element is the one a fieldsV1 key ("k:{…}", "v:…", "i:N") names.
bool elementMatches(const QString &fieldKey, const QJsonValue &element, int index)
{
    if (fieldKey.startsWith("i:"_L1))
        return QStringView(fieldKey).mid(2).toInt() == index;
    if (fieldKey.startsWith("k:"_L1)) {
        const QJsonObject keys = QJsonDocument::fromJson(fieldKey.mid(2).toUtf8()).object();
        if (keys.isEmpty() || !element.isObject())
            return false;
        const QJsonObject object = element.toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it)
            if (object.value(it.key()) != it.value())
                return false;
        return true;
    }
    if (fieldKey.startsWith("v:"_L1)) {
        const QJsonDocument value = QJsonDocument::fromJson("[" + fieldKey.mid(2).toUtf8() + "]");
        return value.isArray() && value.array().size() == 1 && value.array().at(0) == element;
    }
    return false;
}

QDateTime parseTime(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (const auto ms = support::parseRfc3339(std::string_view(utf8.constData(), size_t(utf8.size()))))
        return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::UTC);
    return {};
}

int rank(DriftOrigin origin)
{
    switch (origin) {
    case DriftOrigin::HumanEdit: return 3;
    case DriftOrigin::ControllerOwned: return 2;
    case DriftOrigin::PendingGitCommit: return 1;
    default: return 0;
    }
}

} // namespace

QString toString(DriftOrigin origin)
{
    switch (origin) {
    case DriftOrigin::HumanEdit: return u"human-edit"_s;
    case DriftOrigin::ControllerOwned: return u"controller"_s;
    case DriftOrigin::PendingGitCommit: return u"pending-git"_s;
    case DriftOrigin::ToCreate: return u"to-create"_s;
    case DriftOrigin::ToPrune: return u"to-prune"_s;
    case DriftOrigin::Unknown: break;
    }
    return u"unknown"_s;
}

ManagerKind managerKind(const QString &manager)
{
    const QString name = manager.toLower();
    if (name.startsWith("argocd"_L1) || name.startsWith("argo-cd"_L1))
        return ManagerKind::ArgoCd;
    // The tools people edit clusters with; everything else that writes is a controller.
    if (name.startsWith("kubectl"_L1) || name == "k9s"_L1 || name == "lens"_L1 || name == "openlens"_L1 ||
        name == "headlamp"_L1 || name == "dashboard"_L1)
        return ManagerKind::Human;
    return ManagerKind::Controller;
}

QList<FieldManager> fieldManagers(const QJsonObject &object)
{
    QList<FieldManager> managers;
    const QJsonArray entries = object.value("metadata"_L1).toObject().value("managedFields"_L1).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        managers.append(FieldManager{
            entry.value("manager"_L1).toString(), entry.value("operation"_L1).toString(),
            entry.value("subresource"_L1).toString(), parseTime(entry.value("time"_L1).toString()),
            entry.value("fieldsV1"_L1).toObject()});
    }
    return managers;
}

QString toString(const JsonPath &path)
{
    QString text;
    for (const FieldStep &step : path) {
        if (step.index >= 0) {
            text += u'[' + QString::number(step.index) + u']';
        } else {
            if (!text.isEmpty())
                text += u'.';
            text += step.key;
        }
    }
    return text;
}

QList<JsonPath> changedPaths(const QJsonValue &live, const QJsonValue &desired, bool ignoreLiveOnly,
                             int limit)
{
    PathCollector collector{ignoreLiveOnly, std::max(limit, 1), {}};
    JsonPath path;
    collector.compare(withoutServerFields(live), withoutServerFields(desired), path);
    return collector.paths;
}

bool ownsPath(const QJsonObject &fieldsV1, const QJsonValue &live, const JsonPath &path)
{
    if (fieldsV1.isEmpty())
        return false;
    QJsonObject node = fieldsV1;
    QJsonValue value = live;
    for (const FieldStep &step : path) {
        if (node.isEmpty())
            return true; // the manager owns everything below (an atomic map or list)
        if (step.index < 0) {
            const auto it = node.constFind(u"f:"_s + step.key);
            if (it == node.constEnd())
                return false;
            node = it->toObject();
            value = value.toObject().value(step.key);
            continue;
        }
        const QJsonValue element = value.toArray().at(step.index);
        bool found = false;
        for (auto it = node.constBegin(); it != node.constEnd() && !found; ++it)
            if (elementMatches(it.key(), element, step.index)) {
                node = it->toObject();
                found = true;
            }
        if (!found)
            return false;
        value = element;
    }
    return true;
}

DriftClassification classifyDrift(const ManagedResource &resource)
{
    const QJsonValue live = resource.liveForDiff();
    const QJsonValue desired = resource.desiredForDiff();
    DriftClassification result;
    if (!live.isObject() && desired.isObject()) {
        result.origin = DriftOrigin::ToCreate;
        return result;
    }
    if (!desired.isObject() || resource.requiresPruning) {
        result.origin = live.isObject() ? DriftOrigin::ToPrune : DriftOrigin::Unknown;
        return result;
    }

    const QList<FieldManager> managers =
        fieldManagers(resource.liveState.isObject() ? resource.liveState.toObject() : live.toObject());
    QDateTime lastArgoCd; // Argo CD's newest write: edits before it were overwritten
    for (const FieldManager &m : managers)
        if (managerKind(m.manager) == ManagerKind::ArgoCd && m.time.isValid() &&
            (!lastArgoCd.isValid() || m.time > lastArgoCd))
            lastArgoCd = m.time;
    // A writer whose fieldsV1 does not say what it wrote, after Argo CD's last write.
    const FieldManager *unspecific = nullptr;
    for (const FieldManager &m : managers)
        if (managerKind(m.manager) != ManagerKind::ArgoCd && m.fieldsV1.isEmpty() &&
            (!lastArgoCd.isValid() || (m.time.isValid() && m.time > lastArgoCd)) &&
            (!unspecific || m.time > unspecific->time))
            unspecific = &m;

    const QList<JsonPath> paths = changedPaths(live, desired, resource.predictedLiveState.isNull());
    for (const JsonPath &path : paths) {
        const FieldManager *owner = nullptr;
        for (const FieldManager &m : managers)
            if (managerKind(m.manager) != ManagerKind::ArgoCd && ownsPath(m.fieldsV1, live, path) &&
                (!owner || m.time > owner->time))
                owner = &m;
        if (!owner)
            owner = unspecific;
        FieldDrift field{toString(path), DriftOrigin::PendingGitCommit, {}, {}};
        if (owner) {
            field.origin = managerKind(owner->manager) == ManagerKind::Human ? DriftOrigin::HumanEdit
                                                                             : DriftOrigin::ControllerOwned;
            field.manager = owner->manager;
            field.changedAt = owner->time;
        }
        result.fields.append(field);
    }
    if (result.fields.isEmpty())
        return result; // Unknown: every difference was normalized away
    result.origin = DriftOrigin::PendingGitCommit;
    for (const FieldDrift &field : std::as_const(result.fields)) {
        if (rank(field.origin) > rank(result.origin) ||
            (field.origin == result.origin && field.origin != DriftOrigin::PendingGitCommit &&
             field.changedAt > result.changedAt)) {
            result.origin = field.origin;
            result.manager = field.manager;
            result.changedAt = field.changedAt;
        }
    }
    return result;
}

} // namespace sextant::diff
