#include "model/diff/keyorder.h"

namespace sextant::diff {

namespace {

using namespace Qt::StringLiterals;

bool endsWith(const QStringList &path, QLatin1StringView a, QLatin1StringView b)
{
    const qsizetype n = path.size();
    return n >= 2 && path[n - 2] == a && path[n - 1] == b;
}

} // namespace

QStringList kubectlKeyOrder(const QJsonObject &object, const QStringList &path)
{
    // Static lists: this runs once per object of manifests of tens of thousands of lines.
    static const QStringList root = {u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"spec"_s};
    static const QStringList metadata = {u"name"_s,        u"generateName"_s,    u"namespace"_s, u"labels"_s,
                                         u"annotations"_s, u"ownerReferences"_s, u"finalizers"_s};
    static const QStringList container = {u"name"_s, u"image"_s, u"imagePullPolicy"_s, u"command"_s,
                                          u"args"_s};
    static const QStringList named = {u"name"_s};
    static const QStringList selectorFirst = {u"replicas"_s, u"selector"_s, u"template"_s};
    static const QStringList podTemplate = {u"metadata"_s, u"spec"_s};

    if (path.isEmpty())
        return root;
    const QString &last = path.last();
    if (last == "metadata"_L1)
        return metadata;
    if (last == "[]"_L1) {
        if (endsWith(path, "containers"_L1, "[]"_L1) || endsWith(path, "initContainers"_L1, "[]"_L1) ||
            endsWith(path, "ephemeralContainers"_L1, "[]"_L1))
            return container;
        // Keyed list items (ports, env, volumes, volumeMounts, rules...) read best by name.
        if (object.contains("name"_L1))
            return named;
        return {};
    }
    if (last == "spec"_L1 && path.size() == 1)
        return selectorFirst;
    if (last == "template"_L1)
        return podTemplate;
    return {};
}

} // namespace sextant::diff
