#pragma once

#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"

#include <QByteArray>
#include <QDateTime>

namespace sextant {

// `sextant rollout plan FILE`: the dry run of a wave plan against the live fleet of one or more
// Argo CD instances (connection options as for `sextant report`; --context may repeat). Exit 0
// with the resolved waves, 2 when the plan does not validate (FILE:LINE:COLUMN: message lines on
// stderr), 3 when a controller refuses the credentials, 1 when one cannot be reached.
int runRollout(int argc, char *argv[]);

// The printing half: the resolved plan as JSON (waves: [{name, apps: [{instance, namespace, name,
// cluster}], gates, maxParallel, earliestStart, earliestFinish}], unselected) or a table; times
// count from `start`.
QByteArray formatPlanResolution(const rollout::WavePlan &plan, const rollout::PlanResolution &resolution,
                                const QDateTime &start, bool json);

// "FILE:LINE:COLUMN: message" lines.
QByteArray formatPlanProblems(const QString &file, const QList<rollout::PlanProblem> &problems);

} // namespace sextant
