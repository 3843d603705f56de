#include "views/emergencypausedialog.h"

#include "model/actions/actionservice.h"
#include "model/fleet/fleetstore.h"
#include "views/actionstyle.h"
#include "views/batchprogresspanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

constexpr int NameRole = Qt::UserRole + 1;
constexpr int InstanceRole = Qt::UserRole + 2;
enum CountColumn { InstanceColumn, AppsColumn, OnColumn, PausedColumn };

void addChoice(QComboBox *combo, const QString &name, const QString &instance, bool showInstance)
{
    combo->addItem(showInstance ? EmergencyPauseDialog::tr("%1 (on %2)").arg(name, instance) : name);
    combo->setItemData(combo->count() - 1, name, NameRole);
    combo->setItemData(combo->count() - 1, instance, InstanceRole);
}

} // namespace

EmergencyPauseDialog::EmergencyPauseDialog(ActionService *actions, FleetStore *store,
                                           const QStringList &selection, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_store(store)
    , m_selection(selection)
    , m_pages(new QStackedWidget(this))
    , m_fleet(new QRadioButton(tr("The whole &fleet"), this))
    , m_instance(new QRadioButton(tr("An &instance:"), this))
    , m_cluster(new QRadioButton(tr("A &cluster:"), this))
    , m_project(new QRadioButton(tr("A &project:"), this))
    , m_selected(new QRadioButton(tr("The &selection (%n app(s))", nullptr, int(selection.size())), this))
    , m_instances(new QComboBox(this))
    , m_clusters(new QComboBox(this))
    , m_projects(new QComboBox(this))
    , m_countList(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_freeze(new QCheckBox(tr("Also &freeze the affected projects (a deny sync window, removed on resume)"),
                             this))
    , m_progress(new BatchProgressPanel(this))
{
    setObjectName(QStringLiteral("emergencyPauseDialog"));
    setWindowTitle(tr("Emergency pause — stop auto-sync"));

    // Page 1: scope, counts, reason.
    auto *confirmPage = new QWidget(m_pages);
    auto *heading = headingLabel(tr("Stop the controllers from applying Git"), confirmPage);
    auto *explain = captionLabel(
        tr("Auto-sync is paused on every app of the scope that has it on. Before each app is paused its "
           "exact sync policy is written to the local ledger and onto the app itself, so Resume restores "
           "precisely what was there — from this or any other workstation. Manual syncs still work."),
        confirmPage);

    auto *scopeBox = new QGroupBox(tr("What to pause"), confirmPage);
    auto *scopeGrid = new QGridLayout(scopeBox);
    auto *group = new QButtonGroup(this);
    int row = 0;
    for (auto [radio, combo] :
         {std::pair{m_fleet, static_cast<QComboBox *>(nullptr)}, std::pair{m_instance, m_instances},
          std::pair{m_cluster, m_clusters}, std::pair{m_project, m_projects},
          std::pair{m_selected, static_cast<QComboBox *>(nullptr)}}) {
        group->addButton(radio);
        scopeGrid->addWidget(radio, row, 0);
        if (combo) {
            scopeGrid->addWidget(combo, row, 1);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, radio] {
                radio->setChecked(true);
                updateCounts();
            });
        }
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                updateCounts();
        });
        ++row;
    }
    scopeGrid->setColumnStretch(1, 1);
    m_fleet->setObjectName(QStringLiteral("scopeFleet"));
    m_instance->setObjectName(QStringLiteral("scopeInstance"));
    m_cluster->setObjectName(QStringLiteral("scopeCluster"));
    m_project->setObjectName(QStringLiteral("scopeProject"));
    m_selected->setObjectName(QStringLiteral("scopeSelection"));
    m_instances->setObjectName(QStringLiteral("instanceChoice"));
    m_clusters->setObjectName(QStringLiteral("clusterChoice"));
    m_projects->setObjectName(QStringLiteral("projectChoice"));
    m_selected->setEnabled(!selection.isEmpty());

    m_countList->setObjectName(QStringLiteral("pauseCounts"));
    m_countList->setHeaderLabels(
        {tr("Instance"), tr("Apps in scope"), tr("Auto-sync on: will be paused"), tr("Already paused")});
    m_countList->setRootIsDecorated(false);
    m_countList->setSelectionMode(QAbstractItemView::NoSelection);
    m_countList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countList->header()->setStretchLastSection(true);
    m_countList->setMaximumHeight(150);
    m_summary->setObjectName(QStringLiteral("pauseSummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);

    m_reason->setObjectName(QStringLiteral("pauseReason"));
    m_reason->setPlaceholderText(tr("e.g. INC-4711: bad config rolling out to prod"));
    m_freeze->setObjectName(QStringLiteral("freezeProjects"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason (required):"), m_reason);
    form->addRow(m_freeze);

    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(heading);
    confirmLayout->addWidget(explain);
    confirmLayout->addWidget(scopeBox);
    confirmLayout->addWidget(m_countList);
    confirmLayout->addWidget(m_summary);
    confirmLayout->addLayout(form);
    confirmLayout->addStretch(1);
    m_pages->addWidget(confirmPage);

    // Page 2: progress and outcome.
    m_pages->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_stop = buttons->addButton(tr("S&top after the apps in flight"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->hide();
    m_confirm = buttons->addButton(tr("Pause"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmPause"));
    styleDangerButton(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &EmergencyPauseDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_actions->stop(m_request);
        m_stop->setEnabled(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    setMinimumWidth(640);

    connect(m_reason, &QLineEdit::textChanged, this, &EmergencyPauseDialog::validate);
    connect(m_actions, &ActionService::batchProgress, this, [this](const BatchProgress &progress) {
        if (progress.requestId == m_request)
            m_progress->setProgress(progress);
    });
    connect(m_actions, &ActionService::batchFinished, this, [this](const BatchOutcome &outcome) {
        if (outcome.requestId != m_request)
            return;
        m_request = 0;
        m_progress->setOutcome(outcome);
        m_stop->hide();
        m_close->setText(tr("Close"));
        m_close->setEnabled(true);
        emit finished(outcome);
    });

    fillChoices();
    (selection.isEmpty() ? m_fleet : m_selected)->setChecked(true);
    updateCounts();
    m_reason->setFocus();
}

void EmergencyPauseDialog::fillChoices()
{
    const QList<InstanceStatus> instances = m_store->instances();
    const bool several = instances.size() > 1;
    for (const InstanceStatus &instance : instances)
        addChoice(m_instances, instance.name, instance.name, false);
    QList<QPair<QString, QString>> clusters; // (name, instance)
    for (const Cluster &cluster : m_store->clusters())
        clusters.append({cluster.name.isEmpty() ? cluster.server : cluster.name, cluster.instance});
    std::sort(clusters.begin(), clusters.end());
    for (const auto &[name, instance] : std::as_const(clusters))
        addChoice(m_clusters, name, instance, several);
    QList<QPair<QString, QString>> projects;
    for (const Project &project : m_store->projects())
        projects.append({project.name, project.instance});
    std::sort(projects.begin(), projects.end());
    for (const auto &[name, instance] : std::as_const(projects))
        addChoice(m_projects, name, instance, several);
    m_instance->setEnabled(m_instances->count() > 0);
    m_cluster->setEnabled(m_clusters->count() > 0);
    m_project->setEnabled(m_projects->count() > 0);
}

ActionScope EmergencyPauseDialog::scope() const
{
    const auto chosen = [](const QComboBox *combo, int role) { return combo->currentData(role).toString(); };
    if (m_instance->isChecked())
        return ActionScope::ofInstance(chosen(m_instances, NameRole));
    if (m_cluster->isChecked())
        return ActionScope::ofCluster(chosen(m_clusters, NameRole), chosen(m_clusters, InstanceRole));
    if (m_project->isChecked())
        return ActionScope::ofProject(chosen(m_projects, NameRole), chosen(m_projects, InstanceRole));
    if (m_selected->isChecked())
        return ActionScope::ofSelection(m_selection);
    return ActionScope::fleet();
}

void EmergencyPauseDialog::setScope(const ActionScope &scope)
{
    const auto pick = [](QComboBox *combo, const QString &name, const QString &instance) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i, NameRole).toString() == name &&
                (instance.isEmpty() || combo->itemData(i, InstanceRole).toString() == instance)) {
                combo->setCurrentIndex(i);
                return;
            }
        }
    };
    switch (scope.kind) {
    case ActionScope::Kind::Fleet: m_fleet->setChecked(true); break;
    case ActionScope::Kind::Instance:
        pick(m_instances, scope.name, {});
        m_instance->setChecked(true);
        break;
    case ActionScope::Kind::Cluster:
        pick(m_clusters, scope.name, scope.instance);
        m_cluster->setChecked(true);
        break;
    case ActionScope::Kind::Project:
        pick(m_projects, scope.name, scope.instance);
        m_project->setChecked(true);
        break;
    case ActionScope::Kind::Application:
    case ActionScope::Kind::Selection:
        if (scope.kind == ActionScope::Kind::Selection)
            m_selection = scope.appKeys;
        m_selected->setText(tr("The &selection (%n app(s))", nullptr, int(m_selection.size())));
        m_selected->setEnabled(!m_selection.isEmpty());
        m_selected->setChecked(true);
        break;
    }
    updateCounts();
}

int EmergencyPauseDialog::appsToPause() const
{
    int total = 0;
    for (const ScopeCount &count : m_counts)
        total += count.autoSyncOn;
    return total;
}

void EmergencyPauseDialog::updateCounts()
{
    m_counts = m_actions->countScope(scope());
    m_countList->clear();
    ScopeCount sum;
    for (const ScopeCount &count : std::as_const(m_counts)) {
        auto *item = new QTreeWidgetItem(m_countList);
        item->setText(InstanceColumn, count.instance);
        item->setText(AppsColumn, QString::number(count.apps));
        item->setText(OnColumn, QString::number(count.autoSyncOn));
        item->setText(PausedColumn, QString::number(count.alreadyPaused));
        sum.apps += count.apps;
        sum.autoSyncOn += count.autoSyncOn;
        sum.alreadyPaused += count.alreadyPaused;
    }
    if (m_counts.size() > 1) {
        auto *total = new QTreeWidgetItem(m_countList, {tr("Total"), QString::number(sum.apps),
                                                        QString::number(sum.autoSyncOn),
                                                        QString::number(sum.alreadyPaused)});
        QFont bold = total->font(0);
        bold.setBold(true);
        for (int column = 0; column < m_countList->columnCount(); ++column)
            total->setFont(column, bold);
    }
    for (int column = AppsColumn; column <= PausedColumn; ++column)
        for (int i = 0; i < m_countList->topLevelItemCount(); ++i)
            m_countList->topLevelItem(i)->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);

    const ActionScope chosen = scope();
    if (sum.autoSyncOn == 0)
        m_summary->setText(
            sum.apps == 0
                ? tr("%1 holds no applications.").arg(chosen.describe())
                : tr("Nothing to pause in %1: no app there has auto-sync on.").arg(chosen.describe()));
    else
        m_summary->setText(tr("%n app(s) will be paused", nullptr, sum.autoSyncOn) +
                           tr(" on %n instance(s)", nullptr, int(m_counts.size())) + QStringLiteral(" — ") +
                           chosen.describe() + u'.');
    m_confirm->setText(tr("&Pause %n app(s)", nullptr, sum.autoSyncOn));
    validate();
}

bool EmergencyPauseDialog::canConfirm() const
{
    return m_request == 0 && appsToPause() > 0 && !m_reason->text().trimmed().isEmpty();
}

void EmergencyPauseDialog::validate()
{
    m_confirm->setEnabled(canConfirm());
    m_confirm->setToolTip(appsToPause() == 0 ? tr("Nothing in this scope has auto-sync on")
                          : m_reason->text().trimmed().isEmpty() ? tr("Give a reason first")
                                                                 : QString());
}

void EmergencyPauseDialog::confirm()
{
    if (!canConfirm())
        return;
    ActionService::PauseOptions options;
    options.addDenyWindows = m_freeze->isChecked();
    const int total = appsToPause();
    m_request = m_actions->pause(scope(), m_reason->text().trimmed(), options);
    m_progress->start(tr("Pausing"), total);
    m_pages->setCurrentWidget(m_progress);
    m_confirm->hide();
    m_stop->show();
    m_close->setEnabled(false);
}

} // namespace sextant::views
