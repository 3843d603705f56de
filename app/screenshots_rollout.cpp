// The wave-rollout screens of `./dev screenshots`: a plan with validation problems, and the dry
// run of the example plan against the demo fleet.
#include "app/mainwindow.h"
#include "app/screenshotsupport.h"
#include "views/colorscheme.h"
#include "views/rolloutplanview.h"

#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>

namespace sextant {

using namespace Qt::StringLiterals;
using namespace screenshots;

bool saveRolloutScreens(MainWindow &window, const QDir &dir)
{
    QFile example(QStringLiteral(SEXTANT_SOURCE_DIR "/docs/examples/checkout-waves.yaml"));
    if (!example.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the example wave plan: %s\n", qPrintable(example.errorString()));
        return false;
    }
    const QString plan = QString::fromUtf8(example.readAll());
    QString broken = plan;
    broken.replace(u"maxParallel: 25%"_s, u"maxParallel: 250%"_s)
        .replace(u"{revision: 4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b}"_s, u"{revision: main}"_s)
        .replace(u"signOff: true"_s, u"signoff: true"_s);
    bool ok = true;
    window.showRolloutPlanView(true);
    views::RolloutPlanView *view = window.rolloutPlanView();
    for (auto [scheme, suffix] :
         {std::pair{views::ColorScheme::Light, "light"}, std::pair{views::ColorScheme::Dark, "dark"}}) {
        views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        view->setPlanText(broken);
        ok &= view->problemList()->count() == 3;
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-plan-errors-"_s + s);
        view->setPlanText(plan);
        ok &= view->problems().isEmpty() && !view->resolution().waves.isEmpty();
        settle(300);
        ok &= save(window.grab(), dir, u"rollout-dry-run-"_s + s);
    }
    views::applyColorScheme(views::ColorScheme::Light);
    window.showRolloutPlanView(false);
    if (!ok)
        std::fprintf(stderr, "the wave plan screens did not show what they should\n");
    return ok;
}

} // namespace sextant
