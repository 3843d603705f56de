#pragma once

#include "model/result.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace sextant {

// Which application: the instance it lives on, its own namespace and its name. Argo CD
// lets apps of one name live in several namespaces, so a name alone never identifies one.
struct AppRef {
    QString instance;
    QString appNamespace; // metadata.namespace; empty when not known (the server's own is meant)
    QString name;

    bool isNull() const { return name.isEmpty(); }

    // "instance/appNamespace/name": the key the store, cache, ledger and journal use.
    QString key() const { return instance + u'/' + appNamespace + u'/' + name; }
    // The inverse of key(); nullopt unless `key` has an instance part and a non-empty name.
    // Names and namespaces never contain '/', an instance may: the last two separators split.
    static std::optional<AppRef> fromKey(QStringView key);

    // "namespace/name", or the name when the namespace is not known.
    QString displayName() const { return appNamespace.isEmpty() ? name : appNamespace + u'/' + name; }
    // "instance · namespace/name", where apps of several instances are listed together.
    QString displayNameWithInstance() const
    {
        return instance.isEmpty() ? displayName() : instance + QStringLiteral(" · ") + displayName();
    }

    // Words an error of a request for this app: a 403 (Argo CD's PermissionDenied, which it
    // also answers for an app that does not exist) says which namespace was looked in.
    Error describeFailure(Error error) const;

    friend bool operator==(const AppRef &, const AppRef &) = default;
    friend std::strong_ordering operator<=>(const AppRef &a, const AppRef &b)
    {
        if (const int c = a.instance.compare(b.instance); c != 0)
            return c <=> 0;
        if (const int c = a.appNamespace.compare(b.appNamespace); c != 0)
            return c <=> 0;
        return a.name.compare(b.name) <=> 0;
    }
};

inline size_t qHash(const AppRef &ref, size_t seed = 0) noexcept
{
    return qHashMulti(seed, ref.instance, ref.appNamespace, ref.name);
}

} // namespace sextant
