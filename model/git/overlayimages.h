#pragma once

// Where the files of a deployment overlay name their container images: a kustomization's
// `images:` list (kustomizationImages, promotion.h) or `image:` blocks of Helm values files.

#include "model/git/gittypes.h"
#include "model/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sextant::git {

// The names kustomize looks for in an overlay, in its order of preference.
QStringList kustomizationFileNames();
// The kustomization among the files of one directory, if any.
std::optional<TreeFile> findKustomization(const QList<TreeFile> &files);
// The Helm values files among the files of one directory: values*.yaml and values*.yml.
QList<TreeFile> valuesFiles(const QList<TreeFile> &files);

// An `image:` mapping of a Helm values file, with the texts of its scalars.
struct ValuesImage {
    QStringList path; // {"image"} or {"web", "image"}
    QString repository;
    QString tag;
    QString digest;

    // The repository, else the path.
    QString displayName() const;
};

// The `image:` mappings that hold a repository, tag or digest: at the top level and one level
// down. Fails when the text does not parse or is not a mapping.
Result<QList<ValuesImage>> valuesImages(const QByteArray &valuesYaml);

} // namespace sextant::git
