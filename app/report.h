#pragma once

#include "model/argocd/argocdclient.h"

#include <QByteArray>

namespace sextant {

enum class ReportKind { Fleet, Drift };
enum class ReportFormat { Json, Table };

// `sextant report`: one look at a controller's fleet, printed for scripts.
// Runs its own QCoreApplication; returns the process exit code.
int runReport(int argc, char *argv[]);

// The printing half, a pure function so tests can check it.
QByteArray formatReport(const argocd::FleetSnapshot &snapshot, const QString &serverVersion, ReportKind kind,
                        ReportFormat format);

} // namespace sextant
