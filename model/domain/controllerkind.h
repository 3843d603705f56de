#pragma once

#include <QString>

namespace sextant {

// Which GitOps controller owns an object. Every application, cluster, project and
// repository in the fleet carries the kind of the instance it came from.
enum class ControllerKind : quint8 {
    ArgoCd, // Argo CD: Applications, clusters, AppProjects, repositories
    Flux,   // Flux: Kustomizations and HelmReleases with their sources
};

// "Argo CD", "Flux": for the operator.
QString displayName(ControllerKind kind);

} // namespace sextant
