#pragma once

#include "model/diff/resourcediff.h"

#include <QIcon>
#include <QString>

namespace sextant::views {

// How a resource's pending change is marked, shape and word both (never colour
// alone): "To create" a plus in a green square, "To prune" a minus in a red one,
// "Modified" a tilde in an amber one, "Unchanged" an equals sign in grey.
QIcon resourceChangeIcon(diff::ResourceChange change);
QString resourceChangeText(diff::ResourceChange change);

} // namespace sextant::views
