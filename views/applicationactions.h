#pragma once

#include "model/actions/actiontypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QMenu;
class QWidget;

namespace sextant {
class ActionService;
class FleetStore;
} // namespace sextant

namespace sextant::views {

class GitChangeDialog;

// The actions on applications, wherever they are offered (the application
// header, the fleet tree's context menu, the main window's menu): each opens
// the dialog that names its target and asks in proportion to the risk, calls
// the ActionService and reports the outcome as a message.
class ApplicationActions : public QObject {
    Q_OBJECT
public:
    ApplicationActions(ActionService *actions, FleetStore *store, QWidget *dialogParent);

    ActionService *service() const { return m_actions; }

    void openSync(const QString &appKey);
    void openSyncSelection(const QStringList &appKeys);
    void refresh(const QString &appKey, bool hard);
    void terminateOperation(const QString &appKey);
    void pauseAutoSync(const QString &appKey);
    void resumeAutoSync(const QString &appKey);
    void openRollback(const QString &appKey, qint64 historyId);
    // Reverts `commits` (newest first) of the app's repository: preview, reason, commit, push.
    void openRevert(const QString &appKey, const QStringList &commits);
    // After a history rollback: reverts in Git the commits between what runs and what Git
    // wants (the app's pending commits), through the same preview.
    void openMakeGitAgree(const QString &appKey);
    // Promotes what the app deploys to other apps' overlays of the same repository and branch.
    void openPromotion(const QString &appKey);
    // Brings a person's live edits of one resource into the app's Git source (previewed).
    void openAdoption(const QString &appKey, const QString &resourceIdentity);
    void openEmergencyPause(const QStringList &selection);
    void openResume();
    void openCompleteInterrupted();

    // What the app allows now (for enabling buttons and menu entries).
    bool canTerminate(const QString &appKey) const;
    bool canPause(const QString &appKey) const;
    bool canResume(const QString &appKey) const;

    // Adds the entries for one app (or, with several keys, the selection) to `menu`.
    void populateMenu(QMenu *menu, const QStringList &appKeys);

signals:
    // For the status bar: what happened, or what went wrong.
    void message(const QString &text);
    // A refresh, terminate, pause, resume or rollback answered.
    void finished(bool ok);

private:
    void watch(quint64 request, const QString &what);
    // Shows a Git change dialog (it deletes itself) and reports its commit.
    void openGitChange(GitChangeDialog *dialog);

    ActionService *m_actions;
    FleetStore *m_store;
    QPointer<QWidget> m_parent;
    QHash<quint64, QString> m_pending; // request → what, for the message
};

} // namespace sextant::views
