#pragma once

#include "app/credentialstore.h"
#include "app/demofleet.h"
#include "app/gitcredentials.h"
#include "model/actions/actionservice.h"
#include "model/fleet/applicationdetails.h"
#include "model/fleet/applicationdiffloader.h"
#include "model/fleet/driftscanner.h"
#include "model/fleet/fleetcache.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/pendingcommits.h"
#include "model/fleet/repositorymirrors.h"
#include "model/rollout/rollingsync.h"
#include "model/rollout/rolloutrunner.h"
#include "views/connectdialog.h"

#include <QObject>

#include <memory>

namespace sextant {

// Everything behind the main window: the fleet store and its cache, one
// client per instance, the selected app's details, remembered instances and
// their tokens. The window only composes views over it.
class Workspace : public QObject {
    Q_OBJECT
public:
    // Git mirrors go to `mirrorsDirectory`, or beside the database when it is empty.
    explicit Workspace(const QString &databasePath, const QString &mirrorsDirectory = {},
                       QObject *parent = nullptr);
    ~Workspace() override;

    FleetStore &store() { return m_store; }
    FleetConnector &connector() { return m_connector; }
    ApplicationDetails &details() { return m_details; }
    ActionService &actions() { return m_actions; }
    DriftScanner &drift() { return m_drift; }
    ApplicationDiffLoader &diffLoader() { return m_diffLoader; }
    RepositoryMirrors &mirrors() { return m_mirrors; }
    PendingCommits &pendingCommits() { return m_pending; }
    rollout::RolloutRunner &rollouts() { return m_rollouts; }
    rollout::RollingSyncMonitor &rollingSync() { return m_rollingSync; }

    void loadCache();
    // Connects; remembered instances come back on the next start (no token on disk).
    void connectInstance(const argocd::InstanceConfig &config, bool remember);
    void connectWith(const views::ConnectDialog::Request &request);
    void restoreRemembered();
    void forget(const QString &instance);
    void startDemo();
    void login(const QString &instance, const QString &username, const QString &password);
    void setToken(const QString &instance, const QString &token);

    QStringList rememberedInstances() const;

    // A credential for Git URLs under `prefix` (the keychain when `remember`), then a fetch
    // of the tracked repositories it covers.
    void setGitCredential(const QString &prefix, const QString &username, const QString &secret,
                          bool remember);
    GitKeychainCredentials &gitCredentials() { return *m_gitCredentials; }

signals:
    void message(const QString &text); // for the status bar
    void problem(const QString &title, const QString &text);

private:
    RepositoryMirrors::CredentialSources gitCredentialSources() const;
    void attach(const argocd::InstanceConfig &config, bool keepTokens);
    void remember(const argocd::InstanceConfig &config);
    void watchBackend(ControllerBackend *backend, bool remember);

    FleetStore m_store;
    FleetConnector m_connector;
    FleetCache m_cache;
    ApplicationDetails m_details;
    DriftScanner m_drift; // fetches nothing until the drift view is first shown
    ApplicationDiffLoader m_diffLoader;
    CredentialStore m_credentials;
    DemoFleet m_demo;
    ActionService m_actions; // journal and pause ledger in the same database as the cache
    std::shared_ptr<GitKeychainCredentials> m_gitCredentials;
    RepositoryMirrors m_mirrors; // bare mirrors beside the database
    PendingCommits m_pending;
    rollout::RolloutRunner m_rollouts; // wave runs, in the same database; paused when the window closes
    rollout::RollingSyncMonitor m_rollingSync; // ApplicationSets' RollingSync, read while shown
};

} // namespace sextant
