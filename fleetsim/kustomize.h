#pragma once

#include "model/git/gitrepository.h"
#include "model/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sextant::fleetsim {

// Renders a kustomization the way Argo CD's repo server does: the repository's tree at one
// commit is written to a scratch directory (overlays reach ../../base) and `kustomize build`
// runs on the app's path there, with a time limit.
class KustomizeRenderer {
public:
    // `program`: a path, or a name looked up on PATH when rendering.
    explicit KustomizeRenderer(QString program = QStringLiteral("kustomize"), int timeoutMs = 30000);

    // Whether these files (one directory's, from GitRepository::readFiles) hold a kustomization.
    static bool isKustomization(const QList<git::TreeFile> &files);

    Result<QList<QJsonObject>> render(const git::GitRepository &repository, const QString &commit,
                                      const QString &path) const;

private:
    QString m_program;
    int m_timeoutMs;
};

} // namespace sextant::fleetsim
