#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sextant::git {

class GitRepository;

// One entry of a kustomization's `images:` list.
struct ImageReference {
    QString name;
    QString newName;
    QString newTag;
    QString digest;

    friend bool operator==(const ImageReference &, const ImageReference &) = default;
};

// The `images:` entries of a kustomization.yaml, in their order; none when it has no `images:`.
// Fails when the text does not parse, `images` is not a sequence or an entry has no `name`.
Result<QList<ImageReference>> kustomizationImages(const QByteArray &kustomizationYaml);

// Promoting what an environment's overlay deploys to other environments.
struct PromotionRequest {
    QString commit;   // the revision both overlays are read at (usually the branch head)
    QString fromPath; // the source overlay directory, e.g. "envs/staging/web"
    QString fromName; // the source environment, for the message, e.g. "staging"
    struct Target {
        QString path; // e.g. "envs/prod-eu-1/web"
        QString name; // e.g. "prod-eu-1"
    };
    QList<Target> targets;
    // Copy every file below fromPath over each target (adding, updating and deleting files);
    // otherwise only the image references change.
    bool wholeDirectory = false;
};

// One file a promotion writes: `before` is empty for a new file; a deleted file has `deleted` set
// and an empty `after`.
struct PromotedFile {
    QString path;
    QByteArray before;
    QByteArray after;
    bool deleted = false;
};

// Something to look at before committing: a mutable image reference after the promotion (tag
// "latest", neither tag nor digest, a tag without digest in a target whose name starts with
// "prod"), a digest the target keeps (it wins over the new tag) because the source has none, or an
// image the promotion could not carry over.
struct PromotionWarning {
    QString path;  // the file in the target
    QString image; // the image name (kustomize) or repository (Helm values)
    QString message;
};

struct PromotionPlan {
    QList<PromotedFile> files; // targets that end up unchanged have none
    QList<PromotionWarning> warnings;
    // "Promote <from> to <targets>", a body listing the image changes per target and one
    // "Sextant-Promotion: <from> -> <target>" trailer per changed target (per requested target when
    // nothing changes).
    QString message;
};

// Reads the overlays at request.commit and computes the files each target gets, without writing.
// Blocking Git IO: run it off the GUI thread, on a GitRepository that thread owns.
// Images mode: each image of the source kustomization.yaml (matched by name in the target's) gets
// the source's newTag, digest and newName, edited in place so comments and layout stay; without
// a kustomization, the values*.yaml files carry `image: {repository, tag, digest}` at the top level
// or one level down (web.image), matched by their path. Fails when an overlay is missing or has
// neither, or a file does not parse.
Result<PromotionPlan> planPromotion(const GitRepository &repository, const PromotionRequest &request);

// The files of a plan as GitRepository::commitFiles expects them: nullopt deletes.
QMap<QString, std::optional<QByteArray>> promotionChanges(const PromotionPlan &plan);

} // namespace sextant::git
