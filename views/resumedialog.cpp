#include "views/resumedialog.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"
#include "views/batchprogresspanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

QString stateText(PauseLedgerEntry::State state)
{
    switch (state) {
    case PauseLedgerEntry::State::Pending: return ResumeDialog::tr("not confirmed (interrupted)");
    case PauseLedgerEntry::State::Paused: return ResumeDialog::tr("paused");
    case PauseLedgerEntry::State::Resuming: return ResumeDialog::tr("resume interrupted");
    case PauseLedgerEntry::State::Resumed: return ResumeDialog::tr("resumed");
    case PauseLedgerEntry::State::Failed: return ResumeDialog::tr("failed");
    }
    return {};
}

} // namespace

ResumeDialog::ResumeDialog(ActionService *actions, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_mode(mode)
    , m_pages(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_reason(new QLineEdit(this))
    , m_progress(new BatchProgressPanel(this))
{
    setObjectName(QStringLiteral("resumeDialog"));
    const bool complete = mode == Mode::CompleteInterrupted;
    setWindowTitle(complete ? tr("Complete the interrupted pause") : tr("Resume auto-sync"));

    // Instance → its ledger rows. A row whose app the live model shows as resumed (from
    // another workstation, the Argo CD UI or CLI) is marked so and not counted: the
    // service closes it once the server confirms.
    QMap<QString, QList<PauseLedgerEntry>> byInstance;
    for (const PauseLedgerEntry &entry : m_actions->activePauses())
        byInstance[entry.instance].append(entry);
    int elsewhere = 0;
    m_list->setObjectName(QStringLiteral("pausedApps"));
    m_list->setHeaderLabels({tr("Application"), tr("State"), tr("Paused at"), tr("By"), tr("Reason")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (auto it = byInstance.cbegin(); it != byInstance.cend(); ++it) {
        auto *instance =
            new QTreeWidgetItem(m_list, {tr("%1 — %n app(s)", nullptr, int(it->size())).arg(it.key())});
        QFont bold = instance->font(0);
        bold.setBold(true);
        instance->setFont(0, bold);
        for (const PauseLedgerEntry &entry : *it) {
            const ActionService::LivePause live = m_actions->livePauseState(entry);
            const bool gone =
                live == ActionService::LivePause::ResumedElsewhere || live == ActionService::LivePause::Gone;
            const QString state = live == ActionService::LivePause::ResumedElsewhere ? tr("resumed elsewhere")
                                  : live == ActionService::LivePause::Gone ? tr("app no longer exists")
                                                                           : stateText(entry.state);
            auto *item =
                new QTreeWidgetItem(instance, {tr("%1 (%2)").arg(entry.app, entry.project), state,
                                               shortTime(entry.pausedAt), entry.pausedBy, entry.reason});
            if (gone) {
                ++elsewhere;
                item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
        m_apps += int(it->size());
    }
    m_apps -= elsewhere;
    m_list->expandAll();

    auto *page = new QWidget(m_pages);
    auto *heading = headingLabel(complete ? tr("Finish pausing what the interrupted pause had not reached")
                                          : tr("Restore auto-sync on %n app(s) on %1", nullptr, m_apps)
                                                .arg(tr("%n instance(s)", nullptr, int(byInstance.size()))),
                                 page);
    heading->setObjectName(QStringLiteral("resumeHeading"));
    auto *explain =
        captionLabel(complete ? tr("Apps already paused stay paused; each remaining app's policy is "
                                   "recorded before its pause, as before.")
                              : tr("Each app gets back exactly the sync policy it had before the "
                                   "pause (prune, self-heal, options). Apps someone changed since "
                                   "are left as they are and reported."),
                     page);
    m_reason->setObjectName(QStringLiteral("resumeReason"));
    m_reason->setPlaceholderText(tr("e.g. INC-4711 resolved"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason (required):"), m_reason);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(heading);
    pageLayout->addWidget(explain);
    pageLayout->addWidget(m_list, 1);
    pageLayout->addLayout(form);
    m_pages->addWidget(page);
    m_pages->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm =
        buttons->addButton(complete ? tr("&Complete the pause") : tr("&Resume %n app(s)", nullptr, m_apps),
                           QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmResume"));
    m_confirm->setDefault(true); // Enter in the reason field resumes, as in the pause dialog
    connect(m_confirm, &QPushButton::clicked, this, &ResumeDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ResumeDialog::validate);
    connect(m_actions, &ActionService::batchProgress, this, [this](const BatchProgress &progress) {
        if (progress.requestId == m_request)
            m_progress->setProgress(progress);
    });
    connect(m_actions, &ActionService::batchFinished, this, [this](const BatchOutcome &outcome) {
        if (outcome.requestId != m_request)
            return;
        m_request = 0;
        m_progress->setOutcome(outcome);
        m_close->setText(tr("Close"));
        m_close->setEnabled(true);
        emit finished(outcome);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    validate();
    // Typing goes to the reason, never to the list's type-ahead.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_reason->setFocus();
}

void ResumeDialog::validate()
{
    m_confirm->setEnabled(m_request == 0 && m_apps > 0 && !m_reason->text().trimmed().isEmpty());
}

void ResumeDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    const QString reason = m_reason->text().trimmed();
    m_request = m_mode == Mode::CompleteInterrupted ? m_actions->completeInterrupted(reason)
                                                    : m_actions->resume(ActionScope::fleet(), reason);
    m_progress->start(m_mode == Mode::CompleteInterrupted ? tr("Pausing") : tr("Resuming"), m_apps);
    m_pages->setCurrentWidget(m_progress);
    m_confirm->hide();
    m_close->setEnabled(false);
}

} // namespace sextant::views
