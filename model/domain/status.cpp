#include "model/domain/status.h"

namespace sextant {

QString toString(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Synced: return QStringLiteral("Synced");
    case SyncStatus::OutOfSync: return QStringLiteral("OutOfSync");
    case SyncStatus::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

QString toString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy: return QStringLiteral("Healthy");
    case HealthStatus::Progressing: return QStringLiteral("Progressing");
    case HealthStatus::Degraded: return QStringLiteral("Degraded");
    case HealthStatus::Suspended: return QStringLiteral("Suspended");
    case HealthStatus::Missing: return QStringLiteral("Missing");
    case HealthStatus::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

QString toString(OperationPhase phase)
{
    switch (phase) {
    case OperationPhase::Running: return QStringLiteral("Running");
    case OperationPhase::Terminating: return QStringLiteral("Terminating");
    case OperationPhase::Succeeded: return QStringLiteral("Succeeded");
    case OperationPhase::Failed: return QStringLiteral("Failed");
    case OperationPhase::Error: return QStringLiteral("Error");
    case OperationPhase::None: break;
    }
    return QString();
}

QString toString(AutoSyncState state)
{
    switch (state) {
    case AutoSyncState::On: return QStringLiteral("on");
    case AutoSyncState::Paused: return QStringLiteral("paused");
    case AutoSyncState::Off: break;
    }
    return QStringLiteral("off");
}

SyncStatus parseSyncStatus(QStringView text)
{
    if (text == u"Synced")
        return SyncStatus::Synced;
    if (text == u"OutOfSync")
        return SyncStatus::OutOfSync;
    return SyncStatus::Unknown;
}

HealthStatus parseHealthStatus(QStringView text)
{
    if (text == u"Healthy")
        return HealthStatus::Healthy;
    if (text == u"Progressing")
        return HealthStatus::Progressing;
    if (text == u"Degraded")
        return HealthStatus::Degraded;
    if (text == u"Suspended")
        return HealthStatus::Suspended;
    if (text == u"Missing")
        return HealthStatus::Missing;
    return HealthStatus::Unknown;
}

OperationPhase parseOperationPhase(QStringView text)
{
    if (text == u"Running")
        return OperationPhase::Running;
    if (text == u"Terminating")
        return OperationPhase::Terminating;
    if (text == u"Succeeded")
        return OperationPhase::Succeeded;
    if (text == u"Failed")
        return OperationPhase::Failed;
    if (text == u"Error")
        return OperationPhase::Error;
    return OperationPhase::None;
}

bool isWorse(HealthStatus a, HealthStatus b)
{
    const auto rank = [](HealthStatus s) {
        switch (s) {
        case HealthStatus::Healthy: return 0;
        case HealthStatus::Suspended: return 1;
        case HealthStatus::Progressing: return 2;
        case HealthStatus::Missing: return 3;
        case HealthStatus::Degraded: return 4;
        case HealthStatus::Unknown: return 5;
        }
        return 5;
    };
    return rank(a) > rank(b);
}

} // namespace sextant
