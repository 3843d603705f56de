#include "model/diff/pathpattern.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace sextant::diff {

namespace {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// The jq subset: `.a.b`, `."a b"`, `.["a"]`, `[0]`, `[]`, `select(.f == "v")`, `|`, `?`.

class JqParser {
public:
    explicit JqParser(const QString &text)
        : m_text(text)
    {}

    Result<PathPattern> parse()
    {
        PathPattern pattern;
        skipSpace();
        if (atEnd())
            return fail(u"the expression is empty"_s);
        while (true) {
            if (!term(pattern))
                return *m_error;
            skipSpace();
            if (atEnd())
                break;
            if (peek() != u'|')
                return unexpected();
            ++m_pos;
            skipSpace();
        }
        if (pattern.isEmpty())
            return fail(u"'.' names the whole object, which cannot be ignored"_s);
        return pattern;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    std::optional<Error> m_error;

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    Error fail(const QString &message)
    {
        m_error = Error{message};
        return *m_error;
    }
    bool failed(const QString &message)
    {
        fail(message);
        return false;
    }
    Error unexpected()
    {
        return fail(
            u"'%1' at position %2 is not supported"_s.arg(m_text.mid(m_pos, 12).trimmed()).arg(m_pos + 1));
    }
    static bool isIdentStart(QChar c) { return c.isLetter() || c == u'_'; }
    static bool isIdentChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

    QString identifier()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isIdentChar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    // A JSON string literal at m_pos (which is '"').
    std::optional<QString> stringLiteral()
    {
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && m_text[end] != u'"') {
            if (m_text[end] == u'\\')
                ++end;
            ++end;
        }
        if (end >= m_text.size()) {
            failed(u"a string is not closed"_s);
            return std::nullopt;
        }
        const QString literal = m_text.mid(m_pos, end + 1 - m_pos);
        m_pos = end + 1;
        const QJsonDocument document = QJsonDocument::fromJson('[' + literal.toUtf8() + ']');
        if (!document.isArray() || document.array().isEmpty() || !document.array().first().isString()) {
            failed(u"the string %1 cannot be read"_s.arg(literal));
            return std::nullopt;
        }
        return document.array().first().toString();
    }

    // One literal of a select() comparison: a string, a number, true, false or null.
    std::optional<QJsonValue> literal()
    {
        skipSpace();
        if (peek() == u'"') {
            const auto text = stringLiteral();
            if (!text)
                return std::nullopt;
            return QJsonValue(*text);
        }
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'.' || peek() == u'-' || peek() == u'+'))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start);
        const QJsonDocument document = QJsonDocument::fromJson('[' + word.toUtf8() + ']');
        if (word.isEmpty() || !document.isArray() || document.array().size() != 1) {
            m_pos = start;
            failed(u"'%1' at position %2 is not a literal Sextant can compare with"_s
                       .arg(m_text.mid(start, 12).trimmed())
                       .arg(start + 1));
            return std::nullopt;
        }
        return document.array().first();
    }

    // `.a.b` inside select(): object keys only.
    std::optional<QStringList> relativePath()
    {
        skipSpace();
        if (peek() != u'.') {
            failed(u"select() compares a field (.name) with a literal; '%1' is not supported"_s.arg(
                m_text.mid(m_pos, 12).trimmed()));
            return std::nullopt;
        }
        QStringList keys;
        while (peek() == u'.') {
            ++m_pos;
            if (peek() == u'"') {
                const auto key = stringLiteral();
                if (!key)
                    return std::nullopt;
                keys.append(*key);
            } else if (isIdentStart(peek())) {
                keys.append(identifier());
            } else if (peek() == u'[' && peek(1) == u'"') {
                ++m_pos;
                const auto key = stringLiteral();
                if (!key || peek() != u']')
                    return std::nullopt;
                ++m_pos;
                keys.append(*key);
            } else if (keys.isEmpty()) {
                break; // `.` itself
            } else {
                failed(u"'%1' inside select() is not supported"_s.arg(m_text.mid(m_pos, 12).trimmed()));
                return std::nullopt;
            }
        }
        return keys;
    }

    bool select(PathPattern &pattern)
    {
        skipSpace();
        if (peek() != u'(')
            return failed(u"select needs a condition in parentheses"_s);
        ++m_pos;
        skipSpace();
        PathFilter filter;
        const bool pathFirst = peek() == u'.';
        std::optional<QStringList> path;
        std::optional<QJsonValue> value;
        if (pathFirst) {
            path = relativePath();
            if (!path)
                return false;
        } else {
            value = literal();
            if (!value)
                return false;
        }
        skipSpace();
        if (peek() == u'=' && peek(1) == u'=') {
            filter.negate = false;
        } else if (peek() == u'!' && peek(1) == u'=') {
            filter.negate = true;
        } else {
            return failed(u"select() supports only == and != comparisons"_s);
        }
        m_pos += 2;
        if (pathFirst) {
            value = literal();
            if (!value)
                return false;
        } else {
            path = relativePath();
            if (!path)
                return false;
        }
        skipSpace();
        if (peek() != u')')
            return failed(u"select() supports one comparison (no and, or, or functions)"_s);
        ++m_pos;
        filter.fieldPath = *path;
        filter.value = *value;
        if (pattern.isEmpty())
            return failed(u"a select() on the whole object is not supported"_s);
        pattern.last().filters.append(filter);
        return true;
    }

    // `[...]` at m_pos.
    bool bracket(PathPattern &pattern)
    {
        ++m_pos;
        skipSpace();
        PathStep step;
        if (peek() == u']') {
            step.kind = PathStep::Kind::Each;
        } else if (peek() == u'"') {
            const auto key = stringLiteral();
            if (!key)
                return false;
            step.kind = PathStep::Kind::Key;
            step.key = *key;
        } else {
            const qsizetype start = m_pos;
            if (peek() == u'-')
                ++m_pos;
            while (!atEnd() && peek().isDigit())
                ++m_pos;
            bool ok = false;
            step.index = m_text.mid(start, m_pos - start).toInt(&ok);
            if (!ok) {
                m_pos = start;
                return failed(u"'[%1' is not supported (only [N], [] and [\"key\"])"_s.arg(
                    m_text.mid(start, 10).trimmed()));
            }
            step.kind = PathStep::Kind::Index;
        }
        skipSpace();
        if (peek() != u']')
            return failed(
                u"'[' at position %1 is not closed, or holds more than Sextant supports"_s.arg(m_pos));
        ++m_pos;
        pattern.append(step);
        return true;
    }

    // One pipeline element: a path, or select(...), each followed by more path steps.
    bool term(PathPattern &pattern)
    {
        if (peek() == u'.') {
            if (peek(1) == u'.')
                return failed(u"recursive descent (..) is not supported"_s);
        } else if (m_text.mid(m_pos, 6) == "select"_L1) {
            m_pos += 6;
            if (!select(pattern))
                return false;
        } else {
            if (isIdentStart(peek()))
                return failed(u"the function '%1' is not supported"_s.arg(identifier()));
            unexpected();
            return false;
        }
        bool first = true;
        while (!atEnd()) {
            skipSpace();
            const QChar c = peek();
            if (c == u'.') {
                ++m_pos;
                if (peek() == u'"') {
                    const auto key = stringLiteral();
                    if (!key)
                        return false;
                    pattern.append(PathStep{PathStep::Kind::Key, *key, 0, {}});
                } else if (isIdentStart(peek())) {
                    pattern.append(PathStep{PathStep::Kind::Key, identifier(), 0, {}});
                } else if (peek() == u'[') {
                    if (!bracket(pattern))
                        return false;
                } else if (peek() == u'.') {
                    return failed(u"recursive descent (..) is not supported"_s);
                } else if (!first) {
                    return failed(u"a '.' at position %1 names nothing"_s.arg(m_pos));
                }
            } else if (c == u'[') {
                if (!bracket(pattern))
                    return false;
            } else if (c == u'?') {
                ++m_pos; // optional access: a missing field is never an error here
            } else {
                break;
            }
            first = false;
        }
        return true;
    }
};

// ---------------------------------------------------------------------------------------------
// Matching and deleting.

QJsonValue valueAt(const QJsonValue &value, const QStringList &keys)
{
    QJsonValue current = value;
    for (const QString &key : keys) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

bool passes(const QJsonValue &value, const QList<PathFilter> &filters)
{
    for (const PathFilter &filter : filters) {
        QJsonValue actual = valueAt(value, filter.fieldPath);
        if (actual.isUndefined())
            actual = QJsonValue(QJsonValue::Null); // jq: a missing field is null
        if ((actual == filter.value) == filter.negate)
            return false;
    }
    return true;
}

QJsonValue deleteFrom(const QJsonValue &node, const PathPattern &pattern, qsizetype s);

QJsonValue deleteInObject(QJsonObject object, const PathPattern &pattern, qsizetype s)
{
    const PathStep &step = pattern[s];
    const bool last = s + 1 == pattern.size();
    QStringList keys;
    if (step.kind == PathStep::Kind::Key || step.kind == PathStep::Kind::KeyOrIndex) {
        if (object.contains(step.key))
            keys.append(step.key);
    } else if (step.kind == PathStep::Kind::Each) {
        keys = object.keys();
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue child = object.value(key);
        if (!passes(child, step.filters))
            continue;
        if (last)
            object.remove(key);
        else
            object.insert(key, deleteFrom(child, pattern, s + 1));
    }
    return object;
}

QJsonValue deleteInArray(QJsonArray array, const PathPattern &pattern, qsizetype s)
{
    const PathStep &step = pattern[s];
    const bool last = s + 1 == pattern.size();
    QList<qsizetype> indices;
    if (step.kind == PathStep::Kind::Each) {
        for (qsizetype i = 0; i < array.size(); ++i)
            indices.append(i);
    } else if (step.kind == PathStep::Kind::Index) {
        const qsizetype index = step.index < 0 ? array.size() + step.index : step.index;
        if (index >= 0 && index < array.size())
            indices.append(index);
    } else if (step.kind == PathStep::Kind::KeyOrIndex) {
        bool ok = false;
        const qsizetype index = step.key.toLongLong(&ok);
        // RFC 6901: an array index is digits without a leading zero.
        if (ok && index >= 0 && index < array.size() && !(step.key.size() > 1 && step.key.startsWith(u'0')) &&
            !step.key.startsWith(u'+'))
            indices.append(index);
    }
    // From the back, so that removing an element does not shift the ones still to visit.
    for (auto it = indices.crbegin(); it != indices.crend(); ++it) {
        const QJsonValue child = array.at(*it);
        if (!passes(child, step.filters))
            continue;
        if (last)
            array.removeAt(*it);
        else
            array.replace(*it, deleteFrom(child, pattern, s + 1));
    }
    return array;
}

QJsonValue deleteFrom(const QJsonValue &node, const PathPattern &pattern, qsizetype s)
{
    if (node.isObject())
        return deleteInObject(node.toObject(), pattern, s);
    if (node.isArray())
        return deleteInArray(node.toArray(), pattern, s);
    return node;
}

void collectManagedFields(const QJsonObject &node, PathPattern &prefix, QList<PathPattern> &out)
{
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString &name = it.key();
        if (name == "."_L1)
            continue;
        PathStep step;
        const QStringView rest = QStringView(name).mid(2);
        if (name.startsWith("f:"_L1)) {
            step.kind = PathStep::Kind::Key;
            step.key = rest.toString();
        } else if (name.startsWith("k:"_L1)) {
            // A list item by the values of its merge keys: k:{"containerPort":80,"protocol":"TCP"}.
            const QJsonObject keys = QJsonDocument::fromJson(rest.toUtf8()).object();
            if (keys.isEmpty())
                continue;
            step.kind = PathStep::Kind::Each;
            for (auto key = keys.begin(); key != keys.end(); ++key)
                step.filters.append(PathFilter{{key.key()}, key.value(), false});
        } else if (name.startsWith("v:"_L1)) {
            const QJsonDocument document = QJsonDocument::fromJson('[' + rest.toUtf8() + ']');
            if (!document.isArray() || document.array().size() != 1)
                continue;
            step.kind = PathStep::Kind::Each;
            step.filters.append(PathFilter{{}, document.array().first(), false});
        } else if (name.startsWith("i:"_L1)) {
            bool ok = false;
            step.kind = PathStep::Kind::Index;
            step.index = rest.toInt(&ok);
            if (!ok)
                continue;
        } else {
            continue;
        }
        prefix.append(step);
        const QJsonObject child = it.value().toObject();
        const bool leaf = child.isEmpty() || (child.size() == 1 && child.contains("."_L1));
        if (leaf)
            out.append(prefix);
        else
            collectManagedFields(child, prefix, out);
        prefix.removeLast();
    }
}

} // namespace

Result<PathPattern> parseJqPath(const QString &expression)
{
    return JqParser(expression).parse();
}

QList<PathPattern> managedFieldsPatterns(const QJsonObject &fieldsV1)
{
    QList<PathPattern> patterns;
    PathPattern prefix;
    collectManagedFields(fieldsV1, prefix, patterns);
    return patterns;
}

QJsonValue deleteMatching(const QJsonValue &document, const QList<PathPattern> &patterns)
{
    QJsonValue result = document;
    for (const PathPattern &pattern : patterns) {
        if (!pattern.isEmpty())
            result = deleteFrom(result, pattern, 0);
    }
    return result;
}

} // namespace sextant::diff
