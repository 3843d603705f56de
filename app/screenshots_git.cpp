// The Git screens of `./dev screenshots`: the Git tab, the revert, promotion and adoption previews.
#include "app/mainwindow.h"
#include "app/screenshotsupport.h"
#include "app/workspace.h"
#include "model/fleet/driftscanner.h"
#include "model/itemmodels/githistorymodel.h"
#include "views/applicationgittab.h"
#include "views/applicationview.h"
#include "views/colorscheme.h"
#include "views/fleettreeview.h"
#include "views/gitchangedialog.h"

#include <QLineEdit>
#include <QListWidget>

namespace sextant {

using namespace Qt::StringLiterals;
using namespace screenshots;

namespace {

// Waits for the app's Git tab to hold its history (the demo's mirrors fetch at start).
bool showGitTab(MainWindow &window, const QString &key)
{
    window.fleetTree()->selectApplication(key);
    views::ApplicationGitTab *tab = window.applicationView()->gitTab();
    window.applicationView()->setCurrentTab(views::ApplicationView::GitTab);
    const bool loaded =
        waitFor([&] { return tab->model()->rowCount() > 0 && !tab->model()->isLoading(); }, 30000);
    if (!loaded)
        std::fprintf(stderr, "the Git history of %s did not load: %s\n", qPrintable(key),
                     qPrintable(tab->model()->error()));
    settle(600);
    return loaded;
}

// The demo's human edit (a hotfix image on checkout-web), as the drift view lists it.
std::optional<DriftRecord> humanEdit(const DriftScanner &drift)
{
    for (const QString &app : drift.applications())
        for (const DriftRecord &record : drift.records(app))
            if (record.classification.origin == diff::DriftOrigin::HumanEdit)
                return record;
    return std::nullopt;
}

} // namespace

bool saveGitScreens(Workspace &workspace, MainWindow &window, const QDir &dir)
{
    // Git promoted 4.3.0 to prod-eu-1, which syncs by hand: one commit pending there.
    const QString prod = u"demo/argocd/storefront-web-prod-eu-1"_s;
    const QString staging = u"demo/argocd/storefront-web-staging-eu-1"_s;
    bool ok = true;
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        ok &= showGitTab(window, prod);
        ok &= save(window.grab(), dir, u"tab-git-"_s + s);

        // Reverting staging's newest commit.
        ok &= showGitTab(window, staging);
        views::ApplicationGitTab *tab = window.applicationView()->gitTab();
        {
            views::GitChangeDialog revert(&workspace.actions(), staging, {tab->model()->commit(0).id},
                                          &window);
            revert.show();
            ok &= waitFor([&] { return revert.isPreviewReady(); }, 20000);
            revert.reasonEdit()->setText(u"INC-2231: 4.3.0 breaks the basket"_s);
            settle(400);
            ok &= save(revert.grab(), dir, u"revert-preview-"_s + s);
        }

        // Promoting what staging runs to one production overlay.
        {
            QList<views::GitChangeDialog::Candidate> candidates;
            for (const QString &target : {u"prod-eu-1"_s, u"prod-us-1"_s})
                candidates.append({u"demo/argocd/storefront-web-"_s + target,
                                   u"%1 · storefront-web-%1 (envs/%1/web)"_s.arg(target)});
            views::GitChangeDialog promote(&workspace.actions(), staging, candidates, &window);
            promote.show();
            promote.targetList()->item(1)->setCheckState(Qt::Checked);
            promote.preview();
            ok &= waitFor([&] { return promote.isPreviewReady(); }, 20000);
            promote.reasonEdit()->setText(u"CHG-815: 4.3.0 baked a day in staging"_s);
            settle(400);
            ok &= save(promote.grab(), dir, u"promotion-preview-"_s + s);
        }

        // Bringing the hotfix into Git.
        if (const std::optional<DriftRecord> edit = humanEdit(workspace.drift())) {
            std::unique_ptr<views::GitChangeDialog> adopt(views::GitChangeDialog::forAdoption(
                &workspace.actions(), edit->appKey, edit->identity(), &window));
            adopt->show();
            ok &= waitFor([&] { return adopt->isPreviewReady(); }, 20000);
            adopt->reasonEdit()->setText(u"INC-2240: keep the 1.8.1 hotfix until the release"_s);
            settle(400);
            ok &= save(adopt->grab(), dir, u"adopt-preview-"_s + s);
        } else {
            std::fprintf(stderr, "no human edit in the drift view to bring into Git\n");
            ok = false;
        }
    }
    views::applyColorScheme(views::ColorScheme::Light);
    window.applicationView()->setCurrentTab(0);
    return ok;
}

} // namespace sextant
