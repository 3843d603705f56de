// editYamlScalars against golden files: the output must match byte for byte, and parse to the input
// except at the edited scalars.
#include "model/support/yamledit.h"
#include "model/support/yamltojson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using sextant::YamlScalarEdit;

using Edits = QList<YamlScalarEdit>;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("SEXTANT_SOURCE_DIR") + u"/tests/model/data/yamledit/"_s;
}

QByteArray readData(const QString &name)
{
    QFile file(dataDir() + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The paths ("images/0/newTag") at which two parsed documents differ: changed leaves, added or
// removed keys and items.
void differences(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *out)
{
    const QString prefix = path.isEmpty() ? QString() : path + u'/';
    if (a.isObject() && b.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        QStringList keys = left.keys() + right.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : keys)
            differences(left.value(key), right.value(key), prefix + key, out);
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i)
            differences(left.at(i), right.at(i), prefix + QString::number(i), out);
    } else if (a != b) {
        out->append(path);
    }
}

QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &segment : path.split(u'/')) {
        bool isIndex = false;
        const int index = segment.toInt(&isIndex);
        value = isIndex && value.isArray() ? value.toArray().at(index) : value.toObject().value(segment);
    }
    return value;
}

} // namespace

class YamlEditTest : public QObject {
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QStringList>("changed"); // where the parsed output differs from the input

        const QString web = u"[name=registry.example.org/web]"_s;
        QTest::newRow("block mapping, comments, [name=…], inserted keys")
            << u"kustomization-block"_s
            << Edits{
                   {{u"images"_s, web, u"newTag"_s}, u"1.10"_s},
                   {{u"images"_s, web, u"digest"_s}, u"sha256:"_s + QString(64, u'2')},
                   {{u"images"_s, u"[name=registry.example.org/worker]"_s, u"newTag"_s}, u"2.1"_s},
                   {{u"images"_s, u"[name=registry.example.org/worker]"_s, u"digest"_s},
                    u"sha256:"_s + QString(64, u'3')},
                   {{u"images"_s, u"[2]"_s, u"newName"_s}, u"registry.example.org/sidecar-v2"_s},
                   {{u"images"_s, u"[2]"_s, u"newTag"_s}, u"v4"_s},
                   {{u"replicas"_s, u"[name=web]"_s, u"minReady"_s}, u"2"_s},
               }
            << QStringList{u"images/0/digest"_s, u"images/0/newTag"_s, u"images/1/digest"_s,
                           u"images/1/newTag"_s, u"images/2/newName"_s, u"images/2/newTag"_s,
                           u"replicas/0/minReady"_s};
        QTest::newRow("flow mappings")
            << u"flow"_s
            << Edits{
                   {{u"images"_s, u"[name=web]"_s, u"newTag"_s}, u"v1.1"_s},
                   {{u"images"_s, u"[name=web]"_s, u"digest"_s}, u"sha256:bb"_s},
                   {{u"images"_s, u"[name=api]"_s, u"newTag"_s}, u"v2.1"_s},
                   {{u"images"_s, u"[name=api]"_s, u"digest"_s}, u"sha256:cc"_s},
                   {{u"labels"_s, u"tier"_s}, u"x,y"_s},
                   {{u"empty"_s, u"first"_s}, u"one"_s},
                   {{u"spaced"_s, u"c"_s}, u"d"_s},
               }
            << QStringList{u"empty/first"_s,    u"images/0/digest"_s, u"images/0/newTag"_s, u"images/1/digest"_s,
                           u"images/1/newTag"_s, u"labels/tier"_s,     u"spaced/c"_s};
        QTest::newRow("quote styles, tags, nulls")
            << u"quoted"_s
            << Edits{
                   {{u"single"_s}, u"new 'one'"_s},
                   {{u"double"_s}, u"café?\n"_s},
                   {{u"plain"_s}, u"yes"_s},
                   {{u"tagged"_s}, u"1.11"_s},
                   {{u"number"_s}, u"4"_s},
                   {{u"nothing"_s}, u"v1"_s},
                   {{u"unset"_s}, u"v2"_s},
                   {{u"unsetWithComment"_s}, u"v3"_s},
               }
            << QStringList{u"double"_s, u"nothing"_s, u"number"_s, u"plain"_s,
                           u"single"_s, u"tagged"_s,  u"unset"_s,  u"unsetWithComment"_s};
        QTest::newRow("Helm values, nested")
            << u"helm-values"_s
            << Edits{
                   {{u"web"_s, u"image"_s, u"tag"_s}, u"1.5.0"_s},
                   {{u"web"_s, u"image"_s, u"digest"_s}, u"sha256:4444"_s},
               }
            << QStringList{u"web/image/digest"_s, u"web/image/tag"_s};
        QTest::newRow("CRLF line endings")
            << u"crlf"_s
            << Edits{
                   {{u"images"_s, u"[name=web]"_s, u"newTag"_s}, u"v2"_s},
                   {{u"images"_s, u"[name=web]"_s, u"digest"_s}, u"sha256:55"_s},
               }
            << QStringList{u"images/0/digest"_s, u"images/0/newTag"_s};
        QTest::newRow("byte order mark, UTF-8 before the target")
            << u"bom-utf8"_s << Edits{{{u"tag"_s}, u"v2-ä"_s}} << QStringList{u"tag"_s};
        QTest::newRow("no final line break")
            << u"no-final-newline"_s
            << Edits{
                   {{u"image"_s, u"tag"_s}, u"v2"_s},
                   {{u"image"_s, u"digest"_s}, u"sha256:66"_s},
               }
            << QStringList{u"image/digest"_s, u"image/tag"_s};
    }

    void golden()
    {
        QFETCH(QString, name);
        QFETCH(Edits, edits);
        QFETCH(QStringList, changed);

        const QByteArray input = readData(name + u".yaml"_s);
        const QByteArray expected = readData(name + u".expected.yaml"_s);
        const auto output = sextant::editYamlScalars(input, edits);
        QVERIFY2(output.ok(), qPrintable(output.errorMessage()));
        QCOMPARE(*output, expected);

        const auto before = sextant::parseYaml(input);
        const auto after = sextant::parseYaml(*output);
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QStringList differs;
        differences(*before, *after, QString(), &differs);
        QCOMPARE(differs, changed);
        // Every changed value is a string, one of the new values.
        QStringList values;
        for (const YamlScalarEdit &edit : edits)
            values.append(edit.value);
        for (const QString &path : std::as_const(differs)) {
            const QJsonValue value = at(*after, path);
            QVERIFY2(value.isString(), qPrintable(path));
            QVERIFY2(values.contains(value.toString()), qPrintable(path));
        }
    }

    void insertions_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("after a block sequence at the key's indentation")
            << "- name: a\n  args:\n  - x\n  - y\n- name: b\n"_ba << QStringList{u"[name=a]"_s, u"image"_s}
            << "- name: a\n  args:\n  - x\n  - y\n  image: new\n- name: b\n"_ba;
        QTest::newRow("after a nested mapping")
            << "m:\n  a:\n    b: 1\n\n    c: 2\nn: 3\n"_ba << QStringList{u"m"_s, u"d"_s}
            << "m:\n  a:\n    b: 1\n\n    c: 2\n  d: new\nn: 3\n"_ba;
        QTest::newRow("after a block scalar with a blank line")
            << "m:\n  script: |\n    echo hi\n\n    echo bye\n  # trailing\nother: 1\n"_ba
            << QStringList{u"m"_s, u"k"_s}
            << "m:\n  script: |\n    echo hi\n\n    echo bye\n  k: new\n  # trailing\nother: 1\n"_ba;
        QTest::newRow("after a block scalar ending in a '#' line")
            << "m:\n  script: |\n    echo hi\n    # not a comment\nother: 1\n"_ba
            << QStringList{u"m"_s, u"k"_s}
            << "m:\n  script: |\n    echo hi\n    # not a comment\n  k: new\nother: 1\n"_ba;
        QTest::newRow("root mapping, document end")
            << "---\na: 1\n...\n"_ba << QStringList{u"b"_s} << "---\na: 1\nb: new\n...\n"_ba;
        QTest::newRow("flow mapping over lines")
            << "m: {\n  a: 1,\n  b: 2\n}\n"_ba << QStringList{u"m"_s, u"c"_s}
            << "m: {\n  a: 1,\n  b: 2, c: new\n}\n"_ba;
        QTest::newRow("flow mapping with a trailing comma")
            << "m: {a: 1,}\n"_ba << QStringList{u"m"_s, u"c"_s} << "m: {a: 1, c: new}\n"_ba;
        QTest::newRow("flow mapping with quoted braces")
            << "m: {a: \"}{\", b: '}'}\n"_ba << QStringList{u"m"_s, u"c"_s}
            << "m: {a: \"}{\", b: '}', c: new}\n"_ba;
        QTest::newRow("key that needs quotes")
            << "m:\n  a: 1\n"_ba << QStringList{u"m"_s, u"true"_s} << "m:\n  a: 1\n  \"true\": new\n"_ba;
    }

    void insertions()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, expected);

        const auto result = sextant::editYamlScalars(document, {{path, u"new"_s}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(*result, expected);
    }

    void plainOrQuoted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written"); // replacing `key: old` (block) and in `{key: old}`
        QTest::addColumn<QByteArray>("writtenInFlow");

        QTest::newRow("name") << u"v1.2.3"_s << "v1.2.3"_ba
                              << "v1.2.3"_ba;
        QTest::newRow("digest") << u"sha256:abc"_s << "sha256:abc"_ba
                                << "\"sha256:abc\""_ba;
        QTest::newRow("float") << u"1.10"_s << "\"1.10\""_ba
                               << "\"1.10\""_ba;
        QTest::newRow("integer") << u"42"_s << "\"42\""_ba
                                 << "\"42\""_ba;
        QTest::newRow("bool") << u"true"_s << "\"true\""_ba
                              << "\"true\""_ba;
        QTest::newRow("YAML 1.1 bool") << u"on"_s << "\"on\""_ba
                                       << "\"on\""_ba;
        QTest::newRow("null") << u"null"_s << "\"null\""_ba
                              << "\"null\""_ba;
        QTest::newRow("tilde") << u"~"_s << "\"~\""_ba
                               << "\"~\""_ba;
        QTest::newRow("empty") << QString() << "\"\""_ba
                               << "\"\""_ba;
        QTest::newRow("colon space") << u"a: b"_s << "\"a: b\""_ba
                                     << "\"a: b\""_ba;
        QTest::newRow("comment") << u"a #b"_s << "\"a #b\""_ba
                                 << "\"a #b\""_ba;
        QTest::newRow("comma") << u"x,y"_s << "x,y"_ba
                               << "\"x,y\""_ba;
        QTest::newRow("line break") << u"a\nb"_s << "\"a\\nb\""_ba
                                    << "\"a\\nb\""_ba;
        QTest::newRow("quote") << u"say \"hi\""_s << "say \"hi\""_ba
                               << "say \"hi\""_ba;
        QTest::newRow("leading dash") << u"-x"_s << "\"-x\""_ba
                                      << "\"-x\""_ba;
    }

    void plainOrQuoted()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QFETCH(QByteArray, writtenInFlow);

        const auto block = sextant::editYamlScalars("key: old # c\nother: 1\n", {{{u"key"_s}, value}});
        QVERIFY2(block.ok(), qPrintable(block.errorMessage()));
        QCOMPARE(*block, "key: " + written + " # c\nother: 1\n");
        const auto flow =
            sextant::editYamlScalars("m: {key: old, other: 1}\n", {{{u"m"_s, u"key"_s}, value}});
        QVERIFY2(flow.ok(), qPrintable(flow.errorMessage()));
        QCOMPARE(*flow, "m: {key: " + writtenInFlow + ", other: 1}\n");
        const auto read = sextant::parseYaml(*block);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->toObject().value(u"key"_s), QJsonValue(value));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QString>("message");

        const QByteArray images =
            "images:\n- name: web\n  newTag: v1\n- name: web\n  newTag: v2\n- name: api\n";
        QTest::newRow("missing key on the way")
            << "a:\n  b: 1\n"_ba << Edits{{{u"a"_s, u"c"_s, u"d"_s}, u"x"_s}}
            << u"Cannot set a.c.d: a has no key c."_s;
        QTest::newRow("crosses a scalar") << "a: 1\n"_ba << Edits{{{u"a"_s, u"b"_s}, u"x"_s}}
                                          << u"Cannot set a.b: a is a scalar, not a mapping."_s;
        QTest::newRow("index into a mapping") << "a: {b: 1}\n"_ba << Edits{{{u"a"_s, u"[0]"_s}, u"x"_s}}
                                              << u"Cannot set a[0]: a is a mapping, not a sequence."_s;
        QTest::newRow("index out of range") << "a: [1, 2]\n"_ba << Edits{{{u"a"_s, u"[2]"_s}, u"x"_s}}
                                            << u"Cannot set a[2]: a has 2 items."_s;
        QTest::newRow("ambiguous selector")
            << images << Edits{{{u"images"_s, u"[name=web]"_s, u"newTag"_s}, u"x"_s}}
            << u"Cannot set images[name=web].newTag: 2 items of images have name=web."_s;
        QTest::newRow("no match") << images << Edits{{{u"images"_s, u"[name=db]"_s, u"newTag"_s}, u"x"_s}}
                                  << u"Cannot set images[name=db].newTag: no item of images has name=db."_s;
        QTest::newRow("duplicate key") << "a: 1\na: 2\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
                                       << u"Cannot set a: the document has the key a 2 times."_s;
        QTest::newRow("not a scalar") << "a:\n  b: 1\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
                                      << u"Cannot set a: it is a mapping, not a scalar."_s;
        QTest::newRow("block scalar")
            << "a: |\n  text\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
            << u"Cannot set a: it is a block scalar (| or >), which is not edited in place."_s;
        QTest::newRow("folded scalar")
            << "a: >-\n  text\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
            << u"Cannot set a: it is a block scalar (| or >), which is not edited in place."_s;
        QTest::newRow("anchor") << "a: &x v\nb: *x\n"_ba << Edits{{{u"b"_s}, u"x"_s}}
                                << u"Cannot set b: it has an anchor, and its aliases would change with it."_s;
        QTest::newRow("multi-line plain") << "a: one\n  two\nb: 1\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
                                          << u"Cannot set a: it is a plain scalar over several lines."_s;
        QTest::newRow("same scalar twice") << "a: 1\n"_ba << Edits{{{u"a"_s}, u"x"_s}, {{u"a"_s}, u"y"_s}}
                                           << u"Cannot set a: the edit of a changes it too."_s;
        QTest::newRow("same key inserted twice")
            << "m:\n  a: 1\n"_ba << Edits{{{u"m"_s, u"b"_s}, u"x"_s}, {{u"m"_s, u"b"_s}, u"y"_s}}
            << u"Cannot set m.b: the edit of m.b changes it too."_s;
        QTest::newRow("insertion would cut a kept trailing line break")
            << "m:\n  s: |+\n    text\n\nother: 1\n"_ba << Edits{{{u"m"_s, u"k"_s}, u"x"_s}}
            << u"The edits would change more than the edited scalars."_s;
        QTest::newRow("empty path") << "a: 1\n"_ba << Edits{{{}, u"x"_s}}
                                    << u"Cannot set : the path is empty."_s;
        QTest::newRow("two documents") << "a: 1\n---\nb: 2\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
                                       << u"The YAML text holds 2 documents, expected one."_s;
        QTest::newRow("does not parse")
            << "a: [1, 2\n"_ba << Edits{{{u"a"_s}, u"x"_s}}
            << u"The YAML text does not parse: line 2, column 1: end of sequence flow not found"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, document);
        QFETCH(Edits, edits);
        QFETCH(QString, message);

        const auto result = sextant::editYamlScalars(document, edits);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), message);
    }

    void noEditsKeepsTheDocument()
    {
        const QByteArray document = "# just a comment\r\na: 'b'   \r\n";
        const auto result = sextant::editYamlScalars(document, {});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(*result, document);
    }
};

QTEST_GUILESS_MAIN(YamlEditTest)

#include "tst_yamledit.moc"
