#include "app/commandline.h"
#include "app/demofleet.h"
#include "app/mainwindow.h"
#include "app/translations.h"
#include "model/git/gitlibrary.h"
#include "model/version.h"
#include "views/colorscheme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Headless answers first: no display is needed to print a version.
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
    sextant::views::applyColorScheme(sextant::views::ColorScheme::System);

    sextant::MainWindow window;
    window.show();

    sextant::DemoFleet demo;
    if (commandLine.demo) {
        window.setConnectionSummary(QCoreApplication::translate("main", "Starting the demo fleet…"));
        demo.start(&window, [&window](const auto &endpoint) {
            if (endpoint)
                window.setConnectionSummary(
                    QCoreApplication::translate("main", "Demo fleet: sextant-fleetsim at %1")
                        .arg(endpoint->url));
            else
                QMessageBox::critical(
                    &window, QCoreApplication::translate("main", "Demo fleet"),
                    QCoreApplication::translate("main", "The demo fleet could not start:\n%1")
                        .arg(endpoint.errorMessage()));
        });
    }
    return app.exec();
}
