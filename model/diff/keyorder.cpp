#include "model/diff/keyorder.h"

namespace sextant::diff {

QStringList kubectlKeyOrder(const QJsonObject &, const QStringList &)
{
    return {};
}

} // namespace sextant::diff
