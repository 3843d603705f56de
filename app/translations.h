#pragma once

#include <QLocale>

class QCoreApplication;

namespace sextant {

// Installs Sextant's and Qt's own translations for the locale.
// Returns true when Sextant's translation for that language was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace sextant
