// The text side of the diff model: word tokens and spans, libgit2's line
// diff on buffers, the side-by-side document built from them, and the YAML emitter's
// quoting of words other YAML tools read as something else.
#include "model/diff/diffdocument.h"
#include "model/diff/textdiff.h"
#include "model/diff/wordspans.h"
#include "model/git/gitlibrary.h"
#include "model/git/linediff.h"
#include "model/support/jsontoyaml.h"
#include "model/support/yamltojson.h"

#include <QJsonObject>
#include <QTest>

using namespace sextant;
using namespace sextant::diff;
using namespace Qt::StringLiterals;

namespace {

// A line with its spans bracketed: removed parts as [-…-], added parts as {+…+}.
QString marked(const DiffLine &line, bool left)
{
    QString text;
    int at = 0;
    for (const Span &span : line.spans) {
        text += line.text.mid(at, span.start - at);
        text += left ? QStringLiteral("[-") : QStringLiteral("{+");
        text += line.text.mid(span.start, span.length);
        text += left ? QStringLiteral("-]") : QStringLiteral("+}");
        at = span.start + span.length;
    }
    return text + line.text.mid(at);
}

LineKind kindOf(char c)
{
    switch (c) {
    case '-': return LineKind::Removed;
    case '+': return LineKind::Added;
    case '~': return LineKind::Changed;
    case '.': return LineKind::Padding;
    default: return LineKind::Context;
    }
}

} // namespace

class DiffTextsTest : public QObject {
    Q_OBJECT

    git::GitLibrary m_git;

private slots:
    // --- word spans -----------------------------------------------------------------------

    void tokens()
    {
        QStringList texts;
        for (QStringView token : wordTokens(u"  image: nginx:1.25-alpine # é_x"))
            texts.append(token.toString());
        QCOMPARE(texts, (QStringList{u"  "_s, u"image"_s, u":"_s, u" "_s, u"nginx"_s, u":"_s, u"1"_s, u"."_s,
                                     u"25"_s, u"-"_s, u"alpine"_s, u" "_s, u"#"_s, u" "_s, u"é_x"_s}));
    }

    void spans_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("markedLeft");
        QTest::addColumn<QString>("markedRight");
        QTest::addRow("tag") << u"image: nginx:1.25"_s << u"image: nginx:1.26"_s << u"image: nginx:1.[-25-]"_s
                             << u"image: nginx:1.{+26+}"_s;
        QTest::addRow("identical") << u"a: b"_s << u"a: b"_s << u"a: b"_s << u"a: b"_s;
        QTest::addRow("word inserted")
            << u"mode: blue"_s << u"mode: deep blue"_s << u"mode: blue"_s << u"mode: {+deep +}blue"_s;
        QTest::addRow("blank between changes folded")
            << u"x: a b"_s << u"x: c d"_s << u"x: [-a b-]"_s << u"x: {+c d+}"_s;
        QTest::addRow("from empty") << u""_s << u"x"_s << u""_s << u"{+x+}"_s;
        QTest::addRow("surrogate pair is one token")
            << QStringLiteral("v: \U0001F600") << QStringLiteral("v: \U0001F601")
            << QStringLiteral("v: [-\U0001F600-]") << QStringLiteral("v: {+\U0001F601+}");
    }

    void spans()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, markedLeft);
        QFETCH(QString, markedRight);
        const WordSpans result = wordSpans(left, right);
        QCOMPARE(marked(DiffLine{1, left, LineKind::Changed, result.left}, true), markedLeft);
        QCOMPARE(marked(DiffLine{1, right, LineKind::Changed, result.right}, false), markedRight);
    }

    void spansOfHugeLinesStayBounded()
    {
        QString left;
        QString right;
        for (int i = 0; i < 5000; ++i) {
            left += QStringLiteral("a%1 ").arg(i);
            right += QStringLiteral("b%1 ").arg(i);
        }
        const WordSpans result = wordSpans(QStringLiteral("k: ") + left, QStringLiteral("k: ") + right);
        QCOMPARE(result.left.size(), 1);
        QCOMPARE(result.left.first().start, 3);
    }

    // --- the libgit2 line diff and the document -----------------------------------------

    void lineBlocks_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<QString>("blocks"); // "oldStart+oldCount/newStart+newCount" each
        QTest::addRow("equal") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << u""_s;
        QTest::addRow("no final newline is no difference")
            << QByteArray("a\nb") << QByteArray("a\nb\n") << u""_s;
        QTest::addRow("changed middle") << QByteArray("a\nb\nc\n") << QByteArray("a\nx\nc\n") << u"1+1/1+1"_s;
        QTest::addRow("inserted") << QByteArray("a\nc\n") << QByteArray("a\nb\nc\n") << u"1+0/1+1"_s;
        QTest::addRow("deleted at end") << QByteArray("a\nb\n") << QByteArray("a\n") << u"1+1/1+0"_s;
        QTest::addRow("from nothing") << QByteArray() << QByteArray("a\nb\n") << u"0+0/0+2"_s;
        QTest::addRow("to nothing") << QByteArray("a\n") << QByteArray() << u"0+1/0+0"_s;
        QTest::addRow("two blocks") << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("A\nb\nc\nd\nE\nF\n")
                                    << u"0+1/0+1 4+1/4+2"_s;
    }

    void lineBlocks()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(QString, blocks);
        for (const auto algorithm : {git::LineDiffAlgorithm::Patience, git::LineDiffAlgorithm::Myers,
                                     git::LineDiffAlgorithm::Minimal}) {
            const Result<QList<git::LineBlock>> result = git::diffLines(oldText, newText, algorithm);
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            QStringList texts;
            for (const git::LineBlock &block : *result)
                texts.append(QStringLiteral("%1+%2/%3+%4")
                                 .arg(block.oldStart)
                                 .arg(block.oldCount)
                                 .arg(block.newStart)
                                 .arg(block.newCount));
            QCOMPARE(texts.join(u' '), blocks);
        }
    }

    void documentLayout_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<QString>("kinds"); // the row kinds: left kind, right kind per row
        QTest::addColumn<QString>("changes");
        QTest::addRow("equal runs pair") << QByteArray("a: 1\nb: 2\nc: 3\n")
                                         << QByteArray("a: 1\nb: 5\nc: 3\n") << u"  ~~  "_s << u"1+1"_s;
        QTest::addRow("pairing by key, extra line padded")
            << QByteArray("k:\n  x: 1\nz: 0\n") << QByteArray("k:\n  x: 2\n  y: 3\nz: 0\n") << u"  ~~.+  "_s
            << u"1+2"_s;
        QTest::addRow("different keys, different counts: no pairs")
            << QByteArray("a: 1\n") << QByteArray("b: 1\nc: 2\n") << u"-..+.+"_s << u"0+3"_s;
        QTest::addRow("different keys, same count: pair by position")
            << QByteArray("a: 1\n") << QByteArray("b: 1\n") << u"~~"_s << u"0+1"_s;
        QTest::addRow("to create") << QByteArray() << QByteArray("a: 1\nb: 2\n") << u".+.+"_s << u"0+2"_s;
        QTest::addRow("two changes") << QByteArray("a: 1\nb: 2\nc: 3\n") << QByteArray("a: 0\nb: 2\nc: 4\n")
                                     << u"~~  ~~"_s << u"0+1 2+1"_s;
    }

    void documentLayout()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(QString, kinds);
        QFETCH(QString, changes);
        const Result<DiffDocument> document = diffTexts(left, right);
        QVERIFY2(document.ok(), qPrintable(document.errorMessage()));
        QCOMPARE(document->rows.size(), kinds.size() / 2);
        int added = 0;
        int removed = 0;
        for (qsizetype i = 0; i < document->rows.size(); ++i) {
            const DiffRow &row = document->rows[i];
            QCOMPARE(int(row.left.kind), int(kindOf(char(kinds[2 * i].unicode()))));
            QCOMPARE(int(row.right.kind), int(kindOf(char(kinds[2 * i + 1].unicode()))));
            QCOMPARE(row.left.number == 0, row.left.kind == LineKind::Padding);
            QCOMPARE(row.right.number == 0, row.right.kind == LineKind::Padding);
            added += row.right.kind == LineKind::Added || row.right.kind == LineKind::Changed;
            removed += row.left.kind == LineKind::Removed || row.left.kind == LineKind::Changed;
        }
        QCOMPARE(document->addedLines, added);
        QCOMPARE(document->removedLines, removed);
        QStringList texts;
        for (const DiffChange &change : document->changes)
            texts.append(QStringLiteral("%1+%2").arg(change.firstRow).arg(change.rowCount));
        QCOMPARE(texts.join(u' '), changes);
        QCOMPARE(document->isIdentical(), changes.isEmpty());
    }

    // --- YAML scalars ---------------------------------------------------------------------

    void yamlQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("written");
        QTest::addRow("name") << u"web-frontend"_s << QByteArray("v: web-frontend\n");
        QTest::addRow("image") << u"registry.example/team/web"_s
                               << QByteArray("v: registry.example/team/web\n");
        QTest::addRow("YAML 1.1 bool") << u"on"_s << QByteArray("v: 'on'\n");
        QTest::addRow("YAML 1.1 bool, capitalised") << u"Yes"_s << QByteArray("v: 'Yes'\n");
        QTest::addRow("single letter") << u"y"_s << QByteArray("v: 'y'\n");
        QTest::addRow("null word") << u"Null"_s << QByteArray("v: 'Null'\n");
        QTest::addRow("bool word") << u"FALSE"_s << QByteArray("v: 'FALSE'\n");
        QTest::addRow("word that only starts like one") << u"nonce"_s << QByteArray("v: nonce\n");
        QTest::addRow("number") << u"123"_s << QByteArray("v: '123'\n");
        QTest::addRow("colon inside") << u"a: b"_s << QByteArray("v: 'a: b'\n");
    }

    void yamlQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, written);
        const QJsonObject object{{u"v"_s, text}};
        QCOMPARE(toYaml(object), written);
        QCOMPARE(parseYaml(written)->toObject(), object);
        // Keys are judged the same way.
        const QJsonObject keyed{{text, 1}};
        QCOMPARE(toYaml(keyed), written.mid(3).chopped(1) + ": 1\n");
    }
};

QTEST_GUILESS_MAIN(DiffTextsTest)
#include "tst_difftexts.moc"
