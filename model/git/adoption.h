#pragma once

#include "model/git/promotion.h"
#include "model/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sextant::git {

class GitRepository;

// One field changed live, to be written into Git.
struct AdoptedField {
    QString pathText;     // as the drift view shows it: "spec.template.spec.containers[0].image"
    QStringList yamlPath; // as the YAML editor addresses it: {"spec", …, "[name=web]", "image"}
    QJsonValue value;     // the live value; undefined when the field was removed live
};

// Bringing the live values of a resource's drifted fields into the files that define it.
struct AdoptionRequest {
    QString commit;     // the revision the files are read at (the head of the branch the app tracks)
    QString sourcePath; // the app's directory in the repository ("" for the root)
    QString appName;    // for the commit message
    QString apiVersion; // the resource as it runs: "apps/v1"
    QString kind;
    QString ns; // "" for a cluster-scoped resource
    QString name;
    QList<AdoptedField> fields;
};

// A field that could not be written into Git, and why.
struct UnadoptedField {
    QString pathText;
    QString reason;
};

struct AdoptionPlan {
    QList<PromotedFile> files; // the files as they would change (none when nothing could be written)
    QList<UnadoptedField> unadopted;
    // When some field could not be written: a manifest (or patch) holding just those fields with
    // their live values, to add by hand.
    QByteArray yamlToAdd;
    // "Bring live Deployment web into Git for <app>", a body listing the fields and their values,
    // and a "Sextant-Adopt: <kind>/<namespace>/<name>" trailer.
    QString message;
};

// Finds where the app's source defines the resource at request.commit and computes the edits
// that give its drifted fields their live values, without writing:
//  - a directory of plain manifests: the document of that kind and name (multi-document files
//    too) is edited in place;
//  - a Kustomize overlay: a patch file in the overlay directory that names the resource, or a
//    manifest the overlay lists itself; a container image goes into the kustomization's
//    `images:` entry for that image. Fields defined only in a base (which other overlays may
//    share) are not written: they come back as unadopted, with the patch to add.
// Edits keep the files' comments and layout (editYamlScalars). Secrets are refused: their values
// never go into Git. Fails only when the files cannot be read; fields that cannot be adopted are
// listed in the plan with the reason.
Result<AdoptionPlan> planAdoption(const GitRepository &repository, const AdoptionRequest &request);

} // namespace sextant::git
