#include "app/actioncommand.h"
#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/report.h"
#include "app/translations.h"
#include "app/workspace.h"
#include "model/argocd/instanceconfig.h"
#include "model/git/gitlibrary.h"
#include "model/storage/localstore.h"
#include "model/version.h"
#include "views/colorscheme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

// What to connect to at start: --demo, --context, --server, else the
// remembered instances (or the environment's ARGOCD_SERVER).
void connectAtStart(sextant::Workspace &workspace, const sextant::CommandLine &commandLine, QWidget *window)
{
    using namespace sextant;
    if (commandLine.demo) {
        workspace.startDemo();
        return;
    }
    if (!commandLine.context.isEmpty()) {
        auto context = argocd::contextByName(commandLine.context);
        if (!context) {
            QMessageBox::warning(window, QCoreApplication::translate("main", "Connect"),
                                 context.errorMessage());
            return;
        }
        context->insecure = context->insecure || commandLine.insecure;
        workspace.connectInstance(*context, false);
        return;
    }
    if (!commandLine.server.isEmpty()) {
        argocd::InstanceConfig config;
        QString url = commandLine.server;
        if (!url.contains(QStringLiteral("://")))
            url.prepend(commandLine.plainText ? QStringLiteral("http://") : QStringLiteral("https://"));
        config.server = QUrl(url);
        config.name = config.server.authority();
        config.token =
            commandLine.token.isEmpty() ? qEnvironmentVariable("ARGOCD_AUTH_TOKEN") : commandLine.token;
        config.insecure = commandLine.insecure;
        config.plainText = config.server.scheme() == QStringLiteral("http");
        config.source = QCoreApplication::translate("main", "command line");
        workspace.connectInstance(config, false);
        return;
    }
    workspace.restoreRemembered();
    if (workspace.rememberedInstances().isEmpty())
        if (auto fromEnvironment = argocd::instanceFromEnvironment())
            workspace.connectInstance(*fromEnvironment, false);
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless commands own their QCoreApplication: no display needed.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return sextant::runReport(argc, argv);
    if (argc > 1 && sextant::isActionCommand(argv[1]))
        return sextant::runActionCommand(argc, argv);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const sextant::CommandLine commandLine = sextant::parseCommandLine(arguments);
    switch (commandLine.mode) {
    case sextant::CommandLine::Mode::Version:
    case sextant::CommandLine::Mode::Help:
        std::fputs(qPrintable(commandLine.message + u'\n'), stdout);
        return 0;
    case sextant::CommandLine::Mode::Error:
        std::fputs(qPrintable(QStringLiteral("sextant: %1\n").arg(commandLine.message)), stderr);
        return 2;
    case sextant::CommandLine::Mode::Gui: break;
    }

    sextant::git::GitLibrary git;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sextant"));
    QApplication::setApplicationName(QStringLiteral("Sextant"));
    QApplication::setApplicationVersion(sextant::version());
    QApplication::setDesktopFileName(sextant::applicationId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.sextant.Sextant.svg")));
    sextant::installTranslations(app, QLocale::system());
    sextant::views::applyColorScheme(
        sextant::views::ColorScheme(QSettings().value(QStringLiteral("window/colorScheme"), 0).toInt()));

    sextant::Workspace workspace(sextant::LocalStore::defaultPath());
    sextant::MainWindow window(workspace);
    window.show();
    workspace.loadCache(); // the last fleet paints first, marked with its age
    connectAtStart(workspace, commandLine, &window);
    return app.exec();
}
