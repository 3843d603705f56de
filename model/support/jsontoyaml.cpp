#include "model/support/jsontoyaml.h"

#include "model/support/yamlquoting.h"

#include <QHash>
#include <QJsonArray>

#include <utility>

namespace sextant {
namespace {

class YamlWriter {
public:
    explicit YamlWriter(const YamlKeyOrder &keyOrder)
        : m_keyOrder(keyOrder)
    {}

    QByteArray write(const QJsonValue &value)
    {
        if (value.isObject() && !value.toObject().isEmpty()) {
            writeMapping(value.toObject(), 0, false);
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            writeSequence(value.toArray(), 0, false);
        } else if (value.isString() && yamlLiteralSafe(value.toString(), false)) {
            writeLiteral(value.toString(), 2);
        } else {
            m_out += scalarText(value);
            m_out += '\n';
        }
        return std::move(m_out);
    }

private:
    const YamlKeyOrder &m_keyOrder;
    QStringList m_path;
    QByteArray m_out;
    QHash<QString, QByteArray> m_keyText;

    void indent(int columns) { m_out.append(columns, ' '); }

    static QByteArray scalarText(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool: return value.toBool() ? "true" : "false";
        case QJsonValue::Double: return yamlNumberText(value);
        case QJsonValue::String: return yamlStringText(value.toString());
        case QJsonValue::Object: return "{}";
        case QJsonValue::Array: return "[]";
        case QJsonValue::Null:
        case QJsonValue::Undefined: break;
        }
        return "null";
    }

    // The keys the order callback puts first, in its order (only those in the object).
    QStringList preferredKeys(const QJsonObject &object) const
    {
        QStringList ordered;
        if (!m_keyOrder)
            return ordered;
        const QStringList preferred = m_keyOrder(object, m_path);
        // Preferred lists are short: linear look-ups beat a hash set here (this runs per object).
        for (const QString &key : preferred) {
            if (object.contains(key) && !ordered.contains(key))
                ordered.append(key);
        }
        return ordered;
    }

    // `column` is where the key or the dash that owns the value starts.
    void writeMapping(const QJsonObject &object, int column, bool firstInline)
    {
        bool first = true;
        const auto writeEntry = [&](const QString &key, const QJsonValue &value) {
            if (!(first && firstInline))
                indent(column);
            first = false;
            // Keys repeat throughout a manifest (name, image, ...): judge each spelling once.
            auto text = m_keyText.constFind(key);
            if (text == m_keyText.constEnd())
                text = m_keyText.insert(key, yamlStringText(key));
            m_out += *text;
            m_out += ':';
            m_path.append(key);
            writeValue(value, column, false);
            m_path.removeLast();
        };
        const QStringList preferred = preferredKeys(object);
        for (const QString &key : preferred)
            writeEntry(key, object.value(key));
        // The rest alphabetically, which is the object's own order: iterate, no look-ups.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (preferred.isEmpty() || !preferred.contains(key))
                writeEntry(key, it.value());
        }
    }

    void writeSequence(const QJsonArray &array, int column, bool firstInline)
    {
        bool first = true;
        m_path.append(QStringLiteral("[]"));
        for (const QJsonValue &item : array) {
            if (!(first && firstInline))
                indent(column);
            first = false;
            m_out += '-';
            writeValue(item, column, true);
        }
        m_path.removeLast();
    }

    void writeValue(const QJsonValue &value, int column, bool afterDash)
    {
        if (value.isObject() && !value.toObject().isEmpty()) {
            if (afterDash) {
                m_out += ' ';
                writeMapping(value.toObject(), column + 2, true);
            } else {
                m_out += '\n';
                writeMapping(value.toObject(), column + 2, false);
            }
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            if (afterDash) {
                m_out += ' ';
                writeSequence(value.toArray(), column + 2, true);
            } else {
                m_out += '\n';
                writeSequence(value.toArray(), column, false);
            }
        } else if (value.isString() && yamlLiteralSafe(value.toString(), true)) {
            m_out += ' ';
            writeLiteral(value.toString(), column + 2);
        } else {
            m_out += ' ';
            m_out += scalarText(value);
            m_out += '\n';
        }
    }

    // A literal block whose lines start at `contentColumn`, 2 more than the owner's column.
    void writeLiteral(const QString &text, int contentColumn)
    {
        qsizetype trailingNewlines = 0;
        while (trailingNewlines < text.size() && text[text.size() - 1 - trailingNewlines] == u'\n')
            ++trailingNewlines;
        m_out += '|';
        for (QChar c : text) {
            if (c == u'\n')
                continue;
            if (c == u' ' || c == u'\t')
                m_out += '2'; // the first content line is itself indented
            break;
        }
        if (trailingNewlines == 0)
            m_out += '-';
        else if (trailingNewlines > 1)
            m_out += '+';
        m_out += '\n';
        QStringList lines = text.split(u'\n');
        if (trailingNewlines > 0)
            lines.removeLast(); // the empty piece after the final newline
        for (const QString &line : std::as_const(lines)) {
            if (!line.isEmpty()) {
                indent(contentColumn);
                m_out += line.toUtf8();
            }
            m_out += '\n';
        }
    }
};

} // namespace

QByteArray toYaml(const QJsonValue &value, const YamlKeyOrder &keyOrder)
{
    return YamlWriter(keyOrder).write(value);
}

} // namespace sextant
