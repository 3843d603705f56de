#include "model/support/yamltojson.h"

#include "model/support/yamlscalars.h"

#include <QJsonArray>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sextant {
namespace {

// Limits that keep hostile input (alias "billion laughs", self-referencing anchors) from
// exhausting the stack or the memory.
constexpr int kMaxDepth = 1000;
constexpr qsizetype kMaxNodes = 1'000'000;

constexpr std::string_view kTagStr = "tag:yaml.org,2002:str";
constexpr std::string_view kTagBinary = "tag:yaml.org,2002:binary";
constexpr std::string_view kTagNull = "tag:yaml.org,2002:null";
constexpr std::string_view kTagBool = "tag:yaml.org,2002:bool";
constexpr std::string_view kTagInt = "tag:yaml.org,2002:int";
constexpr std::string_view kTagFloat = "tag:yaml.org,2002:float";
constexpr std::string_view kTagMerge = "tag:yaml.org,2002:merge";

Error yamlError(const YAML::Mark &mark, const QString &message)
{
    if (mark.is_null())
        return Error{message};
    return Error{
        QStringLiteral("line %1, column %2: %3").arg(mark.line + 1).arg(mark.column + 1).arg(message)};
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// ---------------------------------------------------------------------------------------------
// yaml-cpp node -> QJsonValue.

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: return QStringLiteral("a mapping");
    case YAML::NodeType::Sequence: return QStringLiteral("a sequence");
    case YAML::NodeType::Scalar: return QStringLiteral("a scalar");
    default: return QStringLiteral("null");
    }
}

class Converter {
public:
    std::optional<Error> error;

    QJsonValue convert(const YAML::Node &node, int depth)
    {
        if (error)
            return {};
        if (depth > kMaxDepth)
            return fail(node.Mark(), QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
        if (++m_nodes > kMaxNodes)
            return fail(
                node.Mark(),
                QStringLiteral("the document expands to more than %1 values (aliases?)").arg(kMaxNodes));
        switch (node.Type()) {
        case YAML::NodeType::Map: return mapping(node, depth);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &item : node) {
                QJsonValue value = convert(item, depth + 1);
                if (error)
                    return {};
                array.append(value);
            }
            return array;
        }
        case YAML::NodeType::Scalar: return scalar(node);
        case YAML::NodeType::Null:
            if (node.Tag() == kTagStr)
                return QString();
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Undefined: break;
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    qsizetype m_nodes = 0;

    QJsonValue fail(const YAML::Mark &mark, const QString &message)
    {
        if (!error)
            error = yamlError(mark, message);
        return {};
    }

    QJsonValue scalar(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        const std::string &text = node.Scalar();
        if (tag == "?")
            return resolveYamlPlain(text);
        if (tag == "!" || tag == kTagStr || tag == kTagBinary)
            return fromStd(text);
        if (tag == kTagNull) {
            if (isYamlNull(text))
                return QJsonValue(QJsonValue::Null);
        } else if (tag == kTagBool) {
            if (const auto b = yamlBool(text))
                return QJsonValue(*b);
        } else if (tag == kTagInt) {
            if (auto i = yamlInteger(text))
                return *i;
        } else if (tag == kTagFloat) {
            if (const auto f = yamlFloat(text))
                return QJsonValue(*f);
        } else {
            // Application tags (!foo) have no meaning here: keep the text.
            return fromStd(text);
        }
        return fail(node.Mark(),
                    QStringLiteral("cannot read \"%1\" as %2")
                        .arg(fromStd(text), fromStd(tag).replace(QStringLiteral("tag:yaml.org,2002:"),
                                                                 QStringLiteral("!!"))));
    }

    static bool isMergeKey(const YAML::Node &key)
    {
        return key.IsScalar() && key.Scalar() == "<<" && (key.Tag() == "?" || key.Tag() == kTagMerge);
    }

    QJsonValue mapping(const YAML::Node &node, int depth)
    {
        QJsonObject object;
        QList<YAML::Node> merges;
        for (auto it = node.begin(); it != node.end(); ++it) {
            // Copies: the iterator's value is a temporary, so a reference into it dangles.
            const YAML::detail::iterator_value entry = *it;
            const YAML::Node keyNode = entry.first;
            const YAML::Node valueNode = entry.second;
            if (isMergeKey(keyNode)) {
                merges.append(valueNode);
                continue;
            }
            QString key;
            if (keyNode.IsScalar())
                key = fromStd(keyNode.Scalar());
            else if (keyNode.IsNull())
                key = QStringLiteral("null");
            else
                return fail(
                    keyNode.Mark(),
                    QStringLiteral("a mapping key must be a scalar, found %1").arg(describe(keyNode)));
            if (object.contains(key))
                return fail(keyNode.Mark(), QStringLiteral("duplicate key \"%1\"").arg(key));
            QJsonValue value = convert(valueNode, depth + 1);
            if (error)
                return {};
            object.insert(key, value);
        }
        // Explicit keys win over merged ones; among merged mappings the first one listed wins.
        for (const YAML::Node &merge : std::as_const(merges)) {
            if (merge.IsMap()) {
                if (!mergeInto(object, merge, depth))
                    return {};
            } else if (merge.IsSequence()) {
                for (const YAML::Node &item : merge) {
                    if (!item.IsMap())
                        return fail(
                            item.Mark(),
                            QStringLiteral("a merge key (<<) takes mappings, found %1").arg(describe(item)));
                    if (!mergeInto(object, item, depth))
                        return {};
                }
            } else {
                return fail(merge.Mark(),
                            QStringLiteral("a merge key (<<) takes a mapping or a list of mappings, found %1")
                                .arg(describe(merge)));
            }
        }
        return object;
    }

    bool mergeInto(QJsonObject &target, const YAML::Node &source, int depth)
    {
        const QJsonObject merged = convert(source, depth + 1).toObject();
        if (error)
            return false;
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            if (!target.contains(it.key()))
                target.insert(it.key(), it.value());
        }
        return true;
    }
};

template<typename Fn> auto guarded(Fn fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const YAML::Exception &e) {
        return yamlError(e.mark, fromStd(e.msg));
    } catch (const std::exception &e) {
        return Error{QStringLiteral("cannot read YAML: %1").arg(QString::fromUtf8(e.what()))};
    }
}

std::vector<YAML::Node> loadAll(QByteArrayView text)
{
    return YAML::LoadAll(std::string(text.data(), std::size_t(text.size())));
}

} // namespace

Result<QJsonValue> parseYaml(QByteArrayView text)
{
    return guarded([&]() -> Result<QJsonValue> {
        const std::vector<YAML::Node> documents = loadAll(text);
        std::optional<QJsonValue> result;
        for (const YAML::Node &document : documents) {
            if (document.IsNull())
                continue;
            if (result)
                return yamlError(document.Mark(),
                                 QStringLiteral("expected a single YAML document, found another one"));
            Converter converter;
            QJsonValue value = converter.convert(document, 0);
            if (converter.error)
                return *converter.error;
            result = value;
        }
        return result.value_or(QJsonValue(QJsonValue::Null));
    });
}

Result<QList<QJsonObject>> parseYamlDocuments(QByteArrayView text)
{
    return guarded([&]() -> Result<QList<QJsonObject>> {
        const std::vector<YAML::Node> documents = loadAll(text);
        QList<QJsonObject> result;
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const YAML::Node &document = documents[i];
            if (document.IsNull())
                continue;
            if (!document.IsMap())
                return yamlError(document.Mark(), QStringLiteral("document %1 is %2, expected a mapping")
                                                      .arg(qsizetype(i) + 1)
                                                      .arg(describe(document)));
            Converter converter;
            const QJsonValue value = converter.convert(document, 0);
            if (converter.error)
                return *converter.error;
            result.append(value.toObject());
        }
        return result;
    });
}

} // namespace sextant
