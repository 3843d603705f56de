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
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        QCoreApplication::translate("CommandLine", "Connect to this argocd CLI context."),
        QStringLiteral("name"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("CommandLine", "Connect to this Argo CD server."), QStringLiteral("url"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QCoreApplication::translate("CommandLine", "Token for --server (else ARGOCD_AUTH_TOKEN)."),
        QStringLiteral("token"));
    const QCommandLineOption insecureOption(
        QStringLiteral("insecure"),
        QCoreApplication::translate("CommandLine", "Skip TLS certificate checks."));
    const QCommandLineOption plainTextOption(
        QStringLiteral("plaintext"),
        QCoreApplication::translate("CommandLine", "Use plain HTTP (loopback only)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Save the main window as PNG once the fleet has loaded, then quit."),
        QStringLiteral("file"));
    parser.addOptions(
        {contextOption, serverOption, tokenOption, insecureOption, plainTextOption, screenshotOption});

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
    result.context = parser.value(contextOption);
    result.server = parser.value(serverOption);
    result.token = parser.value(tokenOption);
    result.insecure = parser.isSet(insecureOption);
    result.plainText = parser.isSet(plainTextOption);
    result.screenshot = parser.value(screenshotOption);
    return result;
}

} // namespace sextant
