#include "model/git/changedpathindex.h"

#include "model/git/githandle.h"
#include "model/git/githistory_p.h"
#include "model/git/gitrepository.h"
#include "model/git/gitrepository_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSet>

#include <cstring>

namespace sextant::git {

namespace {

constexpr char Magic[] = "SXCPI1\n";
constexpr qsizetype MagicSize = sizeof(Magic) - 1;

void putU32(QByteArray &out, quint32 value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putI64(QByteArray &out, qint64 value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

// Reads the file's native-endian integers and byte runs; any read past the end fails the reader.
class Reader {
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    bool ok() const { return m_ok; }
    template<typename T> T read()
    {
        T value{};
        if (!take(sizeof(T)))
            return value;
        std::memcpy(&value, m_bytes.constData() + m_at - sizeof(T), sizeof(T));
        return value;
    }
    QByteArray bytes(qsizetype size)
    {
        if (!take(size))
            return {};
        return m_bytes.mid(m_at - size, size);
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || size < 0 || m_bytes.size() - m_at < size)
            return m_ok = false;
        m_at += size;
        return true;
    }
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

// The files that differ between two trees (null: the empty tree), without reading any blob.
Status changedFiles(git_repository *repository, git_tree *from, git_tree *to, std::vector<QByteArray> *files)
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_SKIP_BINARY_CHECK;
    git_diff *found = nullptr;
    if (git_diff_tree_to_tree(&found, repository, from, to, &options) < 0)
        return lastFailure(QStringLiteral("Cannot compare two trees"));
    const DiffHandle diff(found);
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        files->push_back(QByteArray(delta->new_file.path ? delta->new_file.path : delta->old_file.path));
        if (delta->old_file.path && delta->new_file.path &&
            std::strcmp(delta->old_file.path, delta->new_file.path))
            files->push_back(QByteArray(delta->old_file.path));
    }
    return success();
}

struct CacheEntry {
    QDateTime modified;
    qint64 size = -1;
    std::shared_ptr<const ChangedPathIndex> index;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CacheEntry> &cache()
{
    static QHash<QString, CacheEntry> entries;
    return entries;
}

} // namespace

QString ChangedPathIndex::filePath(const QString &gitDirectory)
{
    return QDir(gitDirectory).filePath(QStringLiteral("sextant/changed-paths"));
}

std::optional<quint32> ChangedPathIndex::find(const QByteArray &rawId) const
{
    const auto it = m_byId.constFind(rawId);
    if (it == m_byId.cend())
        return std::nullopt;
    return *it;
}

quint32 ChangedPathIndex::pathId(const QByteArray &path)
{
    const auto it = m_pathIds.constFind(path);
    if (it != m_pathIds.cend())
        return *it;
    const auto id = quint32(m_paths.size());
    m_paths.push_back(path);
    m_pathIds.insert(path, id);
    return id;
}

QByteArray ChangedPathIndex::serialize() const
{
    QByteArray out(Magic, MagicSize);
    putU32(out, quint32(m_paths.size()));
    for (const QByteArray &path : m_paths) {
        putU32(out, quint32(path.size()));
        out += path;
    }
    putU32(out, quint32(m_commits.size()));
    for (const Commit &commit : m_commits) {
        out += commit.id;
        putI64(out, commit.time);
        putU32(out, quint32(commit.parents.size()));
        for (quint32 parent : commit.parents)
            putU32(out, parent);
        for (const std::vector<quint32> &changed : commit.changed) {
            putU32(out, quint32(changed.size()));
            for (quint32 path : changed)
                putU32(out, path);
        }
    }
    return out;
}

Result<ChangedPathIndex> ChangedPathIndex::parse(const QByteArray &bytes)
{
    if (!bytes.startsWith(QByteArray(Magic, MagicSize)))
        return Error{QStringLiteral("not a changed-path index")};
    Reader reader(bytes);
    reader.bytes(MagicSize);
    ChangedPathIndex index;
    const auto pathCount = reader.read<quint32>();
    index.m_paths.reserve(qMin<quint32>(pathCount, quint32(bytes.size())));
    for (quint32 i = 0; i < pathCount && reader.ok(); ++i)
        index.m_paths.push_back(reader.bytes(reader.read<quint32>()));
    const auto commitCount = reader.read<quint32>();
    index.m_commits.reserve(qMin<quint32>(commitCount, quint32(bytes.size() / 32)));
    index.m_byId.reserve(qMin<quint32>(commitCount, quint32(bytes.size() / 32)));
    for (quint32 i = 0; i < commitCount && reader.ok(); ++i) {
        Commit commit;
        commit.id = reader.bytes(GIT_OID_SHA1_SIZE);
        commit.time = reader.read<qint64>();
        const auto parents = reader.read<quint32>();
        if (parents > 64)
            return Error{QStringLiteral("corrupt changed-path index")};
        for (quint32 p = 0; p < parents; ++p)
            commit.parents.push_back(reader.read<quint32>());
        commit.changed.resize(qMax<quint32>(parents, 1));
        for (std::vector<quint32> &changed : commit.changed) {
            const auto count = reader.read<quint32>();
            for (quint32 c = 0; c < count && reader.ok(); ++c) {
                const auto path = reader.read<quint32>();
                if (path >= pathCount)
                    return Error{QStringLiteral("corrupt changed-path index")};
                changed.push_back(path);
            }
        }
        index.m_byId.insert(commit.id, i);
        index.m_commits.push_back(std::move(commit));
    }
    if (!reader.ok() || !reader.atEnd())
        return Error{QStringLiteral("truncated changed-path index")};
    for (const Commit &commit : index.m_commits)
        for (quint32 parent : commit.parents)
            if (parent != NotIndexed && parent >= commitCount)
                return Error{QStringLiteral("corrupt changed-path index")};
    return index;
}

std::shared_ptr<const ChangedPathIndex> ChangedPathIndex::load(const QString &gitDirectory)
{
    const QString path = filePath(gitDirectory);
    const QFileInfo info(path);
    if (!info.exists())
        return nullptr;
    {
        const QMutexLocker lock(&cacheMutex());
        const CacheEntry entry = cache().value(path);
        if (entry.index && entry.modified == info.lastModified() && entry.size == info.size())
            return entry.index;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto parsed = parse(file.readAll());
    if (!parsed)
        return nullptr;
    auto index = std::make_shared<const ChangedPathIndex>(std::move(parsed).value());
    const QMutexLocker lock(&cacheMutex());
    cache().insert(path, CacheEntry{info.lastModified(), info.size(), index});
    return index;
}

Result<int> ChangedPathIndex::update(const GitRepository &repository, const std::atomic<bool> *stop)
{
    const auto stopped = [stop] { return stop && stop->load(); };
    git_repository *handle = GitRepositoryAccess::handle(repository);
    const QString gitDirectory = QString::fromUtf8(git_repository_path(handle));
    ChangedPathIndex index;
    if (const auto existing = load(gitDirectory))
        index = *existing;
    index.m_pathIds.clear();
    for (quint32 i = 0; i < quint32(index.m_paths.size()); ++i)
        index.m_pathIds.insert(index.m_paths[i], i);

    // The commits the refs reach that are not indexed yet, found depth first from the tips.
    std::vector<git_oid> stack;
    git_reference_iterator *newIterator = nullptr;
    if (git_reference_iterator_new(&newIterator, handle) < 0)
        return lastFailure(QStringLiteral("Cannot list the references"));
    const ReferenceIteratorHandle iterator(newIterator);
    git_reference *next = nullptr;
    while (git_reference_next(&next, iterator.get()) == 0) {
        const ReferenceHandle reference(next);
        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT) < 0)
            continue; // a reference to a tree or a blob, or a broken one
        const ObjectHandle object(peeled);
        stack.push_back(*git_object_id(object.get()));
    }
    const auto firstNew = quint32(index.m_commits.size());
    QSet<QByteArray> queued;
    // Only ids are kept between the two passes: a first index of a long history must not hold
    // every commit object at once.
    struct Pending {
        git_oid id;
        std::vector<QByteArray> parentIds;
    };
    std::vector<Pending> pending;
    while (!stack.empty()) {
        if (stopped())
            return Error{QStringLiteral("Indexing was stopped.")};
        const git_oid id = stack.back();
        stack.pop_back();
        const QByteArray key = oidKey(id);
        if (index.m_byId.contains(key) || queued.contains(key))
            continue;
        queued.insert(key);
        git_commit *found = nullptr;
        if (git_commit_lookup(&found, handle, &id) < 0)
            return lastFailure(QStringLiteral("Cannot read commit %1").arg(oidToHex(&id)));
        const CommitHandle commitObject(found);
        Pending entry{id, {}};
        const unsigned int parents = git_commit_parentcount(commitObject.get());
        for (unsigned int i = 0; i < parents; ++i) {
            const git_oid *parent = git_commit_parent_id(commitObject.get(), i);
            entry.parentIds.push_back(oidKey(*parent));
            stack.push_back(*parent);
        }
        const auto position = quint32(index.m_commits.size() + pending.size());
        index.m_byId.insert(key, position);
        pending.push_back(std::move(entry));
    }

    for (Pending &entry : pending) {
        if (stopped())
            return Error{QStringLiteral("Indexing was stopped.")};
        git_commit *looked = nullptr;
        if (git_commit_lookup(&looked, handle, &entry.id) < 0)
            return lastFailure(QStringLiteral("Cannot read commit %1").arg(oidToHex(&entry.id)));
        const CommitHandle owned(looked);
        git_commit *commit = owned.get();
        Commit indexed;
        indexed.id = oidKey(*git_commit_id(commit));
        indexed.time = git_commit_time(commit);
        git_tree *found = nullptr;
        if (git_commit_tree(&found, commit) < 0)
            return lastFailure(
                QStringLiteral("Cannot read the tree of %1").arg(oidToHex(git_commit_id(commit))));
        const TreeHandle tree(found);
        const auto compare = [&](git_tree *parentTree) -> Status {
            std::vector<QByteArray> files;
            if (const Status diffed = changedFiles(handle, parentTree, tree.get(), &files); !diffed)
                return diffed;
            std::vector<quint32> ids;
            ids.reserve(files.size());
            for (const QByteArray &file : files)
                ids.push_back(index.pathId(file));
            indexed.changed.push_back(std::move(ids));
            return success();
        };
        if (entry.parentIds.empty()) {
            if (const Status diffed = compare(nullptr); !diffed)
                return diffed.error();
        }
        for (unsigned int i = 0; i < entry.parentIds.size(); ++i) {
            indexed.parents.push_back(index.find(entry.parentIds[i]).value_or(NotIndexed));
            git_commit *parent = nullptr;
            if (git_commit_parent(&parent, commit, i) < 0)
                return lastFailure(
                    QStringLiteral("Cannot read a parent of %1").arg(oidToHex(git_commit_id(commit))));
            const CommitHandle parentCommit(parent);
            git_tree *parentTree = nullptr;
            if (git_commit_tree(&parentTree, parentCommit.get()) < 0)
                return lastFailure(QStringLiteral("Cannot read the tree of %1")
                                       .arg(oidToHex(git_commit_parent_id(commit, i))));
            const TreeHandle ownedParentTree(parentTree);
            if (const Status diffed = compare(ownedParentTree.get()); !diffed)
                return diffed.error();
        }
        index.m_commits.push_back(std::move(indexed));
    }
    const int added = int(index.m_commits.size() - firstNew);
    if (added == 0)
        return 0;

    const QString path = filePath(gitDirectory);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Error{QStringLiteral("Cannot create %1").arg(QFileInfo(path).path())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(index.serialize()) < 0 || !file.commit())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return added;
}

} // namespace sextant::git
