// Kubernetes label selectors: what matches, what does not parse, and where the error is.
#include "model/domain/labelselector.h"

#include <QTest>

using namespace sextant;

using Labels = QMap<QString, QString>;

namespace {

Labels labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Labels result;
    for (const auto &[key, value] : pairs)
        result.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return result;
}

} // namespace

class LabelSelectorTest : public QObject {
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<bool>("expected");

        const Labels prod = labels({{"env", "prod"}, {"tier", "web"}, {"app.kubernetes.io/name", "shop"}});
        const Labels dev = labels({{"env", "dev"}, {"tier", "db"}});
        const Labels none;

        QTest::addRow("empty matches everything") << QString() << prod << true;
        QTest::addRow("empty matches no labels") << QString() << none << true;
        QTest::addRow("whitespace only") << QStringLiteral("  \t ") << prod << true;
        QTest::addRow("equals") << QStringLiteral("env=prod") << prod << true;
        QTest::addRow("equals other value") << QStringLiteral("env=prod") << dev << false;
        QTest::addRow("equals missing key") << QStringLiteral("env=prod") << none << false;
        QTest::addRow("double equals") << QStringLiteral("env==prod") << prod << true;
        QTest::addRow("spaces around operator") << QStringLiteral("  env = prod ") << prod << true;
        QTest::addRow("not equals") << QStringLiteral("env!=prod") << dev << true;
        QTest::addRow("not equals same value") << QStringLiteral("env!=prod") << prod << false;
        QTest::addRow("not equals absent key matches") << QStringLiteral("env!=prod") << none << true;
        QTest::addRow("in") << QStringLiteral("env in (prod,staging)") << prod << true;
        QTest::addRow("in, other value") << QStringLiteral("env in (qa, staging)") << prod << false;
        QTest::addRow("in, absent") << QStringLiteral("env in (prod)") << none << false;
        QTest::addRow("in without space before paren") << QStringLiteral("env in(prod)") << prod << true;
        QTest::addRow("notin") << QStringLiteral("env notin (prod,staging)") << dev << true;
        QTest::addRow("notin, listed value") << QStringLiteral("env notin (prod)") << prod << false;
        QTest::addRow("notin absent key matches") << QStringLiteral("env notin (prod)") << none << true;
        QTest::addRow("exists") << QStringLiteral("tier") << prod << true;
        QTest::addRow("exists, absent") << QStringLiteral("owner") << prod << false;
        QTest::addRow("does not exist") << QStringLiteral("!owner") << prod << true;
        QTest::addRow("does not exist, present") << QStringLiteral("!tier") << prod << false;
        QTest::addRow("does not exist with space") << QStringLiteral("! tier") << none << true;
        QTest::addRow("AND of all") << QStringLiteral("env=prod,tier in (web),!owner") << prod << true;
        QTest::addRow("AND, one fails") << QStringLiteral("env=prod,tier=db") << prod << false;
        QTest::addRow("prefixed key") << QStringLiteral("app.kubernetes.io/name=shop") << prod << true;
        QTest::addRow("empty value matches empty label")
            << QStringLiteral("env=") << labels({{"env", ""}}) << true;
        QTest::addRow("empty value, absent key") << QStringLiteral("env=") << none << false;
        QTest::addRow("empty value then more")
            << QStringLiteral("env=,tier") << labels({{"env", ""}, {"tier", "x"}}) << true;
        QTest::addRow("empty set is the empty value")
            << QStringLiteral("env in ()") << labels({{"env", ""}}) << true;
        QTest::addRow("set with empty member")
            << QStringLiteral("env in (a,)") << labels({{"env", ""}}) << true;
        QTest::addRow("keyword as value")
            << QStringLiteral("op in (in,notin)") << labels({{"op", "notin"}}) << true;
        QTest::addRow("keyword as key") << QStringLiteral("in=x") << labels({{"in", "x"}}) << true;
        QTest::addRow("greater than") << QStringLiteral("replicas>2") << labels({{"replicas", "3"}}) << true;
        QTest::addRow("greater than, equal")
            << QStringLiteral("replicas>3") << labels({{"replicas", "3"}}) << false;
        QTest::addRow("less than") << QStringLiteral("replicas<10") << labels({{"replicas", "3"}}) << true;
        QTest::addRow("greater than, not a number")
            << QStringLiteral("replicas>1") << labels({{"replicas", "x"}}) << false;
        QTest::addRow("greater than, absent") << QStringLiteral("replicas>1") << none << false;
        QTest::addRow("newlines are whitespace") << QStringLiteral("env=prod,\n tier=web") << prod << true;
    }

    void matches()
    {
        QFETCH(QString, selector);
        QFETCH(Labels, labels);
        QFETCH(bool, expected);
        const auto parsed = LabelSelector::parse(selector);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->matches(labels), expected);
    }

    void isEmpty()
    {
        QVERIFY(LabelSelector().isEmpty());
        QVERIFY(LabelSelector::parse(QString())->isEmpty());
        QVERIFY(LabelSelector::parse(QStringLiteral(" "))->isEmpty());
        QVERIFY(!LabelSelector::parse(QStringLiteral("a"))->isEmpty());
        QCOMPARE(LabelSelector::parse(QStringLiteral("a=b,c notin (d),!e"))->requirements().size(), 3);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("message");

        QTest::addRow("trailing comma")
            << QStringLiteral("env=prod,")
            << QStringLiteral("found end of string at position 9, expected: identifier "
                              "after ','");
        QTest::addRow("leading comma")
            << QStringLiteral(",env")
            << QStringLiteral("found ',' at position 0, expected: !, identifier, or end "
                              "of string");
        QTest::addRow("double comma")
            << QStringLiteral("a,,b")
            << QStringLiteral("found ',' at position 2, expected: identifier after ','");
        QTest::addRow("unknown operator")
            << QStringLiteral("env ~ prod")
            << QStringLiteral("found '~' at position 4, expected: in, notin, =, ==, !=, "
                              ">, <");
        QTest::addRow("two values") << QStringLiteral("env=prod dev")
                                    << QStringLiteral(
                                           "found 'dev' at position 9, expected: ',' or end of string");
        QTest::addRow("in without parentheses")
            << QStringLiteral("env in prod") << QStringLiteral("found 'prod' at position 7, expected: '('");
        QTest::addRow("unclosed set")
            << QStringLiteral("env in (a,b")
            << QStringLiteral("found end of string at position 11, expected: ',' or ')'");
        QTest::addRow("values without comma")
            << QStringLiteral("env in (a b)")
            << QStringLiteral("found 'b' at position 10, expected: ',' or ')'");
        QTest::addRow("operator instead of value")
            << QStringLiteral("env==!") << QStringLiteral("found '!' at position 5, expected: identifier");
        QTest::addRow("negated with value")
            << QStringLiteral("!env=prod")
            << QStringLiteral("found '=' at position 4, expected: ',' or end of string");
        QTest::addRow("bang alone") << QStringLiteral("!")
                                    << QStringLiteral(
                                           "found end of string at position 1, expected: identifier");
        QTest::addRow("paren as key")
            << QStringLiteral("(a)")
            << QStringLiteral("found '(' at position 0, expected: !, identifier, or end of "
                              "string");
        QTest::addRow("invalid key") << QStringLiteral("-env=prod")
                                     << QStringLiteral(
                                            "invalid label key \"-env\": name part must consist of "
                                            "alphanumeric characters");
        QTest::addRow("invalid key prefix")
            << QStringLiteral("Example.com/name")
            << QStringLiteral("prefix part must be a lowercase RFC 1123 subdomain");
        QTest::addRow("two slashes") << QStringLiteral("a/b/c") << QStringLiteral("at most one '/'");
        QTest::addRow("key too long") << QStringLiteral("a").repeated(64)
                                      << QStringLiteral("name part must be no more than 63 characters");
        QTest::addRow("invalid value")
            << QStringLiteral("env=pr*d") << QStringLiteral("invalid label value \"pr*d\" for key \"env\"");
        QTest::addRow("value too long") << QStringLiteral("env=%1").arg(QStringLiteral("v").repeated(64))
                                        << QStringLiteral("must be no more than 63 characters");
        QTest::addRow("gt needs an integer")
            << QStringLiteral("replicas>many") << QStringLiteral("the value must be an integer");
    }

    void invalid()
    {
        QFETCH(QString, selector);
        QFETCH(QString, message);
        const auto parsed = LabelSelector::parse(selector);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().startsWith(QStringLiteral("unable to parse requirement: ")),
                 qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(LabelSelectorTest)
#include "tst_labelselector.moc"
