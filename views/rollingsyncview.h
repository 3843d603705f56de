#pragma once

#include "model/rollout/rollingsync.h"

class QTreeWidget;

namespace sextant::views {

// Fills the dashboard's wave tree with an ApplicationSet's RollingSync steps, in the same columns
// and vocabulary as a wave plan's run: one row per step (state, segmented bar, maxUpdate as the
// gate, why), its apps below with their ApplicationSet status and target revision.
void fillRollingSyncSteps(QTreeWidget *tree, const QList<rollout::RollingStepSummary> &steps);

// "appset\ninstance\nname": how the dashboard's chooser names an ApplicationSet.
QString appSetChoice(const ApplicationSetProgress &set);
bool isAppSetChoice(const QString &choice);
std::pair<QString, QString> appSetOfChoice(const QString &choice); // instance, name

} // namespace sextant::views
