#include "model/domain/labelselector.h"

#include <QRegularExpression>

#include <optional>

namespace sextant {
namespace {

enum class Token {
    End,
    Identifier,
    OpenPar,
    ClosePar,
    Comma,
    Not,
    Equals,
    DoubleEquals,
    NotEquals,
    Greater,
    Less,
    In,
    NotIn,
};

struct Lexeme {
    Token token;
    QString text;
    qsizetype position;
};

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isSpecial(QChar c)
{
    return c == u'=' || c == u'!' || c == u'(' || c == u')' || c == u',' || c == u'>' || c == u'<';
}

QList<Lexeme> lex(const QString &text)
{
    QList<Lexeme> lexemes;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && isWhitespace(text[i]))
            ++i;
        if (i >= n) {
            lexemes.append({Token::End, QString(), n});
            return lexemes;
        }
        const qsizetype start = i;
        const QChar c = text[i];
        if (isSpecial(c)) {
            const QChar next = i + 1 < n ? text[i + 1] : QChar();
            if (c == u'=' && next == u'=') {
                lexemes.append({Token::DoubleEquals, QStringLiteral("=="), start});
                i += 2;
            } else if (c == u'!' && next == u'=') {
                lexemes.append({Token::NotEquals, QStringLiteral("!="), start});
                i += 2;
            } else {
                Token token = Token::Equals;
                switch (c.unicode()) {
                case u'!': token = Token::Not; break;
                case u'(': token = Token::OpenPar; break;
                case u')': token = Token::ClosePar; break;
                case u',': token = Token::Comma; break;
                case u'>': token = Token::Greater; break;
                case u'<': token = Token::Less; break;
                default: break;
                }
                lexemes.append({token, QString(c), start});
                ++i;
            }
            continue;
        }
        while (i < n && !isSpecial(text[i]) && !isWhitespace(text[i]))
            ++i;
        const QString word = text.mid(start, i - start);
        Token token = Token::Identifier;
        if (word == QLatin1StringView("in"))
            token = Token::In;
        else if (word == QLatin1StringView("notin"))
            token = Token::NotIn;
        lexemes.append({token, word, start});
    }
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9], the shape of label names and values.
bool isQualifiedNamePart(QStringView s)
{
    if (s.isEmpty() || !isAsciiAlnum(s.front()) || !isAsciiAlnum(s.back()))
        return false;
    for (QChar c : s) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool isDnsSubdomain(QStringView s)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return s.size() <= 253 && re.matchView(s).hasMatch();
}

// What is wrong with a label key, or an empty string.
QString labelKeyProblem(const QString &key)
{
    const QStringList parts = key.split(u'/');
    QStringView name = key;
    if (parts.size() == 2) {
        if (parts[0].isEmpty())
            return QStringLiteral("prefix part must be non-empty");
        if (!isDnsSubdomain(parts[0]))
            return QStringLiteral(
                "prefix part must be a lowercase RFC 1123 subdomain (lower case alphanumeric "
                "characters, '-' or '.', starting and ending with an alphanumeric character)");
        name = QStringView(key).sliced(parts[0].size() + 1);
    } else if (parts.size() > 2) {
        return QStringLiteral(
            "a qualified name has at most one '/' (an optional DNS subdomain prefix, then the "
            "name)");
    }
    if (name.isEmpty())
        return QStringLiteral("name part must be non-empty");
    if (name.size() > 63)
        return QStringLiteral("name part must be no more than 63 characters");
    if (!isQualifiedNamePart(name))
        return QStringLiteral("name part must consist of alphanumeric characters, '-', '_' or '.', and must "
                              "start and end with an alphanumeric character");
    return {};
}

QString labelValueProblem(const QString &value)
{
    if (value.size() > 63)
        return QStringLiteral("must be no more than 63 characters");
    if (!value.isEmpty() && !isQualifiedNamePart(value))
        return QStringLiteral("a valid label value must be an empty string or consist of alphanumeric "
                              "characters, '-', '_' or '.', and must start and end with an alphanumeric "
                              "character");
    return {};
}

std::optional<qint64> toInt64(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

class Parser {
public:
    explicit Parser(const QString &text)
        : m_lexemes(lex(text))
    {}

    Result<QList<LabelSelector::Requirement>> parse()
    {
        QList<LabelSelector::Requirement> requirements;
        while (true) {
            const Lexeme &next = peek(true);
            switch (next.token) {
            case Token::End: return requirements;
            case Token::Identifier:
            case Token::Not: {
                auto requirement = parseRequirement();
                if (!requirement)
                    return requirement.error();
                requirements.append(std::move(requirement).value());
                const Lexeme &after = take(true);
                if (after.token == Token::End)
                    return requirements;
                if (after.token != Token::Comma)
                    return failure(after, QStringLiteral("',' or end of string"));
                const Lexeme &following = peek(true);
                if (following.token != Token::Identifier && following.token != Token::Not)
                    return failure(following, QStringLiteral("identifier after ','"));
                break;
            }
            default: return failure(next, QStringLiteral("!, identifier, or end of string"));
            }
        }
    }

private:
    QList<Lexeme> m_lexemes;
    qsizetype m_position = 0;

    // In value context the keywords in/notin are ordinary identifiers (`x in (in)`, `in=notin`).
    static Token contextual(Token token, bool values)
    {
        if (values && (token == Token::In || token == Token::NotIn))
            return Token::Identifier;
        return token;
    }

    Lexeme peek(bool values) const
    {
        Lexeme lexeme = m_lexemes[std::min(m_position, m_lexemes.size() - 1)];
        lexeme.token = contextual(lexeme.token, values);
        return lexeme;
    }

    Lexeme take(bool values)
    {
        Lexeme lexeme = peek(values);
        if (m_position < m_lexemes.size() - 1)
            ++m_position;
        return lexeme;
    }

    static Error failure(const Lexeme &found, const QString &expected)
    {
        const QString what = found.token == Token::End ? QStringLiteral("end of string")
                                                       : QStringLiteral("'%1'").arg(found.text);
        return Error{QStringLiteral("unable to parse requirement: found %1 at position %2, expected: %3")
                         .arg(what)
                         .arg(found.position)
                         .arg(expected)};
    }

    static Error invalid(const Lexeme &at, const QString &message)
    {
        return Error{
            QStringLiteral("unable to parse requirement: %1 at position %2").arg(message).arg(at.position)};
    }

    Result<LabelSelector::Requirement> parseRequirement()
    {
        using Op = LabelSelector::Operator;
        LabelSelector::Requirement requirement;
        Lexeme keyLexeme = take(true);
        bool negated = false;
        if (keyLexeme.token == Token::Not) {
            negated = true;
            keyLexeme = take(true);
        }
        if (keyLexeme.token != Token::Identifier)
            return failure(keyLexeme, QStringLiteral("identifier"));
        requirement.key = keyLexeme.text;
        if (const QString problem = labelKeyProblem(requirement.key); !problem.isEmpty())
            return invalid(keyLexeme,
                           QStringLiteral("invalid label key \"%1\": %2").arg(requirement.key, problem));
        if (negated) {
            requirement.op = Op::DoesNotExist;
            return requirement;
        }
        const Token following = peek(true).token;
        if (following == Token::End || following == Token::Comma) {
            requirement.op = Op::Exists;
            return requirement;
        }
        const Lexeme opLexeme = take(false);
        switch (opLexeme.token) {
        case Token::In: requirement.op = Op::In; break;
        case Token::NotIn: requirement.op = Op::NotIn; break;
        case Token::Equals:
        case Token::DoubleEquals: requirement.op = Op::Equals; break;
        case Token::NotEquals: requirement.op = Op::NotEquals; break;
        case Token::Greater: requirement.op = Op::GreaterThan; break;
        case Token::Less: requirement.op = Op::LessThan; break;
        default: return failure(opLexeme, QStringLiteral("in, notin, =, ==, !=, >, <"));
        }
        const Lexeme valuesStart = peek(true);
        if (requirement.op == Op::In || requirement.op == Op::NotIn) {
            auto values = parseValueSet();
            if (!values)
                return values.error();
            requirement.values = std::move(values).value();
        } else {
            const Lexeme value = peek(true);
            if (value.token == Token::End || value.token == Token::Comma) {
                requirement.values = {QString()};
            } else {
                take(true);
                if (value.token != Token::Identifier)
                    return failure(value, QStringLiteral("identifier"));
                requirement.values = {value.text};
            }
        }
        for (const QString &value : std::as_const(requirement.values)) {
            if (const QString problem = labelValueProblem(value); !problem.isEmpty())
                return invalid(valuesStart, QStringLiteral("invalid label value \"%1\" for key \"%2\": %3")
                                                .arg(value, requirement.key, problem));
        }
        if ((requirement.op == Op::GreaterThan || requirement.op == Op::LessThan) &&
            !toInt64(requirement.values.constFirst()))
            return invalid(valuesStart,
                           QStringLiteral("for '>' and '<' the value must be an integer, found \"%1\"")
                               .arg(requirement.values.constFirst()));
        return requirement;
    }

    // "(" values ")", where values may be empty or have empty members: "()", "(,a)", "(a,)".
    Result<QStringList> parseValueSet()
    {
        const Lexeme open = take(true);
        if (open.token != Token::OpenPar)
            return failure(open, QStringLiteral("'('"));
        QStringList values;
        const auto add = [&values](const QString &value) {
            if (!values.contains(value))
                values.append(value);
        };
        const Lexeme first = peek(true);
        if (first.token == Token::ClosePar) {
            take(true);
            return QStringList{QString()};
        }
        if (first.token != Token::Identifier && first.token != Token::Comma)
            return failure(first, QStringLiteral("',', ')' or identifier"));
        while (true) {
            const Lexeme item = take(true);
            if (item.token == Token::Identifier) {
                add(item.text);
                const Lexeme after = peek(true);
                if (after.token == Token::ClosePar)
                    break;
                if (after.token != Token::Comma)
                    return failure(after, QStringLiteral("',' or ')'"));
            } else if (item.token == Token::Comma) {
                if (values.isEmpty())
                    add(QString()); // "(,"
                const Lexeme after = peek(true);
                if (after.token == Token::ClosePar) {
                    add(QString()); // ",)"
                    break;
                }
                if (after.token == Token::Comma) {
                    take(true);
                    add(QString()); // ",,"
                }
            } else {
                return failure(item, QStringLiteral("',' or identifier"));
            }
        }
        const Lexeme close = take(true);
        if (close.token != Token::ClosePar)
            return failure(close, QStringLiteral("')'"));
        return values;
    }
};

} // namespace

bool LabelSelector::Requirement::matches(const QMap<QString, QString> &labels) const
{
    const auto it = labels.constFind(key);
    const bool has = it != labels.constEnd();
    switch (op) {
    case Operator::Equals:
    case Operator::In: return has && values.contains(*it);
    case Operator::NotEquals:
    case Operator::NotIn: return !has || !values.contains(*it);
    case Operator::Exists: return has;
    case Operator::DoesNotExist: return !has;
    case Operator::GreaterThan:
    case Operator::LessThan: {
        if (!has || values.size() != 1)
            return false;
        const auto actual = toInt64(*it);
        const auto wanted = toInt64(values.constFirst());
        if (!actual || !wanted)
            return false;
        return op == Operator::GreaterThan ? *actual > *wanted : *actual < *wanted;
    }
    }
    return false;
}

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    auto requirements = Parser(text).parse();
    if (!requirements)
        return requirements.error();
    LabelSelector selector;
    selector.m_requirements = std::move(requirements).value();
    return selector;
}

bool LabelSelector::matches(const QMap<QString, QString> &labels) const
{
    for (const Requirement &requirement : m_requirements) {
        if (!requirement.matches(labels))
            return false;
    }
    return true;
}

} // namespace sextant
