#include "model/diff/livefields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sextant::diff {

using namespace Qt::StringLiterals;

QJsonValue valueAt(const QJsonValue &root, const JsonPath &path)
{
    QJsonValue node = root;
    for (const FieldStep &step : path) {
        if (step.index >= 0) {
            const QJsonArray items = node.toArray();
            if (!node.isArray() || step.index >= items.size())
                return QJsonValue::Undefined;
            node = items.at(step.index);
        } else {
            if (!node.isObject())
                return QJsonValue::Undefined;
            node = node.toObject().value(step.key);
        }
        if (node.isUndefined())
            return node;
    }
    return node;
}

QStringList yamlPath(const JsonPath &path, const QJsonValue &live)
{
    QStringList steps;
    QJsonValue node = live;
    for (const FieldStep &step : path) {
        if (step.index < 0) {
            steps << step.key;
            node = node.toObject().value(step.key);
            continue;
        }
        node = node.toArray().at(step.index);
        const QJsonValue name = node.toObject().value("name"_L1);
        steps << (name.isString() ? u"[name=%1]"_s.arg(name.toString()) : u"[%1]"_s.arg(step.index));
    }
    return steps;
}

QList<LiveField> humanEditedFields(const ManagedResource &resource)
{
    const DriftClassification classification = classifyDrift(resource);
    const QJsonValue live = resource.liveForDiff();
    // classifyDrift reports one field per changed path, in this order.
    const QList<JsonPath> paths =
        changedPaths(live, resource.desiredForDiff(), resource.predictedLiveState.isNull());
    QList<LiveField> fields;
    for (const FieldDrift &field : classification.fields) {
        if (field.origin != DriftOrigin::HumanEdit)
            continue;
        for (const JsonPath &path : paths) {
            if (toString(path) != field.path)
                continue;
            fields.append({path, valueAt(live, path), field.manager, field.changedAt});
            break;
        }
    }
    return fields;
}

} // namespace sextant::diff
