#include "model/git/overlayimages.h"

#include "model/git/promotion.h"
#include "model/support/yamledit.h"

#include <yaml-cpp/yaml.h>

#include <exception>
#include <string>

namespace sextant::git {
namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString fileName(const QString &path)
{
    return path.section(u'/', -1);
}

Result<YAML::Node> load(const QByteArray &text)
{
    try {
        return YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("line %1, column %2: %3")
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(fromStd(e.msg))};
    } catch (const std::exception &e) {
        return Error{QString::fromUtf8(e.what())};
    }
}

// The text of the scalar at `key` of a mapping; empty when it is missing or no scalar.
QString scalarAt(const YAML::Node &mapping, const char *key)
{
    const YAML::Node value = mapping[key]; // invalid when the key is missing
    return value && value.IsScalar() ? fromStd(value.Scalar()) : QString();
}

std::optional<ValuesImage> imageAt(const YAML::Node &node, const QStringList &path)
{
    if (!node || !node.IsMap())
        return std::nullopt;
    ValuesImage image{path, scalarAt(node, "repository"), scalarAt(node, "tag"), scalarAt(node, "digest")};
    if (!node["repository"] && !node["tag"] && !node["digest"])
        return std::nullopt;
    return image;
}

} // namespace

QStringList kustomizationFileNames()
{
    return {QStringLiteral("kustomization.yaml"), QStringLiteral("kustomization.yml"),
            QStringLiteral("Kustomization")};
}

std::optional<TreeFile> findKustomization(const QList<TreeFile> &files)
{
    for (const QString &name : kustomizationFileNames()) {
        for (const TreeFile &file : files) {
            if (fileName(file.path) == name)
                return file;
        }
    }
    return std::nullopt;
}

QList<TreeFile> valuesFiles(const QList<TreeFile> &files)
{
    QList<TreeFile> values;
    for (const TreeFile &file : files) {
        const QString name = fileName(file.path);
        if (name.startsWith(QLatin1StringView("values")) &&
            (name.endsWith(QLatin1StringView(".yaml")) || name.endsWith(QLatin1StringView(".yml"))))
            values.append(file);
    }
    return values;
}

QString ValuesImage::displayName() const
{
    return repository.isEmpty() ? yamlPathText(path) : repository;
}

Result<QList<ValuesImage>> valuesImages(const QByteArray &valuesYaml)
{
    const auto root = load(valuesYaml);
    if (!root)
        return root.error();
    if (root->IsNull())
        return QList<ValuesImage>();
    if (!root->IsMap())
        return Error{QStringLiteral("the values are not a mapping")};
    QList<ValuesImage> images;
    try {
        if (auto image = imageAt((*root)["image"], {QStringLiteral("image")}))
            images.append(*image);
        for (const auto &pair : *root) {
            const YAML::Node &value = pair.second; // const: a lookup must not add the key
            if (!pair.first.IsScalar() || !value.IsMap())
                continue;
            const QString key = fromStd(pair.first.Scalar());
            if (auto image = imageAt(value["image"], {key, QStringLiteral("image")}))
                images.append(*image);
        }
    } catch (const std::exception &e) {
        return Error{QString::fromUtf8(e.what())};
    }
    return images;
}

Result<QList<ImageReference>> kustomizationImages(const QByteArray &kustomizationYaml)
{
    const auto root = load(kustomizationYaml);
    if (!root)
        return root.error();
    if (root->IsNull())
        return QList<ImageReference>();
    if (!root->IsMap())
        return Error{QStringLiteral("the kustomization is not a mapping")};
    QList<ImageReference> images;
    try {
        const YAML::Node list = (*root)["images"];
        if (!list || list.IsNull())
            return images;
        if (!list.IsSequence())
            return Error{QStringLiteral("images is not a list")};
        int index = 0;
        for (const YAML::Node &entry : list) {
            const QString name = entry.IsMap() ? scalarAt(entry, "name") : QString();
            if (name.isEmpty())
                return Error{QStringLiteral("images[%1] has no name").arg(index)};
            images.append(
                {name, scalarAt(entry, "newName"), scalarAt(entry, "newTag"), scalarAt(entry, "digest")});
            ++index;
        }
    } catch (const std::exception &e) {
        return Error{QString::fromUtf8(e.what())};
    }
    return images;
}

} // namespace sextant::git
