#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sextant {

// An Argo CD sync window (AppProject spec.syncWindows[]), field for field.
struct SyncWindow {
    QString kind;                                   // "allow" or "deny"
    QString schedule;                               // 5-field cron (model/support/cron.h)
    QString duration;                               // Go duration, "1h" (model/support/goduration.h)
    QStringList applications, namespaces, clusters; // glob patterns
    bool manualSync = false;
    QString timeZone; // IANA id; empty = UTC
    bool andOperator = false;
    QString description;
    bool syncOverrun = false;

    friend bool operator==(const SyncWindow &, const SyncWindow &) = default;
};

// Whether the window is open at `now`: there is a schedule trigger t (a whole minute, evaluated
// in the window's time zone, UTC when empty or unknown) with t <= now < t + duration.
// A window whose schedule or duration does not parse, or whose duration is not positive, is
// never active. Where Argo CD (SyncWindow.active) differs:
// - it tests t < now, so at the very instant of the trigger the window is still closed;
// - it shifts every trigger by the zone's offset of today, so around a daylight-saving change
//   a window can open an hour early or late; here each trigger is read in its own offset
//   (a trigger in a skipped hour, Qt moves forward; in a repeated hour, the first one counts);
// - a schedule that never fires (0 0 30 2 *) makes robfig/cron return the zero time, which
//   Argo CD reads as "always active"; here it is never active.
bool isActive(const SyncWindow &window, const QDateTime &now);

// The windows of `windows` that are active at `now`, in their order (unparseable ones left out).
QList<SyncWindow> activeWindows(const QList<SyncWindow> &windows, const QDateTime &now);

// What a sync window is matched against: the application and its destination.
struct SyncWindowTarget {
    QString application;
    QString namespace_;
    QString clusterName;
    QString clusterServer;
};

// Whether the window applies to the target. Patterns are globs (`*`, `?`, `[a-z]`, `[!x]`, `\`
// escapes: GlobSyntax::Full of model/support/glob.h) over the whole value; clusters match the destination
// name or server (an empty one never matches). Default: any list matching is enough (OR); with andOperator
// every non-empty list must match. A window without any list applies to nothing.
bool windowMatches(const SyncWindow &window, const SyncWindowTarget &target);

struct SyncDecision {
    bool canSync = true;
    QString reason;
};

// Argo CD's SyncWindows.CanSync over the windows that match the target:
// 1. an active deny window blocks, unless `manual` and every active deny window has manualSync;
// 2. otherwise an active allow window permits;
// 3. otherwise, if there are allow windows (none active), the sync is blocked unless `manual`
//    and every one of them has manualSync;
// 4. otherwise (no windows, or only inactive deny windows) the sync may run.
// A matching window with an invalid schedule or duration blocks (Argo CD returns an error).
// syncOverrun (for operations already running) is not evaluated here.
SyncDecision canSync(const QList<SyncWindow> &windows, const SyncWindowTarget &target, bool manual,
                     const QDateTime &now);

} // namespace sextant
