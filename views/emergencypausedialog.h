#pragma once

#include "model/actions/actiontypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;

namespace sextant {
class ActionService;
class FleetStore;
} // namespace sextant

namespace sextant::views {

class BatchProgressPanel;

// The emergency pause: choose a scope (the whole fleet, an instance, a
// cluster, a project or the selection), see per instance how many apps it
// holds and how many will be paused, give a reason, confirm. Then the dialog
// shows the progress, and at the end names every app it could not pause.
class EmergencyPauseDialog : public QDialog {
    Q_OBJECT
public:
    EmergencyPauseDialog(ActionService *actions, FleetStore *store, const QStringList &selection,
                         QWidget *parent = nullptr);

    // Pre-selects a scope (Fleet, Instance, Cluster, Project or Selection).
    void setScope(const ActionScope &scope);
    ActionScope scope() const;
    QList<ScopeCount> counts() const { return m_counts; }
    int appsToPause() const;
    bool canConfirm() const;

    QTreeWidget *countList() const { return m_countList; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    BatchProgressPanel *progressPanel() const { return m_progress; }

    // Starts the pause as the confirm button does.
    void confirm();

signals:
    void finished(const sextant::BatchOutcome &outcome);

private:
    void fillChoices();
    void updateCounts();
    void validate();

    ActionService *m_actions;
    FleetStore *m_store;
    QStringList m_selection;
    QList<ScopeCount> m_counts;
    quint64 m_request = 0;

    QStackedWidget *m_pages;
    QRadioButton *m_fleet;
    QRadioButton *m_instance;
    QRadioButton *m_cluster;
    QRadioButton *m_project;
    QRadioButton *m_selected;
    QComboBox *m_instances;
    QComboBox *m_clusters;
    QComboBox *m_projects;
    QTreeWidget *m_countList;
    QLabel *m_summary;
    QLineEdit *m_reason;
    QCheckBox *m_freeze;
    BatchProgressPanel *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace sextant::views
