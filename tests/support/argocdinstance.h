#pragma once

#include "model/argocd/argocdbackend.h"
#include "model/argocd/argocdclient.h"
#include "model/fleet/fleetconnector.h"

namespace sextant::testing {

// Connects an Argo CD instance through the controller seam, as the app does, and hands back
// its client for tests that watch the connection itself.
inline argocd::ArgoCdClient *addArgoCdInstance(FleetConnector &connector,
                                               const argocd::InstanceConfig &config)
{
    auto *backend = static_cast<argocd::ArgoCdBackend *>(
        connector.addBackend(std::make_unique<argocd::ArgoCdBackend>(config)));
    return &backend->client();
}

// The client of a connected Argo CD instance (null when there is none).
inline argocd::ArgoCdClient *argoCdClient(const FleetConnector &connector, const QString &instance)
{
    auto *backend = qobject_cast<argocd::ArgoCdBackend *>(connector.backend(instance));
    return backend ? &backend->client() : nullptr;
}

} // namespace sextant::testing
