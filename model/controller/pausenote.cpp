#include "model/controller/pausenote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sextant {

namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("null");
}

QJsonValue parseValue(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue::Null;
}

} // namespace

QString pauseNoteAnnotation()
{
    return QStringLiteral("sextant.dev/paused-sync-policy");
}

QString encodePauseNote(const PauseNote &note)
{
    QJsonObject object{{QStringLiteral("syncPolicy"), parseValue(note.priorPolicyJson)},
                       {QStringLiteral("by"), note.by},
                       {QStringLiteral("at"), note.at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("reason"), note.reason},
                       {QStringLiteral("batch"), note.batchId}};
    return QString::fromUtf8(compact(object));
}

Result<PauseNote> decodePauseNote(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject() || !document.object().contains(QStringLiteral("syncPolicy")))
        return Error{
            QStringLiteral("the %1 annotation is not a Sextant pause note").arg(pauseNoteAnnotation())};
    const QJsonObject object = document.object();
    const QJsonValue policy = object.value(QStringLiteral("syncPolicy"));
    if (!policy.isObject() && !policy.isNull())
        return Error{QStringLiteral("the %1 annotation holds no sync policy").arg(pauseNoteAnnotation())};
    PauseNote note;
    note.priorPolicyJson = compact(policy);
    note.by = object.value(QStringLiteral("by")).toString();
    note.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODate);
    note.reason = object.value(QStringLiteral("reason")).toString();
    note.batchId = object.value(QStringLiteral("batch")).toString();
    return note;
}

} // namespace sextant
