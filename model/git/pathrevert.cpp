#include "model/git/pathrevert.h"

#include "model/git/gitremote.h"
#include "model/git/gitrepository.h"

#include <optional>

namespace sextant::git {

using namespace Qt::StringLiterals;

bool pathIsUnder(const QString &path, const QStringList &paths)
{
    for (QString prefix : paths) {
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        if (prefix.isEmpty() || prefix == "."_L1 || path == prefix || path.startsWith(prefix + u'/'))
            return true;
    }
    return false;
}

namespace {

// The file's content at `commit`, nullopt when it has none there.
Result<std::optional<QByteArray>> contentAt(const GitRepository &repository, const QString &commit,
                                            const QString &path)
{
    auto content = repository.readFile(commit, path);
    if (content)
        return std::optional<QByteArray>(std::move(content).value());
    if (failureOf(content.error()) == GitFailure::NotFound)
        return std::optional<QByteArray>();
    return content.error();
}

} // namespace

Result<PathRevert> revertInPaths(const GitRepository &repository, const QString &onto, const QString &commit,
                                 const QStringList &paths)
{
    auto changes = repository.commitChanges(commit, {});
    if (!changes)
        return changes.error();
    PathRevert revert;
    for (const FileChange &change : std::as_const(*changes)) {
        if (!pathIsUnder(change.path, paths)) {
            revert.outside << change.path;
            continue;
        }
        auto current = contentAt(repository, onto, change.path);
        if (!current)
            return current.error();
        const std::optional<QByteArray> before =
            change.kind == FileChange::Kind::Added ? std::nullopt : std::optional<QByteArray>(change.before);
        const std::optional<QByteArray> after =
            change.kind == FileChange::Kind::Deleted ? std::nullopt : std::optional<QByteArray>(change.after);
        if (*current == before) {
            revert.undone << change.path;
        } else if (*current != after) {
            revert.conflicts << change.path;
        } else if (!before) {
            revert.files.append(PromotedFile{change.path, current->value_or(QByteArray()), {}, true});
        } else {
            revert.files.append(PromotedFile{change.path, current->value_or(QByteArray()), *before, false});
        }
    }
    return revert;
}

} // namespace sextant::git
