#include "model/support/yamledit.h"

#include "model/support/yamlquoting.h"
#include "model/support/yamltext.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sextant {
namespace {

using yamltext::isBreak;
using yamltext::isFlowIndicator;
using yamltext::isSpace;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One scalar token in the text: [start, end) and how it is quoted ('"', '\'' or 'p' for plain).
struct Token {
    std::size_t start = 0;
    std::size_t end = 0;
    char style = 'p';
};

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: return QStringLiteral("a mapping");
    case YAML::NodeType::Sequence: return QStringLiteral("a sequence");
    case YAML::NodeType::Scalar: return QStringLiteral("a scalar");
    default: return QStringLiteral("empty");
    }
}

bool isNullWord(std::string_view text)
{
    return text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// The scalar token of `node` (which yaml-cpp marks at its first property, if any), checked against
// the value yaml-cpp read: reading the token alone must give the same scalar.
Result<Token> scalarToken(const YamlText &source, const YAML::Node &node, bool flow)
{
    std::size_t i = source.offset(node.Mark());
    while (source.at(i) == '!' || source.at(i) == '&') {
        if (source.at(i) == '&')
            return Error{QStringLiteral("it has an anchor, and its aliases would change with it")};
        while (i < source.size() && !isSpace(source.at(i)) && !isBreak(source.at(i)))
            ++i;
        while (isSpace(source.at(i)))
            ++i;
    }
    Token token{i, i, 'p'};
    const char first = source.at(i);
    if (first == '|' || first == '>')
        return Error{QStringLiteral("it is a block scalar (| or >), which is not edited in place")};
    if (first == '"' || first == '\'') {
        const auto end = source.quotedEnd(i);
        if (!end)
            return Error{QStringLiteral("its closing quote is missing")};
        token.end = *end;
        token.style = first;
    } else {
        token.end = source.plainEnd(i, flow);
    }
    const std::string text = source.text().substr(token.start, token.end - token.start);
    if (node.IsNull())
        return isNullWord(text) ? Result<Token>(token) : Error{QStringLiteral("its text was not found")};
    bool same = false;
    try {
        const YAML::Node alone = YAML::Load(text);
        same = alone.IsScalar() && alone.Scalar() == node.Scalar();
    } catch (const std::exception &) {
        same = false;
    }
    if (!same) {
        return Error{token.style == 'p' ? QStringLiteral("it is a plain scalar over several lines")
                                        : QStringLiteral("its text was not found")};
    }
    return token;
}

// What a path leads to: an existing value (and its key, when a mapping holds it), or a key that
// `mapping` lacks.
struct Found {
    YAML::Node node;
    std::optional<YAML::Node> key;
    bool missing = false;
    bool flow = false;    // inside a flow collection
    QStringList resolved; // the path with "[N]" for each "[key=value]"
};

Error pathError(const QStringList &path, const QString &reason)
{
    return Error{QStringLiteral("Cannot set %1: %2.").arg(yamlPathText(path), reason)};
}

QString where(const QStringList &path, qsizetype length)
{
    return length == 0 ? QStringLiteral("the document") : yamlPathText(path.first(length));
}

Result<Found> walk(const YAML::Node &root, const QStringList &path)
{
    if (path.isEmpty())
        return pathError(path, QStringLiteral("the path is empty"));
    YAML::Node node;
    node.reset(root);
    std::optional<YAML::Node> key;
    bool flow = false;
    QStringList resolved;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &segment = path.at(i);
        const bool last = i + 1 == path.size();
        const QString parent = where(path, i);
        flow = flow || node.Style() == YAML::EmitterStyle::Flow;
        YAML::Node next;
        if (segment.size() >= 2 && segment.startsWith(u'[') && segment.endsWith(u']')) {
            if (!node.IsSequence())
                return pathError(path,
                                 QStringLiteral("%1 is %2, not a sequence").arg(parent, describe(node)));
            const QString inner = segment.mid(1, segment.size() - 2);
            const qsizetype equals = inner.indexOf(u'=');
            if (equals < 0) {
                bool isNumber = false;
                const int index = inner.toInt(&isNumber);
                if (!isNumber || index < 0)
                    return pathError(path, QStringLiteral("%1 is neither [N] nor [key=value]").arg(segment));
                if (std::size_t(index) >= node.size())
                    return pathError(path, QStringLiteral("%1 has %2 items").arg(parent).arg(node.size()));
                int position = 0;
                for (const YAML::Node &item : node) {
                    if (position++ == index)
                        next.reset(item);
                }
                resolved.append(segment);
            } else {
                const std::string field = inner.left(equals).toStdString();
                const std::string wanted = inner.mid(equals + 1).toStdString();
                int matches = 0;
                int position = -1;
                for (const YAML::Node &item : node) {
                    ++position;
                    if (!item.IsMap())
                        continue;
                    for (const auto &pair : item) {
                        if (pair.first.IsScalar() && pair.first.Scalar() == field && pair.second.IsScalar() &&
                            pair.second.Scalar() == wanted) {
                            ++matches;
                            next.reset(item);
                            resolved.append(QStringLiteral("[%1]").arg(position));
                            break;
                        }
                    }
                }
                if (matches == 0)
                    return pathError(path, QStringLiteral("no item of %1 has %2").arg(parent, inner));
                if (matches > 1)
                    return pathError(
                        path, QStringLiteral("%1 items of %2 have %3").arg(matches).arg(parent, inner));
            }
            key.reset();
        } else {
            resolved.append(segment);
            if (!node.IsMap())
                return pathError(path, QStringLiteral("%1 is %2, not a mapping").arg(parent, describe(node)));
            const std::string wanted = segment.toStdString();
            int matches = 0;
            for (const auto &pair : node) {
                if (pair.first.IsScalar() && pair.first.Scalar() == wanted) {
                    ++matches;
                    next.reset(pair.second);
                    key.emplace();
                    key->reset(pair.first);
                }
            }
            if (matches > 1)
                return pathError(
                    path, QStringLiteral("%1 has the key %2 %3 times").arg(parent, segment).arg(matches));
            if (matches == 0) {
                if (last)
                    return Found{node, std::nullopt, true, flow, resolved};
                return pathError(path, QStringLiteral("%1 has no key %2").arg(parent, segment));
            }
        }
        node.reset(next);
    }
    flow = flow || node.Style() == YAML::EmitterStyle::Flow;
    return Found{node, key, false, flow, resolved};
}

// How a value is written: in the original's quote style; a plain original stays plain when the
// value reads back as the same string, else it becomes double-quoted.
QByteArray valueText(const QString &value, char style, bool flow)
{
    const QByteArray safe = yamlStringText(value);
    if (style == '"')
        return yamlDoubleQuotedText(value);
    if (style == '\'')
        return safe.startsWith('"') ? safe : yamlSingleQuotedText(value);
    // In flow context ':' and '#' are quoted too: YAML 1.1 readers may end a plain scalar there.
    const auto flowUnsafe = [](char c) { return isFlowIndicator(c) || c == ':' || c == '#'; };
    const bool plain =
        safe == value.toUtf8() && !(flow && std::any_of(safe.cbegin(), safe.cend(), flowUnsafe));
    return plain ? safe : yamlDoubleQuotedText(value);
}

// How an edit's value is written: a typed literal plain, a string as valueText says.
QByteArray editText(const YamlScalarEdit &edit, char style, bool flow)
{
    static const QRegularExpression typed(
        QStringLiteral("^(null|true|false|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?)$"));
    if (edit.literal && typed.match(edit.value).hasMatch())
        return edit.value.toUtf8();
    return valueText(edit.value, style, flow);
}

// One change to the text: [start, end) becomes `text`; start == end inserts.
struct Splice {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    qsizetype edit = 0;      // index of the edit it comes from
    std::string insertedKey; // for an inserted key: mapping offset and key, to find it twice
    QStringList resolved;    // the path of the edit with indexes only, to read the value back
};

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

// `key: value` added to a mapping that lacks the key.
Result<Splice> insertKey(const YamlText &source, const Found &found, const YamlScalarEdit &edit)
{
    const QString &key = edit.path.back();
    const std::string entry =
        toStd(valueText(key, 'p', found.flow)) + ": " + toStd(editText(edit, 'p', found.flow));
    const std::size_t mappingStart = source.offset(found.node.Mark());
    Splice splice;
    splice.insertedKey = std::to_string(mappingStart) + ':' + key.toStdString();
    if (found.node.Style() == YAML::EmitterStyle::Flow) {
        const auto close = source.closingBracket(mappingStart);
        if (!close)
            return pathError(edit.path, QStringLiteral("the end of its flow mapping was not found"));
        std::size_t after = *close;
        while (after > mappingStart && (isSpace(source.at(after - 1)) || isBreak(source.at(after - 1))))
            --after;
        const char previous = source.at(after - 1);
        splice.start = splice.end = after;
        splice.text = previous == '{' ? entry : previous == ',' ? ' ' + entry : ", " + entry;
        return splice;
    }
    // Block mapping: after the last line of its last entry, at the column of its keys.
    const auto first = found.node.begin();
    const std::size_t firstKey = source.offset(first->first.Mark());
    const std::size_t column = firstKey - source.lineStart(firstKey);
    YAML::Node lastKey;
    YAML::Node lastValue;
    for (const auto &pair : found.node) {
        lastKey.reset(pair.first);
        lastValue.reset(pair.second);
    }
    const bool sequenceValue = lastValue.IsSequence() && lastValue.Style() != YAML::EmitterStyle::Flow;
    std::size_t lastLine = source.lineStart(source.offset(lastKey.Mark()));
    for (std::size_t line = source.nextLine(lastLine); line < source.size(); line = source.nextLine(line)) {
        std::size_t indent = 0;
        while (source.at(line + indent) == ' ')
            ++indent;
        std::size_t content = line + indent;
        while (isSpace(source.at(content)))
            ++content;
        // Blank lines, and comments not indented past the keys, belong to the entry only if more of
        // it follows. A deeper '#' line may be the text of a block scalar: it belongs.
        if (source.at(content) == '\0' || isBreak(source.at(content)) ||
            (source.at(content) == '#' && indent <= column))
            continue;
        const char c = source.at(line + indent);
        const char next = source.at(line + indent + 1);
        const bool item = c == '-' && (next == '\0' || isSpace(next) || isBreak(next));
        if (!(indent > column || (indent == column && sequenceValue && item)))
            break;
        lastLine = line;
    }
    const std::string indent(column, ' ');
    const std::string_view lineBreak = source.lineBreak(lastLine);
    const std::size_t at = source.nextLine(lastLine);
    splice.start = splice.end = at;
    if (source.lineEnd(lastLine) == source.size()) // the last line has no line break
        splice.text = std::string(source.lineBreak(0)) + indent + entry;
    else
        splice.text = indent + entry + std::string(lineBreak);
    return splice;
}

// A value filled in after `key:` with nothing after the colon.
std::optional<Splice> fillEmpty(const YamlText &source, const Found &found, const YamlScalarEdit &edit)
{
    if (!found.key || !found.node.IsNull())
        return std::nullopt;
    const auto keyToken = scalarToken(source, *found.key, found.flow);
    if (!keyToken)
        return std::nullopt;
    std::size_t i = keyToken->end;
    while (isSpace(source.at(i)))
        ++i;
    if (source.at(i) != ':')
        return std::nullopt;
    const std::size_t colonEnd = i + 1;
    i = colonEnd;
    while (isSpace(source.at(i)))
        ++i;
    const char c = source.at(i);
    const bool empty = c == '\0' || isBreak(c) || c == '#' || (found.flow && (c == ',' || c == '}'));
    if (!empty)
        return std::nullopt;
    const std::string text = toStd(editText(edit, 'p', found.flow));
    Splice splice;
    if (source.at(colonEnd) == ' ' && (c == '\0' || isBreak(c))) {
        splice.start = splice.end = colonEnd + 1;
        splice.text = text;
    } else {
        splice.start = splice.end = colonEnd;
        splice.text = ' ' + text;
    }
    return splice;
}

Result<Splice> spliceFor(const YamlText &source, const Found &found, const YamlScalarEdit &edit)
{
    if (found.missing)
        return insertKey(source, found, edit);
    const YAML::Node &node = found.node;
    if (node.IsMap() || node.IsSequence())
        return pathError(edit.path, QStringLiteral("it is %1, not a scalar").arg(describe(node)));
    if (auto filled = fillEmpty(source, found, edit))
        return *filled;
    const auto token = scalarToken(source, node, found.flow);
    if (!token)
        return pathError(edit.path, token.errorMessage());
    return Splice{token->start, token->end, toStd(editText(edit, token->style, found.flow)), 0, {}, {}};
}

Result<Splice> locate(const YamlText &source, const YAML::Node &root, const YamlScalarEdit &edit)
{
    const auto found = walk(root, edit.path);
    if (!found)
        return found.error();
    auto result = spliceFor(source, *found, edit);
    if (result)
        result->resolved = found->resolved;
    return result;
}

Result<YAML::Node> parse(const std::string &text)
{
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text);
        if (documents.size() > 1)
            return Error{
                QStringLiteral("The YAML text holds %1 documents, expected one.").arg(documents.size())};
        return documents.empty() ? YAML::Node() : documents.front();
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("The YAML text does not parse: line %1, column %2: %3")
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(fromStd(e.msg))};
    } catch (const std::exception &e) {
        return Error{QStringLiteral("The YAML text does not parse: %1").arg(QString::fromUtf8(e.what()))};
    }
}

QString pathKey(const QStringList &path)
{
    return path.join(QChar(0x1f));
}

// Whether `edited` reads as `original` except at the `changed` paths (pathKey of resolved paths),
// where it may differ or, for an inserted key, exist only in `edited`.
bool sameExceptChanged(const YAML::Node &original, const YAML::Node &edited, const QStringList &path,
                       const QSet<QString> &changed)
{
    if (changed.contains(pathKey(path)))
        return true;
    if (original.Type() != edited.Type() || original.Tag() != edited.Tag())
        return false;
    if (original.IsScalar())
        return original.Scalar() == edited.Scalar();
    if (original.IsSequence()) {
        if (original.size() != edited.size())
            return false;
        for (std::size_t i = 0; i < original.size(); ++i) {
            const QStringList itemPath = path + QStringList{QStringLiteral("[%1]").arg(i)};
            if (!sameExceptChanged(original[i], edited[i], itemPath, changed))
                return false;
        }
        return true;
    }
    if (original.IsMap()) {
        auto next = original.begin();
        for (const auto &pair : edited) {
            if (!pair.first.IsScalar())
                return false;
            const QStringList childPath = path + QStringList{fromStd(pair.first.Scalar())};
            if (next != original.end() && next->first.IsScalar() &&
                next->first.Scalar() == pair.first.Scalar()) {
                if (!sameExceptChanged(next->second, pair.second, childPath, changed))
                    return false;
                ++next;
            } else if (!changed.contains(pathKey(childPath))) {
                return false;
            }
        }
        return next == original.end();
    }
    return true;
}

// Whether every edit reads back from `text` as its value, and nothing else changed.
Status verify(const YAML::Node &original, const std::string &text, const QList<YamlScalarEdit> &edits,
              const std::vector<Splice> &splices)
{
    QSet<QString> changed;
    const auto root = parse(text);
    if (!root)
        return Error{QStringLiteral("The edited YAML text does not parse: %1").arg(root.errorMessage())};
    for (const Splice &splice : splices) {
        const YamlScalarEdit &edit = edits.at(splice.edit);
        const auto found = walk(*root, splice.resolved);
        if (!found || found->missing || !found->node.IsScalar() ||
            found->node.Scalar() != edit.value.toStdString()) {
            return pathError(edit.path,
                             QStringLiteral("the edited text does not read back as the new value"));
        }
        changed.insert(pathKey(splice.resolved));
    }
    if (!sameExceptChanged(original, *root, {}, changed))
        return Error{QStringLiteral("The edits would change more than the edited scalars.")};
    return success();
}

} // namespace

QString yamlPathText(const QStringList &path)
{
    QString text;
    for (const QString &segment : path) {
        if (!text.isEmpty() && !segment.startsWith(u'['))
            text += u'.';
        text += segment;
    }
    return text;
}

Result<QByteArray> editYamlScalars(const QByteArray &document, const QList<YamlScalarEdit> &edits)
{
    const YamlText source(toStd(document));
    const auto root = parse(source.text());
    if (!root)
        return root.error();
    std::vector<Splice> splices;
    try {
        for (qsizetype i = 0; i < edits.size(); ++i) {
            auto splice = locate(source, *root, edits.at(i));
            if (!splice)
                return splice.error();
            splice->edit = i;
            splices.push_back(std::move(*splice));
        }
    } catch (const std::exception &e) {
        return Error{
            QStringLiteral("The YAML text could not be edited: %1").arg(QString::fromUtf8(e.what()))};
    }
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.start != b.start ? a.start < b.start : a.edit < b.edit;
    });
    for (std::size_t i = 1; i < splices.size(); ++i) {
        const Splice &a = splices[i - 1];
        const Splice &b = splices[i];
        const bool bothInserts = a.start == a.end && b.start == b.end;
        const bool clash = bothInserts ? !a.insertedKey.empty() && a.insertedKey == b.insertedKey
                                       : a.end > b.start || a.start == b.start;
        if (clash) {
            return pathError(
                edits.at(b.edit).path,
                QStringLiteral("the edit of %1 changes it too").arg(yamlPathText(edits.at(a.edit).path)));
        }
    }
    std::string text = source.text();
    for (auto it = splices.rbegin(); it != splices.rend(); ++it)
        text.replace(it->start, it->end - it->start, it->text);
    try {
        if (const Status checked = verify(*root, text, edits, splices); !checked)
            return checked.error();
    } catch (const std::exception &e) {
        return Error{
            QStringLiteral("The edited YAML text could not be read: %1").arg(QString::fromUtf8(e.what()))};
    }
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace sextant
