#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sextant::views {

// Texts the application's header and tabs share.

// Local time as "2026-05-03 12:04:05"; empty for an invalid time.
QString timeText(const QDateTime &time);
// A commit sha as "1a2b3c4"; other revisions (chart versions, tags) as they are.
QString shortRevision(const QString &revision);
// The revisions of a multi-source application, shortened and joined by ", ";
// `revision` alone when there are none.
QString revisionsText(const QString &revision, const QStringList &revisions);

} // namespace sextant::views
