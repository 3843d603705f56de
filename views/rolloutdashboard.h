#pragma once

#include "model/rollout/rolloutrun.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sextant {
class FleetStore;
namespace rollout {
class RolloutRunner;
class RollingSyncMonitor;
} // namespace rollout
} // namespace sextant

namespace sextant::views {

class MessageBanner;

// The wave-rollout dashboard (Ctrl+Shift+R): one run at a time (the newest first in the
// chooser). One row per wave with its state, a segmented bar of its apps (waiting · syncing ·
// progressing · healthy · degraded · unknown), the gate it waits at with its countdown, and why
// in words; each wave opens to its apps with target and current revision. Below, the run's
// timeline. Pause, Resume, Approve, Sign off, Skip app, Roll back wave (a previewed Git revert,
// WaveRollbackDialog) and Abort ask for a reason (a typed name
// where the target is protected) and go through the RolloutRunner, which journals them.
class RolloutDashboard : public QWidget {
    Q_OBJECT
public:
    RolloutDashboard(rollout::RolloutRunner *runner, FleetStore *store, QWidget *parent = nullptr);

    // Also offers the ApplicationSets with a RollingSync strategy that `monitor` reads (read-only);
    // the monitor reads while the dashboard is shown.
    void setRollingSyncMonitor(rollout::RollingSyncMonitor *monitor);
    // Shows the run `id` (the newest when empty), or an ApplicationSet (rollingsyncview.h).
    void showRun(const QString &id = {});
    QString currentRunId() const { return m_runId; }
    // Shows the run as the runner and the fleet have it now (otherwise within 50 ms of a change).
    void refreshNow() { refresh(); }

    QComboBox *runChooser() const { return m_runs; }
    QTreeWidget *wavesTree() const { return m_waves; }
    QListWidget *timeline() const { return m_timeline; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *button(const QString &objectName) const;

signals:
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshChooser();
    void refresh();
    void refreshAppSet(); // the chosen ApplicationSet's steps
    void fillWave(QTreeWidgetItem *item, const rollout::RolloutRun &run, int wave);
    void updateButtons(const rollout::RolloutRun *run);
    QString gateText(const rollout::RolloutRun &run, int wave) const;
    // The app row selected, as an app key; empty when a wave row or nothing is selected.
    QString selectedAppKey() const;
    void pause();
    void resume();
    void approveOrSignOff();
    void skipApp();
    void rollBackWave();
    // The wave of the selected row (a wave or one of its apps); else the current wave.
    int selectedWave(const rollout::RolloutRun &run) const;
    void abortRun();

    rollout::RolloutRunner *m_runner;
    rollout::RollingSyncMonitor *m_rollingSync = nullptr;
    FleetStore *m_store;
    QString m_runId;
    QComboBox *m_runs;
    QLabel *m_target;
    QLabel *m_state;
    MessageBanner *m_banner;
    QTreeWidget *m_waves;
    QListWidget *m_timeline;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_approve;
    QPushButton *m_skip;
    QPushButton *m_rollBack;
    QPushButton *m_abort;
    QTimer *m_refresh;   // coalesces run changes into one repaint
    QTimer *m_countdown; // gates count down by the second
};

} // namespace sextant::views
