// Glob matching in its two syntaxes: the full one of sync windows (classes, escapes) and the
// wildcards-only one of ignoreDifferences group and kind.
#include "model/support/glob.h"

#include <QTest>

using namespace sextant;

Q_DECLARE_METATYPE(sextant::GlobSyntax)

class GlobTest : public QObject {
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("value");
        QTest::addColumn<GlobSyntax>("syntax");
        QTest::addColumn<bool>("expected");

        const auto rows = [](const char *name, const char *pattern, const char *value, bool full,
                             bool wildcards) {
            QTest::addRow("%s (full)", name)
                << QString::fromUtf8(pattern) << QString::fromUtf8(value) << GlobSyntax::Full << full;
            QTest::addRow("%s (wildcards)", name) << QString::fromUtf8(pattern) << QString::fromUtf8(value)
                                                  << GlobSyntax::Wildcards << wildcards;
        };
        rows("star alone", "*", "anything", true, true);
        rows("star matches empty", "*", "", true, true);
        rows("empty pattern, empty value", "", "", true, true);
        rows("empty pattern, a value", "", "x", false, false);
        rows("literal", "apps", "apps", true, true);
        rows("literal is whole", "apps", "apps2", false, false);
        rows("prefix", "shop-*", "shop-web", true, true);
        rows("prefix miss", "shop-*", "web-shop", false, false);
        rows("star in the middle", "a*c", "abbbc", true, true);
        rows("star backtracks", "*a", "banana", true, true);
        rows("stars in a row", "a**b", "axxb", true, true);
        rows("question mark", "app?", "apps", true, true);
        rows("question mark needs one", "app?", "app", false, false);
        rows("class", "[a-c]x", "bx", true, false);
        rows("class miss", "[a-c]x", "dx", false, false);
        rows("class as text", "[a-c]x", "[a-c]x", false, true);
        rows("negated class", "[!a]b", "cb", true, false);
        rows("escape", "a\\*", "a*", true, false);
        rows("escape is literal", "a\\*", "ab", false, false);
        rows("backslash as text", "a\\*", "a\\bc", false, true);
        rows("unclosed class", "[ab", "[ab", false, true);
        rows("trailing backslash", "a\\", "a\\", false, true);
        rows("case matters", "Deploy*", "deployment", false, false);
    }

    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, value);
        QFETCH(GlobSyntax, syntax);
        QFETCH(bool, expected);
        QCOMPARE(globMatch(pattern, value, syntax), expected);
    }
};

QTEST_GUILESS_MAIN(GlobTest)
#include "tst_glob.moc"
