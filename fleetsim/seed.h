#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sextant::fleetsim {

// The fleet a simulation starts from (resources/demo/fleet.yaml). Templates
// are already expanded: one entry per cluster, per file, per application.
struct SeedCluster {
    QString name;
    QString server;
    QMap<QString, QString> labels;
};

struct SeedProject {
    QString name;
    QString description;
    QJsonArray sourceRepos;
    QJsonArray destinations;
    QJsonArray syncWindows;
};

struct SeedCommit {
    QString message;
    QString authorName;
    QString authorEmail;
    QMap<QString, std::optional<QByteArray>> files; // nullopt deletes
};

struct SeedRepository {
    QString name;
    QString branch = QStringLiteral("main");
    QList<SeedCommit> commits; // oldest first
};

struct SeedApplication {
    QString name;
    QString appNamespace; // the Application's own namespace; empty: the server's
    QString project;
    QString repository; // a SeedRepository name
    QString path;
    QString targetRevision;
    QString cluster; // a SeedCluster name
    QString destinationNamespace;
    QMap<QString, QString> labels;
    QJsonObject syncPolicy;
    QJsonArray ignoreDifferences;
    // What runs at start: 0 = the target revision, 1 = one commit before it.
    int deployedCommitsBehind = 0;
};

// An ApplicationSet with the RollingSync strategy over the seed's applications that carry
// `appLabels` (the generator is not simulated: the apps are listed by their labels). Its steps
// are written as Argo CD spells them ({matchExpressions: [{key, operator, values}], maxUpdate}).
struct SeedApplicationSet {
    QString name;
    QString project;
    QMap<QString, QString> appLabels;
    QJsonArray steps;
};

struct FleetSeed {
    QList<SeedCluster> clusters;
    QList<SeedProject> projects;
    QList<SeedRepository> repositories;
    QList<SeedApplication> applications;
    QList<SeedApplicationSet> applicationSets;
    QString scenarioPath; // relative paths resolved against the seed's folder
};

// Parses a seed document. Errors name the offending entry.
Result<FleetSeed> parseSeed(const QByteArray &yaml, const QString &baseDir);
Result<FleetSeed> loadSeed(const QString &path);

} // namespace sextant::fleetsim
