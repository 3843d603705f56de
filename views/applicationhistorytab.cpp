#include "views/applicationhistorytab.h"

#include "views/detaillist.h"
#include "views/detailtext.h"
#include "views/messagebanner.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sextant::views {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
enum Column { IdColumn, RevisionColumn, DeployedColumn, InitiatorColumn, PathColumn };

QString sourcePaths(const ApplicationSource &source)
{
    return source.chart.isEmpty() ? source.path : source.chart;
}

} // namespace

ApplicationHistoryTab::ApplicationHistoryTab(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(QStringLiteral("historyMessage"), this))
    , m_list(makeDetailList(
          this, QStringLiteral("historyList"),
          {tr("ID"), tr("Revision"), tr("Deployed at"), tr("Initiated by"), tr("Source path")}))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    QHeaderView *header = m_list->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTreeWidgetItem *item = m_list->itemAt(pos);
        if (!item)
            return;
        const qint64 id = item->data(IdColumn, IdRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("&Roll back to deployment #%1…").arg(id), this,
                       [this, id] { emit rollbackRequested(id); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
}

void ApplicationHistoryTab::clear()
{
    m_list->clear();
    m_banner->clearMessage();
}

void ApplicationHistoryTab::setHistory(const QList<HistoryEntry> &history)
{
    QList<HistoryEntry> entries = history;
    std::sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        if (a.deployedAt != b.deployedAt)
            return a.deployedAt > b.deployedAt;
        return a.id > b.id;
    });
    QList<QTreeWidgetItem *> items;
    for (const HistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(IdColumn, QString::number(entry.id));
        item->setData(IdColumn, IdRole, entry.id);
        item->setText(RevisionColumn, revisionsText(entry.revision, entry.revisions));
        item->setToolTip(RevisionColumn, entry.revisions.isEmpty()
                                             ? entry.revision
                                             : entry.revisions.join(QStringLiteral("\n")));
        item->setText(DeployedColumn, timeText(entry.deployedAt));
        item->setText(InitiatorColumn, entry.automated               ? tr("automated")
                                       : entry.initiatedBy.isEmpty() ? tr("unknown")
                                                                     : entry.initiatedBy);
        item->setText(PathColumn, sourcePaths(entry.source));
        item->setToolTip(PathColumn, entry.source.repoUrl);
        items << item;
    }
    bool same = items.size() == m_list->topLevelItemCount();
    for (int i = 0; same && i < items.size(); ++i) {
        for (int column = 0; same && column < m_list->columnCount(); ++column)
            same = items[i]->text(column) == m_list->topLevelItem(i)->text(column);
    }
    if (same) {
        qDeleteAll(items);
    } else {
        m_list->clear();
        m_list->addTopLevelItems(items);
    }
    if (entries.isEmpty())
        m_banner->showMessage(
            MessageBanner::Tone::Info,
            tr("No deployments recorded yet: an entry is added after each successful sync."));
    else
        m_banner->clearMessage();
}

int ApplicationHistoryTab::count() const
{
    return m_list->topLevelItemCount();
}

std::optional<qint64> ApplicationHistoryTab::selectedDeployment() const
{
    if (const QTreeWidgetItem *item = m_list->currentItem(); item && item->isSelected())
        return item->data(IdColumn, IdRole).toLongLong();
    return std::nullopt;
}

void ApplicationHistoryTab::askForDeployment()
{
    m_banner->showMessage(MessageBanner::Tone::Info,
                          tr("Choose the deployment to roll back to: right-click it and pick “Roll back”."));
}

} // namespace sextant::views
