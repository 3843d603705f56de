#include "model/actions/protectionrules.h"

#include <QSettings>

namespace sextant {

namespace {

bool valueMatches(const QString &want, const QString &have)
{
    return want == QStringLiteral("*") || want == have;
}

} // namespace

QString ProtectionRule::describe() const
{
    const QString on = instance.isEmpty() ? QString() : QStringLiteral(" @") + instance;
    switch (kind) {
    case Kind::Project: return QStringLiteral("project=%1%2").arg(value, on);
    case Kind::ClusterLabel: return QStringLiteral("cluster-label %1=%2%3").arg(key, value, on);
    case Kind::AppLabel: return QStringLiteral("app-label %1=%2%3").arg(key, value, on);
    }
    return {};
}

ProtectionRule ProtectionRule::parse(const QString &text, QString *error)
{
    ProtectionRule rule;
    QString body = text.trimmed();
    if (const qsizetype at = body.lastIndexOf(QStringLiteral(" @")); at >= 0) {
        rule.instance = body.mid(at + 2).trimmed();
        body = body.left(at).trimmed();
    }
    const auto fail = [&] {
        if (error)
            *error = QStringLiteral("cannot read the protection rule \"%1\": write project=NAME, "
                                    "cluster-label KEY=VALUE or app-label KEY=VALUE")
                         .arg(text);
        return ProtectionRule{};
    };
    if (body.startsWith(QStringLiteral("project="))) {
        rule.kind = Kind::Project;
        rule.value = body.mid(8).trimmed();
        return rule.value.isEmpty() ? fail() : rule;
    }
    const QString word = body.section(u' ', 0, 0);
    const QString pair = body.section(u' ', 1).trimmed();
    if (word != QStringLiteral("cluster-label") && word != QStringLiteral("app-label"))
        return fail();
    rule.kind = word == QStringLiteral("cluster-label") ? Kind::ClusterLabel : Kind::AppLabel;
    rule.key = pair.section(u'=', 0, 0).trimmed();
    rule.value = pair.section(u'=', 1).trimmed();
    if (rule.key.isEmpty() || rule.value.isEmpty() || !pair.contains(u'='))
        return fail();
    return rule;
}

ProtectionRules::ProtectionRules(QList<ProtectionRule> rules)
    : m_rules(std::move(rules))
{}

ProtectionRules ProtectionRules::defaults()
{
    return ProtectionRules(
        {{ProtectionRule::Kind::ClusterLabel, QStringLiteral("env"), QStringLiteral("prod"), {}}});
}

ProtectionRules ProtectionRules::load(QSettings &settings)
{
    if (!settings.contains(QStringLiteral("protection/rules")))
        return defaults();
    QList<ProtectionRule> rules;
    for (const QString &text : settings.value(QStringLiteral("protection/rules")).toStringList()) {
        QString error;
        const ProtectionRule rule = ProtectionRule::parse(text, &error);
        if (error.isEmpty())
            rules << rule;
    }
    return ProtectionRules(rules);
}

void ProtectionRules::save(QSettings &settings) const
{
    QStringList texts;
    for (const ProtectionRule &rule : m_rules)
        texts << rule.describe();
    settings.setValue(QStringLiteral("protection/rules"), texts);
}

QStringList ProtectionRules::matches(const Application &app, const Cluster *cluster) const
{
    QStringList matched;
    for (const ProtectionRule &rule : m_rules) {
        if (!rule.instance.isEmpty() && rule.instance != app.instance)
            continue;
        bool hit = false;
        switch (rule.kind) {
        case ProtectionRule::Kind::Project: hit = valueMatches(rule.value, app.project); break;
        case ProtectionRule::Kind::ClusterLabel:
            hit = cluster && cluster->labels.contains(rule.key) &&
                  valueMatches(rule.value, cluster->labels.value(rule.key));
            break;
        case ProtectionRule::Kind::AppLabel:
            hit = app.labels.contains(rule.key) && valueMatches(rule.value, app.labels.value(rule.key));
            break;
        }
        if (hit)
            matched << rule.describe();
    }
    return matched;
}

} // namespace sextant
