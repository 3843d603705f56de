#include "model/diff/secretmask.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>

namespace sextant::diff {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kLastApplied = "kubectl.kubernetes.io/last-applied-configuration"_L1;
// Argo CD's first replacement; every further distinct value gets 4 more.
constexpr qsizetype kFirstMaskLength = 8;
constexpr qsizetype kMaskStep = 4;

QString mask(qsizetype length)
{
    return QString(length, u'+');
}

// stringData folded into data (base64), as the API server stores it and Argo CD
// compares it. A data or stringData that is not a mapping cannot be masked per key:
// it becomes one mask.
void foldStringData(QJsonObject &object)
{
    const QJsonValue dataValue = object.value("data"_L1);
    if (!dataValue.isUndefined() && !dataValue.isNull() && !dataValue.isObject())
        object.insert("data"_L1, mask(kFirstMaskLength));
    const QJsonValue stringDataValue = object.value("stringData"_L1);
    if (stringDataValue.isUndefined())
        return;
    if (!stringDataValue.isObject()) {
        if (stringDataValue.isNull())
            object.remove("stringData"_L1);
        else
            object.insert("stringData"_L1, mask(kFirstMaskLength));
        return;
    }
    QJsonObject data = object.value("data"_L1).toObject();
    const QJsonObject stringData = stringDataValue.toObject();
    for (auto it = stringData.begin(); it != stringData.end(); ++it) {
        const QByteArray text = it.value().isString()
                                    ? it.value().toString().toUtf8()
                                    : QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        data.insert(it.key(), QString::fromLatin1(text.toBase64()));
    }
    object.remove("stringData"_L1);
    object.insert("data"_L1, data);
}

// The comparable form of a data value (strings as they are, anything else as JSON).
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// The objects whose data values are masked together, in Argo CD's order.
struct MaskSet {
    std::array<QJsonObject *, 4> objects{}; // desired, live, desired's and live's last-applied
};

void maskTogether(const MaskSet &set)
{
    QSet<QString> keys;
    for (QJsonObject *object : set.objects) {
        if (!object)
            continue;
        const QJsonValue data = object->value("data"_L1);
        if (data.isObject()) {
            const QJsonObject map = data.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                keys.insert(it.key());
        }
    }
    std::array<QJsonObject, 4> data;
    for (std::size_t o = 0; o < set.objects.size(); ++o) {
        if (set.objects[o])
            data[o] = set.objects[o]->value("data"_L1).toObject();
    }
    for (const QString &key : std::as_const(keys)) {
        QHash<QString, QString> maskOfValue;
        qsizetype next = kFirstMaskLength;
        for (std::size_t o = 0; o < set.objects.size(); ++o) {
            if (!set.objects[o] || !data[o].contains(key))
                continue;
            const QString text = valueText(data[o].value(key));
            auto found = maskOfValue.constFind(text);
            if (found == maskOfValue.constEnd()) {
                found = maskOfValue.insert(text, mask(next));
                next += kMaskStep;
            }
            data[o].insert(key, *found);
        }
    }
    for (std::size_t o = 0; o < set.objects.size(); ++o) {
        if (set.objects[o] && set.objects[o]->value("data"_L1).isObject())
            set.objects[o]->insert("data"_L1, data[o]);
    }
}

// The last-applied configuration annotation of `object`, parsed and folded; nullopt-like
// (`present` false) when there is none.
struct LastApplied {
    bool present = false;
    bool parsed = false;
    QJsonObject object;
};

LastApplied lastAppliedOf(const QJsonObject &object)
{
    const QJsonObject annotations = object.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
    if (!annotations.contains(kLastApplied))
        return {};
    const QJsonDocument document =
        QJsonDocument::fromJson(annotations.value(kLastApplied).toString().toUtf8());
    LastApplied result{true, document.isObject(), document.object()};
    if (result.parsed)
        foldStringData(result.object);
    return result;
}

void setLastApplied(QJsonObject &object, const LastApplied &lastApplied)
{
    if (!lastApplied.present)
        return;
    QJsonObject metadata = object.value("metadata"_L1).toObject();
    QJsonObject annotations = metadata.value("annotations"_L1).toObject();
    // A last-applied configuration that cannot be read cannot be masked by key: it goes whole.
    const QString text =
        lastApplied.parsed
            ? QString::fromUtf8(QJsonDocument(lastApplied.object).toJson(QJsonDocument::Compact))
            : mask(kFirstMaskLength);
    annotations.insert(kLastApplied, text);
    metadata.insert("annotations"_L1, annotations);
    object.insert("metadata"_L1, metadata);
}

} // namespace

bool isCoreSecret(const QString &group, const QString &kind)
{
    return group.isEmpty() && kind == "Secret"_L1;
}

MaskedSecret maskSecretValues(const QJsonValue &live, const QJsonValue &desired)
{
    QJsonObject liveObject = live.toObject();
    QJsonObject desiredObject = desired.toObject();
    foldStringData(liveObject);
    foldStringData(desiredObject);
    LastApplied liveApplied = live.isObject() ? lastAppliedOf(liveObject) : LastApplied{};
    LastApplied desiredApplied = desired.isObject() ? lastAppliedOf(desiredObject) : LastApplied{};

    MaskSet set;
    set.objects[0] = desired.isObject() ? &desiredObject : nullptr;
    set.objects[1] = live.isObject() ? &liveObject : nullptr;
    set.objects[2] = desiredApplied.parsed ? &desiredApplied.object : nullptr;
    set.objects[3] = liveApplied.parsed ? &liveApplied.object : nullptr;
    maskTogether(set);
    setLastApplied(liveObject, liveApplied);
    setLastApplied(desiredObject, desiredApplied);

    MaskedSecret result;
    result.live = live.isObject() ? QJsonValue(liveObject) : live;
    result.desired = desired.isObject() ? QJsonValue(desiredObject) : desired;
    // A side that is not an object cannot hold values by key; only null passes unchanged.
    if (!live.isObject() && !live.isNull() && !live.isUndefined())
        result.live = mask(kFirstMaskLength);
    if (!desired.isObject() && !desired.isNull() && !desired.isUndefined())
        result.desired = mask(kFirstMaskLength);
    return result;
}

} // namespace sextant::diff
