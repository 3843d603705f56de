// The watch streams' entry points: parameters and access, then WatchHub.
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/fleetstate.h"
#include "fleetsim/watchhub.h"

namespace sextant::fleetsim {

std::optional<HttpResponse> ApiServer::watchApplications(Call &call)
{
    const HttpRequest &request = call.request;
    WatchHub::AppFilter filter;
    filter.name = request.queryValue(QStringLiteral("name"));
    filter.appNamespace = request.queryValue(QStringLiteral("appNamespace"));
    filter.projects =
        request.queryValues(QStringLiteral("projects")) + request.queryValues(QStringLiteral("project"));
    filter.projects.removeAll(QString());
    const QString selector = request.queryValue(QStringLiteral("selector"));
    if (!selector.isEmpty()) {
        auto parsed = LabelSelector::parse(selector);
        if (!parsed) {
            m_watch->rejectStream(call.connection, request, grpc::Unknown, parsed.errorMessage());
            return std::nullopt;
        }
        filter.selector = *parsed;
    }
    const QString version = request.queryValue(QStringLiteral("resourceVersion"));
    filter.minVersion = version.toLongLong();
    // The initial ADDED snapshot only without a resourceVersion, or with a name.
    filter.snapshot = version.isEmpty() || !filter.name.isEmpty();
    filter.fields = parseFieldsQuery(request.queryValue(QStringLiteral("fields")));
    m_watch->watchApplications(call.connection, request, filter);
    return std::nullopt;
}

std::optional<HttpResponse> ApiServer::watchResourceTree(Call &call)
{
    const QString name = call.params.value(QStringLiteral("applicationName"));
    std::optional<HttpResponse> error;
    if (!findApp(call, name, error)) {
        const bool notFound = error->status == 404;
        m_watch->rejectStream(call.connection, call.request,
                              notFound ? grpc::NotFound : grpc::PermissionDenied,
                              notFound ? QStringLiteral("applications.argoproj.io \"%1\" not found").arg(name)
                                       : QStringLiteral("permission denied"));
        return std::nullopt;
    }
    m_watch->watchResourceTree(call.connection, call.request,
                               m_state.keyOf(call.request.queryValue(QStringLiteral("appNamespace")), name));
    return std::nullopt;
}

} // namespace sextant::fleetsim
