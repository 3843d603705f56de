#include "model/diff/normalize.h"

#include "model/diff/pathpattern.h"
#include "model/support/glob.h"

#include <QJsonArray>
#include <QSet>

namespace sextant::diff {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kLastApplied = "kubectl.kubernetes.io/last-applied-configuration"_L1;

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

PathPattern pointerPattern(const JsonPointer &pointer)
{
    PathPattern pattern;
    for (const QString &token : pointer.tokens)
        pattern.append(PathStep{PathStep::Kind::KeyOrIndex, token, 0, {}});
    return pattern;
}

// The fieldsV1 of every managedFields entry of `live` written by one of `managers`.
QList<PathPattern> managedFieldsOf(const QJsonValue &live, const QStringList &managers, bool &listed)
{
    QList<PathPattern> patterns;
    const QJsonValue entries = live.toObject().value("metadata"_L1).toObject().value("managedFields"_L1);
    listed = entries.isArray();
    const QJsonArray array = entries.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        if (managers.contains(object.value("manager"_L1).toString()))
            patterns += managedFieldsPatterns(object.value("fieldsV1"_L1).toObject());
    }
    return patterns;
}

} // namespace

bool IgnoreDifferenceRule::matches(const QString &resourceGroup, const QString &resourceKind,
                                   const QString &resourceNs, const QString &resourceName) const
{
    // Group and kind are globs of '*' and '?' only (brackets and backslashes stand for themselves).
    return globMatch(group, resourceGroup, GlobSyntax::Wildcards) &&
           globMatch(kind, resourceKind, GlobSyntax::Wildcards) && (name.isEmpty() || name == resourceName) &&
           (ns.isEmpty() || ns == resourceNs);
}

QString IgnoreDifferenceRule::describe() const
{
    const QString groupKind = group.isEmpty() ? kind : group + u'/' + kind;
    QString text = name.isEmpty() ? u"every "_s + groupKind : groupKind + u' ' + name;
    if (!ns.isEmpty())
        text += u" in "_s + ns;
    return text;
}

QList<IgnoreDifferenceRule> decodeIgnoreDifferences(const QJsonObject &application)
{
    QList<IgnoreDifferenceRule> rules;
    const QJsonArray entries =
        application.value("spec"_L1).toObject().value("ignoreDifferences"_L1).toArray();
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        IgnoreDifferenceRule rule;
        rule.group = object.value("group"_L1).toString();
        rule.kind = object.value("kind"_L1).toString();
        rule.name = object.value("name"_L1).toString();
        rule.ns = object.value("namespace"_L1).toString();
        rule.jsonPointers = stringList(object.value("jsonPointers"_L1));
        rule.jqPathExpressions = stringList(object.value("jqPathExpressions"_L1));
        rule.managedFieldsManagers = stringList(object.value("managedFieldsManagers"_L1));
        rules.append(rule);
    }
    return rules;
}

QJsonValue normalizeObject(const QJsonValue &value, const NormalizeOptions &options)
{
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (options.hideStatus)
        object.remove("status"_L1);
    if (!object.value("metadata"_L1).isObject())
        return object;
    QJsonObject metadata = object.value("metadata"_L1).toObject();
    if (options.hideManagedFields)
        metadata.remove("managedFields"_L1);
    if (options.hideServerMetadata) {
        for (const auto key :
             {"resourceVersion"_L1, "uid"_L1, "creationTimestamp"_L1, "generation"_L1, "selfLink"_L1})
            metadata.remove(key);
    }
    if (options.hideLastAppliedAnnotation && metadata.value("annotations"_L1).isObject()) {
        QJsonObject annotations = metadata.value("annotations"_L1).toObject();
        annotations.remove(kLastApplied);
        // An annotations map left empty is noise kubectl would not print either.
        if (annotations.isEmpty())
            metadata.remove("annotations"_L1);
        else
            metadata.insert("annotations"_L1, annotations);
    }
    object.insert("metadata"_L1, metadata);
    return object;
}

IgnoredPair applyIgnoreDifferences(const QJsonValue &live, const QJsonValue &desired, const QString &group,
                                   const QString &kind, const QString &ns, const QString &name,
                                   const QList<IgnoreDifferenceRule> &rules,
                                   const QJsonValue &managedFieldsFrom)
{
    IgnoredPair result{live, desired, {}};
    QList<PathPattern> patterns;
    for (const IgnoreDifferenceRule &rule : rules) {
        if (!rule.matches(group, kind, ns, name))
            continue;
        const QString source = u"ignoreDifferences of "_s + rule.describe();
        for (const QString &pointerText : rule.jsonPointers) {
            const JsonPointer pointer = parseJsonPointer(pointerText);
            if (!pointer.ok)
                result.notes.append(
                    u"%1: JSON pointer '%2' is not a valid pointer; not applied."_s.arg(source, pointerText));
            else if (pointer.tokens.isEmpty())
                result.notes.append(
                    u"%1: JSON pointer '%2' names the whole object; not applied."_s.arg(source, pointerText));
            else
                patterns.append(pointerPattern(pointer));
        }
        for (const QString &expression : rule.jqPathExpressions) {
            Result<PathPattern> pattern = parseJqPath(expression);
            if (!pattern)
                result.notes.append(u"%1: jq expression '%2' cannot be applied (%3); not applied."_s.arg(
                    source, expression, pattern.errorMessage()));
            else
                patterns.append(*pattern);
        }
        if (!rule.managedFieldsManagers.isEmpty() && live.isObject()) {
            bool listed = false;
            patterns += managedFieldsOf(managedFieldsFrom.isUndefined() ? live : managedFieldsFrom,
                                        rule.managedFieldsManagers, listed);
            if (!listed)
                result.notes.append(
                    u"%1: the fields of %2 cannot be ignored: the live object lists no managed "
                    u"fields; not applied."_s.arg(source, rule.managedFieldsManagers.join(u", "_s)));
        }
    }
    if (patterns.isEmpty())
        return result;
    result.live = deleteMatching(live, patterns);
    result.desired = deleteMatching(desired, patterns);
    return result;
}

JsonPointer parseJsonPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return {{}, true};
    if (!pointer.startsWith(u'/'))
        return {};
    JsonPointer result;
    const QStringList parts = pointer.mid(1).split(u'/');
    for (const QString &part : parts) {
        QString token;
        token.reserve(part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part[i] != u'~') {
                token.append(part[i]);
                continue;
            }
            if (i + 1 >= part.size() || (part[i + 1] != u'0' && part[i + 1] != u'1'))
                return {};
            token.append(part[++i] == u'0' ? u'~' : u'/');
        }
        result.tokens.append(token);
    }
    result.ok = true;
    return result;
}

} // namespace sextant::diff
