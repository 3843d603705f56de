// Renders Sextant's main screens on the demo fleet to PNG, in light and dark
// palettes, for `./dev screenshots` and the README. Offscreen platform.
#include "app/mainwindow.h"
#include "app/workspace.h"
#include "model/git/gitlibrary.h"
#include "views/aboutdialog.h"
#include "views/applicationview.h"
#include "views/colorscheme.h"
#include "views/fleettreeview.h"
#include "views/quickswitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace sextant;

namespace {

bool save(const QPixmap &pixmap, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    git::GitLibrary git;
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or cache
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SextantScreenshots"));
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."),
                                       QStringLiteral("dir"), QStringLiteral("screenshots"));
    parser.addOption(outOption);
    parser.addHelpOption();
    parser.process(app);
    QDir dir(parser.value(outOption));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }

    QTemporaryDir data;
    Workspace workspace(data.filePath(QStringLiteral("sextant.sqlite")));
    views::applyColorScheme(views::ColorScheme::Light);
    MainWindow window(workspace);
    window.resize(1440, 900);
    window.show();
    workspace.startDemo();
    if (!waitFor([&] { return workspace.store().applicationCount() >= 40; })) {
        std::fprintf(stderr, "the demo fleet did not load\n");
        return 1;
    }
    const QString key = QStringLiteral("demo/argocd/payments-api-prod-eu-1");
    window.fleetTree()->selectApplication(key);
    settle(1500);

    bool ok = true;
    const QStringList tabs{QStringLiteral("resources"), QStringLiteral("history"), QStringLiteral("events"),
                           QStringLiteral("manifest")};
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        window.applicationView()->setCurrentTab(0);
        settle(400);
        ok &= save(window.grab(), dir, QStringLiteral("main-window-") + s);
        for (int i = 1; i < tabs.size(); ++i) {
            window.applicationView()->setCurrentTab(i);
            settle(400);
            ok &= save(window.applicationView()->grab(), dir, QStringLiteral("tab-%1-%2").arg(tabs[i], s));
        }
        window.applicationView()->setCurrentTab(0);

        views::QuickSwitcher switcher(&workspace.store(), &window);
        switcher.show();
        if (auto *edit = switcher.findChild<QLineEdit *>())
            QTest::keyClicks(edit, QStringLiteral("pay prod"));
        settle(200);
        ok &= save(switcher.grab(), dir, QStringLiteral("quick-switcher-") + s);
        switcher.close();

        views::AboutDialog about;
        about.show();
        settle(100);
        ok &= save(about.grab(), dir, QStringLiteral("about-") + s);
    }

    // An instance whose token is refused: the tree and status bar say so.
    views::applyColorScheme(views::ColorScheme::Light);
    argocd::InstanceConfig refused = workspace.connector().client(QStringLiteral("demo"))->config();
    refused.name = QStringLiteral("argocd-eu (bad token)");
    refused.token = QStringLiteral("expired.token.value");
    workspace.connectInstance(refused, false);
    waitFor([&] {
        return workspace.store().instance(refused.name).connection == InstanceStatus::Connection::AuthFailed;
    });
    settle(500);
    ok &= save(window.grab(), dir, QStringLiteral("instance-auth-failed-light"));
    return ok ? 0 : 1;
}
