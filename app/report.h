#pragma once

#include "model/controller/fleetsnapshot.h"
#include "model/fleet/driftscanner.h"

#include <QByteArray>

namespace sextant {

enum class ReportKind { Fleet, Drift };
enum class ReportFormat { Json, Table };

// `sextant report`: one look at a controller's fleet, printed for scripts.
// Runs its own QCoreApplication; returns the process exit code.
int runReport(int argc, char *argv[]);

// The classified managed resources of one out-of-sync application, or why they are missing.
struct ReportDrift {
    QList<DriftRecord> records;
    QString error;
};

// The printing half, a pure function so tests can check it. `drift` is keyed by Application::ref();
// a drifted resource without a classified record there has the origin "unknown".
QByteArray formatReport(const FleetSnapshot &snapshot, const QString &serverVersion, ReportKind kind,
                        ReportFormat format, const QHash<AppRef, ReportDrift> &drift = {});

} // namespace sextant
