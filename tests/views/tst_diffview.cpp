// DiffView: layout (folds, unified order, copy text), synchronized scrolling,
// change navigation, folding, unified mode, copying, lazy highlighting.
#include "tests/support/diffdocumentbuilder.h"
#include "views/colorscheme.h"
#include "views/diffpane.h"
#include "views/diffview.h"
#include "views/diffviewlayout.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sextant;
using namespace sextant::views;
using sextant::testing::DiffDocumentBuilder;

Q_DECLARE_METATYPE(sextant::diff::DiffDocument)
Q_DECLARE_METATYPE(QList<sextant::views::DiffFold>)

namespace {

QString line(int i)
{
    return QStringLiteral("key%1: value%1").arg(i);
}

// `before` context rows, one change block, `after` context rows.
DiffDocumentBuilder &contextRows(DiffDocumentBuilder &builder, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        builder.context(line(i));
    return builder;
}

// 3 changes far apart in 200 rows: a changed line, an added line, a removed line.
diff::DiffDocument threeChanges()
{
    DiffDocumentBuilder builder;
    contextRows(builder, 0, 50);
    builder.changed(QStringLiteral("image: app:1.0"), QStringLiteral("image: app:2.0"), {diff::Span{11, 3}},
                    {diff::Span{11, 3}});
    contextRows(builder, 51, 50);
    builder.added(QStringLiteral("replicas: 3"));
    contextRows(builder, 101, 50);
    builder.removed(QStringLiteral("paused: true"));
    contextRows(builder, 151, 49);
    return builder.build();
}

// Rows long enough to scroll horizontally.
diff::DiffDocument wideDocument()
{
    DiffDocumentBuilder builder;
    for (int i = 0; i < 300; ++i) {
        const QString text = QStringLiteral("k%1: ").arg(i) + QString(300, u'x');
        if (i % 40 == 20)
            builder.changed(text, text + u'y', {}, {diff::Span{int(text.size()), 1}});
        else
            builder.context(text);
    }
    return builder.build();
}

// "1 of 3 changes" → "1 of 3" (the tests run without translations, so the
// plural reads "change(s)" here).
QString counterOf(const QString &text)
{
    return text.section(QStringLiteral(" change"), 0, 0);
}

} // namespace

class DiffViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { applyColorScheme(ColorScheme::Light); }

    void folds_data()
    {
        QTest::addColumn<diff::DiffDocument>("document");
        QTest::addColumn<QList<DiffFold>>("expected");
        DiffDocumentBuilder identical;
        contextRows(identical, 0, 30);
        QTest::addRow("identical documents fold nothing") << identical.build() << QList<DiffFold>{};
        DiffDocumentBuilder middle;
        contextRows(middle, 0, 10).removed(QStringLiteral("gone: 1"));
        contextRows(middle, 10, 10);
        QTest::addRow("three lines of context on each side")
            << middle.build() << QList<DiffFold>{DiffFold{0, 7, false}, DiffFold{14, 7, false}};
        DiffDocumentBuilder first;
        first.added(QStringLiteral("new: 1"));
        contextRows(first, 0, 4);
        QTest::addRow("a change at the top, four rows after it hide none")
            << first.build() << QList<DiffFold>{};
        DiffDocumentBuilder five;
        five.added(QStringLiteral("new: 1"));
        contextRows(five, 0, 5);
        QTest::addRow("a change at the top, five rows after it hide two")
            << five.build() << QList<DiffFold>{DiffFold{4, 2, false}};
        DiffDocumentBuilder eight;
        eight.added(QStringLiteral("a: 1"));
        contextRows(eight, 0, 8).added(QStringLiteral("b: 2"));
        QTest::addRow("eight rows between changes hide two")
            << eight.build() << QList<DiffFold>{DiffFold{4, 2, false}};
        DiffDocumentBuilder seven;
        seven.added(QStringLiteral("a: 1"));
        contextRows(seven, 0, 7).added(QStringLiteral("b: 2"));
        QTest::addRow("seven rows between changes hide none: one line is not worth a fold")
            << seven.build() << QList<DiffFold>{};
    }

    void folds()
    {
        QFETCH(diff::DiffDocument, document);
        QFETCH(QList<DiffFold>, expected);
        QCOMPARE(difflayout::folds(document), expected);
    }

    void unifiedOrderPutsRemovedBeforeAdded()
    {
        DiffDocumentBuilder builder;
        builder.context(QStringLiteral("a: 1"))
            .changed(QStringLiteral("b: 1"), QStringLiteral("b: 2"))
            .removed(QStringLiteral("c: 1"))
            .context(QStringLiteral("d: 1"));
        const diff::DiffDocument document = builder.build();
        const QList<DiffDisplayLine> lines = difflayout::unified(document, {});
        QStringList texts;
        for (const DiffDisplayLine &l : lines)
            texts << difflayout::cell(document, l).text;
        QCOMPARE(texts, (QStringList{QStringLiteral("a: 1"), QStringLiteral("b: 1"), QStringLiteral("c: 1"),
                                     QStringLiteral("b: 2"), QStringLiteral("d: 1")}));
    }

    void copyText_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("fromLine");
        QTest::addColumn<int>("fromColumn");
        QTest::addColumn<int>("toLine");
        QTest::addColumn<int>("toColumn");
        QTest::addColumn<QString>("expected");
        // Rows: a | a ; removed r | pad ; pad | added n ; b | b
        QTest::addRow("left skips the padding of the added row")
            << 0 << 0 << 0 << 3 << 4 << "a: 1\nr: 1\nb: 1";
        QTest::addRow("right skips the padding of the removed row")
            << 1 << 0 << 0 << 3 << 4 << "a: 1\nn: 1\nb: 1";
        QTest::addRow("partial first and last lines") << 0 << 0 << 3 << 1 << 2 << "1\nr:";
        QTest::addRow("only padding copies nothing") << 1 << 1 << 0 << 1 << 0 << "";
    }

    void copyText()
    {
        QFETCH(int, side);
        QFETCH(int, fromLine);
        QFETCH(int, fromColumn);
        QFETCH(int, toLine);
        QFETCH(int, toColumn);
        QFETCH(QString, expected);
        DiffDocumentBuilder builder;
        builder.context(QStringLiteral("a: 1"))
            .removed(QStringLiteral("r: 1"))
            .added(QStringLiteral("n: 1"))
            .context(QStringLiteral("b: 1"));
        const diff::DiffDocument document = builder.build();
        const auto lines = difflayout::sideBySide(document, {}, DiffSide(side));
        QCOMPARE(difflayout::text(document, {}, lines, fromLine, fromColumn, toLine, toColumn), expected);
    }

    void panesHaveTheSameLines()
    {
        DiffView view;
        view.setDocument(threeChanges());
        QCOMPARE(view.leftPane()->lines().size(), view.rightPane()->lines().size());
        QCOMPARE(view.folds().size(), 4);
        // Four folds, three changed rows and 3 lines of context on both sides of each.
        QCOMPARE(view.leftPane()->lines().size(), 4 + 3 + 3 * 6);
    }

    void scrollingIsSynchronized_data()
    {
        QTest::addColumn<bool>("fromLeft");
        QTest::addColumn<bool>("vertical");
        QTest::addRow("left to right, vertical") << true << true;
        QTest::addRow("right to left, vertical") << false << true;
        QTest::addRow("left to right, horizontal") << true << false;
        QTest::addRow("right to left, horizontal") << false << false;
    }

    void scrollingIsSynchronized()
    {
        QFETCH(bool, fromLeft);
        QFETCH(bool, vertical);
        DiffView view;
        view.resize(900, 400);
        view.setDocument(wideDocument());
        view.setAllExpanded(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DiffPane *from = fromLeft ? view.leftPane() : view.rightPane();
        DiffPane *to = fromLeft ? view.rightPane() : view.leftPane();
        QScrollBar *source = vertical ? from->verticalScrollBar() : from->horizontalScrollBar();
        QScrollBar *target = vertical ? to->verticalScrollBar() : to->horizontalScrollBar();
        QVERIFY(source->maximum() > 40);
        QCOMPARE(target->maximum(), source->maximum());
        source->setValue(37);
        QCOMPARE(target->value(), 37);
        // And back: the guard is per instance and released, so the other way works too.
        target->setValue(12);
        QCOMPARE(source->value(), 12);
        // A wheel over one pane moves both.
        QWheelEvent wheel(QPointF(50, 50), from->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          vertical ? QPoint(0, -120) : QPoint(-120, 0), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(from->viewport(), &wheel);
        QVERIFY(source->value() > 12);
        QCOMPARE(target->value(), source->value());
    }

    void twoViewsDoNotShareTheGuard()
    {
        // A function-static guard would leave the second view unsynchronized
        // while the first is syncing; each view has its own.
        DiffView first;
        DiffView second;
        for (DiffView *view : {&first, &second}) {
            view->resize(700, 300);
            view->setDocument(wideDocument());
            view->setAllExpanded(true);
            view->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        connect(first.leftPane()->verticalScrollBar(), &QScrollBar::valueChanged, &second,
                [&second](int value) { second.leftPane()->verticalScrollBar()->setValue(value); });
        first.leftPane()->verticalScrollBar()->setValue(20);
        QCOMPARE(first.rightPane()->verticalScrollBar()->value(), 20);
        QCOMPARE(second.rightPane()->verticalScrollBar()->value(), 20);
    }

    void f7StepsThroughChanges()
    {
        DiffView view;
        view.resize(900, 300);
        view.setDocument(threeChanges());
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.leftPane()->setFocus();
        auto *counter = view.findChild<QLabel *>(QStringLiteral("changeCounter"));
        QVERIFY(counter);
        QCOMPARE(counterOf(counter->text()), QStringLiteral("3"));
        QSignalSpy spy(&view, &DiffView::currentChangeChanged);

        const auto expectShown = [&](int change) {
            const int row = view.document().changes[change].firstRow;
            const int line = difflayout::lineOfRow(view.leftPane()->lines(), row);
            const int top = view.leftPane()->firstVisibleLine();
            return line >= top && line < top + view.leftPane()->visibleLineCount();
        };
        QTest::keyClick(view.leftPane(), Qt::Key_F7);
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(counterOf(counter->text()), QStringLiteral("1 of 3"));
        QVERIFY(expectShown(0));
        QTest::keyClick(view.rightPane(), Qt::Key_F7); // from either pane
        QTest::keyClick(view.leftPane(), Qt::Key_F7);
        QCOMPARE(counterOf(counter->text()), QStringLiteral("3 of 3"));
        QVERIFY(expectShown(2));
        QCOMPARE(view.rightPane()->firstVisibleLine(), view.leftPane()->firstVisibleLine());
        QTest::keyClick(view.leftPane(), Qt::Key_F7); // stays on the last
        QCOMPARE(view.currentChange(), 2);
        QTest::keyClick(view.leftPane(), Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(counterOf(counter->text()), QStringLiteral("2 of 3"));
        QVERIFY(expectShown(1));
        QCOMPARE(spy.size(), 4);
    }

    void f7StartsFromWhereTheOperatorScrolled()
    {
        DiffView view;
        view.resize(900, 300);
        view.setDocument(threeChanges());
        view.setAllExpanded(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.leftPane()->scrollToLine(90); // past the first two changes' start? the second is at row 101
        view.nextChange();
        QCOMPARE(view.currentChange(), 1);
    }

    void clickingAFoldExpandsIt()
    {
        DiffView view;
        view.resize(900, 600);
        view.setDocument(threeChanges());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DiffPane *pane = view.rightPane();
        // Line 0 is the fold of the 47 rows before the first change.
        QVERIFY(pane->lines().at(0).isFold());
        const int before = int(pane->lines().size());
        const QPoint inFold(200, pane->lineHeight() / 2);
        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, inFold);
        QVERIFY(view.folds().at(0).expanded);
        QCOMPARE(pane->lines().size(), before - 1 + 47);
        QCOMPARE(view.leftPane()->lines().size(), pane->lines().size());
        QVERIFY(!pane->lines().at(0).isFold());

        auto *showAll = view.findChild<QToolButton *>(QStringLiteral("expandAll"));
        showAll->click();
        QCOMPARE(pane->lines().size(), view.document().rows.size());
        showAll->click();
        QCOMPARE(pane->lines().size(), before);
    }

    void unifiedMode()
    {
        DiffView view;
        view.resize(900, 600);
        view.setDocument(threeChanges());
        view.setAllExpanded(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *toggle = view.findChild<QToolButton *>(QStringLiteral("unified"));
        toggle->click();
        QVERIFY(view.isUnified());
        QVERIFY(!view.rightPane()->isVisible());
        QCOMPARE(view.leftPane()->mode(), DiffPane::Mode::Unified);
        // 199 context + the changed row twice + 1 added + 1 removed.
        QCOMPARE(view.leftPane()->lines().size(), 199 + 2 + 1 + 1);
        view.nextChange();
        QCOMPARE(counterOf(view.changeCounterText()), QStringLiteral("1 of 3"));
        toggle->click();
        QVERIFY(!view.isUnified());
        QVERIFY(view.rightPane()->isVisible());
        QCOMPARE(view.leftPane()->lines().size(), view.rightPane()->lines().size());
    }

    void copyNeverIncludesPadding()
    {
        DiffDocumentBuilder builder;
        builder.context(QStringLiteral("a: 1"))
            .removed(QStringLiteral("r: 1"))
            .added(QStringLiteral("n: 1"))
            .context(QStringLiteral("b: 1"));
        DiffView view;
        view.resize(600, 300);
        view.setDocument(builder.build());
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.rightPane()->setFocus();
        QTest::keyClick(view.rightPane(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(view.rightPane(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a: 1\nn: 1\nb: 1"));

        // A mouse drag over the left pane, from the first line into the padding.
        DiffPane *left = view.leftPane();
        const int h = left->lineHeight();
        QTest::mousePress(left->viewport(), Qt::LeftButton, {}, QPoint(2, h / 2));
        QVERIFY(!view.rightPane()->hasSelection()); // one selection at a time
        QMouseEvent move(QEvent::MouseMove, QPointF(300, h * 2 + h / 2),
                         left->viewport()->mapToGlobal(QPointF(300, h * 2 + h / 2)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(left->viewport(), &move);
        QTest::mouseRelease(left->viewport(), Qt::LeftButton, {}, QPoint(300, h * 2 + h / 2));
        QCOMPARE(left->selectedText(), QStringLiteral("a: 1\nr: 1"));
        left->copy();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a: 1\nr: 1"));
    }

    void changedWordsAtTheEndOfALongLineAreBroughtIntoSight()
    {
        DiffView view;
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDocument(wideDocument()); // the first change is a 'y' after 305 characters
        QScrollBar *left = view.leftPane()->horizontalScrollBar();
        QVERIFY(left->value() > 0);
        QCOMPARE(view.rightPane()->horizontalScrollBar()->value(), left->value());
        const int charWidth = view.leftPane()->fontMetrics().horizontalAdvance(u'0');
        const int spanEnd = 306 * charWidth;
        QVERIFY(spanEnd > left->value());
        QVERIFY(spanEnd < left->value() + view.leftPane()->viewport()->width());
    }

    void highlightsOnlyWhatIsShown()
    {
        DiffView view;
        view.resize(1200, 800);
        view.setDocument(testing::largeYamlDiff(20000, 500));
        view.setAllExpanded(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab();
        const int firstScreen = view.highlightedLines();
        QVERIFY(firstScreen > 0);
        QVERIFY2(firstScreen < 400, qPrintable(QString::number(firstScreen)));
        // Down one page and back: only the new page is highlighted, once.
        QScrollBar *bar = view.leftPane()->verticalScrollBar();
        bar->setValue(bar->pageStep());
        view.grab();
        const int afterPage = view.highlightedLines();
        QVERIFY(afterPage > firstScreen);
        bar->setValue(0);
        view.grab();
        QCOMPARE(view.highlightedLines(), afterPage);
    }

    void paletteChangeReappliesTheTheme()
    {
        DiffView view;
        view.resize(600, 300);
        view.setDocument(threeChanges());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto background = [&] {
            const QImage image = view.leftPane()->viewport()->grab().toImage();
            return image.pixelColor(image.width() - 5, image.height() - 5);
        };
        const QColor light = background();
        applyColorScheme(ColorScheme::Dark);
        QTRY_VERIFY(background().lightnessF() < 0.3);
        applyColorScheme(ColorScheme::Light);
        QTRY_COMPARE(background(), light);
    }
};

QTEST_MAIN(DiffViewTest)
#include "tst_diffview.moc"
