#include "model/argocd/argocdtreewatch.h"

#include "model/argocd/detaildecoder.h"
#include "model/argocd/streamreader.h"

#include <QtConcurrent>

namespace sextant::argocd {

ArgoCdTreeWatch::ArgoCdTreeWatch(const ArgoCdClient &client, const QString &path, QObject *parent)
    : ResourceTreeWatch(parent)
    , m_reader(new StreamReader(this))
{
    m_decodePool.setMaxThreadCount(1); // updates keep their order
    connect(m_reader, &StreamReader::opened, this, &ArgoCdTreeWatch::opened);
    connect(m_reader, &StreamReader::lineReceived, this, &ArgoCdTreeWatch::onLine);
    connect(m_reader, &StreamReader::ended, this, &ArgoCdTreeWatch::ended);
    m_reader->open(client, path);
}

ArgoCdTreeWatch::~ArgoCdTreeWatch()
{
    m_reader->close();
    m_decodePool.clear();
    m_decodePool.waitForDone();
}

bool ArgoCdTreeWatch::isLive() const
{
    return m_reader->isLive();
}

void ArgoCdTreeWatch::onLine(const QByteArray &line)
{
    QtConcurrent::run(&m_decodePool, [line] {
        return decodeResourceTree(line);
    }).then(this, [this](const Result<ResourceTree> &tree) {
        if (tree) {
            emit treeChanged(*tree);
            return;
        }
        // The server's {"error":…} chunk carries its HTTP code; anything else is unreadable.
        const QString message =
            tree.error().code != 0
                ? tree.errorMessage()
                : tr("The Argo CD server sent a resource tree update that cannot be read (%1).")
                      .arg(tree.errorMessage());
        emit broken(message, tree.error().code);
    });
}

} // namespace sextant::argocd
