#pragma once

// The wave rollout tests' fleet (tests/fleetsim/data/wave-fleet.yaml): one web app per cluster
// over 20 clusters, from one repository with a directory per environment.
#include "tests/support/fleetsimfixture.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sextant::testing::wavefleet {

inline QString seedPath()
{
    return FleetsimFixture::sourceDir() + QStringLiteral("/tests/fleetsim/data/wave-fleet.yaml");
}

// A release's files: every environment's Deployment at `image`, the canary's at `canaryImage`
// when one is given (a bad image in one wave).
inline QMap<QString, QByteArray> releaseFiles(const QString &image, const QString &canaryImage = {})
{
    QMap<QString, QByteArray> files;
    for (const char *env : {"dev", "staging", "prod", "canary"}) {
        const QString name = QString::fromLatin1(env);
        const int replicas = name == QLatin1String("dev") || name == QLatin1String("staging") ? 1 : 2;
        const QString used = name == QLatin1String("canary") && !canaryImage.isEmpty() ? canaryImage : image;
        files.insert(QStringLiteral("web/%1/deployment.yaml").arg(name),
                     QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                                    "  replicas: %1\n  selector:\n    matchLabels: {app: web}\n  template:\n"
                                    "    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n"
                                    "      - name: web\n        image: %2\n")
                         .arg(replicas)
                         .arg(used)
                         .toUtf8());
    }
    return files;
}

} // namespace sextant::testing::wavefleet
