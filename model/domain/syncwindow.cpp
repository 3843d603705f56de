#include "model/domain/syncwindow.h"

#include "model/support/cron.h"
#include "model/support/glob.h"
#include "model/support/goduration.h"

#include <QHash>

#include <algorithm>

namespace sextant {
namespace {

QTimeZone zoneFor(const QString &id)
{
    if (id.isEmpty() || id == u"UTC")
        return QTimeZone(QTimeZone::UTC);
    thread_local QHash<QString, QTimeZone> cache;
    const auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC); // as Argo CD: an unknown zone is read as UTC
    if (cache.size() > 256)
        cache.clear();
    cache.insert(id, zone);
    return zone;
}

struct ParsedWindow {
    CronSchedule schedule;
    std::chrono::seconds duration;
};

Result<ParsedWindow> parseWindow(const SyncWindow &window)
{
    auto schedule = CronSchedule::parse(window.schedule);
    if (!schedule)
        return schedule.error();
    const auto duration = parseGoDuration(window.duration);
    if (!duration)
        return Error{
            QStringLiteral("cannot parse duration \"%1\": %2").arg(window.duration, duration.errorMessage())};
    return ParsedWindow{*schedule, *duration};
}

bool isActive(const ParsedWindow &parsed, const SyncWindow &window, const QDateTime &now)
{
    if (parsed.duration.count() <= 0 || !now.isValid())
        return false;
    const QDateTime trigger = parsed.schedule.latestTrigger(now, zoneFor(window.timeZone), parsed.duration);
    if (!trigger.isValid())
        return false;
    const qint64 endMs = trigger.toMSecsSinceEpoch() + qint64(parsed.duration.count()) * 1000;
    return now.toMSecsSinceEpoch() < endMs;
}

bool anyGlob(const QStringList &patterns, const QString &value)
{
    for (const QString &pattern : patterns) {
        if (globMatch(pattern, value, GlobSyntax::Full))
            return true;
    }
    return false;
}

QString describeWindow(const SyncWindow &window)
{
    QString text =
        QStringLiteral("%1 window \"%2\" for %3").arg(window.kind, window.schedule, window.duration);
    if (!window.timeZone.isEmpty())
        text += QStringLiteral(" (%1)").arg(window.timeZone);
    if (!window.description.isEmpty())
        text += QStringLiteral(": %1").arg(window.description);
    return text;
}

QString describeWindows(const QList<SyncWindow> &windows)
{
    if (windows.isEmpty())
        return {};
    QString text = describeWindow(windows.constFirst());
    if (windows.size() > 1)
        text += QStringLiteral(" and %1 more").arg(windows.size() - 1);
    return text;
}

bool allManual(const QList<SyncWindow> &windows)
{
    for (const SyncWindow &window : windows) {
        if (!window.manualSync)
            return false;
    }
    return !windows.isEmpty();
}

} // namespace

bool isActive(const SyncWindow &window, const QDateTime &now)
{
    const auto parsed = parseWindow(window);
    return parsed && isActive(*parsed, window, now);
}

QList<SyncWindow> activeWindows(const QList<SyncWindow> &windows, const QDateTime &now)
{
    QList<SyncWindow> active;
    for (const SyncWindow &window : windows) {
        if (isActive(window, now))
            active.append(window);
    }
    return active;
}

bool windowMatches(const SyncWindow &window, const SyncWindowTarget &target)
{
    const bool hasApps = !window.applications.isEmpty();
    const bool hasClusters = !window.clusters.isEmpty();
    const bool hasNamespaces = !window.namespaces.isEmpty();
    if (!hasApps && !hasClusters && !hasNamespaces)
        return false;
    const auto appMatch = [&] { return anyGlob(window.applications, target.application); };
    const auto clusterMatch = [&] {
        for (const QString &pattern : window.clusters) {
            if ((!target.clusterName.isEmpty() && globMatch(pattern, target.clusterName, GlobSyntax::Full)) ||
                (!target.clusterServer.isEmpty() &&
                 globMatch(pattern, target.clusterServer, GlobSyntax::Full)))
                return true;
        }
        return false;
    };
    const auto namespaceMatch = [&] { return anyGlob(window.namespaces, target.namespace_); };
    if (window.andOperator)
        return (!hasApps || appMatch()) && (!hasClusters || clusterMatch()) &&
               (!hasNamespaces || namespaceMatch());
    return (hasApps && appMatch()) || (hasClusters && clusterMatch()) || (hasNamespaces && namespaceMatch());
}

SyncDecision canSync(const QList<SyncWindow> &windows, const SyncWindowTarget &target, bool manual,
                     const QDateTime &now)
{
    QList<SyncWindow> activeDeny;
    QList<SyncWindow> activeAllow;
    QList<SyncWindow> allows;
    bool anyMatching = false;
    for (const SyncWindow &window : windows) {
        if (!windowMatches(window, target))
            continue;
        anyMatching = true;
        const auto parsed = parseWindow(window);
        if (!parsed)
            return {false, QStringLiteral("invalid sync window (%1): %2")
                               .arg(describeWindow(window), parsed.errorMessage())};
        const bool active = isActive(*parsed, window, now);
        if (window.kind == u"deny" && active)
            activeDeny.append(window);
        if (window.kind == u"allow") {
            allows.append(window);
            if (active)
                activeAllow.append(window);
        }
    }
    if (!anyMatching)
        return {true, QStringLiteral("no sync window applies")};
    if (!activeDeny.isEmpty()) {
        if (manual && allManual(activeDeny))
            return {
                true,
                QStringLiteral("manual sync permitted by the active %1").arg(describeWindows(activeDeny))};
        return {false, QStringLiteral("blocked by the active %1").arg(describeWindows(activeDeny))};
    }
    if (!activeAllow.isEmpty())
        return {true, QStringLiteral("inside the %1").arg(describeWindows(activeAllow))};
    if (!allows.isEmpty()) {
        if (manual && allManual(allows))
            return {
                true,
                QStringLiteral("outside the %1, which permits manual syncs").arg(describeWindows(allows))};
        return {false, QStringLiteral("blocked: outside the %1").arg(describeWindows(allows))};
    }
    return {true, QStringLiteral("no sync window is active")};
}

} // namespace sextant
