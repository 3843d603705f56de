#include "model/diff/secretmask.h"

namespace sextant::diff {

bool isCoreSecret(const QString &group, const QString &kind)
{
    return group.isEmpty() && kind == u"Secret";
}

MaskedSecret maskSecretValues(const QJsonValue &, const QJsonValue &)
{
    return {}; // stub: nothing leaves
}

} // namespace sextant::diff
