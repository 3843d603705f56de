// ApplicationSets, read-only: list (with ?projects=) and get, status included.
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/fleetstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

namespace {

QString projectOf(const SimAppSet &set)
{
    return set.object.value(QStringLiteral("spec"))
        .toObject()
        .value(QStringLiteral("template"))
        .toObject()
        .value(QStringLiteral("spec"))
        .toObject()
        .value(QStringLiteral("project"))
        .toString();
}

} // namespace

std::optional<HttpResponse> ApiServer::listApplicationSets(Call &call)
{
    const QStringList projects = call.request.queryValues(QStringLiteral("projects"));
    QJsonArray items;
    for (const auto &[name, set] : m_state.appSets)
        if (projects.isEmpty() || projects.contains(projectOf(set)))
            items.append(set.toJson());
    const QJsonObject list{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"),
                                                                     QString::number(m_state.version())}}},
                           {QStringLiteral("items"), items}};
    return jsonResponse(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

std::optional<HttpResponse> ApiServer::getApplicationSet(Call &call)
{
    const QString name = call.params.value(QStringLiteral("name"));
    const auto it = m_state.appSets.find(name);
    if (it == m_state.appSets.end())
        return errorResponse(grpc::NotFound,
                             QStringLiteral("applicationsets.argoproj.io \"%1\" not found").arg(name));
    return jsonResponse(QJsonDocument(it->second.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace sextant::fleetsim
