#include "views/fleettreedelegate.h"

#include "model/itemmodels/fleetfilterproxy.h"
#include "model/itemmodels/fleettreemodel.h"
#include "views/statusicons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace sextant::views {

namespace {

using Kind = FleetTreeModel::NodeKind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(FleetTreeModel::KindRole).toInt());
}

// An instance row's status, from its roles.
InstanceStatus instanceStatus(const QModelIndex &index)
{
    InstanceStatus status;
    status.name = index.data().toString();
    status.server = index.data(FleetTreeModel::ServerRole).toString();
    status.connection = InstanceStatus::Connection(index.data(FleetTreeModel::ConnectionRole).toInt());
    status.message = index.data(FleetTreeModel::StatusMessageRole).toString();
    status.lastHeard = index.data(FleetTreeModel::LastHeardRole).toDateTime();
    status.nextRetry = index.data(FleetTreeModel::NextRetryRole).toDateTime();
    return status;
}

// "cluster/namespace": where an application runs.
QString whereText(const QModelIndex &index)
{
    return index.data(FleetTreeModel::ClusterRole).toString() + u'/' +
           index.data(FleetTreeModel::DestinationNamespaceRole).toString();
}

// Application rows below `parent` that the model shows.
int shownApplications(const QAbstractItemModel *model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0, n = model->rowCount(parent); row < n; ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (kindOf(child) == Kind::Application)
            return count + (n - row); // groups come first; the rest are applications
        count += shownApplications(model, child);
    }
    return count;
}

int iconSide(const QStyleOptionViewItem &option)
{
    const int side = option.decorationSize.height() > 0 ? option.decorationSize.height() : 16;
    return std::min(side, 16);
}

QColor textColor(const QStyleOptionViewItem &opt, bool dim = false)
{
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    if (opt.state & QStyle::State_Selected)
        return opt.palette.color(group, QPalette::HighlightedText);
    if (dim)
        return opt.palette.color(group, QPalette::PlaceholderText);
    return opt.palette.color(group, QPalette::Text);
}

void drawIcon(QPainter *painter, const QIcon &icon, int x, const QRect &r, int side)
{
    icon.paint(painter, QRect(x, r.top() + (r.height() - side) / 2, side, side));
}

struct Badge {
    QString full;
    QIcon icon; // compact form: icon and count
    QString count;
    QColor color;
};

} // namespace

QSize FleetTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int icon = iconSide(option);
    size.setHeight(std::max(option.fontMetrics.height(), icon) + 6);
    return size;
}

void FleetTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus from the style; the content is ours.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect r = opt.rect.adjusted(margin, 0, -margin, 0);
    if (kindOf(index) == Kind::Application)
        paintApplication(painter, opt, index, r);
    else
        paintGroup(painter, opt, index, r);
    painter->restore();
}

bool FleetTreeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTip(index);
    if (text.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), text, view);
    return true;
}

QString FleetTreeDelegate::toolTip(const QModelIndex &index) const
{
    const QLocale locale;
    if (kindOf(index) == Kind::Application) {
        return tr("%1\n%2 · %3 · %4\n%5 · %6/%7")
            .arg(index.data().toString(),
                 statusText(SyncStatus(index.data(FleetTreeModel::SyncStatusRole).toInt())),
                 statusText(HealthStatus(index.data(FleetTreeModel::HealthRole).toInt())),
                 statusText(AutoSyncState(index.data(FleetTreeModel::AutoSyncRole).toInt())),
                 index.data(FleetTreeModel::InstanceRole).toString(),
                 index.data(FleetTreeModel::ClusterRole).toString(),
                 index.data(FleetTreeModel::DestinationNamespaceRole).toString());
    }
    QString text;
    if (kindOf(index) == Kind::Instance) {
        const InstanceStatus status = instanceStatus(index);
        text = status.server.isEmpty() ? status.name : tr("%1 — %2").arg(status.name, status.server);
        text += u'\n' + instanceStateText(status, index.data(FleetTreeModel::StaleRole).toBool());
        if (!status.message.isEmpty() && status.connection != InstanceStatus::Connection::Live)
            text += u'\n' + status.message;
        if (status.lastHeard.isValid())
            text += u'\n' + tr("Last heard from the controller at %1")
                                .arg(locale.toString(status.lastHeard.toLocalTime(), QLocale::ShortFormat));
        text += u'\n';
    }
    const int total = index.data(FleetTreeModel::ApplicationCountRole).toInt();
    text += tr("Applications: %1").arg(locale.toString(total));
    const auto add = [&](int role, const QString &label) {
        if (const int n = index.data(role).toInt())
            text += u'\n' + label.arg(locale.toString(n));
    };
    add(FleetTreeModel::OutOfSyncCountRole, tr("%1 out of sync"));
    add(FleetTreeModel::DegradedCountRole, tr("%1 degraded"));
    add(FleetTreeModel::ProgressingCountRole, tr("%1 progressing"));
    add(FleetTreeModel::PausedCountRole, tr("%1 with auto-sync paused"));
    return text;
}

void FleetTreeDelegate::paintApplication(QPainter *painter, const QStyleOptionViewItem &opt,
                                         const QModelIndex &index, QRect r) const
{
    const int side = iconSide(opt);
    const int gap = 2;
    int x = r.left();
    drawIcon(painter, syncIcon(SyncStatus(index.data(FleetTreeModel::SyncStatusRole).toInt())), x, r, side);
    x += side + gap;
    drawIcon(painter, healthIcon(HealthStatus(index.data(FleetTreeModel::HealthRole).toInt())), x, r, side);
    x += side + gap;
    drawIcon(painter, autoSyncIcon(AutoSyncState(index.data(FleetTreeModel::AutoSyncRole).toInt())), x, r,
             side);
    x += side + 6;
    r.setLeft(x);

    const QFontMetrics &fm = opt.fontMetrics;
    // Git ahead of what runs: "3 pending" at the right, in the link colour.
    const int pending = index.data(FleetTreeModel::PendingCommitsRole).toInt();
    if (pending > 0) {
        const QString badge = tr("%1 pending").arg(pending);
        const int width = fm.horizontalAdvance(badge);
        if (r.width() > width * 3) {
            QColor link = opt.palette.color(QPalette::Link);
            painter->setPen((opt.state & QStyle::State_Selected) ? textColor(opt) : link);
            painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, badge);
            r.setRight(r.right() - width - fm.averageCharWidth());
        }
    }
    const QString name = index.data().toString();
    // Grouped by project or repository, the same name can sit in many
    // clusters: say where each one runs.
    const QString where = kindOf(index.parent()) != Kind::Namespace ? whereText(index) : QString();
    painter->setPen(textColor(opt));
    const QString shownName = fm.elidedText(name, Qt::ElideMiddle, r.width());
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, shownName);
    if (!where.isEmpty() && shownName == name) {
        const int used = fm.horizontalAdvance(name) + fm.horizontalAdvance(u' ') * 2;
        QRect rest = r.adjusted(used, 0, 0, 0);
        if (rest.width() > fm.averageCharWidth() * 4) {
            painter->setPen(textColor(opt, true));
            painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                              fm.elidedText(where, Qt::ElideLeft, rest.width()));
        }
    }
}

void FleetTreeDelegate::paintGroup(QPainter *painter, const QStyleOptionViewItem &opt,
                                   const QModelIndex &index, QRect r) const
{
    const Kind kind = kindOf(index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QLocale locale;
    const QFontMetrics &fm = opt.fontMetrics;
    QFont nameFont = opt.font;
    if (kind == Kind::Instance)
        nameFont.setBold(true);
    const QFontMetrics nameFm(nameFont);
    const int side = iconSide(opt);

    // Instance: connection icon and state in words.
    QString state;
    bool troubled = false; // not live: its state matters more than its counts
    QColor stateColor = textColor(opt, true);
    if (kind == Kind::Instance) {
        const InstanceStatus status = instanceStatus(index);
        drawIcon(painter, instanceIcon(status.connection), r.left(), r, side);
        r.setLeft(r.left() + side + 5);
        const bool stale = index.data(FleetTreeModel::StaleRole).toBool();
        state = instanceStateText(status, stale);
        troubled = stale || status.connection != InstanceStatus::Connection::Live;
        if (!selected && troubled)
            stateColor = statusColor(status.connection, opt.palette);
    }
    // A repository's branch heads, where an instance shows its state.
    if (kind == Kind::Group) {
        if (const QString heads = index.data(FleetTreeModel::RepositoryHeadsRole).toString();
            !heads.isEmpty())
            state = heads;
    }
    // Roll-up badges, only the non-zero ones.
    const int total = index.data(FleetTreeModel::ApplicationCountRole).toInt();
    QList<Badge> badges;
    const auto add = [&](int role, const QString &text, const QIcon &icon, const QColor &color) {
        const int n = index.data(role).toInt();
        if (n > 0)
            badges.append(
                {text.arg(locale.toString(n)), icon, locale.toString(n), selected ? QColor() : color});
    };
    add(FleetTreeModel::OutOfSyncCountRole, tr("%1 out of sync"), syncIcon(SyncStatus::OutOfSync),
        statusColor(SyncStatus::OutOfSync, opt.palette));
    add(FleetTreeModel::DegradedCountRole, tr("%1 degraded"), healthIcon(HealthStatus::Degraded),
        statusColor(HealthStatus::Degraded, opt.palette));
    add(FleetTreeModel::PausedCountRole, tr("%1 paused"), autoSyncIcon(AutoSyncState::Paused),
        statusColor(AutoSyncState::Paused, opt.palette));
    // Under a filter the first number says how many of the group's
    // applications are shown: "2 of 6".
    QString totalText = locale.toString(total);
    if (const auto *proxy = qobject_cast<const FleetFilterProxy *>(index.model());
        proxy && proxy->isFiltering())
        totalText = tr("%1 of %2").arg(locale.toString(shownApplications(proxy, index)), totalText);
    const QString separator = QStringLiteral(" · ");

    int fullWidth = fm.horizontalAdvance(totalText);
    int compactWidth = fullWidth;
    for (const Badge &b : std::as_const(badges)) {
        fullWidth += fm.horizontalAdvance(separator) + fm.horizontalAdvance(b.full);
        compactWidth += fm.horizontalAdvance(u' ') * 2 + side + 2 + fm.horizontalAdvance(b.count);
    }
    const QString name = index.data().toString();
    const int nameWant = std::min(nameFm.horizontalAdvance(name), nameFm.averageCharWidth() * 10);
    const int spacing = fm.averageCharWidth() * 2;
    const int stateFull = state.isEmpty() ? 0 : fm.horizontalAdvance(state) + spacing;
    const int stateWant = troubled ? stateFull : std::min(stateFull, fm.averageCharWidth() * 14);
    const bool full = nameWant + stateWant + spacing + fullWidth <= r.width();
    const int badgeWidth = full ? fullWidth : compactWidth;
    const bool showBadges = total > 0 && nameWant + stateWant + spacing + badgeWidth <= r.width();

    // Badges right-aligned, drawn right to left.
    int right = r.right() + 1;
    if (showBadges) {
        const auto drawText = [&](const QString &text, const QColor &color) {
            const int w = fm.horizontalAdvance(text);
            right -= w;
            painter->setPen(color.isValid() ? color : textColor(opt, true));
            painter->drawText(QRect(right, r.top(), w, r.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        };
        for (qsizetype i = badges.size() - 1; i >= 0; --i) {
            const Badge &b = badges[i];
            if (full) {
                drawText(b.full, b.color);
                drawText(separator, {});
            } else {
                drawText(b.count, b.color);
                right -= side + 2;
                drawIcon(painter, b.icon, right, r, side);
                right -= fm.horizontalAdvance(u' ') * 2;
            }
        }
        drawText(totalText, {});
        right -= spacing;
    }

    // Name, then the instance state after it.
    const QRect nameRect(r.left(), r.top(), right - r.left(), r.height());
    const int limit = state.isEmpty() ? nameRect.width() : std::max(nameWant, nameRect.width() - stateWant);
    const QString shownName = nameFm.elidedText(name, Qt::ElideMiddle, limit);
    const int nameWidth = nameFm.horizontalAdvance(shownName);
    painter->setFont(nameFont);
    painter->setPen(textColor(opt));
    painter->drawText(QRect(nameRect.left(), r.top(), limit, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      shownName);
    if (!state.isEmpty()) {
        const int left = nameRect.left() + nameWidth + fm.averageCharWidth() * 2;
        const int width = nameRect.right() - left;
        if (width > fm.averageCharWidth() * 3) {
            painter->setFont(opt.font);
            painter->setPen(stateColor);
            painter->drawText(QRect(left, r.top(), width, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                              fm.elidedText(state, Qt::ElideRight, width));
        }
    }
}

} // namespace sextant::views
