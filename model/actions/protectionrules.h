#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace sextant {

// One rule that marks targets as protected (production): syncing or rolling
// back a protected app needs an approval (reason, typed name, reviewed diff).
struct ProtectionRule {
    enum class Kind { Project, ClusterLabel, AppLabel };
    Kind kind = Kind::ClusterLabel;
    QString key;      // the label key (ClusterLabel, AppLabel); unused for Project
    QString value;    // the project name or the label value; "*" matches any value
    QString instance; // empty: every instance

    // "project=payments", "cluster-label env=prod", "app-label tier=critical" (also what parse() reads).
    QString describe() const;
    static ProtectionRule parse(const QString &text, QString *error);
    bool operator==(const ProtectionRule &) const = default;
};

// The rules from settings, and matching them against an app.
class ProtectionRules {
public:
    ProtectionRules() = default;
    explicit ProtectionRules(QList<ProtectionRule> rules);

    // The default when nothing is configured: cluster label env=prod.
    static ProtectionRules defaults();
    // Reads/writes the list under "protection/rules" (one describe() text each).
    static ProtectionRules load(QSettings &settings);
    void save(QSettings &settings) const;

    const QList<ProtectionRule> &rules() const { return m_rules; }
    // The rules the app matches, described ("cluster label env=prod"); empty when unprotected.
    // `cluster` is the app's destination cluster (may be null when unknown).
    QStringList matches(const Application &app, const Cluster *cluster) const;

private:
    QList<ProtectionRule> m_rules;
};

} // namespace sextant
