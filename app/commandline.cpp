#include "app/commandline.h"

#include "model/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sextant {

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Sextant: a desktop console for GitOps fleets."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("CommandLine", "Open the built-in demo fleet."));
    parser.addOption(demoOption);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.mode = CommandLine::Mode::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.mode = CommandLine::Mode::Help;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = CommandLine::Mode::Version;
        result.message = QStringLiteral("sextant %1").arg(version());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = CommandLine::Mode::Error;
        result.message = QCoreApplication::translate("CommandLine", "unknown command: %1")
                             .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.demo = parser.isSet(demoOption);
    return result;
}

} // namespace sextant
