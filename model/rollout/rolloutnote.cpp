#include "model/rollout/rolloutnote.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

QString rolloutNoteAnnotation()
{
    return u"sextant.dev/rollout"_s;
}

QString encodeRolloutNote(const RolloutNote &note)
{
    const QJsonObject o{{u"plan"_s, note.plan},
                        {u"run"_s, note.run},
                        {u"wave"_s, note.wave},
                        {u"target"_s, note.target},
                        {u"by"_s, note.by},
                        {u"driver"_s, note.driver},
                        {u"at"_s, note.at.toUTC().toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<RolloutNote> decodeRolloutNote(const QString &text)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.object();
    RolloutNote note{o.value("plan"_L1).toString(),
                     o.value("run"_L1).toString(),
                     o.value("wave"_L1).toString(),
                     o.value("target"_L1).toString(),
                     o.value("by"_L1).toString(),
                     o.value("driver"_L1).toString(),
                     QDateTime::fromString(o.value("at"_L1).toString(), Qt::ISODate)};
    if (note.plan.isEmpty() || note.wave.isEmpty())
        return std::nullopt;
    return note;
}

QString describeRolloutNote(const RolloutNote &note)
{
    QString text = u"%1 · wave %2 · released at %3"_s.arg(note.plan, note.wave, note.target.left(7));
    if (note.at.isValid())
        text += u" on %1"_s.arg(note.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    if (!note.by.isEmpty())
        text += u" by %1"_s.arg(note.by);
    if (!note.driver.isEmpty())
        text += u" (%1)"_s.arg(note.driver);
    return text;
}

} // namespace sextant::rollout
