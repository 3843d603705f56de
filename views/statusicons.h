#pragma once

#include "model/domain/status.h"
#include "model/fleet/fleetstore.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace sextant::views {

// Status icons drawn with QPainter at any size. Every status has its own
// shape as well as its own colour, so nothing depends on colour alone:
//   sync      Synced: check in a disc · OutOfSync: diamond with crossing arrows ·
//             Unknown: question mark in a ring
//   health    Healthy: heart · Degraded: cracked heart · Progressing: ring segment ·
//             Suspended: pause bars · Missing: dashed ring · Unknown: question mark
//   auto-sync On: circular arrow · Off: slashed grey circular arrow ·
//             Paused: disc with pause bars
//   instance  Live: dot in a ring · Connecting: ring segment · Reconnecting: circular
//             arrow · AuthFailed: padlock · Failed: warning triangle · Cached: clock
// Colours follow the application palette: darker tones on a light window,
// lighter ones on a dark window. Icons are shared; pixmaps are cached per
// size, scale, mode and palette lightness.
QIcon syncIcon(SyncStatus status);
QIcon healthIcon(HealthStatus status);
QIcon autoSyncIcon(AutoSyncState state);
QIcon instanceIcon(InstanceStatus::Connection connection);

// The colour an icon uses for the status, readable on the palette's base.
QColor statusColor(SyncStatus status, const QPalette &palette);
QColor statusColor(HealthStatus status, const QPalette &palette);
QColor statusColor(AutoSyncState state, const QPalette &palette);
QColor statusColor(InstanceStatus::Connection connection, const QPalette &palette);

// User-visible names (translated), e.g. "Out of sync", "Auto-sync paused".
QString statusText(SyncStatus status);
QString statusText(HealthStatus status);
QString statusText(AutoSyncState state);
QString statusText(InstanceStatus::Connection connection);

// An instance's state in words: "Connected", "Reconnecting (next try
// 10:42:05)", "Stale since 10:41", "Authentication failed", "Cached"...
// `stale` is FleetStore::isStale for the instance.
QString instanceStateText(const InstanceStatus &status, bool stale);

} // namespace sextant::views
