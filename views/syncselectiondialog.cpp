#include "views/syncselectiondialog.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"
#include "views/batchprogresspanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
enum Column { TargetColumn, StateColumn, WhyColumn };

} // namespace

SyncSelectionDialog::SyncSelectionDialog(ActionService *actions, const QStringList &appKeys, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_list(new QTreeWidget(this))
    , m_prune(new QCheckBox(tr("&Prune resources that are no longer in Git"), this))
    , m_applyOnly(new QCheckBox(tr("&Apply only: skip the sync hooks"), this))
    , m_continue(new QCheckBox(tr("&Continue with the next app when one fails"), this))
    , m_reason(new QLineEdit(this))
    , m_progress(new BatchProgressPanel(this))
{
    setObjectName(QStringLiteral("syncSelectionDialog"));
    m_list->setObjectName(QStringLiteral("selectionApps"));
    m_list->setHeaderLabels(
        {tr("Application (instance · cluster · namespace · app)"), tr("State"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (const QString &key : appKeys) {
        const GuardrailCheck check = m_actions->checkGuardrails(key);
        auto *item = new QTreeWidgetItem(m_list, {check.target.label()});
        item->setData(TargetColumn, KeyRole, key);
        if (check.protectedTarget) {
            m_protected << key;
            item->setText(StateColumn, tr("left out"));
            item->setText(WhyColumn, tr("protected (%1): sync it on its own, with an approval")
                                         .arg(check.protectionReasons.join(QStringLiteral(", "))));
            item->setForeground(StateColumn, warningColor(palette()));
        } else {
            m_keys << key;
            item->setText(StateColumn, tr("waiting"));
            if (check.operationRunning)
                item->setText(WhyColumn, tr("an operation is running: this sync will likely fail"));
            else if (check.window.known && !check.window.canSync)
                item->setText(WhyColumn, tr("blocked by a sync window: %1").arg(check.window.description));
        }
    }
    setWindowTitle(tr("Sync %n selected application(s)", nullptr, int(m_keys.size())));

    auto *heading =
        headingLabel(tr("Sync %n application(s), one after another", nullptr, int(m_keys.size())), this);
    auto *explain =
        captionLabel(tr("Each app is synced to its target revision and waited for before the next "
                        "starts. The first failure stops the run unless you tick “continue”."),
                     this);
    m_prune->setObjectName(QStringLiteral("prune"));
    m_applyOnly->setObjectName(QStringLiteral("applyOnly"));
    m_continue->setObjectName(QStringLiteral("continueOnFailure"));
    m_reason->setObjectName(QStringLiteral("syncReason"));
    m_reason->setPlaceholderText(tr("optional, written to the journal"));
    auto *form = new QFormLayout;
    form->addRow(m_prune);
    form->addRow(m_applyOnly);
    form->addRow(m_continue);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_stop = buttons->addButton(tr("S&top after the current app"), QDialogButtonBox::ActionRole);
    m_stop->hide();
    m_confirm =
        buttons->addButton(tr("&Sync %n app(s)", nullptr, int(m_keys.size())), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmSyncSelection"));
    m_confirm->setEnabled(!m_keys.isEmpty());
    connect(m_confirm, &QPushButton::clicked, this, &SyncSelectionDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_actions->stop(m_request);
        m_stop->setEnabled(false);
    });
    connect(m_actions, &ActionService::batchProgress, this, [this](const BatchProgress &progress) {
        if (progress.requestId != m_request)
            return;
        m_progress->setProgress(progress);
        // Apps run in list order: the next one is the one syncing now.
        if (progress.done < m_keys.size())
            markApp(m_keys.at(progress.done), tr("syncing…"));
    });
    connect(m_actions, &ActionService::batchFinished, this, [this](const BatchOutcome &outcome) {
        if (outcome.requestId != m_request)
            return;
        m_request = 0;
        for (const ActionTarget &target : outcome.succeeded)
            markApp(target.appKey, tr("synced"));
        for (const AppProblem &problem : outcome.failed)
            markApp(problem.target.appKey, tr("failed"), problem.message);
        for (const AppProblem &problem : outcome.skipped)
            markApp(problem.target.appKey, tr("skipped"), problem.message);
        m_progress->setOutcome(outcome);
        m_stop->hide();
        m_close->setText(tr("Close"));
        m_close->setEnabled(true);
        emit finished(outcome);
    });

    m_progress->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(820, 520);
}

void SyncSelectionDialog::markApp(const QString &appKey, const QString &state, const QString &why)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TargetColumn, KeyRole).toString() != appKey)
            continue;
        item->setText(StateColumn, state);
        if (!why.isEmpty()) {
            item->setText(WhyColumn, why);
            item->setToolTip(WhyColumn, why);
        }
        return;
    }
}

void SyncSelectionDialog::confirm()
{
    if (m_keys.isEmpty() || m_request != 0)
        return;
    SyncOptions options;
    options.prune = m_prune->isChecked();
    options.applyOnly = m_applyOnly->isChecked();
    Approval approval;
    approval.reason = m_reason->text().trimmed();
    m_request = m_actions->syncSelection(m_keys, options, approval, m_continue->isChecked());
    m_progress->start(tr("Syncing"), int(m_keys.size()));
    m_progress->show();
    if (!m_keys.isEmpty())
        markApp(m_keys.first(), tr("syncing…"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_prune, m_applyOnly, m_continue, m_reason})
        widget->setEnabled(false);
    m_confirm->hide();
    m_stop->show();
    m_close->setEnabled(false);
}

} // namespace sextant::views
