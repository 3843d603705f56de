#include "model/diff/normalize.h"

namespace sextant::diff {

bool IgnoreDifferenceRule::matches(const QString &, const QString &, const QString &, const QString &) const
{
    return false;
}

QString IgnoreDifferenceRule::describe() const
{
    return kind;
}

QList<IgnoreDifferenceRule> decodeIgnoreDifferences(const QJsonObject &)
{
    return {};
}

QJsonValue normalizeObject(const QJsonValue &object, const NormalizeOptions &)
{
    return object;
}

IgnoredPair applyIgnoreDifferences(const QJsonValue &live, const QJsonValue &desired, const QString &,
                                   const QString &, const QString &, const QString &,
                                   const QList<IgnoreDifferenceRule> &)
{
    return {live, desired, {}};
}

JsonPointer parseJsonPointer(const QString &)
{
    return {};
}

} // namespace sextant::diff
