#include "model/git/promotion.h"

#include "model/git/gitremote.h"
#include "model/git/gitrepository.h"
#include "model/git/overlayimages.h"
#include "model/support/yamledit.h"

#include <QSet>

#include <algorithm>

namespace sextant::git {
namespace {

// An image change in one target, for the message.
struct ImageChange {
    QString image;
    QString before;
    QString after;
};

// What one target gets.
struct TargetOutcome {
    QList<PromotedFile> files;
    QList<ImageChange> changes;
    QList<PromotionWarning> warnings;
    int added = 0;
    int updated = 0;
    int removed = 0;
};

QString normalizedDirectory(QString path)
{
    while (path.startsWith(QLatin1StringView("./")))
        path.remove(0, 2);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QString joinPath(const QString &directory, const QString &name)
{
    return directory.isEmpty() ? name : directory + u'/' + name;
}

QString fileName(const QString &path)
{
    return path.section(u'/', -1);
}

// "tag@digest", "tag", "@digest", with "newName:" in front when the image is renamed.
QString referenceText(const QString &newName, const QString &tag, const QString &digest)
{
    QString text = newName.isEmpty() ? QString() : newName + u':';
    text += tag;
    if (!digest.isEmpty())
        text += u'@' + digest;
    return text.isEmpty() ? QStringLiteral("(none)") : text;
}

// Warns about a reference that can change under the same text: a digest pins the image, a tag
// does not.
void warnIfMutable(const QString &path, const QString &image, const QString &tag, const QString &digest,
                   const QString &targetName, QList<PromotionWarning> *warnings)
{
    if (!digest.isEmpty())
        return;
    QString message;
    if (tag == QLatin1StringView("latest"))
        message = QStringLiteral("%1 uses the tag \"latest\" without a digest").arg(targetName);
    else if (tag.isEmpty())
        message = QStringLiteral("%1 names neither a tag nor a digest").arg(targetName);
    else if (targetName.startsWith(QLatin1StringView("prod")))
        message = QStringLiteral("%1 uses the tag %2 without a digest").arg(targetName, tag);
    if (!message.isEmpty())
        warnings->append({path, image, message});
}

Error fileError(const QString &path, const QString &message)
{
    return Error{QStringLiteral("%1: %2").arg(path, message)};
}

// Applies `edits` to a file of the target; a changed file becomes part of the outcome.
Status editFile(const QString &path, const QByteArray &before, const QList<YamlScalarEdit> &edits,
                TargetOutcome *outcome)
{
    if (edits.isEmpty())
        return success();
    const auto after = editYamlScalars(before, edits);
    if (!after)
        return fileError(path, after.errorMessage());
    if (*after != before) {
        outcome->files.append({path, before, *after, false});
        ++outcome->updated;
    }
    return success();
}

Result<QList<TreeFile>> overlayFiles(const GitRepository &repository, const QString &commit,
                                     const QString &path)
{
    auto files = repository.readFiles(commit, path, false);
    if (!files)
        return Error{QStringLiteral("The overlay %1 cannot be read: %2").arg(path, files.errorMessage())};
    return files;
}

// Images mode for a kustomize overlay: newTag, digest and newName of each source image.
Result<TargetOutcome> promoteKustomizeImages(const GitRepository &repository, const QString &commit,
                                             const QList<ImageReference> &sourceImages,
                                             const PromotionRequest::Target &target)
{
    const auto files = overlayFiles(repository, commit, target.path);
    if (!files)
        return files.error();
    const std::optional<TreeFile> kustomization = findKustomization(*files);
    if (!kustomization)
        return Error{QStringLiteral("The overlay %1 has no kustomization.yaml.").arg(target.path)};
    const auto targetImages = kustomizationImages(kustomization->content);
    if (!targetImages)
        return fileError(kustomization->path, targetImages.errorMessage());

    TargetOutcome outcome;
    QList<YamlScalarEdit> edits;
    for (const ImageReference &source : sourceImages) {
        const auto match =
            std::find_if(targetImages->cbegin(), targetImages->cend(),
                         [&source](const ImageReference &image) { return image.name == source.name; });
        if (match == targetImages->cend()) {
            outcome.warnings.append(
                {kustomization->path, source.name,
                 QStringLiteral("%1 does not list this image; it was left unchanged").arg(target.name)});
            continue;
        }
        const ImageReference &before = *match;
        ImageReference after = before;
        const QString selector = QStringLiteral("[name=%1]").arg(source.name);
        const auto set = [&](const QString &field, const QString &value, QString *current) {
            if (value.isEmpty() || value == *current)
                return;
            *current = value;
            edits.append({{QStringLiteral("images"), selector, field}, value});
        };
        set(QStringLiteral("newName"), source.newName, &after.newName);
        set(QStringLiteral("newTag"), source.newTag, &after.newTag);
        set(QStringLiteral("digest"), source.digest, &after.digest);
        if (source.digest.isEmpty() && !before.digest.isEmpty()) {
            outcome.warnings.append({kustomization->path, source.name,
                                     QStringLiteral("%1 keeps the digest %2, which wins over the tag")
                                         .arg(target.name, before.digest)});
        }
        if (after != before) {
            outcome.changes.append({source.name, referenceText(before.newName, before.newTag, before.digest),
                                    referenceText(after.newName, after.newTag, after.digest)});
        }
        warnIfMutable(kustomization->path, source.name, after.newTag, after.digest, target.name,
                      &outcome.warnings);
    }
    if (const Status edited = editFile(kustomization->path, kustomization->content, edits, &outcome); !edited)
        return edited.error();
    return outcome;
}

// The target values file that pairs with a source one: the same name, else the only one.
std::optional<TreeFile> pairedValuesFile(const QList<TreeFile> &targetValues, const QString &sourceName,
                                         bool onlySource)
{
    for (const TreeFile &file : targetValues) {
        if (fileName(file.path) == sourceName)
            return file;
    }
    if (onlySource && targetValues.size() == 1)
        return targetValues.front();
    return std::nullopt;
}

// Images mode for Helm values: tag and digest of each `image:` block, matched by its path.
Result<TargetOutcome> promoteValuesImages(const GitRepository &repository, const QString &commit,
                                          const QList<TreeFile> &sourceValues,
                                          const PromotionRequest::Target &target)
{
    const auto files = overlayFiles(repository, commit, target.path);
    if (!files)
        return files.error();
    const QList<TreeFile> targetValues = valuesFiles(*files);
    TargetOutcome outcome;
    for (const TreeFile &sourceFile : sourceValues) {
        const auto sourceImages = valuesImages(sourceFile.content);
        if (!sourceImages)
            return fileError(sourceFile.path, sourceImages.errorMessage());
        const std::optional<TreeFile> targetFile =
            pairedValuesFile(targetValues, fileName(sourceFile.path), sourceValues.size() == 1);
        if (!targetFile) {
            for (const ValuesImage &image : *sourceImages) {
                outcome.warnings.append({joinPath(target.path, fileName(sourceFile.path)),
                                         image.displayName(),
                                         QStringLiteral("%1 has no %2; the image was left unchanged")
                                             .arg(target.name, fileName(sourceFile.path))});
            }
            continue;
        }
        const auto targetImages = valuesImages(targetFile->content);
        if (!targetImages)
            return fileError(targetFile->path, targetImages.errorMessage());
        QList<YamlScalarEdit> edits;
        for (const ValuesImage &source : *sourceImages) {
            const auto match =
                std::find_if(targetImages->cbegin(), targetImages->cend(),
                             [&source](const ValuesImage &image) { return image.path == source.path; });
            if (match == targetImages->cend()) {
                outcome.warnings.append({targetFile->path, source.displayName(),
                                         QStringLiteral("%1 has no %2 block; it was left unchanged")
                                             .arg(target.name, yamlPathText(source.path))});
                continue;
            }
            const ValuesImage &before = *match;
            ValuesImage after = before;
            const auto set = [&](const QString &field, const QString &value, QString *current) {
                if (value.isEmpty() || value == *current)
                    return;
                *current = value;
                edits.append({source.path + QStringList{field}, value});
            };
            set(QStringLiteral("tag"), source.tag, &after.tag);
            set(QStringLiteral("digest"), source.digest, &after.digest);
            if (source.digest.isEmpty() && !before.digest.isEmpty()) {
                outcome.warnings.append({targetFile->path, after.displayName(),
                                         QStringLiteral("%1 keeps the digest %2, which wins over the tag")
                                             .arg(target.name, before.digest)});
            }
            if (after.tag != before.tag || after.digest != before.digest) {
                outcome.changes.append({after.displayName(), referenceText({}, before.tag, before.digest),
                                        referenceText({}, after.tag, after.digest)});
            }
            warnIfMutable(targetFile->path, after.displayName(), after.tag, after.digest, target.name,
                          &outcome.warnings);
        }
        if (const Status edited = editFile(targetFile->path, targetFile->content, edits, &outcome); !edited)
            return edited.error();
    }
    return outcome;
}

// The files below `directory`, keyed by their path relative to it; none when it does not exist.
Result<QMap<QString, QByteArray>> directoryFiles(const GitRepository &repository, const QString &commit,
                                                 const QString &directory, bool mayBeMissing)
{
    const auto files = repository.readFiles(commit, directory, true);
    if (!files) {
        if (mayBeMissing && failureOf(files.error()) == GitFailure::NotFound)
            return QMap<QString, QByteArray>();
        return Error{
            QStringLiteral("The directory %1 cannot be read: %2").arg(directory, files.errorMessage())};
    }
    QMap<QString, QByteArray> byPath;
    for (const TreeFile &file : *files)
        byPath.insert(file.path.mid(directory.size() + 1), file.content);
    return byPath;
}

// The name of the kustomization among `files` (relative paths), or empty.
QString kustomizationName(const QMap<QString, QByteArray> &files)
{
    for (const QString &name : kustomizationFileNames()) {
        if (files.contains(name))
            return name;
    }
    return {};
}

// The images of the kustomization among `files`, for the message and the warnings only: the files
// are copied as they are, so one that does not parse names no images.
QList<ImageReference> directoryImages(const QMap<QString, QByteArray> &files)
{
    const QString name = kustomizationName(files);
    if (name.isEmpty())
        return {};
    const auto images = kustomizationImages(files.value(name));
    return images ? *images : QList<ImageReference>();
}

// Whole-directory mode: the target becomes a copy of the source directory.
Result<TargetOutcome> copyDirectory(const GitRepository &repository, const QString &commit,
                                    const QMap<QString, QByteArray> &source,
                                    const PromotionRequest::Target &target)
{
    const auto existing = directoryFiles(repository, commit, target.path, true);
    if (!existing)
        return existing.error();
    TargetOutcome outcome;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        const QString path = joinPath(target.path, it.key());
        const auto old = existing->constFind(it.key());
        if (old == existing->cend()) {
            outcome.files.append({path, {}, it.value(), false});
            ++outcome.added;
        } else if (*old != it.value()) {
            outcome.files.append({path, *old, it.value(), false});
            ++outcome.updated;
        }
    }
    for (auto it = existing->cbegin(); it != existing->cend(); ++it) {
        if (!source.contains(it.key())) {
            outcome.files.append({joinPath(target.path, it.key()), it.value(), {}, true});
            ++outcome.removed;
        }
    }
    const QList<ImageReference> before = directoryImages(*existing);
    for (const ImageReference &after : directoryImages(source)) {
        const auto match =
            std::find_if(before.cbegin(), before.cend(),
                         [&after](const ImageReference &image) { return image.name == after.name; });
        const QString old = match == before.cend()
                                ? QStringLiteral("(none)")
                                : referenceText(match->newName, match->newTag, match->digest);
        const QString now = referenceText(after.newName, after.newTag, after.digest);
        if (old != now)
            outcome.changes.append({after.name, old, now});
        warnIfMutable(joinPath(target.path, kustomizationName(source)), after.name, after.newTag,
                      after.digest, target.name, &outcome.warnings);
    }
    return outcome;
}

QString fileCounts(const TargetOutcome &outcome)
{
    QStringList parts;
    if (outcome.updated > 0)
        parts.append(QStringLiteral("%1 updated").arg(outcome.updated));
    if (outcome.added > 0)
        parts.append(QStringLiteral("%1 added").arg(outcome.added));
    if (outcome.removed > 0)
        parts.append(QStringLiteral("%1 removed").arg(outcome.removed));
    return QStringLiteral("files: %1").arg(parts.join(QStringLiteral(", ")));
}

// The subject, the image changes per changed target, and one trailer per changed target (per
// requested target when none changes). `outcomes` line up with request.targets.
QString promotionMessage(const PromotionRequest &request, const QList<TargetOutcome> &outcomes)
{
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!outcomes.at(i).files.isEmpty())
            shown.append(i);
    }
    if (shown.isEmpty()) {
        for (qsizetype i = 0; i < request.targets.size(); ++i)
            shown.append(i);
    }
    QStringList names;
    for (const qsizetype i : std::as_const(shown))
        names.append(request.targets.at(i).name);
    QString message =
        QStringLiteral("Promote %1 to %2\n").arg(request.fromName, names.join(QStringLiteral(", ")));
    for (const qsizetype i : std::as_const(shown)) {
        const TargetOutcome &outcome = outcomes.at(i);
        if (outcome.files.isEmpty())
            continue;
        message += QStringLiteral("\n%1 (%2):\n").arg(request.targets.at(i).name, request.targets.at(i).path);
        for (const ImageChange &change : outcome.changes)
            message += QStringLiteral("- %1: %2 → %3\n").arg(change.image, change.before, change.after);
        if (request.wholeDirectory)
            message += QStringLiteral("- %1\n").arg(fileCounts(outcome));
    }
    message += u'\n';
    for (const qsizetype i : std::as_const(shown))
        message +=
            QStringLiteral("Sextant-Promotion: %1 -> %2\n").arg(request.fromName, request.targets.at(i).name);
    return message;
}

Status checkRequest(const PromotionRequest &request)
{
    if (request.fromPath.isEmpty())
        return Error{QStringLiteral("The promotion has no source overlay.")};
    if (request.targets.isEmpty())
        return Error{QStringLiteral("The promotion has no target.")};
    QSet<QString> seen;
    for (const PromotionRequest::Target &target : request.targets) {
        if (target.path.isEmpty())
            return Error{QStringLiteral("The target %1 has no path.").arg(target.name)};
        if (target.path == request.fromPath)
            return Error{QStringLiteral("The target %1 is the source overlay.").arg(target.path)};
        if (target.path.startsWith(request.fromPath + u'/') ||
            request.fromPath.startsWith(target.path + u'/'))
            return Error{QStringLiteral("The target %1 and the source %2 contain one another.")
                             .arg(target.path, request.fromPath)};
        if (seen.contains(target.path))
            return Error{QStringLiteral("The target %1 is named twice.").arg(target.path)};
        seen.insert(target.path);
    }
    return success();
}

} // namespace

Result<PromotionPlan> planPromotion(const GitRepository &repository, const PromotionRequest &request)
{
    PromotionRequest normalized = request;
    normalized.fromPath = normalizedDirectory(request.fromPath);
    for (PromotionRequest::Target &target : normalized.targets)
        target.path = normalizedDirectory(target.path);
    if (const Status checked = checkRequest(normalized); !checked)
        return checked.error();
    const auto commit = repository.resolveCommit(request.commit);
    if (!commit)
        return commit.error();

    QList<TargetOutcome> outcomes;
    if (normalized.wholeDirectory) {
        const auto source = directoryFiles(repository, *commit, normalized.fromPath, false);
        if (!source)
            return source.error();
        if (source->isEmpty())
            return Error{QStringLiteral("The overlay %1 has no files.").arg(normalized.fromPath)};
        for (const PromotionRequest::Target &target : std::as_const(normalized.targets)) {
            auto outcome = copyDirectory(repository, *commit, *source, target);
            if (!outcome)
                return outcome.error();
            outcomes.append(std::move(*outcome));
        }
    } else {
        const auto files = overlayFiles(repository, *commit, normalized.fromPath);
        if (!files)
            return files.error();
        const std::optional<TreeFile> kustomization = findKustomization(*files);
        const QList<TreeFile> values = valuesFiles(*files);
        std::optional<QList<ImageReference>> sourceImages;
        if (kustomization) {
            auto images = kustomizationImages(kustomization->content);
            if (!images)
                return fileError(kustomization->path, images.errorMessage());
            sourceImages = std::move(*images);
        } else if (values.isEmpty()) {
            return Error{QStringLiteral("The overlay %1 has neither a kustomization.yaml nor a values file.")
                             .arg(normalized.fromPath)};
        }
        for (const PromotionRequest::Target &target : std::as_const(normalized.targets)) {
            auto outcome = sourceImages ? promoteKustomizeImages(repository, *commit, *sourceImages, target)
                                        : promoteValuesImages(repository, *commit, values, target);
            if (!outcome)
                return outcome.error();
            outcomes.append(std::move(*outcome));
        }
    }

    PromotionPlan plan;
    for (const TargetOutcome &outcome : std::as_const(outcomes)) {
        plan.files += outcome.files;
        plan.warnings += outcome.warnings;
    }
    plan.message = promotionMessage(normalized, outcomes);
    return plan;
}

QMap<QString, std::optional<QByteArray>> promotionChanges(const PromotionPlan &plan)
{
    QMap<QString, std::optional<QByteArray>> changes;
    for (const PromotedFile &file : plan.files) {
        if (file.deleted)
            changes.insert(file.path, std::nullopt);
        else
            changes.insert(file.path, file.after);
    }
    return changes;
}

} // namespace sextant::git
