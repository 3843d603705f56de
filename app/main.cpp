#include "app/actioncommand.h"
#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/report.h"
#include "app/rolloutcommand.h"
#include "app/rolloutrunning.h"
#include "app/translations.h"
#include "app/workspace.h"
#include "model/argocd/instanceconfig.h"
#include "model/git/gitlibrary.h"
#include "model/storage/localstore.h"
#include "model/version.h"
#include "views/colorscheme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
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
    argocd::ConnectionOptions options;
    if (!commandLine.context.isEmpty())
        options.contexts << commandLine.context;
    options.server = commandLine.server;
    options.token = commandLine.token;
    options.insecure = commandLine.insecure;
    options.plainText = commandLine.plainText;
    options.source = QCoreApplication::translate("main", "command line");
    auto named = argocd::instancesFromOptions(options, false);
    if (!named) {
        QMessageBox::warning(window, QCoreApplication::translate("main", "Connect"), named.errorMessage());
        return;
    }
    if (!named->isEmpty()) {
        for (const argocd::InstanceConfig &config : std::as_const(*named))
            workspace.connectInstance(config, false);
        return;
    }
    workspace.restoreRemembered();
    if (workspace.rememberedInstances().isEmpty())
        if (auto fromEnvironment = argocd::instanceFromEnvironment())
            workspace.connectInstance(*fromEnvironment, false);
}

// --screenshot: once every instance has answered (at most a minute; without
// instances, after a second), the painted window is saved and Sextant quits:
// 0 when it was saved with every instance live, else 1 with a message.
void saveScreenshotWhenLoaded(sextant::Workspace &workspace, QWidget &window, const QString &path,
                              bool expectInstance)
{
    using Connection = sextant::InstanceStatus::Connection;
    auto *poll = new QTimer(&window);
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(poll, &QTimer::timeout, &window, [=, &workspace, &window] {
        const QList<sextant::InstanceStatus> instances = workspace.store().instances();
        const bool answered =
            instances.isEmpty() ? !expectInstance && elapsed.elapsed() >= 1000
                                : std::ranges::all_of(instances, [](const sextant::InstanceStatus &instance) {
                                      return instance.connection == Connection::Live ||
                                             instance.connection == Connection::AuthFailed ||
                                             instance.connection == Connection::Failed;
                                  });
        if (!answered && elapsed.elapsed() < 60000)
            return;
        poll->stop();
        const bool live = std::ranges::all_of(instances, [](const sextant::InstanceStatus &instance) {
            return instance.connection == Connection::Live;
        });
        // A second for the views to lay out and paint what has just arrived.
        QTimer::singleShot(1000, &window, [=, &window] {
            if (!window.grab().save(path, "PNG")) {
                std::fprintf(stderr, "sextant: cannot write %s\n", qPrintable(path));
                QCoreApplication::exit(1);
                return;
            }
            if (!answered || !live || (expectInstance && instances.isEmpty())) {
                std::fprintf(stderr, "sextant: %s saved, but not every instance loaded\n", qPrintable(path));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    });
    poll->start(100);
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless commands own their QCoreApplication: no display needed.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return sextant::runReport(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "rollout") == 0 && qstrcmp(argv[2], "plan") != 0 && argv[2][0] != '-')
        return sextant::runRolloutRun(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "rollout") == 0)
        return sextant::runRollout(argc, argv);
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

    // Mirrors are a cache: they can always be fetched again.
    sextant::Workspace workspace(sextant::LocalStore::defaultPath(),
                                 QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                     QStringLiteral("/mirrors"));
    sextant::MainWindow window(workspace);
    window.show();
    workspace.loadCache(); // the last fleet paints first, marked with its age
    connectAtStart(workspace, commandLine, &window);
    if (!commandLine.screenshot.isEmpty())
        saveScreenshotWhenLoaded(workspace, window, commandLine.screenshot, commandLine.demo);
    return app.exec();
}
