#include "model/fleet/gitchangeloader.h"

#include "model/diff/secretmask.h"
#include "model/diff/textdiff.h"
#include "model/fleet/repositorymirrors.h"
#include "model/support/jsontoyaml.h"
#include "model/support/yamltojson.h"

#include <QJsonArray>

namespace sextant {

using namespace Qt::StringLiterals;

namespace {

bool holdsSecret(const QList<QJsonObject> &documents)
{
    return std::any_of(documents.cbegin(), documents.cend(), [](const QJsonObject &document) {
        const QString apiVersion = document.value("apiVersion"_L1).toString();
        return diff::isCoreSecret(apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString(),
                                  document.value("kind"_L1).toString());
    });
}

// Documents keyed by kind/namespace/name, so the two sides of one Secret mask together.
QString documentKey(const QJsonObject &document)
{
    const QJsonObject metadata = document.value("metadata"_L1).toObject();
    return document.value("kind"_L1).toString() + u'/' + metadata.value("namespace"_L1).toString() + u'/' +
           metadata.value("name"_L1).toString();
}

QByteArray joinDocuments(const QList<QJsonObject> &documents)
{
    QByteArray text;
    for (const QJsonObject &document : documents) {
        if (!text.isEmpty())
            text += "---\n";
        text += toYaml(document);
    }
    return text;
}

} // namespace

MaskedTexts maskSecretsInFiles(const QByteArray &before, const QByteArray &after)
{
    auto beforeDocuments = parseYamlDocuments(before);
    auto afterDocuments = parseYamlDocuments(after);
    const bool secret = (beforeDocuments && holdsSecret(*beforeDocuments)) ||
                        (afterDocuments && holdsSecret(*afterDocuments));
    if (!secret)
        return {before, after, false};
    // A file that holds a Secret but does not parse on one side shows nothing of that side.
    QList<QJsonObject> left = beforeDocuments ? *beforeDocuments : QList<QJsonObject>{};
    QList<QJsonObject> right = afterDocuments ? *afterDocuments : QList<QJsonObject>{};
    for (QJsonObject &document : left) {
        const QString key = documentKey(document);
        QJsonObject *other = nullptr;
        for (QJsonObject &candidate : right) {
            if (documentKey(candidate) == key)
                other = &candidate;
        }
        const diff::MaskedSecret masked =
            diff::maskSecretValues(document, other ? QJsonValue(*other) : QJsonValue());
        document = masked.live.toObject();
        if (other)
            *other = masked.desired.toObject();
    }
    for (QJsonObject &document : right) {
        const QString key = documentKey(document);
        const bool paired = std::any_of(left.cbegin(), left.cend(), [&](const QJsonObject &candidate) {
            return documentKey(candidate) == key;
        });
        if (!paired)
            document = diff::maskSecretValues(QJsonValue(), document).desired.toObject();
    }
    MaskedTexts texts;
    texts.before = before.isEmpty()  ? QByteArray()
                   : beforeDocuments ? joinDocuments(left)
                                     : "# (not shown: unreadable YAML)\n";
    texts.after = after.isEmpty()  ? QByteArray()
                  : afterDocuments ? joinDocuments(right)
                                   : "# (not shown: unreadable YAML)\n";
    texts.masked = true;
    return texts;
}

GitChangeLoader::GitChangeLoader(RepositoryMirrors *mirrors, QObject *parent)
    : QObject(parent)
    , m_mirrors(mirrors)
{
    qRegisterMetaType<QList<sextant::GitFileDiff>>();
}

Result<QList<GitFileDiff>> GitChangeLoader::diffFiles(const QList<git::FileChange> &changes)
{
    QList<GitFileDiff> files;
    files.reserve(changes.size());
    for (const git::FileChange &change : changes) {
        const MaskedTexts texts = maskSecretsInFiles(change.before, change.after);
        auto document = diff::diffTexts(texts.before, texts.after);
        if (!document)
            return document.error();
        files.append(GitFileDiff{change.kind, change.path, std::move(document).value(), texts.masked});
    }
    return files;
}

void GitChangeLoader::loadCommit(const QString &repoUrl, const QString &commit, const QStringList &paths)
{
    load(repoUrl,
         [commit, paths](git::GitRepository &mirror) { return mirror.commitChanges(commit, paths); });
}

void GitChangeLoader::loadRange(const QString &repoUrl, const QString &from, const QString &to,
                                const QStringList &paths)
{
    load(repoUrl, [from, to, paths](git::GitRepository &mirror) { return mirror.changes(from, to, paths); });
}

void GitChangeLoader::clear()
{
    ++m_request; // an answer under way is dropped
}

void GitChangeLoader::load(const QString &repoUrl,
                           std::function<Result<QList<git::FileChange>>(git::GitRepository &)> read)
{
    const quint64 request = ++m_request;
    m_mirrors->read<QList<GitFileDiff>>(
        repoUrl, this,
        [read = std::move(read)](git::GitRepository &mirror) -> Result<QList<GitFileDiff>> {
            auto changes = read(mirror);
            if (!changes)
                return changes.error();
            return diffFiles(*changes);
        },
        [this, request](Result<QList<GitFileDiff>> result) {
            if (request != m_request)
                return;
            if (result)
                emit loaded(*result);
            else
                emit failed(result.error().message);
        });
}

} // namespace sextant
