#include "model/support/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sextant::support {

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("null");
}

QJsonValue parseJsonValue(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue::Null;
}

} // namespace sextant::support
