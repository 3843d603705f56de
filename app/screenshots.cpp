// Renders Sextant's main screens on the demo fleet to PNG, in light and dark
// palettes, for `./dev screenshots` and the README. Offscreen platform.
#include "app/actionscomposer.h"
#include "app/mainwindow.h"
#include "app/screenshotsupport.h"
#include "app/translations.h"
#include "app/workspace.h"
#include "model/argocd/argocdbackend.h"
#include "model/git/gitlibrary.h"
#include "views/aboutdialog.h"
#include "views/applicationdifftab.h"
#include "views/applicationview.h"
#include "views/approvaldialog.h"
#include "views/colorscheme.h"
#include "views/driftview.h"
#include "views/emergencypausedialog.h"
#include "views/fleettreeview.h"
#include "views/quickswitcher.h"
#include "views/resumedialog.h"
#include "views/syncdialog.h"
#include "views/syncpreviewview.h"
#include "views/typedconfirmation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace sextant;
using namespace sextant::screenshots;

namespace {

// The actions: the sync dialog with its dry-run preview, the
// approval of a protected target, the emergency-pause confirmation and the
// paused-fleet banner, in light and dark.
bool saveActionScreens(Workspace &workspace, MainWindow &window, const QDir &dir, const QString &fallbackKey)
{
    ActionService &actions = workspace.actions();
    if (!waitFor([&] { return actions.isReady(); })) {
        std::fprintf(stderr, "the action journal did not open\n");
        return false;
    }
    // An out-of-sync app on a protected (env=prod) cluster shows the most.
    QString key = fallbackKey;
    for (const Application &app : workspace.store().applications()) {
        if (app.syncStatus == SyncStatus::OutOfSync && actions.checkGuardrails(app.key()).protectedTarget) {
            key = app.key();
            break;
        }
    }
    bool ok = true;
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        views::SyncDialog sync(&actions, &workspace.store(), key, &window);
        sync.show();
        waitFor([&] { return sync.previewView()->hasPreview() || !sync.problemLabel()->isHidden(); });
        settle(300);
        ok &= save(sync.grab(), dir, QStringLiteral("sync-dialog-") + s);

        views::ApprovalDialog approval(sync.guardrails(), QObject::tr("Sync"),
                                       sync.previewView()->preview().summary(), &window);
        approval.show();
        QTest::keyClicks(approval.reasonEdit(), QStringLiteral("CHG-2291: payments 2.4 after review"));
        QTest::keyClicks(approval.typedConfirmation()->edit(), sync.guardrails().target.app);
        settle(200);
        ok &= save(approval.grab(), dir, QStringLiteral("approval-dialog-") + s);
        approval.close();
        sync.close();

        views::EmergencyPauseDialog pause(&actions, &workspace.store(), {}, &window);
        pause.show();
        QTest::keyClicks(pause.reasonEdit(), QStringLiteral("INC-4711: bad config rolling out"));
        settle(200);
        ok &= save(pause.grab(), dir, QStringLiteral("emergency-pause-") + s);
        pause.close();
    }

    // Pause one environment for real, so the banner has something to say.
    views::applyColorScheme(views::ColorScheme::Light);
    const quint64 request = actions.pause(ActionScope::ofCluster(QStringLiteral("prod-eu-1")),
                                          QStringLiteral("INC-4711: bad config rolling out"));
    // Batches report by signal; the flags live on this stack frame, so the connections end with it.
    QObject context;
    bool finished = false;
    QObject::connect(&actions, &ActionService::batchFinished, &context,
                     [&](const BatchOutcome &outcome) { finished |= outcome.requestId == request; });
    waitFor([&] { return finished; }, 60000);
    settle(600);
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        settle(300);
        ok &= save(window.grab(), dir, QStringLiteral("paused-fleet-banner-") + QString::fromLatin1(suffix));
        views::ResumeDialog resume(&actions, views::ResumeDialog::Mode::Resume, &window);
        resume.show();
        QTest::keyClicks(resume.reasonEdit(), QStringLiteral("INC-4711 resolved"));
        settle(200);
        ok &= save(resume.grab(), dir, QStringLiteral("resume-dialog-") + QString::fromLatin1(suffix));
        resume.close();
    }
    views::applyColorScheme(views::ColorScheme::Light);
    window.actionsUi()->showActivity(true);
    settle(800);
    ok &= save(window.grab(), dir, QStringLiteral("activity-light"));
    window.actionsUi()->showActivity(false);
    finished = false;
    const quint64 resume = actions.resume(ActionScope::fleet(), QStringLiteral("screenshots done"));
    QObject::connect(&actions, &ActionService::batchFinished, &context,
                     [&](const BatchOutcome &outcome) { finished |= outcome.requestId == resume; });
    waitFor([&] { return finished; }, 60000);
    settle(300);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    git::GitLibrary git;
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or cache
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SextantScreenshots"));
    // English plurals ("1 change", "40 applications") as an English-speaking operator sees them.
    sextant::installTranslations(app, QLocale(QLocale::English, QLocale::UnitedStates));
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

    // The drift view (Ctrl+D), once the demo's kubectl edit (8 s) and autoscaler (12 s) show in it.
    window.showDriftView(true);
    const auto driftHasBoth = [&] {
        const DriftScanner &drift = workspace.drift();
        bool human = false, controller = false;
        for (const QString &app : drift.applications())
            for (const DriftRecord &record : drift.records(app)) {
                human |= record.classification.origin == diff::DriftOrigin::HumanEdit;
                controller |= record.classification.origin == diff::DriftOrigin::ControllerOwned;
            }
        return drift.progress().isComplete() && human && controller;
    };
    if (!waitFor(driftHasBoth, 45000))
        std::fprintf(stderr, "the drift view does not show the demo's human edit and autoscaler\n");
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        settle(400);
        ok &= save(window.grab(), dir, QStringLiteral("drift-view-") + QString::fromLatin1(suffix));
    }
    window.showDriftView(false);

    ok &= saveActionScreens(workspace, window, dir, key);

    // The Diff tab: an image bump, a Secret whose value changed (masked), a large custom resource.
    struct DiffShot {
        QString app;
        QString resource;
        QString name;
    };
    const QList<DiffShot> diffShots{
        {QStringLiteral("demo/argocd/checkout-web-prod-us-2"),
         QStringLiteral("apps/Deployment/checkout/checkout-web"), QStringLiteral("diff-image-bump")},
        {QStringLiteral("demo/argocd/checkout-web-prod-us-2"),
         QStringLiteral("/Secret/checkout/checkout-web-psp"), QStringLiteral("diff-secret")},
        {QStringLiteral("demo/argocd/search-indexer-prod-eu-1"),
         QStringLiteral("search.example.org/SearchIndex/search/catalog"),
         QStringLiteral("diff-custom-resource")}};
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        for (const DiffShot &shot : diffShots) {
            window.fleetTree()->selectApplication(shot.app);
            window.applicationView()->showDiff(shot.resource);
            if (!waitFor(
                    [&] { return window.applicationView()->diffTab()->selectedResource() == shot.resource; },
                    20000))
                std::fprintf(stderr, "the diff of %s did not show\n", qPrintable(shot.resource));
            settle(400);
            ok &= save(window.grab(), dir, shot.name + u'-' + QString::fromLatin1(suffix));
        }
    }
    window.applicationView()->setCurrentTab(0);

    ok &= saveGitScreens(workspace, window, dir);
    ok &= saveRolloutScreens(workspace, window, dir, data.filePath(QStringLiteral("sextant.sqlite")));

    // An instance whose token is refused: the tree and status bar say so.
    views::applyColorScheme(views::ColorScheme::Light);
    argocd::InstanceConfig refused =
        qobject_cast<argocd::ArgoCdBackend *>(workspace.connector().backend(QStringLiteral("demo")))
            ->config();
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
