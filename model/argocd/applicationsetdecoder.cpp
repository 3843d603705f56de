#include "model/argocd/applicationsetdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sextant::argocd {

using namespace Qt::StringLiterals;

namespace {

QString selectorText(const QJsonArray &expressions)
{
    QStringList parts;
    for (const QJsonValue &e : expressions) {
        const QJsonObject expression = e.toObject();
        QStringList values;
        for (const QJsonValue &v : expression.value("values"_L1).toArray())
            values << v.toString();
        parts << u"%1 %2 (%3)"_s.arg(expression.value("key"_L1).toString(),
                                     expression.value("operator"_L1).toString(), values.join(u", "_s));
    }
    return parts.isEmpty() ? u"every app"_s : parts.join(u" · "_s);
}

} // namespace

Result<QList<ApplicationSetProgress>> decodeApplicationSets(QByteArrayView json, const QString &instance)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isObject())
        return Error{u"not an ApplicationSet list: %1"_s.arg(parseError.errorString())};
    const QJsonValue items = document.object().value("items"_L1);
    if (!items.isArray() && !items.isNull() && !items.isUndefined())
        return Error{u"not an ApplicationSet list: items is not an array"_s};
    QList<ApplicationSetProgress> sets;
    for (const QJsonValue &item : items.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonObject metadata = object.value("metadata"_L1).toObject();
        const QJsonObject spec = object.value("spec"_L1).toObject();
        const QJsonObject status = object.value("status"_L1).toObject();
        const QJsonObject strategy = spec.value("strategy"_L1).toObject();
        ApplicationSetProgress set;
        set.instance = instance;
        set.name = metadata.value("name"_L1).toString();
        set.appNamespace = metadata.value("namespace"_L1).toString();
        set.project =
            spec.value("template"_L1).toObject().value("spec"_L1).toObject().value("project"_L1).toString();
        set.rollingSync = strategy.value("type"_L1).toString() == "RollingSync"_L1;
        int number = 0;
        for (const QJsonValue &s : strategy.value("rollingSync"_L1).toObject().value("steps"_L1).toArray()) {
            const QJsonObject step = s.toObject();
            const QJsonValue maxUpdate = step.value("maxUpdate"_L1);
            set.steps.append({++number, selectorText(step.value("matchExpressions"_L1).toArray()),
                              maxUpdate.isDouble()   ? QString::number(maxUpdate.toInt())
                              : maxUpdate.isString() ? maxUpdate.toString()
                                                     : u"100%"_s});
        }
        for (const QJsonValue &a : status.value("applicationStatus"_L1).toArray()) {
            const QJsonObject app = a.toObject();
            bool numeric = false;
            const int step = app.value("step"_L1).toString().toInt(&numeric);
            set.apps.append(
                {app.value("application"_L1).toString(), app.value("status"_L1).toString(),
                 numeric ? step : -1, app.value("message"_L1).toString(),
                 QDateTime::fromString(app.value("lastTransitionTime"_L1).toString(), Qt::ISODate),
                 app.value("targetrevisions"_L1).toArray().first().toString()});
        }
        for (const QJsonValue &c : status.value("conditions"_L1).toArray()) {
            const QJsonObject condition = c.toObject();
            if (condition.value("type"_L1).toString() != "RolloutProgressing"_L1)
                continue;
            set.condition = condition.value("message"_L1).toString();
            set.progressing = condition.value("status"_L1).toString() == "True"_L1;
        }
        if (!set.name.isEmpty())
            sets.append(set);
    }
    return sets;
}

} // namespace sextant::argocd
