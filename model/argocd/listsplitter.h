#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <string>

namespace sextant::argocd {

// Cuts the "items" array of a list body ({"metadata":{...},"items":[...]}) out of the body
// while it is still arriving, in batches of whole items, so that they can be decoded while the
// rest is on the wire. It reads only the structure (strings, brackets, commas at the items'
// level); the batches and the rest go to the JSON decoder, which judges them.
//
// Every byte ends up in exactly one place: a batch holds "[" + items as sent + "]"; the rest
// holds everything outside the items array, with "[]" where its contents were. A body whose
// root is not an object, or whose "items" is not an array, is left whole in the rest.
class ListSplitter {
public:
    struct Batch {
        QByteArray json;  // "[...]" with simdjson's padding in capacity
        qint64 first = 0; // the index of its first item in the items array
    };

    explicit ListSplitter(qsizetype batchBytes = 256 * 1024);

    void feed(QByteArrayView bytes);
    // Batches completed since the last call.
    QList<Batch> takeBatches();

    // Whether an "items" array was opened, and closed again.
    bool itemsOpened() const { return m_opened; }
    bool itemsClosed() const { return m_phase == Phase::AfterItems; }
    // Whether "items" came again after the array (the last one counts; it is in the rest).
    bool itemsRepeated() const { return m_repeated; }
    // Whether a separator was found where an item should be ("[,", ",,", ",]"): malformed.
    bool emptyItem() const { return m_emptyItem; }
    // Everything outside the items array. While the array is still open (a truncated body),
    // also the items of the batch not yet cut, so that the decoder can say what is wrong.
    QByteArray rest() const;

private:
    enum class Phase { Root, Items, AfterItems, Off };

    void scan(const char *data, qsizetype size);
    const char *scanBytes(const char *p, const char *limit, const char *&segment);
    const char *scanItemsBlock(const char *p, const char *&segment);
    void itemSeparator(const char *comma, const char *&segment);
    void itemsEnd(const char *bracket, const char *&segment);
    void route(const char *from, const char *to);
    void emitBatch();
    void startBatch();
    void keyRead();

    qsizetype m_batchBytes;
    Phase m_phase = Phase::Root;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;   // the previous byte was a backslash inside a string
    bool m_seenRoot = false;  // the first non-space byte has been read
    bool m_expectKey = false; // at depth 1: the next string is a key
    bool m_readingKey = false;
    bool m_itemsKey = false;    // the last key at depth 1 was "items" and its value is next
    bool m_itemStarted = false; // a non-space byte since the last separator in the items
    bool m_afterComma = false;  // the last separator in the items was a comma
    bool m_emptyItem = false;
    std::string m_key; // the first bytes of the key being read at depth 1
    QByteArray m_rest;
    QByteArray m_batch; // "[" + the items of the batch being filled
    bool m_opened = false;
    bool m_repeated = false;
    qint64 m_itemsInBatch = 0;
    qint64 m_nextIndex = 0;
    QList<Batch> m_ready;
};

} // namespace sextant::argocd
