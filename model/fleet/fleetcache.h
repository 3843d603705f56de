#pragma once

#include "model/fleet/fleetstore.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace sextant {

// Keeps the fleet on disk so the next start paints at once: loads the cache
// into the store (marked Cached, with its age), and writes the store back a
// few seconds after it last changed. SQLite work runs in the thread pool.
class FleetCache : public QObject {
    Q_OBJECT
public:
    FleetCache(FleetStore *store, QString databasePath, QObject *parent = nullptr);
    ~FleetCache() override; // waits for a write under way

    void load();
    void saveNow();
    static constexpr int DebounceMs = 3000;

signals:
    void loaded(int applications);
    void saved();
    void failed(const QString &message);

private:
    FleetStore *m_store;
    QString m_path;
    QTimer m_debounce;
    QFuture<void> m_write;
};

} // namespace sextant
