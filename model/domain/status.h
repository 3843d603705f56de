#pragma once

#include <QString>

namespace sextant {

// Argo CD's status vocabularies as enums, so views and filters compare
// cheaply; toString/parse keep the wire spelling in one place.
enum class SyncStatus : quint8 { Unknown, Synced, OutOfSync };
enum class HealthStatus : quint8 { Unknown, Healthy, Progressing, Degraded, Suspended, Missing };
enum class OperationPhase : quint8 { None, Running, Terminating, Succeeded, Failed, Error };
// Off: no automated policy. On: automated and enabled. Paused: automated with
// enabled=false (Argo CD v3.2+), prune/selfHeal kept for the resume.
enum class AutoSyncState : quint8 { Off, On, Paused };

QString toString(SyncStatus status);
QString toString(HealthStatus status);
QString toString(OperationPhase phase);
QString toString(AutoSyncState state);

SyncStatus parseSyncStatus(QStringView text);
HealthStatus parseHealthStatus(QStringView text);
OperationPhase parseOperationPhase(QStringView text);

// Argo CD's roll-up order: Healthy < Suspended < Progressing < Missing < Degraded < Unknown.
bool isWorse(HealthStatus a, HealthStatus b);

} // namespace sextant
