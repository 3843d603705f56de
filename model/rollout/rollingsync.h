#pragma once

#include "model/domain/applicationset.h"
#include "model/rollout/waveverdict.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <array>

namespace sextant {

class FleetConnector;
class FleetStore;

namespace rollout {

// One step of an ApplicationSet's RollingSync in the dashboard's words.
struct RollingStepSummary {
    int number = 0; // 1-based; -1 for the apps no step selects
    QString label;  // "step 1: env In (dev)", "in no step"
    QString state;  // "healthy", "progressing", "stalled", "waiting", "never synced"
    std::array<int, AppProgressCount> counts{};
    QString why;
    struct App {
        AppSetAppStatus status;
        QString key; // the app in the fleet; empty when the fleet does not hold it
        AppProgress progress = AppProgress::Unknown;
        QString detail; // "Progressing 3 min · Degraded", "Waiting"
    };
    QList<App> apps;
};

// The steps of `set` (and its apps in no step), measured against the fleet as it is: the first
// step with an app not Healthy is progressing (stalled when one of its apps is Degraded: RollingSync
// never fails a step, so later ones never start), later steps wait for it.
QList<RollingStepSummary> summarizeRollingSync(const ApplicationSetProgress &set, const FleetStore &store,
                                               const QDateTime &now);

// Reads the ApplicationSets of every connected instance (GET, every few seconds while active)
// and keeps those whose strategy is RollingSync. Argo CD has no watch for them that every
// version serves, and the dashboard only needs them while it shows one.
class RollingSyncMonitor : public QObject {
    Q_OBJECT
public:
    explicit RollingSyncMonitor(FleetConnector *connector, QObject *parent = nullptr);

    void setActive(bool active); // reads now, then every interval, while active
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(int(interval.count())); }
    void refresh();

    // Takes `sets` as the instance's answer (the RollingSync ones are kept); screenshots show a
    // RollingSync this way on a fleet whose server has none.
    void setServed(const QString &instance, const QList<ApplicationSetProgress> &sets);
    QList<ApplicationSetProgress> sets() const; // by instance, then name
    std::optional<ApplicationSetProgress> set(const QString &instance, const QString &name) const;
    // Instances whose ApplicationSets could not be read → why (a server without them is left out).
    QHash<QString, QString> problems() const { return m_problems; }

signals:
    void changed();

private:
    FleetConnector *m_connector;
    QTimer m_timer;
    QHash<QString, QList<ApplicationSetProgress>> m_byInstance;
    QHash<QString, QString> m_problems;
};

} // namespace rollout
} // namespace sextant
