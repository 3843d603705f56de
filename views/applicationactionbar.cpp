#include "views/applicationactionbar.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"
#include "views/applicationactions.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sextant::views {

ApplicationActionBar::ApplicationActionBar(ApplicationActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_sync(new QPushButton(tr("&Sync…"), this))
    , m_refresh(new QToolButton(this))
    , m_pause(new QPushButton(tr("Pause auto-sync…"), this))
    , m_resume(new QPushButton(tr("Resume auto-sync…"), this))
    , m_terminate(new QPushButton(tr("Terminate operation…"), this))
    , m_rollback(new QPushButton(tr("Roll back…"), this))
    , m_note(new QFrame(this))
    , m_noteText(new QLabel(m_note))
    , m_noteResume(new QPushButton(tr("Resume auto-sync…"), m_note))
    , m_noteGit(new QPushButton(tr("Make &Git agree…"), m_note))
{
    setObjectName(QStringLiteral("applicationActions"));
    m_sync->setObjectName(QStringLiteral("syncApp"));
    m_sync->setToolTip(tr("Preview the change with a dry run, then sync"));
    m_refresh->setObjectName(QStringLiteral("refreshApp"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask the controller to compare with Git again"));
    m_refresh->setPopupMode(QToolButton::MenuButtonPopup);
    auto *refreshMenu = new QMenu(m_refresh);
    refreshMenu->addAction(tr("&Refresh"), this, [this] { m_actions->refresh(m_key, false); });
    refreshMenu->addAction(tr("&Hard refresh (regenerate manifests)"), this,
                           [this] { m_actions->refresh(m_key, true); });
    m_refresh->setMenu(refreshMenu);
    m_pause->setObjectName(QStringLiteral("pauseApp"));
    m_resume->setObjectName(QStringLiteral("resumeApp"));
    m_terminate->setObjectName(QStringLiteral("terminateApp"));
    m_rollback->setObjectName(QStringLiteral("rollbackApp"));
    m_rollback->setToolTip(tr("Choose the deployment to roll back to in the History tab"));

    m_note->setObjectName(QStringLiteral("rollbackNoteFrame"));
    m_noteText->setObjectName(QStringLiteral("rollbackNote"));
    m_noteText->setWordWrap(true);
    m_noteResume->setObjectName(QStringLiteral("rollbackResume"));
    auto *noteLayout = new QHBoxLayout(m_note);
    noteLayout->setContentsMargins(8, 4, 8, 4);
    noteLayout->addWidget(m_noteText, 1);
    noteLayout->addWidget(m_noteGit);
    noteLayout->addWidget(m_noteResume);
    m_noteGit->setObjectName(QStringLiteral("rollbackMakeGitAgree"));
    m_noteGit->setToolTip(tr("Revert in Git the commits after what runs now, so that resuming auto-sync "
                             "keeps the rollback"));
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *button :
         std::initializer_list<QWidget *>{m_sync, m_refresh, m_pause, m_resume, m_terminate, m_rollback})
        row->addWidget(button);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_sync, &QPushButton::clicked, this, [this] { m_actions->openSync(m_key); });
    connect(m_refresh, &QToolButton::clicked, this, [this] { m_actions->refresh(m_key, false); });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_actions->pauseAutoSync(m_key); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_actions->resumeAutoSync(m_key); });
    connect(m_noteResume, &QPushButton::clicked, this, [this] { m_actions->resumeAutoSync(m_key); });
    connect(m_noteGit, &QPushButton::clicked, this, [this] { m_actions->openMakeGitAgree(m_key); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { m_actions->terminateOperation(m_key); });
    connect(m_rollback, &QPushButton::clicked, this, &ApplicationActionBar::rollbackRequested);

    ActionService *service = m_actions->service();
    connect(service, &ActionService::rollbackMarksChanged, this, &ApplicationActionBar::update);
    connect(service, &ActionService::pauseStateChanged, this, &ApplicationActionBar::update);
    connect(service, &ActionService::ready, this, &ApplicationActionBar::update);
    connect(m_actions, &ApplicationActions::finished, this, &ApplicationActionBar::update);
    update();
}

void ApplicationActionBar::setApplication(const QString &appKey)
{
    m_key = appKey;
    update();
}

void ApplicationActionBar::update()
{
    const bool any = !m_key.isEmpty();
    m_sync->setEnabled(any);
    m_refresh->setEnabled(any);
    m_rollback->setEnabled(any);
    const bool canPause = any && m_actions->canPause(m_key);
    const bool canResume = any && m_actions->canResume(m_key);
    m_pause->setVisible(!canResume);
    m_pause->setEnabled(canPause);
    m_pause->setToolTip(canPause ? tr("Stop the controller from applying Git to this app, keeping its policy")
                                 : tr("Auto-sync is not on for this app"));
    m_resume->setVisible(canResume);
    m_terminate->setEnabled(any && m_actions->canTerminate(m_key));
    m_terminate->setToolTip(m_terminate->isEnabled() ? tr("Stop the running sync operation")
                                                     : tr("No operation is running"));

    const QString note = any ? m_actions->service()->rollbackNote(m_key) : QString();
    m_note->setVisible(!note.isEmpty());
    if (!note.isEmpty()) {
        m_noteText->setText(
            tr("This app is %1. Auto-sync stays paused until you resume it (which deploys Git "
               "again) or change Git.")
                .arg(note));
        tintBackground(m_note, warningColor(palette()));
    }
}

} // namespace sextant::views
