#pragma once

#include "model/domain/application.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace sextant {
class GitChangeLoader;
class GitHistoryModel;
class RepositoryMirrors;
} // namespace sextant

namespace sextant::views {

class GitChangeView;
class MessageBanner;

// The Git tab: the commits that touched the application's paths in its repository's
// mirror, newest first and paged as the list scrolls, marked with what runs (deployed),
// what the app tracks (head) and what deploys next (pending); the selected commit's change
// beside it, or the combined change that deploys next. Its context menu offers reverts.
class ApplicationGitTab : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationGitTab(RepositoryMirrors *mirrors, QWidget *parent = nullptr);
    ~ApplicationGitTab() override;

    // The application to show (nullptr: none).
    void setApplication(const Application *app);
    // The app changed in the store: reload only when its Git source or deployed revision did.
    void applicationChanged(const Application &app);

    GitHistoryModel *model() const { return m_model; }
    QTreeView *commitList() const { return m_list; }
    GitChangeView *changeView() const { return m_change; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *credentialsButton() const { return m_credentialsButton; }
    MessageBanner *banner() const { return m_banner; }
    // "Git (3 pending)".
    QString title() const;

    // The combined change between the deployed revision and the head.
    void showPendingChange();
    // Selects and shows one commit (a row of the model).
    void showCommit(int row);
    // The commits from the newest down to `row`, newest first ("everything since" the row below it).
    QStringList commitsDownTo(int row) const;

signals:
    // `commits` newest first.
    void revertRequested(const QStringList &commits);
    void promoteRequested();
    void titleChanged(const QString &title);
    // The repository refused the credentials: ask the operator for some.
    void credentialsRequested(const QString &repoUrl);

private:
    void updateSummary();
    void updateMirrorState();
    void showContextMenu(const QPoint &pos);

    RepositoryMirrors *m_mirrors;
    GitHistoryModel *m_model;
    GitChangeLoader *m_loader;
    QString m_appKey;
    QString m_repoUrl;
    QString m_deployedRevision;

    MessageBanner *m_banner;
    QLabel *m_summary;
    QPushButton *m_pendingButton;
    QPushButton *m_fetchButton;
    QPushButton *m_credentialsButton;
    QPushButton *m_promoteButton;
    QTreeView *m_list;
    GitChangeView *m_change;
};

} // namespace sextant::views
