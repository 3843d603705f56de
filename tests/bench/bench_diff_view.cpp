// DiffView on a 20,000-line manifest pair with 500 scattered changes (offscreen):
// first paint after setDocument (folded, as it opens), and scrolling page by page
// through the whole unfolded document, then back (nothing highlighted again).
#include "tests/support/diffdocumentbuilder.h"
#include "views/colorscheme.h"
#include "views/diffpane.h"
#include "views/diffview.h"
#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace sextant;

namespace {

// setDocument and one synchronous paint of the whole view, in ms.
double firstPaint(views::DiffView &view, const diff::DiffDocument &document)
{
    QElapsedTimer timer;
    timer.start();
    view.setDocument(document);
    const double set = timer.nsecsElapsed() / 1e6;
    view.repaint();
    const double total = timer.nsecsElapsed() / 1e6;
    std::fprintf(stderr, "setDocument %.1f ms, paint %.1f ms\n", set, total - set);
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    views::applyColorScheme(views::ColorScheme::Light);
    const diff::DiffDocument document = testing::largeYamlDiff(20000, 500);
    std::fprintf(stderr, "document: %lld rows, %lld changes\n", qlonglong(document.rows.size()),
                 qlonglong(document.changes.size()));

    QElapsedTimer repositoryTimer;
    repositoryTimer.start();
    views::syntaxRepository().definitions();
    const double repositoryMs = repositoryTimer.nsecsElapsed() / 1e6;

    // A fresh view each round; the worst round counts.
    double worst = 0;
    for (int round = 0; round < 5; ++round) {
        views::DiffView view;
        view.resize(1440, 900);
        view.show();
        QApplication::processEvents();
        worst = std::max(worst, firstPaint(view, document));
        if (view.highlightedLines() == 0) {
            std::fprintf(stderr, "nothing was painted\n");
            return 1;
        }
    }
    std::printf("BENCH diff_view_syntax_repository_load_ms %.1f ms\n", repositoryMs);
    std::printf("BENCH diff_view_first_paint_20k_ms %.1f ms\n", worst);

    views::DiffView view;
    view.resize(1440, 900);
    view.show();
    QApplication::processEvents();
    view.setDocument(document);
    view.setAllExpanded(true);
    view.repaint();
    QScrollBar *bar = view.leftPane()->verticalScrollBar();
    QElapsedTimer timer;
    double slowest = 0;
    int pages = 0;
    timer.start();
    for (int value = 0; value < bar->maximum() + bar->pageStep(); value += bar->pageStep()) {
        QElapsedTimer page;
        page.start();
        bar->setValue(std::min(value, bar->maximum()));
        view.repaint();
        slowest = std::max(slowest, page.nsecsElapsed() / 1e6);
        ++pages;
    }
    const double down = timer.nsecsElapsed() / 1e6;
    const int highlighted = view.highlightedLines();
    timer.restart();
    for (int value = bar->maximum(); value > -bar->pageStep(); value -= bar->pageStep()) {
        bar->setValue(std::max(value, 0));
        view.repaint();
    }
    const double up = timer.nsecsElapsed() / 1e6;

    // The wheel: three lines a notch, through the first 3,000 lines.
    bar->setValue(0);
    view.repaint();
    double wheelWorst = 0;
    int steps = 0;
    timer.restart();
    for (int value = 3; value < 3000; value += 3) {
        QElapsedTimer step;
        step.start();
        bar->setValue(value);
        QApplication::processEvents(); // paints the rows that came into view
        wheelWorst = std::max(wheelWorst, step.nsecsElapsed() / 1e6);
        ++steps;
    }
    const double wheel = timer.nsecsElapsed() / 1e6;
    std::printf("BENCH diff_view_scroll_page_ms %.2f ms\n", down / pages);
    std::printf("BENCH diff_view_scroll_page_max_ms %.2f ms\n", slowest);
    std::printf("BENCH diff_view_scroll_back_page_ms %.2f ms\n", up / pages);
    std::printf("BENCH diff_view_scroll_back_rehighlighted_lines %d lines\n",
                view.highlightedLines() - highlighted);
    std::printf("BENCH diff_view_scroll_wheel_step_ms %.2f ms\n", wheel / steps);
    std::printf("BENCH diff_view_scroll_wheel_step_max_ms %.2f ms\n", wheelWorst);
    std::fprintf(stderr, "%d pages of %d lines\n", pages, bar->pageStep());
    return 0;
}
