// YAML <-> JSON: scalar typing as Kubernetes reads manifests, multi-document streams, errors
// that say where, and the emitter's round trip.
#include "model/support/jsontoyaml.h"
#include "model/support/yamltojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sextant;

namespace {

// A JSON value written as JSON text, scalars included.
QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text.constData());
    return document.array().at(0);
}

// The same, written with single quotes so that it reads well inside C++ strings. (No raw string
// literals in this file: moc 6.8 mis-lexes them and then misses the test class.)
QJsonValue jq(QByteArray text)
{
    text.replace('\'', '"');
    return json(text);
}

QByteArray jsonText(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class YamlJsonTest : public QObject {
    Q_OBJECT
private slots:
    void scalarTyping_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QJsonValue>("expected");

        QTest::addRow("true") << QByteArray("v: true") << QJsonValue(true);
        QTest::addRow("True") << QByteArray("v: True") << QJsonValue(true);
        QTest::addRow("TRUE") << QByteArray("v: TRUE") << QJsonValue(true);
        QTest::addRow("false") << QByteArray("v: false") << QJsonValue(false);
        QTest::addRow("yes is a string (YAML 1.2)")
            << QByteArray("v: yes") << QJsonValue(QStringLiteral("yes"));
        QTest::addRow("tRUE is a string") << QByteArray("v: tRUE") << QJsonValue(QStringLiteral("tRUE"));
        QTest::addRow("null") << QByteArray("v: null") << QJsonValue(QJsonValue::Null);
        QTest::addRow("Null") << QByteArray("v: Null") << QJsonValue(QJsonValue::Null);
        QTest::addRow("tilde") << QByteArray("v: ~") << QJsonValue(QJsonValue::Null);
        QTest::addRow("empty") << QByteArray("v:") << QJsonValue(QJsonValue::Null);
        QTest::addRow("integer") << QByteArray("v: 42") << QJsonValue(42);
        QTest::addRow("negative integer") << QByteArray("v: -42") << QJsonValue(-42);
        QTest::addRow("plus sign") << QByteArray("v: +7") << QJsonValue(7);
        QTest::addRow("leading zero is decimal") << QByteArray("v: 012") << QJsonValue(12);
        QTest::addRow("octal") << QByteArray("v: 0o17") << QJsonValue(15);
        QTest::addRow("hex") << QByteArray("v: 0x1F") << QJsonValue(31);
        QTest::addRow("beyond 2^53 stays exact")
            << QByteArray("v: 9007199254740993") << QJsonValue(qint64(9007199254740993LL));
        QTest::addRow("int64 max") << QByteArray("v: 9223372036854775807")
                                   << QJsonValue(std::numeric_limits<qint64>::max());
        QTest::addRow("int64 min") << QByteArray("v: -9223372036854775808")
                                   << QJsonValue(std::numeric_limits<qint64>::min());
        QTest::addRow("beyond int64 becomes a double")
            << QByteArray("v: 100000000000000000000") << QJsonValue(1e20);
        QTest::addRow("float") << QByteArray("v: 1.5") << QJsonValue(1.5);
        QTest::addRow("float overflow stays text")
            << QByteArray("v: 1e400") << QJsonValue(QStringLiteral("1e400"));
        QTest::addRow("float underflow is zero") << QByteArray("v: -1e-400") << QJsonValue(-0.0);
        QTest::addRow("hex beyond double stays text")
            << QByteArray("v: 0x") + QByteArray(300, 'f')
            << QJsonValue(QString::fromLatin1("0x" + QByteArray(300, 'f')));
        QTest::addRow("float without integer part") << QByteArray("v: .5") << QJsonValue(0.5);
        QTest::addRow("float without fraction digits") << QByteArray("v: -2.") << QJsonValue(-2.0);
        QTest::addRow("exponent") << QByteArray("v: 1e3") << QJsonValue(1000.0);
        QTest::addRow("negative exponent") << QByteArray("v: 2.5E-3") << QJsonValue(0.0025);
        QTest::addRow("double-quoted number")
            << QByteArray("v: \"1.0\"") << QJsonValue(QStringLiteral("1.0"));
        QTest::addRow("single-quoted bool") << QByteArray("v: 'true'") << QJsonValue(QStringLiteral("true"));
        QTest::addRow("quoted null") << QByteArray("v: \"null\"") << QJsonValue(QStringLiteral("null"));
        QTest::addRow("quoted empty") << QByteArray("v: \"\"") << QJsonValue(QString());
        QTest::addRow("literal block") << QByteArray("v: |\n  123\n") << QJsonValue(QStringLiteral("123\n"));
        QTest::addRow("folded block")
            << QByteArray("v: >-\n  folded\n  text\n") << QJsonValue(QStringLiteral("folded text"));
        QTest::addRow("!!str tag") << QByteArray("v: !!str 42") << QJsonValue(QStringLiteral("42"));
        QTest::addRow("!!int tag on a quoted scalar") << QByteArray("v: !!int \"42\"") << QJsonValue(42);
        QTest::addRow("!!float tag") << QByteArray("v: !!float 3") << QJsonValue(3.0);
        QTest::addRow("application tag keeps the text")
            << QByteArray("v: !Ref 12") << QJsonValue(QStringLiteral("12"));
        QTest::addRow(".inf stays a string") << QByteArray("v: .inf") << QJsonValue(QStringLiteral(".inf"));
        QTest::addRow("version string") << QByteArray("v: 1.2.3") << QJsonValue(QStringLiteral("1.2.3"));
        QTest::addRow("quantity") << QByteArray("v: 10Gi") << QJsonValue(QStringLiteral("10Gi"));
        QTest::addRow("underscores are not YAML 1.2")
            << QByteArray("v: 1_000") << QJsonValue(QStringLiteral("1_000"));
        QTest::addRow("bare 0x") << QByteArray("v: 0x") << QJsonValue(QStringLiteral("0x"));
        QTest::addRow("image with tag")
            << QByteArray("v: nginx:1.27") << QJsonValue(QStringLiteral("nginx:1.27"));
        QTest::addRow("unicode") << QByteArray("v: grüße ✓") << QJsonValue(QStringLiteral("grüße ✓"));
    }

    void scalarTyping()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QJsonValue, expected);
        const auto parsed = parseYaml(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const QJsonValue value = parsed->toObject().value(QLatin1StringView("v"));
        QCOMPARE(jsonText(value), jsonText(expected));
        QCOMPARE(value, expected);
        if (expected.toVariant().typeId() == QMetaType::LongLong)
            QCOMPARE(value.toInteger(), expected.toInteger());
    }

    void structures()
    {
        const QByteArray yaml = "apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "spec:\n"
                                "  replicas: 3\n"
                                "  template:\n"
                                "    spec:\n"
                                "      containers:\n"
                                "      - name: web\n"
                                "        args: [\"--port\", 8080]\n"
                                "        env: {A: '1', B: on}\n";
        const auto parsed = parseYaml(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed,
                 jq("{'apiVersion':'apps/v1','kind':'Deployment','spec':{'replicas':3,'template':{'spec':"
                    "{'containers':[{'args':['--port',8080],'env':{'A':'1','B':'on'},'name':'web'}]}}}}"));
    }

    void anchorsAndMergeKeys()
    {
        const QByteArray yaml = "base: &base {a: 1, b: 2}\n"
                                "other: &other {b: 20, c: 30}\n"
                                "merged:\n"
                                "  <<: [*base, *other]\n"
                                "  a: 100\n"
                                "alias: *base\n";
        const auto parsed = parseYaml(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const QJsonObject root = parsed->toObject();
        QCOMPARE(root.value(QLatin1StringView("merged")).toObject(), jq("{'a':100,'b':2,'c':30}").toObject());
        QCOMPARE(root.value(QLatin1StringView("alias")).toObject(), jq("{'a':1,'b':2}").toObject());
    }

    void emptyInputIsNull()
    {
        for (const QByteArray &text : {QByteArray(), QByteArray("# only a comment\n"), QByteArray("---\n")}) {
            const auto parsed = parseYaml(text);
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
            QVERIFY(parsed->isNull());
        }
    }

    void multiDocument_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("names");

        QTest::addRow("one") << QByteArray("metadata: {name: a}\n") << QStringList{QStringLiteral("a")};
        QTest::addRow("three")
            << QByteArray("metadata: {name: a}\n---\nmetadata: {name: b}\n---\nmetadata: {name: c}\n")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::addRow("leading separator and empty documents")
            << QByteArray(
                   "---\n---\nmetadata: {name: a}\n---\n# nothing here\n---\nmetadata: {name: b}\n---\n")
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::addRow("explicit null document")
            << QByteArray("~\n---\nmetadata: {name: a}\n") << QStringList{QStringLiteral("a")};
        QTest::addRow("document end markers")
            << QByteArray("metadata: {name: a}\n...\n---\nmetadata: {name: b}\n...\n")
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::addRow("nothing") << QByteArray("") << QStringList{};
    }

    void multiDocument()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, names);
        const auto parsed = parseYamlDocuments(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QStringList actual;
        for (const QJsonObject &document : *parsed)
            actual.append(document.value(QLatin1StringView("metadata"))
                              .toObject()
                              .value(QLatin1StringView("name"))
                              .toString());
        QCOMPARE(actual, names);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("multiDocument");
        QTest::addColumn<QString>("expectedStart");
        QTest::addColumn<QString>("expectedPart");

        QTest::addRow("unclosed flow sequence")
            << QByteArray("a: 1\nb: [1, 2\n") << false << QStringLiteral("line 3, column 1: ") << QString();
        QTest::addRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << false
                                         << QStringLiteral("line 3, column 2: ") << QString();
        QTest::addRow("tab indentation")
            << QByteArray("a:\n\tb: 1\n") << false << QStringLiteral("line 2, column 3: ")
            << QStringLiteral("illegal map value");
        QTest::addRow("nested implicit key")
            << QByteArray("a: b: c\n") << false << QStringLiteral("line 1, column 5: ") << QString();
        QTest::addRow("text after a quoted scalar")
            << QByteArray("a: 'x' y\n") << false << QStringLiteral("line 1, column 8: ") << QString();
        QTest::addRow("duplicate key")
            << QByteArray("a: 1\nb:\n  c: 1\n  c: 2\n") << false << QStringLiteral("line 4, column 3: ")
            << QStringLiteral("duplicate key \"c\"");
        QTest::addRow("sequence as key")
            << QByteArray("? [a, b]\n: 1\n") << false << QStringLiteral("line 1, column 3: ")
            << QStringLiteral("a mapping key must be a scalar");
        QTest::addRow("!!int on text")
            << QByteArray("a: !!int ten\n") << false << QStringLiteral("line 1, column 4: ")
            << QStringLiteral("cannot read \"ten\" as !!int");
        QTest::addRow("bad merge") << QByteArray("a:\n  <<: 5\n") << false
                                   << QStringLiteral("line 2, column 7: ") << QStringLiteral("merge key");
        QTest::addRow("self-referencing anchor") << QByteArray("a: &x [1, *x]\n") << false
                                                 << QStringLiteral("line ") << QStringLiteral("levels deep");
        QTest::addRow("two documents for parseYaml")
            << QByteArray("a: 1\n---\nb: 2\n") << false << QStringLiteral("line 3, column 1: ")
            << QStringLiteral("single YAML document");
        QTest::addRow("sequence document")
            << QByteArray("a: 1\n---\n- x\n") << true << QStringLiteral("line 3, column 1: ")
            << QStringLiteral("document 2 is a sequence, expected a mapping");
        QTest::addRow("scalar document after an empty one")
            << QByteArray("---\n---\njust text\n") << true << QStringLiteral("line 3, column 1: ")
            << QStringLiteral("document 2 is a scalar");
        QTest::addRow("syntax error in a later document")
            << QByteArray("a: 1\n---\nb: [\n") << true << QStringLiteral("line 4, column 1: ") << QString();
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, multiDocument);
        QFETCH(QString, expectedStart);
        QFETCH(QString, expectedPart);
        const QString message =
            multiDocument ? parseYamlDocuments(yaml).errorMessage() : parseYaml(yaml).errorMessage();
        QVERIFY2(message.startsWith(expectedStart), qPrintable(message));
        QVERIFY2(message.contains(expectedPart), qPrintable(message));
        QVERIFY(message.size() > expectedStart.size());
    }

    void aliasBombIsAnError()
    {
        QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i)
            yaml += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                        .arg(i)
                        .arg(i - 1)
                        .toUtf8();
        const auto parsed = parseYaml(yaml);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(QStringLiteral("expands to more than")),
                 qPrintable(parsed.errorMessage()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QJsonValue>("value");

        const char *const strings[] = {
            "plain",
            "true",
            "False",
            "yes",
            "no",
            "on",
            "OFF",
            "y",
            "n",
            "~",
            "null",
            "NULL",
            "",
            " ",
            "123",
            "-5",
            "+1",
            "0o7",
            "0x10",
            "012",
            "1e3",
            "1.5",
            ".5",
            "-.5",
            "1_000",
            "1:20",
            ".inf",
            "-.Inf",
            ".nan",
            "2024-01-01",
            "2001-12-14t21:59:43.10-05:00",
            "1.2.3",
            "10Gi",
            "500m",
            "<<",
            "=",
            "...",
            "---",
            "- x",
            "-x",
            "--flag",
            "? x",
            "?x",
            ":x",
            "x:",
            "a: b",
            "a:b",
            "a #b",
            "a#b",
            "#x",
            "[x]",
            "{x}",
            "x[0]",
            "a, b",
            "*x",
            "&x",
            "!x",
            "%x",
            "@x",
            "`x",
            "|x",
            ">x",
            "'x",
            "\\\"x",
            "it's",
            " leading",
            "trailing ",
            "tab\\there",
            "\\ttab first",
            "http://example.com/a?b=c#d",
            "ünïcødé ✓ 🚀",
            "\\u0001\\u007f\\u0085\\u2028\\ufeff",
            "back\\\\slash",
            "line1\\nline2\\n",
            "no trailing\\nnewline",
            "keep\\n\\n\\n",
            "  leading space\\nx",
            "\\n\\nleading newlines",
            "\\n  indented after newline",
            "a\\n  \\nb",
            "a\\n\\n",
            "trailing spaces  \\nx  ",
            "tab\\tin\\nblock",
            "\\ttab first\\nline",
            "crlf\\r\\nline",
            "\\n",
            " \\n ",
            "last line spaces\\n   ",
            "---\\n...\\n# not a comment",
            "key: value\\n- item",
            "x\\n  y\\n    z\\n",
        };
        for (const char *s : strings) {
            const QByteArray value = QByteArray("\"") + s + "\"";
            QTest::addRow("string %s", value.constData()) << json(value);
            QTest::addRow("key %s", value.constData()) << json("{" + value + ":1}");
            QTest::addRow("in list %s", value.constData()) << json("[[" + value + "]]");
            QTest::addRow("nested %s", value.constData()) << json("{\"a\":{\"b\":[{\"c\":" + value + "}]}}");
        }
        QTest::addRow("numbers") << json("[0,1,-1,42,1.5,-0.25,1e300,1.7976931348623157e308,5e-324,"
                                         "9007199254740993,-9223372036854775808,9223372036854775807]");
        QTest::addRow("bools and null") << json("[true,false,null]");
        QTest::addRow("empties") << jq("{'o':{},'a':[],'s':'','n':null,'l':[{},[],'',null]}");
        QTest::addRow("nested lists") << jq("[[1,[2,[3]]],[[[]]],[{'a':[1]}]]");
        QTest::addRow("manifest") << jq(
            "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'x','labels':"
            "{'app.kubernetes.io/name':'web'}},"
            "'data':{'a.sh':'#!/bin/sh\\necho $1\\n','b':'say \\u0022hi\\u0022'}}");
        QTest::addRow("empty object") << json("{}");
        QTest::addRow("empty array") << json("[]");
        QTest::addRow("scalar string") << json("\"solo\"");
        QTest::addRow("scalar multi-line") << json("\"multi\\nline\\n\"");
        QTest::addRow("scalar multi-line indented") << json("\"  multi\\nline\"");
        QTest::addRow("scalar number") << json("42");
        QTest::addRow("scalar null") << json("null");
        QTest::addRow("scalar bool") << json("false");
    }

    void roundTrip()
    {
        QFETCH(QJsonValue, value);
        const QJsonValue original = value;
        const QByteArray yaml = toYaml(original);
        const auto parsed = parseYaml(yaml);
        QVERIFY2(parsed.ok(),
                 qPrintable(parsed.errorMessage() + QStringLiteral("\n") + QString::fromUtf8(yaml)));
        QVERIFY2(*parsed == original, qPrintable(QString::fromUtf8(yaml + "\n" + jsonText(*parsed))));
    }

    void emitterLayout()
    {
        const QJsonValue manifest = jq("{'apiVersion':'v1','kind':'ConfigMap',"
                                       "'metadata':{'name':'x','labels':{'app':'web'}},"
                                       "'data':{'script':'echo hi\\nexit 0\\n','flag':'true','port':'8080'},"
                                       "'list':[{'name':'a','ports':[80,443]},'plain',[1,2],{}],"
                                       "'empty':{},'none':[],'nothing':null,'ratio':0.5}");
        const QByteArray expected = "apiVersion: v1\n"
                                    "data:\n"
                                    "  flag: 'true'\n"
                                    "  port: '8080'\n"
                                    "  script: |\n"
                                    "    echo hi\n"
                                    "    exit 0\n"
                                    "empty: {}\n"
                                    "kind: ConfigMap\n"
                                    "list:\n"
                                    "- name: a\n"
                                    "  ports:\n"
                                    "  - 80\n"
                                    "  - 443\n"
                                    "- plain\n"
                                    "- - 1\n"
                                    "  - 2\n"
                                    "- {}\n"
                                    "metadata:\n"
                                    "  labels:\n"
                                    "    app: web\n"
                                    "  name: x\n"
                                    "none: []\n"
                                    "nothing: null\n"
                                    "ratio: 0.5\n";
        QCOMPARE(toYaml(manifest), expected);
    }

    void blockScalarChomping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("clip") << QStringLiteral("a\nb\n") << QByteArray("s: |\n  a\n  b\n");
        QTest::addRow("strip") << QStringLiteral("a\nb") << QByteArray("s: |-\n  a\n  b\n");
        QTest::addRow("keep") << QStringLiteral("a\n\n") << QByteArray("s: |+\n  a\n\n");
        QTest::addRow("indented first line")
            << QStringLiteral("  a\nb") << QByteArray("s: |2-\n    a\n  b\n");
        QTest::addRow("empty line inside") << QStringLiteral("a\n\nb\n") << QByteArray("s: |\n  a\n\n  b\n");
    }

    void blockScalarChomping()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(toYaml(QJsonObject{{QStringLiteral("s"), text}}), expected);
    }

    void keyOrderCallback()
    {
        const QJsonValue manifest =
            jq("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web'},"
               "'spec':{'containers':[{'image':'nginx','name':'c','ports':[80]}]}}");
        QList<QStringList> paths;
        const YamlKeyOrder order = [&paths](const QJsonObject &, const QStringList &path) {
            paths.append(path);
            if (path.isEmpty())
                return QStringList{QStringLiteral("kind"), QStringLiteral("apiVersion"),
                                   QStringLiteral("missing"), QStringLiteral("kind")};
            if (path.endsWith(QStringLiteral("[]")))
                return QStringList{QStringLiteral("name")};
            return QStringList{};
        };
        const QByteArray expected = "kind: Deployment\n"
                                    "apiVersion: apps/v1\n"
                                    "metadata:\n"
                                    "  name: web\n"
                                    "spec:\n"
                                    "  containers:\n"
                                    "  - name: c\n"
                                    "    image: nginx\n"
                                    "    ports:\n"
                                    "    - 80\n";
        QCOMPARE(toYaml(manifest, order), expected);
        const QList<QStringList> expectedPaths = {
            {},
            {QStringLiteral("metadata")},
            {QStringLiteral("spec")},
            {QStringLiteral("spec"), QStringLiteral("containers"), QStringLiteral("[]")},
        };
        QCOMPARE(paths, expectedPaths);
    }
};

QTEST_GUILESS_MAIN(YamlJsonTest)
#include "tst_yamljson.moc"
