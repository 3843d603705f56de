#pragma once

#include "model/result.h"

#include <QString>

#include <chrono>

namespace sextant {

// Go's time.ParseDuration: a signed sequence of decimal numbers, each with an optional
// fraction and a unit (ns, us, µs, ms, s, m, h): "1h", "90m", "1h30m", "1.5h", "-45s", "0".
// The result is truncated toward zero to whole seconds.
Result<std::chrono::seconds> parseGoDuration(const QString &text);

} // namespace sextant
