// An application list decoded while it arrives (ApplicationListStream, ListSplitter) decodes
// to what decodeApplicationList() makes of the whole body: the same applications, the same
// resourceVersion, an error for every malformed body the whole decode refuses, whatever the
// pieces it arrives in.
#include "model/argocd/argocddecoder.h"
#include "model/argocd/listsplitter.h"
#include "tests/support/argocddata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTest>

using namespace sextant;
using namespace sextant::argocd;
using namespace Qt::StringLiterals;

namespace {

QByteArray dataFile(const QString &name)
{
    return sextant::testsupport::argocdDataFile(name);
}

// JSON written with single quotes (no raw string literals: moc 6.8 mis-lexes them).
QByteArray json(QByteArray singleQuoted)
{
    return singleQuoted.replace('\'', '"');
}

// `body` fed in pieces of `piece` bytes, cut into batches of about `batch` bytes.
Result<ApplicationList> streamed(const QByteArray &body, qsizetype piece, qsizetype batch)
{
    ApplicationListStream stream(body.size(), batch);
    for (qsizetype at = 0; at < body.size(); at += piece)
        stream.feed(QByteArrayView(body).sliced(at, qMin(piece, body.size() - at)));
    return stream.finish();
}

// A list of `count` full applications, each with its own name.
QByteArray bigList(int count)
{
    const QByteArray full = dataFile(u"application-full.json"_s);
    QByteArray body = json("{'metadata':{'resourceVersion':'4711'},'items':[");
    for (int i = 0; i < count; ++i) {
        QByteArray item = full;
        item.replace("\"name\": \"payments-eu\"", "\"name\": \"payments-" + QByteArray::number(i) + '"');
        body += (i ? "," : "") + item;
    }
    return body + "]}";
}

} // namespace

class TestApplicationListStream : public QObject {
    Q_OBJECT

private slots:
    void splitsOnlyTheItems()
    {
        // Brackets, braces, commas and quotes inside strings are text; "items" counts only as a
        // key of the root object.
        const QByteArray body =
            "{\"metadata\":{\"items\":[1],\"resourceVersion\":\"5\"},\"kind\":\"items\","
            "\"items\":[{\"a\":\"x,]}\"},{\"b\":[1,{\"c\":\"\\\\\"}]},{\"d\":\"q\\\"],\"}]}";
        ListSplitter splitter(1);
        for (const char c : body)
            splitter.feed(QByteArrayView(&c, 1));
        const QList<ListSplitter::Batch> batches = splitter.takeBatches();
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches[0].json, json("[{'a':'x,]}'}]"));
        QCOMPARE(batches[1].json, "[{\"b\":[1,{\"c\":\"\\\\\"}]}]");
        QCOMPARE(batches[2].json, "[{\"d\":\"q\\\"],\"}]");
        QCOMPARE(batches[2].first, 2);
        QVERIFY(batches[0].json.capacity() - batches[0].json.size() >= 64); // simdjson's padding
        QVERIFY(splitter.itemsOpened() && splitter.itemsClosed() && !splitter.emptyItem());
        QCOMPARE(splitter.rest(),
                 json("{'metadata':{'items':[1],'resourceVersion':'5'},'kind':'items','items':[]}"));
    }

    // Inside the items whole blocks of bytes are read at once, elsewhere (and in short pieces)
    // one byte at a time: both cut any body, damaged or not, into the same batches and rest.
    void blocksAndBytesSplitAlike()
    {
        const QByteArray original = json("{'metadata':{'resourceVersion':'7'},'items':[") +
                                    dataFile(u"application-multisource.json"_s) +
                                    json(",{'metadata':{'name':'b'}},  [1, \"x\" ,{}] , 42 ,") +
                                    dataFile(u"application-full.json"_s) +
                                    json(",{'note':'a \\\\\\'quoted\\' [brace} ,comma'}]}");
        const QByteArray alphabet = "{}[],:\"\\ x1n\t";
        const quint32 seed = qEnvironmentVariableIsSet("SEXTANT_TEST_SEED")
                                 ? quint32(qEnvironmentVariable("SEXTANT_TEST_SEED").toULong())
                                 : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        for (int round = 0; round < 800; ++round) {
            QByteArray body = original;
            for (int edits = int(random.bounded(4)); edits > 0; --edits) {
                const auto at = qsizetype(random.bounded(int(body.size())));
                const char c = alphabet[random.bounded(int(alphabet.size()))];
                switch (random.bounded(3)) {
                case 0: body.remove(at, 1); break;
                case 1: body.insert(at, c); break;
                default: body[at] = c; break;
                }
            }
            const qsizetype batchBytes = 1 + random.bounded(3000);
            ListSplitter bytes(batchBytes);
            for (qsizetype at = 0; at < body.size(); at += 13)
                bytes.feed(QByteArrayView(body).sliced(at, qMin<qsizetype>(13, body.size() - at)));
            ListSplitter blocks(batchBytes);
            const qsizetype piece = 64 + random.bounded(2000);
            for (qsizetype at = 0; at < body.size(); at += piece)
                blocks.feed(QByteArrayView(body).sliced(at, qMin(piece, body.size() - at)));
            const QString context =
                u"seed %1 round %2 batch %3 piece %4"_s.arg(seed).arg(round).arg(batchBytes).arg(piece);
            const QList<ListSplitter::Batch> expected = bytes.takeBatches();
            const QList<ListSplitter::Batch> actual = blocks.takeBatches();
            QVERIFY2(actual.size() == expected.size(), qPrintable(context));
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QVERIFY2(actual[i].json == expected[i].json, qPrintable(context));
                QVERIFY2(actual[i].first == expected[i].first, qPrintable(context));
            }
            QVERIFY2(blocks.rest() == bytes.rest(), qPrintable(context));
            QVERIFY2(blocks.itemsOpened() == bytes.itemsOpened() &&
                         blocks.itemsClosed() == bytes.itemsClosed() &&
                         blocks.itemsRepeated() == bytes.itemsRepeated() &&
                         blocks.emptyItem() == bytes.emptyItem(),
                     qPrintable(context));
        }
    }

    void leavesOtherBodiesWhole()
    {
        for (const QByteArray &body :
             {QByteArray("[{}]"), json("{'items':null}"), json("{'items':{'a':[1]}}"),
              QByteArray("<html>502</html>"), QByteArray("  ")}) {
            ListSplitter splitter(1);
            splitter.feed(body);
            QVERIFY(splitter.takeBatches().isEmpty());
            QVERIFY(!splitter.itemsOpened());
            QCOMPARE(splitter.rest(), body);
        }
    }

    void decodesAsTheWholeBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("fixture list") << dataFile(u"application-list.json"_s);
        QTest::addRow("60 full applications") << bigList(60);
        QTest::addRow("empty items") << json("{'metadata':{'resourceVersion':'12'},'items':[]}");
        QTest::addRow("no items") << json("{'metadata':{'resourceVersion':'12'}}");
        QTest::addRow("null items") << json("{'items':null}");
        QTest::addRow("metadata after the items")
            << json("{'items':[{'metadata':{'name':'a'}}],'metadata':{'resourceVersion':'9'}}");
        QTest::addRow("items twice: the last counts")
            << json("{'items':[{'metadata':{'name':'a'}}],'items':[{'metadata':{'name':'b'}},{}]}");
        QTest::addRow("pretty-printed")
            << json("{\n  'metadata': { 'resourceVersion': '3' },\n  'items': [\n    { 'metadata': { 'name': "
                    "'a' } } ,\n    { 'metadata': { 'name': 'b' } }\n  ]\n}\n");
    }
    void decodesAsTheWholeBody()
    {
        QFETCH(QByteArray, body);
        const auto whole = decodeApplicationList(body);
        QVERIFY2(whole, qPrintable(whole.errorMessage()));
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(4096), body.size()}) {
            for (const qsizetype batch : {qsizetype(1), qsizetype(3000), qsizetype(256 * 1024)}) {
                const auto list = streamed(body, piece, batch);
                QVERIFY2(list, qPrintable(u"%1/%2: %3"_s.arg(piece).arg(batch).arg(list.errorMessage())));
                QCOMPARE(list->resourceVersion, whole->resourceVersion);
                QCOMPARE(list->items.size(), whole->items.size());
                QVERIFY(list->items == whole->items);
            }
        }
    }

    // Strings and label maps are shared across batches, as within one whole decode.
    void sharesStringsAcrossBatches()
    {
        const auto list = streamed(bigList(8), 100, 1);
        QVERIFY2(list, qPrintable(list.errorMessage()));
        QCOMPARE(list->items.size(), 8);
        QCOMPARE(list->items[0].destinationServer.constData(), list->items[7].destinationServer.constData());
        QVERIFY(list->items[0].labels.isSharedWith(list->items[7].labels));
        QCOMPARE(list->items[5].name, u"payments-5"_s);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray ok = json("{'metadata':{'name':'ok'},'status':{'sync':{'status':'Synced'}}}");
        const QByteArray list = dataFile(u"application-list.json"_s);
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::addRow("an array") << QByteArray("[]");
        QTest::addRow("truncated in the items") << list.first(list.size() / 2);
        QTest::addRow("truncated in a string") << list.first(35);
        QTest::addRow("truncated right after an item")
            << json("{'items':[{'metadata':{'name':'a'}},{'metadata':{'name':'b'}}");
        QTest::addRow("truncated after the items") << json("{'items':[" + ok + "]");
        QTest::addRow("data after the document") << json("{'items':[" + ok + "]}{}");
        QTest::addRow("invalid UTF-8") << QByteArray("{\"items\":[{\"metadata\":{\"name\":\"\xff\"}}]}");
        QTest::addRow("an item that is not an object")
            << json("{'items':[" + ok + "," + ok + "," + ok + ",42]}");
        QTest::addRow("a null item") << json("{'items':[" + ok + ",null]}");
        QTest::addRow("a mistake at depth in the fourth item")
            << json("{'items':[" + ok + "," + ok + "," + ok + ",{'status':{'sync':{'status':1}}}]}");
        QTest::addRow("a trailing comma") << json("{'items':[" + ok + ",]}");
        QTest::addRow("two commas") << json("{'items':[" + ok + ",," + ok + "]}");
        QTest::addRow("a leading comma") << json("{'items':[," + ok + "]}");
        QTest::addRow("no comma") << json("{'items':[" + ok + ok + "]}");
        QTest::addRow("bad metadata") << json("{'metadata':{'resourceVersion':'abc'},'items':[" + ok + "]}");
        QTest::addRow("an unclosed brace in an item")
            << json("{'items':[{'metadata':{'name':'a'}," + ok + "]}");
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        const auto whole = decodeApplicationList(body);
        QVERIFY(!whole);
        for (const qsizetype piece : {qsizetype(1), qsizetype(5), body.size() + 1}) {
            for (const qsizetype batch : {qsizetype(1), qsizetype(40), qsizetype(256 * 1024)}) {
                const auto list = streamed(body, piece, batch);
                QVERIFY2(!list, qPrintable(u"%1/%2 decoded"_s.arg(piece).arg(batch)));
                QVERIFY(list.errorMessage().startsWith(u'$'));
                if (batch == 256 * 1024) // one batch: the same message as the whole body
                    QCOMPARE(list.errorMessage(), whole.errorMessage());
            }
        }
    }

    // Random damage to a list: the stream accepts exactly the bodies the whole decode accepts,
    // and then decodes them alike.
    void randomDamage()
    {
        const QByteArray original = json("{'metadata':{'resourceVersion':'7'},'items':[") +
                                    dataFile(u"application-multisource.json"_s) +
                                    json(",{'metadata':{'name':'b'}},") +
                                    dataFile(u"application-full.json"_s) + "]}";
        const QByteArray alphabet = "{}[],:\"\\ x1n";
        const quint32 seed = qEnvironmentVariableIsSet("SEXTANT_TEST_SEED")
                                 ? quint32(qEnvironmentVariable("SEXTANT_TEST_SEED").toULong())
                                 : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int decoded = 0;
        for (int round = 0; round < 1500; ++round) {
            QByteArray body = original;
            for (int edits = 1 + int(random.bounded(3)); edits > 0; --edits) {
                const auto at = qsizetype(random.bounded(int(body.size())));
                const char c = alphabet[random.bounded(int(alphabet.size()))];
                switch (random.bounded(3)) {
                case 0: body.remove(at, 1); break;
                case 1: body.insert(at, c); break;
                default: body[at] = c; break;
                }
            }
            const auto whole = decodeApplicationList(body);
            const qsizetype piece = 1 + random.bounded(300);
            const qsizetype batch = 1 + random.bounded(2000);
            const auto list = streamed(body, piece, batch);
            const QString context = u"seed %1 round %2 piece %3 batch %4: %5"_s.arg(seed)
                                        .arg(round)
                                        .arg(piece)
                                        .arg(batch, 0, 10)
                                        .arg(QString::fromUtf8(body.left(200)));
            // On-demand parsing skips what it does not read, so the whole decode lets some
            // broken JSON through where the damage stays in skipped parts; reading in batches can
            // notice more of it. So: whatever the stream accepts, the whole decode accepts alike,
            // and whatever only the whole decode accepts is not JSON.
            if (!list && whole) {
                QJsonParseError strict;
                QJsonDocument::fromJson(body, &strict);
                QVERIFY2(strict.error != QJsonParseError::NoError,
                         qPrintable(context + u" / "_s + list.errorMessage()));
            }
            QVERIFY2(!list || whole, qPrintable(context + u" / "_s + whole.errorMessage()));
            if (list) {
                ++decoded;
                QCOMPARE(list->resourceVersion, whole->resourceVersion);
                QVERIFY2(list->items == whole->items, qPrintable(context));
            }
        }
        // Both kinds of body were met: damage inside strings leaves a valid list.
        QVERIFY(decodeApplicationList(original));
        QVERIFY2(decoded > 50 && decoded < 1450, qPrintable(QString::number(decoded)));
    }
};

QTEST_GUILESS_MAIN(TestApplicationListStream)
#include "tst_applicationliststream.moc"
