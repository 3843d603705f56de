#pragma once

#include "model/domain/application.h"

#include <algorithm>

namespace sextant {

// The app's last successful deployment (the controller appends history only then): the
// entry with the highest id; nullptr when nothing was deployed yet.
inline const HistoryEntry *lastDeployment(const Application &app)
{
    const auto last =
        std::max_element(app.history.cbegin(), app.history.cend(),
                         [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
    return last == app.history.cend() ? nullptr : &*last;
}

} // namespace sextant
