#pragma once

#include <QPalette>

namespace sextant::views {

enum class ColorScheme { System, Light, Dark };

// A Fusion palette for the scheme; System follows the platform's hint.
QPalette paletteFor(ColorScheme scheme);

// Sets style and palette on the running application.
void applyColorScheme(ColorScheme scheme);

} // namespace sextant::views
