#include "views/applicationeventstab.h"

#include "views/detaillist.h"
#include "views/detailtext.h"
#include "views/messagebanner.h"
#include "views/statusicons.h"

#include <KColorUtils>

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sextant::views {

namespace {

constexpr int WarningRole = Qt::UserRole + 2;
enum Column { TypeColumn, ReasonColumn, MessageColumn, LastSeenColumn, CountColumn };

} // namespace

ApplicationEventsTab::ApplicationEventsTab(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(QStringLiteral("eventsMessage"), this))
    , m_list(makeDetailList(this, QStringLiteral("eventList"),
                            {tr("Type"), tr("Reason"), tr("Message"), tr("Last seen"), tr("Count")}))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_list->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
}

void ApplicationEventsTab::clear()
{
    m_events.clear();
    m_haveEvents = false;
    m_list->clear();
}

void ApplicationEventsTab::showLoading()
{
    m_banner->showMessage(MessageBanner::Tone::Info, tr("Loading events…"));
}

void ApplicationEventsTab::setEvents(const QList<EventRecord> &events)
{
    QList<EventRecord> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const EventRecord &a, const EventRecord &b) {
        return a.lastTimestamp > b.lastTimestamp;
    });
    if (sorted.isEmpty())
        m_banner->showMessage(MessageBanner::Tone::Info, tr("No events reported for this application."));
    else
        m_banner->clearMessage();
    if (m_haveEvents && sorted == m_events)
        return;
    m_events = sorted;
    m_haveEvents = true;
    fill();
}

void ApplicationEventsTab::fill()
{
    // Warnings: an icon, the word, bold type and reason, and a tinted row.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor tint = KColorUtils::mix(palette().color(QPalette::Base),
                                         statusColor(SyncStatus::OutOfSync, palette()), 0.18);
    QList<QTreeWidgetItem *> items;
    for (const EventRecord &event : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem;
        item->setText(TypeColumn, event.type.isEmpty() ? tr("Normal") : event.type);
        item->setText(ReasonColumn, event.reason);
        item->setText(MessageColumn, event.message);
        item->setToolTip(MessageColumn,
                         event.involvedKind.isEmpty()
                             ? event.message
                             : tr("%1\n\n%2 %3, reported by %4")
                                   .arg(event.message, event.involvedKind, event.involvedName, event.source));
        item->setText(LastSeenColumn, timeText(event.lastTimestamp));
        item->setToolTip(LastSeenColumn, tr("First seen %1").arg(timeText(event.firstTimestamp)));
        item->setText(CountColumn, QString::number(std::max(event.count, 1)));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(TypeColumn, WarningRole, event.isWarning());
        if (event.isWarning()) {
            item->setIcon(TypeColumn, warning);
            QFont bold = m_list->font();
            bold.setBold(true);
            item->setFont(TypeColumn, bold);
            item->setFont(ReasonColumn, bold);
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setBackground(column, tint);
        }
        items << item;
    }
    m_list->clear();
    m_list->addTopLevelItems(items);
}

void ApplicationEventsTab::showFailure(const QString &message)
{
    m_banner->showMessage(
        MessageBanner::Tone::Error,
        m_haveEvents ? tr("Could not update the events; showing the last ones received. %1").arg(message)
                     : tr("Could not load the events. %1").arg(message));
}

bool ApplicationEventsTab::hasWarnings() const
{
    return std::any_of(m_events.cbegin(), m_events.cend(),
                       [](const EventRecord &e) { return e.isWarning(); });
}

void ApplicationEventsTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The warning tint follows the palette.
    if (event->type() == QEvent::PaletteChange && m_haveEvents)
        fill();
}

} // namespace sextant::views
