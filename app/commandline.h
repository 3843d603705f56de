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
    QString context; // an argocd CLI context
    QString server;  // or a server URL (token from --token or ARGOCD_AUTH_TOKEN)
    QString token;
    bool insecure = false;
    bool plainText = false;
    QString screenshot; // save the main window here once the fleet has loaded, then quit
};

CommandLine parseCommandLine(const QStringList &arguments);

} // namespace sextant
