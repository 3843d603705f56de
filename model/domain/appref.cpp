#include "model/domain/appref.h"

namespace sextant {

std::optional<AppRef> AppRef::fromKey(QStringView key)
{
    const qsizetype nameAt = key.lastIndexOf(u'/');
    if (nameAt <= 0 || nameAt == key.size() - 1)
        return std::nullopt;
    const qsizetype namespaceAt = key.left(nameAt).lastIndexOf(u'/');
    if (namespaceAt < 0)
        return std::nullopt;
    return AppRef{key.left(namespaceAt).toString(),
                  key.mid(namespaceAt + 1, nameAt - namespaceAt - 1).toString(),
                  key.mid(nameAt + 1).toString()};
}

Error AppRef::describeFailure(Error error) const
{
    if (error.code != 403)
        return error;
    const QString where = appNamespace.isEmpty() ? QStringLiteral("the server's own namespace")
                                                 : QStringLiteral("namespace %1").arg(appNamespace);
    const QString said =
        error.serverMessage.isEmpty() ? QStringLiteral("permission denied") : error.serverMessage;
    error.message =
        QStringLiteral("The application %1 was not found in %2 or not permitted (403 Forbidden: %3). "
                       "Argo CD answers so for an app that is gone, lives in another namespace, or "
                       "is outside what your account may see.")
            .arg(name, where, said);
    return error;
}

} // namespace sextant
