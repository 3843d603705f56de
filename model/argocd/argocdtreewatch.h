#pragma once

#include "model/controller/controllerbackend.h"

#include <QThreadPool>

namespace sextant::argocd {

class ArgoCdClient;
class StreamReader;

// The resource-tree stream of one app (/api/v1/stream/applications/{name}/resource-tree):
// each line decoded in order on a single-thread pool of its own.
class ArgoCdTreeWatch final : public ResourceTreeWatch {
    Q_OBJECT
public:
    ArgoCdTreeWatch(const ArgoCdClient &client, const QString &path, QObject *parent = nullptr);
    ~ArgoCdTreeWatch() override;

    bool isLive() const override;

private:
    void onLine(const QByteArray &line);

    StreamReader *m_reader;
    QThreadPool m_decodePool;
};

} // namespace sextant::argocd
