#include "model/storage/domainstream.h"

#include <QHash>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>

#include <atomic>

// Layout (integers are LEB128 varints, signed ones zigzagged):
//   "SXFC" version
//   strings: count, then each as byte length + UTF-8
//   clusters, projects, repositories: count + fields
//   chunks: count, then per chunk its application count and byte length; then the chunk bytes
// A string field is its index in the string table; a time is 0 (invalid) or
// 1 + zigzag(msecs since the epoch, UTC).
namespace sextant {

namespace {

constexpr char Magic[] = "SXFC";
constexpr qsizetype AppsPerChunk = 512;

class Writer {
public:
    explicit Writer(QHash<QString, quint32> &strings)
        : m_strings(strings)
    {}

    QByteArray bytes;

    void varint(quint64 v)
    {
        while (v >= 0x80) {
            bytes.append(char(v | 0x80));
            v >>= 7;
        }
        bytes.append(char(v));
    }
    void integer(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void flag(bool v) { bytes.append(char(v ? 1 : 0)); }
    template<typename E> void enumeration(E v) { bytes.append(char(quint8(v))); }
    void string(const QString &s)
    {
        auto it = m_strings.constFind(s);
        if (it == m_strings.cend())
            it = m_strings.insert(s, quint32(m_strings.size()));
        varint(*it);
    }
    void strings(const QStringList &list)
    {
        varint(quint64(list.size()));
        for (const QString &s : list)
            string(s);
    }
    void map(const QMap<QString, QString> &map)
    {
        varint(quint64(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            string(it.key());
            string(it.value());
        }
    }
    void time(const QDateTime &t)
    {
        if (!t.isValid()) {
            varint(0);
            return;
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        varint(((quint64(ms) << 1) ^ quint64(ms >> 63)) + 1);
    }

    void source(const ApplicationSource &v)
    {
        string(v.repoUrl);
        string(v.path);
        string(v.targetRevision);
        string(v.chart);
    }
    void application(const Application &v);
    void cluster(const Cluster &v);
    void project(const Project &v);
    void repository(const Repository &v);

private:
    QHash<QString, quint32> &m_strings;
};

void Writer::application(const Application &v)
{
    string(v.instance);
    string(v.name);
    string(v.ns);
    string(v.project);
    string(v.uid);
    integer(v.resourceVersion);
    time(v.createdAt);
    time(v.deletionRequestedAt);
    map(v.labels);
    map(v.annotations);
    varint(quint64(v.sources.size()));
    for (const ApplicationSource &s : v.sources)
        source(s);
    flag(v.multiSource);
    string(v.destinationServer);
    string(v.destinationName);
    string(v.destinationNamespace);
    const SyncPolicy &p = v.syncPolicy;
    varint(quint64(p.automated) | quint64(p.enabled) << 1 | quint64(p.prune) << 2 | quint64(p.selfHeal) << 3 |
           quint64(p.allowEmpty) << 4);
    strings(p.syncOptions);
    enumeration(v.syncStatus);
    string(v.syncRevision);
    strings(v.syncRevisions);
    enumeration(v.health);
    string(v.healthMessage);
    varint(quint64(v.resources.size()));
    for (const ResourceStatus &r : v.resources) {
        string(r.group);
        string(r.version);
        string(r.kind);
        string(r.ns);
        string(r.name);
        enumeration(r.status);
        enumeration(r.health);
        string(r.healthMessage);
        flag(r.requiresPruning);
    }
    varint(quint64(v.history.size()));
    for (const HistoryEntry &h : v.history) {
        integer(h.id);
        string(h.revision);
        strings(h.revisions);
        time(h.deployedAt);
        time(h.deployStartedAt);
        string(h.initiatedBy);
        flag(h.automated);
        source(h.source);
    }
    flag(v.operationState.has_value());
    if (const auto &o = v.operationState) {
        enumeration(o->phase);
        string(o->message);
        time(o->startedAt);
        time(o->finishedAt);
        string(o->revision);
        strings(o->revisions);
        string(o->initiatedBy);
        flag(o->automated);
        flag(o->dryRun);
    }
    flag(v.operationInProgress);
    varint(quint64(v.conditions.size()));
    for (const Condition &c : v.conditions) {
        string(c.type);
        string(c.message);
    }
    time(v.reconciledAt);
    strings(v.images);
}

void Writer::cluster(const Cluster &v)
{
    string(v.instance);
    string(v.server);
    string(v.name);
    map(v.labels);
    string(v.connectionStatus);
    string(v.connectionMessage);
    string(v.serverVersion);
    integer(v.applicationsCount);
}

void Writer::project(const Project &v)
{
    string(v.instance);
    string(v.name);
    string(v.description);
    integer(v.resourceVersion);
    varint(quint64(v.syncWindows.size()));
    for (const SyncWindow &w : v.syncWindows) {
        string(w.kind);
        string(w.schedule);
        string(w.duration);
        strings(w.applications);
        strings(w.namespaces);
        strings(w.clusters);
        flag(w.manualSync);
        string(w.timeZone);
        flag(w.andOperator);
        string(w.description);
        flag(w.syncOverrun);
    }
}

void Writer::repository(const Repository &v)
{
    string(v.instance);
    string(v.url);
    string(v.type);
    string(v.name);
    string(v.project);
    string(v.connectionStatus);
    string(v.connectionMessage);
}

// Reads what Writer wrote; any overrun or bad index only clears `ok`, so a
// damaged cache is noticed at the end, never read past its bytes.
class Reader {
public:
    Reader(QByteArrayView data, const QList<QString> *strings)
        : m_pos(reinterpret_cast<const uchar *>(data.data()))
        , m_end(m_pos + data.size())
        , m_strings(strings)
    {}
    void setStrings(const QList<QString> *strings) { m_strings = strings; }

    bool ok = true;

    bool atEnd() const { return m_pos == m_end; }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos == m_end)
                break;
            const uchar b = *m_pos++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    qint64 integer()
    {
        const quint64 u = varint();
        return qint64(u >> 1) ^ -qint64(u & 1);
    }
    quint8 byte()
    {
        if (m_pos == m_end) {
            ok = false;
            return 0;
        }
        return *m_pos++;
    }
    bool flag() { return byte() != 0; }
    template<typename E> E enumeration() { return E(byte()); }
    // A count of items that take at least a byte each, so garbage cannot ask for gigabytes.
    qsizetype count()
    {
        const quint64 n = varint();
        if (n > quint64(m_end - m_pos)) {
            ok = false;
            return 0;
        }
        return qsizetype(n);
    }
    QByteArrayView bytes(qsizetype n)
    {
        if (n > m_end - m_pos) {
            ok = false;
            return {};
        }
        const QByteArrayView view(m_pos, n);
        m_pos += n;
        return view;
    }
    QString string()
    {
        const quint64 index = varint();
        if (index >= quint64(m_strings->size())) {
            ok = false;
            return {};
        }
        return m_strings->at(qsizetype(index));
    }
    QStringList strings()
    {
        QStringList list;
        const qsizetype n = count();
        list.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            list.append(string());
        return list;
    }
    QMap<QString, QString> map()
    {
        QMap<QString, QString> map;
        const qsizetype n = count();
        for (qsizetype i = 0; i < n; ++i) {
            QString key = string();
            map.insert(std::move(key), string());
        }
        return map;
    }
    QDateTime time()
    {
        const quint64 v = varint();
        if (v == 0)
            return {};
        const quint64 u = v - 1;
        return QDateTime::fromMSecsSinceEpoch(qint64(u >> 1) ^ -qint64(u & 1), QTimeZone::UTC);
    }

    ApplicationSource source()
    {
        ApplicationSource v;
        v.repoUrl = string();
        v.path = string();
        v.targetRevision = string();
        v.chart = string();
        return v;
    }
    void application(Application &v);
    Cluster cluster();
    Project project();
    Repository repository();

private:
    const uchar *m_pos;
    const uchar *m_end;
    const QList<QString> *m_strings;
};

void Reader::application(Application &v)
{
    v.instance = string();
    v.name = string();
    v.ns = string();
    v.project = string();
    v.uid = string();
    v.resourceVersion = integer();
    v.createdAt = time();
    v.deletionRequestedAt = time();
    v.labels = map();
    v.annotations = map();
    const qsizetype sources = count();
    v.sources.reserve(sources);
    for (qsizetype i = 0; i < sources; ++i)
        v.sources.append(source());
    v.multiSource = flag();
    v.destinationServer = string();
    v.destinationName = string();
    v.destinationNamespace = string();
    const quint64 policy = varint();
    v.syncPolicy.automated = policy & 1;
    v.syncPolicy.enabled = policy & 2;
    v.syncPolicy.prune = policy & 4;
    v.syncPolicy.selfHeal = policy & 8;
    v.syncPolicy.allowEmpty = policy & 16;
    v.syncPolicy.syncOptions = strings();
    v.syncStatus = enumeration<SyncStatus>();
    v.syncRevision = string();
    v.syncRevisions = strings();
    v.health = enumeration<HealthStatus>();
    v.healthMessage = string();
    const qsizetype resources = count();
    v.resources.resize(resources);
    for (ResourceStatus &r : v.resources) {
        r.group = string();
        r.version = string();
        r.kind = string();
        r.ns = string();
        r.name = string();
        r.status = enumeration<SyncStatus>();
        r.health = enumeration<HealthStatus>();
        r.healthMessage = string();
        r.requiresPruning = flag();
    }
    const qsizetype history = count();
    v.history.resize(history);
    for (HistoryEntry &h : v.history) {
        h.id = integer();
        h.revision = string();
        h.revisions = strings();
        h.deployedAt = time();
        h.deployStartedAt = time();
        h.initiatedBy = string();
        h.automated = flag();
        h.source = source();
    }
    v.operationState.reset();
    if (flag()) {
        OperationState o;
        o.phase = enumeration<OperationPhase>();
        o.message = string();
        o.startedAt = time();
        o.finishedAt = time();
        o.revision = string();
        o.revisions = strings();
        o.initiatedBy = string();
        o.automated = flag();
        o.dryRun = flag();
        v.operationState = std::move(o);
    }
    v.operationInProgress = flag();
    const qsizetype conditions = count();
    v.conditions.resize(conditions);
    for (Condition &c : v.conditions) {
        c.type = string();
        c.message = string();
    }
    v.reconciledAt = time();
    v.images = strings();
}

Cluster Reader::cluster()
{
    Cluster v;
    v.instance = string();
    v.server = string();
    v.name = string();
    v.labels = map();
    v.connectionStatus = string();
    v.connectionMessage = string();
    v.serverVersion = string();
    v.applicationsCount = int(integer());
    return v;
}

Project Reader::project()
{
    Project v;
    v.instance = string();
    v.name = string();
    v.description = string();
    v.resourceVersion = integer();
    const qsizetype windows = count();
    v.syncWindows.resize(windows);
    for (SyncWindow &w : v.syncWindows) {
        w.kind = string();
        w.schedule = string();
        w.duration = string();
        w.applications = strings();
        w.namespaces = strings();
        w.clusters = strings();
        w.manualSync = flag();
        w.timeZone = string();
        w.andOperator = flag();
        w.description = string();
        w.syncOverrun = flag();
    }
    return v;
}

Repository Reader::repository()
{
    Repository v;
    v.instance = string();
    v.url = string();
    v.type = string();
    v.name = string();
    v.project = string();
    v.connectionStatus = string();
    v.connectionMessage = string();
    return v;
}

// Calls work(0..count-1) on this thread and on as many idle threads of the global pool as
// there are, taking indices as they come. (QtConcurrent::blockingMap called from a pool thread,
// as the cache is read, was seen to keep all the work on the calling thread.) A helper is only
// started when a thread is free at once, so this never waits for a busy pool.
template<typename Work> void forEachInParallel(qsizetype count, Work work)
{
    std::atomic<qsizetype> next = 0;
    const auto drain = [&] {
        for (qsizetype index = next++; index < count; index = next++)
            work(index);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore finished;
    int helpers = 0;
    for (int i = 1; i < QThread::idealThreadCount() && i < count; ++i) {
        if (!pool->tryStart([&] {
                drain();
                finished.release();
            }))
            break;
        ++helpers;
    }
    drain();
    finished.acquire(helpers);
}

struct Chunk {
    qsizetype first = 0; // index of its first application
    qsizetype count = 0;
    qsizetype size = 0; // bytes
    QByteArrayView bytes;
};

} // namespace

QByteArray encodeFleetObjects(const FleetObjects &fleet)
{
    QHash<QString, quint32> table;
    Writer objects(table);
    objects.varint(quint64(fleet.clusters.size()));
    for (const Cluster &c : fleet.clusters)
        objects.cluster(c);
    objects.varint(quint64(fleet.projects.size()));
    for (const Project &p : fleet.projects)
        objects.project(p);
    objects.varint(quint64(fleet.repositories.size()));
    for (const Repository &r : fleet.repositories)
        objects.repository(r);

    QList<QByteArray> chunks;
    QList<qsizetype> chunkCounts;
    for (qsizetype first = 0; first < fleet.applications.size(); first += AppsPerChunk) {
        Writer chunk(table);
        const qsizetype end = qMin(first + AppsPerChunk, fleet.applications.size());
        for (qsizetype i = first; i < end; ++i)
            chunk.application(fleet.applications.at(i));
        chunks.append(std::move(chunk.bytes));
        chunkCounts.append(end - first);
    }

    QList<QString> strings(table.size());
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        strings[it.value()] = it.key();
    QHash<QString, quint32> unused;
    Writer out(unused);
    out.bytes.append(Magic, 4);
    out.varint(DomainStreamVersion);
    out.varint(quint64(strings.size()));
    for (const QString &s : std::as_const(strings)) {
        const QByteArray utf8 = s.toUtf8();
        out.varint(quint64(utf8.size()));
        out.bytes.append(utf8);
    }
    out.bytes.append(objects.bytes);
    out.varint(quint64(chunks.size()));
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        out.varint(quint64(chunkCounts.at(i)));
        out.varint(quint64(chunks.at(i).size()));
    }
    for (const QByteArray &chunk : std::as_const(chunks))
        out.bytes.append(chunk);
    return out.bytes;
}

std::optional<FleetObjects> decodeFleetObjects(QByteArrayView payload)
{
    if (!payload.startsWith(QByteArrayView(Magic, 4)))
        return std::nullopt;
    const QList<QString> noStrings;
    Reader in(payload.sliced(4), &noStrings);
    if (in.varint() != DomainStreamVersion)
        return std::nullopt;
    QList<QString> strings(in.count());
    for (QString &s : strings)
        s = QString::fromUtf8(in.bytes(in.count()));
    if (!in.ok)
        return std::nullopt;
    in.setStrings(&strings);

    FleetObjects fleet;
    fleet.clusters.resize(in.count());
    for (Cluster &c : fleet.clusters)
        c = in.cluster();
    fleet.projects.resize(in.count());
    for (Project &p : fleet.projects)
        p = in.project();
    fleet.repositories.resize(in.count());
    for (Repository &r : fleet.repositories)
        r = in.repository();

    QList<Chunk> chunks(in.count());
    qsizetype apps = 0;
    for (Chunk &chunk : chunks) {
        chunk.first = apps;
        chunk.count = in.count();
        chunk.size = in.count();
        apps += chunk.count;
    }
    for (Chunk &chunk : chunks)
        chunk.bytes = in.bytes(chunk.size);
    if (!in.ok || !in.atEnd() || apps > payload.size())
        return std::nullopt;

    // Chunks fill their own slices of one list, in parallel (the caller's thread helps).
    fleet.applications.resize(apps);
    Application *out = fleet.applications.data();
    std::atomic<bool> damaged = false;
    forEachInParallel(chunks.size(), [&](qsizetype index) {
        const Chunk &chunk = chunks.at(index);
        Reader reader(chunk.bytes, &strings);
        for (qsizetype i = 0; i < chunk.count && reader.ok; ++i)
            reader.application(out[chunk.first + i]);
        if (!reader.ok || !reader.atEnd())
            damaged = true;
    });
    if (damaged)
        return std::nullopt;
    return fleet;
}

} // namespace sextant
