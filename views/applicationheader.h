#pragma once

#include "model/domain/appref.h"

#include <QWidget>

class QLabel;

namespace sextant {
class FleetStore;
}

namespace sextant::views {

class MessageBanner;

// The top of the application view: the application's name and where it
// lives, its sync, health and auto-sync state, project, destination, source,
// deployed revision and last operation, and its conditions. Read from the
// store when asked; an application the store does not have is shown as
// unknown.
class ApplicationHeader : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationHeader(const FleetStore *store, QWidget *parent = nullptr);

    // Shows this application as the store has it now.
    void showApplication(const AppRef &app);
    // Reads the store again for the application shown.
    void refresh();
    // Says the application left the store (deleted, or no longer visible to
    // this user) and that what is shown is its last known state.
    void setGone(bool gone);

protected:
    void changeEvent(QEvent *event) override;

private:
    const FleetStore *m_store;
    AppRef m_app;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_syncIcon = nullptr;
    QLabel *m_syncText = nullptr;
    QLabel *m_healthIcon = nullptr;
    QLabel *m_healthText = nullptr;
    QLabel *m_autoSyncIcon = nullptr;
    QLabel *m_autoSyncText = nullptr;
    QLabel *m_project;
    QLabel *m_destination;
    QLabel *m_source;
    QLabel *m_revision;
    QLabel *m_rolloutCaption = nullptr;
    QLabel *m_rollout = nullptr; // the wave rollout that released the app, when one did
    QLabel *m_lastOperation;
    MessageBanner *m_conditions;
    MessageBanner *m_goneNotice;
};

} // namespace sextant::views
