#include "model/diff/resourcediff.h"

namespace sextant::diff {

QString toString(ResourceChange change)
{
    switch (change) {
    case ResourceChange::Unchanged: return QStringLiteral("Unchanged");
    case ResourceChange::Modified: return QStringLiteral("Modified");
    case ResourceChange::ToCreate: return QStringLiteral("ToCreate");
    case ResourceChange::ToPrune: return QStringLiteral("ToPrune");
    }
    return {};
}

QList<ImageChange> imageChanges(const QJsonValue &, const QJsonValue &, const QString &)
{
    return {};
}

ResourceDiff diffResource(const ManagedResource &resource, const QList<IgnoreDifferenceRule> &,
                          const DiffOptions &)
{
    ResourceDiff diff;
    diff.identity = resource.identity();
    diff.group = resource.group;
    diff.kind = resource.kind;
    diff.ns = resource.ns;
    diff.name = resource.name;
    return diff;
}

ApplicationDiff diffApplication(const QList<ManagedResource> &resources, const QJsonObject &,
                                const DiffOptions &options)
{
    ApplicationDiff result;
    for (const ManagedResource &resource : resources)
        result.resources.append(diffResource(resource, {}, options));
    result.unchanged = int(result.resources.size());
    return result;
}

} // namespace sextant::diff
