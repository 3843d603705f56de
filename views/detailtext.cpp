#include "views/detailtext.h"

#include <QLocale>

#include <algorithm>

namespace sextant::views {

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString shortRevision(const QString &revision)
{
    const bool sha = revision.size() == 40 && std::all_of(revision.cbegin(), revision.cend(), [](QChar c) {
                         return c.isDigit() || (c >= u'a' && c <= u'f');
                     });
    return sha ? revision.left(7) : revision;
}

QString revisionsText(const QString &revision, const QStringList &revisions)
{
    if (!revisions.isEmpty()) {
        QStringList parts;
        for (const QString &r : revisions)
            parts << shortRevision(r);
        return parts.join(QStringLiteral(", "));
    }
    return shortRevision(revision);
}

} // namespace sextant::views
