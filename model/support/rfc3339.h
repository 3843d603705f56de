#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace sextant::support {

// An RFC 3339 timestamp as Kubernetes writes it ("2026-05-04T10:11:12Z"), also with a fraction of a
// second ("…12.345678Z", kept to the millisecond) or a numeric offset ("…12+02:00"), as milliseconds
// since the Unix epoch. Nothing when the text is not such a timestamp or names an impossible date.
// Hand-written because Qt's generic ISO parser is far too slow for a 10,000-application list.
std::optional<qint64> parseRfc3339(std::string_view text);

} // namespace sextant::support
