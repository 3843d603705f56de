#pragma once

#include <QString>
#include <QStringList>

namespace sextant {

// What the command line asks for. Parsed before any QApplication exists, so
// headless commands (--version, report) never need a display.
struct CommandLine {
    enum class Mode { Gui, Version, Help, Error };
    Mode mode = Mode::Gui;
    QString message; // help text or error text
    bool demo = false;
};

CommandLine parseCommandLine(const QStringList &arguments);

} // namespace sextant
