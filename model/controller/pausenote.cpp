#include "model/controller/pausenote.h"

#include "model/support/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sextant {

using support::compactJson;
using support::parseJsonValue;

QString pauseNoteAnnotation()
{
    return QStringLiteral("sextant.dev/paused-sync-policy");
}

QString encodePauseNote(const PauseNote &note)
{
    QJsonObject object{{QStringLiteral("syncPolicy"), parseJsonValue(note.priorPolicyJson)},
                       {QStringLiteral("by"), note.by},
                       {QStringLiteral("at"), note.at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("reason"), note.reason},
                       {QStringLiteral("batch"), note.batchId}};
    return QString::fromUtf8(compactJson(object));
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
    note.priorPolicyJson = compactJson(policy);
    note.by = object.value(QStringLiteral("by")).toString();
    note.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODate);
    note.reason = object.value(QStringLiteral("reason")).toString();
    note.batchId = object.value(QStringLiteral("batch")).toString();
    return note;
}

} // namespace sextant
