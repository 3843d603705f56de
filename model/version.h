#pragma once

#include <QString>

namespace sextant {

// The product version, from the CMake project version.
QString version();

// The reverse-DNS application id shared by the desktop file, metainfo and icon.
QString applicationId();

// "Qt 6.8.2, libgit2 1.9.0": what the About dialog and bug reports show.
QString libraryVersions();

} // namespace sextant
