#include "model/domain/controllerkind.h"

namespace sextant {

QString displayName(ControllerKind kind)
{
    switch (kind) {
    case ControllerKind::ArgoCd: return QStringLiteral("Argo CD");
    case ControllerKind::Flux: return QStringLiteral("Flux");
    }
    return QStringLiteral("unknown controller");
}

} // namespace sextant
