#pragma once

#include "fleetsim/seed.h"

namespace sextant::fleetsim {

// A synthetic fleet for benchmarks, from "clusters=100,apps=10000":
// realistic object sizes (several resources per app, a history of ten).
Result<FleetSeed> generateSeed(const QString &spec);

} // namespace sextant::fleetsim
