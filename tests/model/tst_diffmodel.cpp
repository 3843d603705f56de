// The diff model: golden files (tests/model/data/diff/<case>.json →
// <case>.expected) for normalization, ignoreDifferences, Secret masking, key order and
// side-by-side documents with word spans; tables for the pure pieces (JSON pointers, jq
// paths, managed fields, masks, key order, the application summary). The texts
// (word spans, the libgit2 line diff, the document layout) are in tst_difftexts.
// SEXTANT_UPDATE_GOLDEN=1 rewrites the expected files (review them before committing).
#include "model/diff/keyorder.h"
#include "model/diff/normalize.h"
#include "model/diff/pathpattern.h"
#include "model/diff/resourcediff.h"
#include "model/diff/secretmask.h"
#include "model/git/gitlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sextant;
using namespace sextant::diff;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("SEXTANT_SOURCE_DIR") + QStringLiteral("/tests/model/data/diff/");
}

QJsonObject readJson(const QString &path);

// Named JSON inputs of the table tests (tests/model/data/diff-snippets.json).
QJsonValue snippet(const QString &name)
{
    static const QJsonObject snippets =
        readJson(qEnvironmentVariable("SEXTANT_SOURCE_DIR") + u"/tests/model/data/diff-snippets.json"_s);
    return snippets.value(name);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString kindMark(LineKind kind)
{
    switch (kind) {
    case LineKind::Context: return QStringLiteral(" ");
    case LineKind::Removed: return QStringLiteral("-");
    case LineKind::Added: return QStringLiteral("+");
    case LineKind::Changed: return QStringLiteral("~");
    case LineKind::Padding: return QStringLiteral(".");
    }
    return QStringLiteral("?");
}

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

QString number(const DiffLine &line)
{
    return line.kind == LineKind::Padding ? QStringLiteral(".").rightJustified(4)
                                          : QString::number(line.number).rightJustified(4);
}

// The golden text of one resource diff.
QString render(const ResourceDiff &diff)
{
    QString out;
    out += QStringLiteral("change: %1\n").arg(toString(diff.change));
    for (const QString &note : diff.notes)
        out += QStringLiteral("note: %1\n").arg(note);
    for (const ImageChange &image : diff.imageChanges)
        out += QStringLiteral("image: %1 %2: %3 -> %4\n")
                   .arg(image.resource, image.container, image.from, image.to);
    const DiffDocument &document = diff.document;
    out += QStringLiteral("rows: %1, changes: %2, added: %3, removed: %4\n")
               .arg(document.rows.size())
               .arg(document.changes.size())
               .arg(document.addedLines)
               .arg(document.removedLines);
    for (const DiffChange &change : document.changes)
        out += QStringLiteral("change at row %1, %2 row(s)\n").arg(change.firstRow).arg(change.rowCount);
    out += QStringLiteral("=== rows (mark, live line, desired line, text)\n");
    for (const DiffRow &row : document.rows) {
        const LineKind kind = row.left.kind == LineKind::Padding ? row.right.kind : row.left.kind;
        out += kindMark(kind) + number(row.left) + number(row.right) + QStringLiteral("  ");
        switch (kind) {
        case LineKind::Context:
        case LineKind::Removed: out += row.left.text; break;
        case LineKind::Added: out += row.right.text; break;
        case LineKind::Changed:
            out += marked(row.left, true) + QStringLiteral("  =>  ") + marked(row.right, false);
            break;
        case LineKind::Padding: break;
        }
        out += u'\n';
    }
    return out;
}

ManagedResource resourceOf(const QJsonObject &testCase)
{
    const QJsonObject identity = testCase.value(QStringLiteral("resource")).toObject();
    ManagedResource resource;
    resource.group = identity.value(QStringLiteral("group")).toString();
    resource.kind = identity.value(QStringLiteral("kind")).toString();
    resource.ns = identity.value(QStringLiteral("namespace")).toString();
    resource.name = identity.value(QStringLiteral("name")).toString();
    const auto state = [&](const char *key) {
        const QJsonValue value = testCase.value(QLatin1StringView(key));
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    };
    resource.normalizedLiveState = state("live");
    resource.predictedLiveState = state("desired");
    resource.liveState = state("liveState");
    resource.targetState = state("targetState");
    return resource;
}

DiffOptions optionsOf(const QJsonObject &testCase)
{
    const QJsonObject o = testCase.value(QStringLiteral("options")).toObject();
    DiffOptions options;
    const auto flag = [&](const char *key, bool fallback) {
        return o.value(QLatin1StringView(key)).toBool(fallback);
    };
    options.normalize.hideStatus = flag("hideStatus", true);
    options.normalize.hideManagedFields = flag("hideManagedFields", true);
    options.normalize.hideServerMetadata = flag("hideServerMetadata", true);
    options.normalize.hideLastAppliedAnnotation = flag("hideLastAppliedAnnotation", true);
    options.normalize.applyIgnoreDifferences = flag("applyIgnoreDifferences", true);
    return options;
}

// Every value a Secret of the case holds (raw, base64 of stringData, and inside a
// last-applied annotation): none of them may appear in what the diff shows.
void collectSecretValues(const QJsonValue &object, QStringList &values)
{
    const QJsonObject secret = object.toObject();
    const QJsonObject data = secret.value(QStringLiteral("data")).toObject();
    for (const QJsonValue &value : data)
        values.append(value.toString());
    if (secret.value(QStringLiteral("data")).isString())
        values.append(secret.value(QStringLiteral("data")).toString());
    const QJsonObject stringData = secret.value(QStringLiteral("stringData")).toObject();
    for (const QJsonValue &value : stringData) {
        values.append(value.toString());
        values.append(QString::fromLatin1(value.toString().toUtf8().toBase64()));
    }
    const QString lastApplied = secret.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("annotations"))
                                    .toObject()
                                    .value(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"))
                                    .toString();
    if (!lastApplied.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(lastApplied.toUtf8());
        if (document.isObject())
            collectSecretValues(document.object(), values);
        else
            values.append(QStringLiteral("hunter2")); // the unreadable annotation's value
    }
}

} // namespace

class DiffModelTest : public QObject {
    Q_OBJECT

    git::GitLibrary m_git;

private slots:
    // --- golden files -------------------------------------------------------------------

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList cases =
            QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(cases.size() >= 15, qPrintable(dataDir()));
        for (const QString &file : cases)
            QTest::newRow(qPrintable(file.chopped(5))) << file.chopped(5);
    }

    void golden()
    {
        QFETCH(QString, name);
        const QJsonObject testCase = readJson(dataDir() + name + QStringLiteral(".json"));
        QVERIFY2(!testCase.isEmpty(), "the case file is not a JSON object");
        QJsonObject application;
        QJsonObject spec;
        spec.insert(QStringLiteral("ignoreDifferences"), testCase.value(QStringLiteral("ignoreDifferences")));
        application.insert(QStringLiteral("spec"), spec);

        const ManagedResource resource = resourceOf(testCase);
        const ResourceDiff diff =
            diffResource(resource, decodeIgnoreDifferences(application), optionsOf(testCase));
        const QString actual = render(diff);

        // Whatever the document says, the YAML texts are what it was built from.
        QStringList left;
        QStringList right;
        for (const DiffRow &row : diff.document.rows) {
            if (row.left.kind != LineKind::Padding)
                left.append(row.left.text);
            if (row.right.kind != LineKind::Padding)
                right.append(row.right.text);
        }
        QCOMPARE(left.join(u'\n'), diff.liveYaml.chopped(diff.liveYaml.isEmpty() ? 0 : 1));
        QCOMPARE(right.join(u'\n'), diff.desiredYaml.chopped(diff.desiredYaml.isEmpty() ? 0 : 1));

        if (isCoreSecret(resource.group, resource.kind)) {
            QStringList values;
            collectSecretValues(resource.liveForDiff(), values);
            collectSecretValues(resource.desiredForDiff(), values);
            for (const QString &value : std::as_const(values)) {
                if (value.startsWith(QStringLiteral("++++")) || value.size() < 4)
                    continue;
                QVERIFY2(!actual.contains(value), qPrintable(QStringLiteral("leaked: ") + value));
                QVERIFY2(!diff.liveYaml.contains(value) && !diff.desiredYaml.contains(value),
                         qPrintable(QStringLiteral("leaked: ") + value));
            }
        }

        const QString expectedPath = dataDir() + name + QStringLiteral(".expected");
        if (qEnvironmentVariableIsSet("SEXTANT_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            QSKIP("expected file written");
        }
        QFile expectedFile(expectedPath);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QString expected = QString::fromUtf8(expectedFile.readAll());
        if (actual != expected) {
            const QStringList a = actual.split(u'\n');
            const QStringList e = expected.split(u'\n');
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i)) {
                    qWarning().noquote() << u"first difference at line"_s << i + 1 << u"\n actual:  "_s
                                         << a.value(i) << u"\n expected:"_s << e.value(i);
                    break;
                }
            }
        }
        QCOMPARE(actual, expected);
    }

    // --- JSON pointers and jq paths -----------------------------------------------------

    void jsonPointer_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("tokens");
        QTest::addRow("whole document") << QString() << true << QStringList();
        QTest::addRow("simple") << QStringLiteral("/spec/replicas") << true
                                << QStringList{u"spec"_s, u"replicas"_s};
        QTest::addRow("~1 is a slash") << QStringLiteral("/metadata/annotations/a~1b") << true
                                       << QStringList{u"metadata"_s, u"annotations"_s, u"a/b"_s};
        QTest::addRow("~0 is a tilde, ~01 stays ~1")
            << QStringLiteral("/x~0y/~01") << true << QStringList{u"x~y"_s, u"~1"_s};
        QTest::addRow("empty token") << QStringLiteral("/") << true << QStringList{QString()};
        QTest::addRow("no leading slash") << QStringLiteral("spec") << false << QStringList();
        QTest::addRow("bad escape") << QStringLiteral("/a~2") << false << QStringList();
        QTest::addRow("trailing tilde") << QStringLiteral("/a~") << false << QStringList();
    }

    void jsonPointer()
    {
        QFETCH(QString, pointer);
        QFETCH(bool, ok);
        QFETCH(QStringList, tokens);
        const JsonPointer parsed = parseJsonPointer(pointer);
        QCOMPARE(parsed.ok, ok);
        QCOMPARE(parsed.tokens, tokens);
    }

    void jqDelete_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QJsonValue>("expected"); // null: the expression is not supported
        const QJsonArray rows = snippet(u"jq"_s).toArray();
        QVERIFY(rows.size() > 10);
        for (const QJsonValue &row : rows) {
            const QJsonObject r = row.toObject();
            QTest::newRow(qPrintable(r.value(u"row"_s).toString()))
                << r.value(u"expression"_s).toString() << snippet(u"pod"_s).toObject()
                << r.value(u"expected"_s);
        }
    }

    void jqDelete()
    {
        QFETCH(QString, expression);
        QFETCH(QJsonObject, input);
        QFETCH(QJsonValue, expected);
        const Result<PathPattern> pattern = parseJqPath(expression);
        if (expected.isNull()) {
            QVERIFY2(!pattern, "expected the expression to be refused");
            QVERIFY(!pattern.errorMessage().isEmpty());
            return;
        }
        QVERIFY2(pattern.ok(), qPrintable(pattern.errorMessage()));
        const QJsonValue result = deleteMatching(input, {*pattern});
        QCOMPARE(QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact),
                 QJsonDocument(expected.toObject()).toJson(QJsonDocument::Compact));
    }

    void managedFieldsPaths()
    {
        const QJsonObject data = snippet(u"managedFields"_s).toObject();
        const QJsonValue result = deleteMatching(data.value(u"live"_s),
                                                 managedFieldsPatterns(data.value(u"fieldsV1"_s).toObject()));
        QCOMPARE(QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact),
                 QJsonDocument(data.value(u"expected"_s).toObject()).toJson(QJsonDocument::Compact));
    }

    void ignoreRuleMatching_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("matches"); // against apps/Deployment shop/web
        QTest::addRow("group and kind") << u"apps"_s << u"Deployment"_s << u""_s << u""_s << true;
        QTest::addRow("empty group is core only") << u""_s << u"Deployment"_s << u""_s << u""_s << false;
        QTest::addRow("wildcards") << u"*"_s << u"*"_s << u""_s << u""_s << true;
        QTest::addRow("glob") << u"app?"_s << u"Deploy*"_s << u""_s << u""_s << true;
        QTest::addRow("name") << u"apps"_s << u"Deployment"_s << u"web"_s << u"shop"_s << true;
        QTest::addRow("other name") << u"apps"_s << u"Deployment"_s << u"api"_s << u""_s << false;
        QTest::addRow("other namespace") << u"apps"_s << u"Deployment"_s << u""_s << u"prod"_s << false;
        QTest::addRow("kind is case-sensitive") << u"apps"_s << u"deployment"_s << u""_s << u""_s << false;
    }

    void ignoreRuleMatching()
    {
        QFETCH(QString, group);
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, ns);
        QFETCH(bool, matches);
        IgnoreDifferenceRule rule;
        rule.group = group;
        rule.kind = kind;
        rule.name = name;
        rule.ns = ns;
        QCOMPARE(rule.matches(QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"),
                              QStringLiteral("web")),
                 matches);
    }

    void decodeIgnoreDifferencesTolerant()
    {
        const QJsonObject application = snippet(u"tolerantApplication"_s).toObject();
        const QList<IgnoreDifferenceRule> rules = decodeIgnoreDifferences(application);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].kind, QStringLiteral("Secret"));
        QCOMPARE(rules[0].jsonPointers, QStringList{u"/data"_s});
        QVERIFY(rules[0].jqPathExpressions.isEmpty());
        QCOMPARE(rules[0].managedFieldsManagers, QStringList{u"hpa"_s});
        QCOMPARE(rules[0].describe(), QStringLiteral("every Secret"));
        QVERIFY(decodeIgnoreDifferences(QJsonObject()).isEmpty());
    }

    // --- Secret masks ---------------------------------------------------------------------

    void secretMasks_data()
    {
        QTest::addColumn<QString>("desired"); // value of data.k on each side ("" = key absent)
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("lastApplied");
        QTest::addColumn<int>("desiredMask"); // mask lengths (0 = absent)
        QTest::addColumn<int>("liveMask");
        QTest::addColumn<int>("lastAppliedMask");
        QTest::addRow("all equal") << u"YQ=="_s << u"YQ=="_s << u"YQ=="_s << 8 << 8 << 8;
        QTest::addRow("live differs") << u"YQ=="_s << u"Yg=="_s << u""_s << 8 << 12 << 0;
        QTest::addRow("three values") << u"YQ=="_s << u"Yg=="_s << u"Yw=="_s << 8 << 12 << 16;
        QTest::addRow("last applied equals desired") << u"YQ=="_s << u"Yg=="_s << u"YQ=="_s << 8 << 12 << 8;
        QTest::addRow("only live") << u""_s << u"Yg=="_s << u""_s << 0 << 8 << 0;
        QTest::addRow("already masked, equal") << u"++++++++"_s << u"++++++++"_s << u""_s << 8 << 8 << 0;
        QTest::addRow("already masked, different")
            << u"++++++++"_s << u"++++++++++++"_s << u""_s << 8 << 12 << 0;
    }

    void secretMasks()
    {
        QFETCH(QString, desired);
        QFETCH(QString, live);
        QFETCH(QString, lastApplied);
        QFETCH(int, desiredMask);
        QFETCH(int, liveMask);
        QFETCH(int, lastAppliedMask);
        const auto secret = [](const QString &value) {
            QJsonObject object{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("Secret")}};
            QJsonObject data;
            if (!value.isEmpty())
                data.insert(QStringLiteral("k"), value);
            object.insert(QStringLiteral("data"), data);
            return object;
        };
        QJsonObject liveObject = secret(live);
        if (!lastApplied.isEmpty()) {
            const QString annotation =
                QString::fromUtf8(QJsonDocument(secret(lastApplied)).toJson(QJsonDocument::Compact));
            liveObject.insert(
                QStringLiteral("metadata"),
                QJsonObject{{QStringLiteral("annotations"),
                             QJsonObject{{QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"),
                                          annotation}}}});
        }
        const MaskedSecret masked = maskSecretValues(liveObject, secret(desired));
        const auto maskOf = [](const QJsonValue &object) {
            return int(object.toObject()
                           .value(QStringLiteral("data"))
                           .toObject()
                           .value(QStringLiteral("k"))
                           .toString()
                           .size());
        };
        QCOMPARE(maskOf(masked.desired), desiredMask);
        QCOMPARE(maskOf(masked.live), liveMask);
        const QString annotation =
            masked.live.toObject()
                .value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("annotations"))
                .toObject()
                .value(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"))
                .toString();
        QCOMPARE(maskOf(QJsonDocument::fromJson(annotation.toUtf8()).object()), lastAppliedMask);
        for (const QJsonValue &side : {masked.desired, masked.live}) {
            const QString text = QString::fromUtf8(QJsonDocument(side.toObject()).toJson());
            for (const QString &raw : {desired, live, lastApplied}) {
                if (!raw.isEmpty() && !raw.startsWith(u'+'))
                    QVERIFY2(!text.contains(raw), qPrintable(text));
            }
        }
    }

    void secretNullSides()
    {
        const MaskedSecret masked =
            maskSecretValues(QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null));
        QVERIFY(masked.live.isNull());
        QVERIFY(masked.desired.isNull());
        // A side that is not an object at all cannot be masked by key: it is one mask.
        const MaskedSecret odd =
            maskSecretValues(QJsonValue(QStringLiteral("raw")), QJsonValue(QJsonValue::Null));
        QCOMPARE(odd.live.toString(), QStringLiteral("++++++++"));
    }

    // --- key order ------------------------------------------------------------------------

    void keyOrder_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("root") << QStringList()
                              << QStringList{u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"spec"_s};
        QTest::addRow("metadata") << QStringList{u"metadata"_s}
                                  << QStringList{u"name"_s,      u"generateName"_s, u"namespace"_s,
                                                 u"labels"_s,    u"annotations"_s,  u"ownerReferences"_s,
                                                 u"finalizers"_s};
        QTest::addRow("container") << QStringList{u"spec"_s, u"template"_s, u"spec"_s, u"containers"_s,
                                                  u"[]"_s}
                                   << QStringList{u"name"_s, u"image"_s, u"imagePullPolicy"_s, u"command"_s,
                                                  u"args"_s};
        QTest::addRow("workload spec")
            << QStringList{u"spec"_s} << QStringList{u"replicas"_s, u"selector"_s, u"template"_s};
        QTest::addRow("nested spec is alphabetical")
            << QStringList{u"spec"_s, u"template"_s, u"spec"_s} << QStringList();
    }

    void keyOrder()
    {
        QFETCH(QStringList, path);
        QFETCH(QStringList, expected);
        QCOMPARE(kubectlKeyOrder(QJsonObject(), path), expected);
    }

    // --- the application ------------------------------------------------------------------

    void applicationSummary()
    {
        const auto object = [](const QString &kind, const QString &name, const QString &image) {
            return QJsonObject{
                {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                {QStringLiteral("spec"),
                 QJsonObject{{QStringLiteral("template"),
                              QJsonObject{{QStringLiteral("spec"),
                                           QJsonObject{{QStringLiteral("containers"),
                                                        QJsonArray{QJsonObject{
                                                            {QStringLiteral("name"), QStringLiteral("app")},
                                                            {QStringLiteral("image"), image}}}}}}}}}}};
        };
        const auto resource = [](const QString &kind, const QString &name, const QJsonValue &live,
                                 const QJsonValue &desired) {
            ManagedResource r;
            r.group = QStringLiteral("apps");
            r.kind = kind;
            r.ns = QStringLiteral("shop");
            r.name = name;
            r.normalizedLiveState = live;
            r.predictedLiveState = desired;
            return r;
        };
        const QJsonValue none(QJsonValue::Null);
        const QList<ManagedResource> resources = {
            resource(QStringLiteral("StatefulSet"), QStringLiteral("db"),
                     object(QStringLiteral("StatefulSet"), QStringLiteral("db"), QStringLiteral("pg:15")),
                     object(QStringLiteral("StatefulSet"), QStringLiteral("db"), QStringLiteral("pg:15"))),
            resource(
                QStringLiteral("Deployment"), QStringLiteral("web"),
                object(QStringLiteral("Deployment"), QStringLiteral("web"), QStringLiteral("nginx:1.25")),
                object(QStringLiteral("Deployment"), QStringLiteral("web"), QStringLiteral("nginx:1.26"))),
            resource(QStringLiteral("Deployment"), QStringLiteral("old"),
                     object(QStringLiteral("Deployment"), QStringLiteral("old"), QStringLiteral("x:1")),
                     none),
            resource(QStringLiteral("Deployment"), QStringLiteral("api"), none,
                     object(QStringLiteral("Deployment"), QStringLiteral("api"), QStringLiteral("api:2"))),
        };
        const QJsonObject application = snippet(u"summaryApplication"_s).toObject();
        const ApplicationDiff diff = diffApplication(resources, application, DiffOptions());
        QStringList order;
        for (const ResourceDiff &r : diff.resources)
            order.append(r.kind + u'/' + r.name + u'=' + toString(r.change));
        QCOMPARE(order, (QStringList{u"Deployment/api=ToCreate"_s, u"Deployment/old=ToPrune"_s,
                                     u"Deployment/web=Modified"_s, u"StatefulSet/db=Unchanged"_s}));
        QCOMPARE(diff.modified, 1);
        QCOMPARE(diff.toCreate, 1);
        QCOMPARE(diff.toPrune, 1);
        QCOMPARE(diff.unchanged, 1);
        QCOMPARE(diff.differing(), 3);
        QCOMPARE(diff.imageChanges.size(), 1);
        QCOMPARE(diff.imageChanges.first(),
                 (ImageChange{QStringLiteral("Deployment/web"), QStringLiteral("app"),
                              QStringLiteral("nginx:1.25"), QStringLiteral("nginx:1.26")}));
        QCOMPARE(diff.notes.size(), 1);
        QVERIFY2(
            diff.notes.first().startsWith(QStringLiteral(
                "StatefulSet/db: ignoreDifferences of every apps/StatefulSet: jq expression '.spec | keys'")),
            qPrintable(diff.notes.first()));
        QVERIFY(diffApplication({}, QJsonObject(), DiffOptions()).resources.isEmpty());
    }

    void imageChangesOfCronJobAndPod()
    {
        const QJsonValue cronLive = snippet(u"cronLive"_s);
        const QJsonValue cronDesired = snippet(u"cronDesired"_s);
        const QList<ImageChange> changes =
            imageChanges(cronLive, cronDesired, QStringLiteral("CronJob/nightly"));
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0], (ImageChange{u"CronJob/nightly"_s, u"init: m"_s, u"m:1"_s, u"m:2"_s}));
        QCOMPARE(changes[1], (ImageChange{u"CronJob/nightly"_s, u"new"_s, QString(), u"n:1"_s}));
        QCOMPARE(changes[2], (ImageChange{u"CronJob/nightly"_s, u"gone"_s, u"g:1"_s, QString()}));
        const QJsonValue podLive = snippet(u"podLive"_s);
        const QJsonValue podDesired = snippet(u"podDesired"_s);
        QCOMPARE(imageChanges(podLive, podDesired, QStringLiteral("Pod/p")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(DiffModelTest)
#include "tst_diffmodel.moc"
