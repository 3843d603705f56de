#include "views/fleettreeview.h"

#include "model/fleet/fleetstore.h"
#include "views/statusicons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace sextant::views {

namespace {

using Kind = FleetTreeModel::NodeKind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(FleetTreeModel::KindRole).toInt());
}

QString clusterOf(const FleetStore *store, const Application &app)
{
    if (!app.destinationName.isEmpty())
        return app.destinationName;
    for (const Cluster &c : store->clusters(app.instance))
        if (c.server == app.destinationServer && !c.name.isEmpty())
            return c.name;
    return app.destinationServer;
}

// Application rows below `parent` that the proxy shows.
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

// Paints the rows: status icons and name for applications; name and roll-up
// badges for groups; connection icon and state for instances. Reads roles
// only, plus the store for an instance's times and an app's destination.
class FleetTreeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FleetTreeDelegate(const FleetStore *store, const FleetTreeModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_store(store)
        , m_model(model)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int icon = iconSide(option);
        size.setHeight(std::max(option.fontMetrics.height(), icon) + 6);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
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
        const Kind kind = kindOf(index);
        if (kind == Kind::Application)
            paintApplication(painter, opt, index, r);
        else
            paintGroup(painter, opt, index, r, kind);
        painter->restore();
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (!event || event->type() != QEvent::ToolTip || !index.isValid())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString text = toolTip(index);
        if (text.isEmpty())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(), text, view);
        return true;
    }

    QString toolTip(const QModelIndex &index) const
    {
        const QLocale locale;
        if (kindOf(index) == Kind::Application) {
            const Application *app =
                m_store->application(index.data(FleetTreeModel::ApplicationKeyRole).toString());
            if (!app)
                return {};
            return tr("%1\n%2 · %3 · %4\n%5 · %6/%7")
                .arg(app->name, statusText(app->syncStatus), statusText(app->health),
                     statusText(app->autoSync()), app->instance, clusterOf(m_store, *app),
                     app->destinationNamespace);
        }
        QString text;
        if (kindOf(index) == Kind::Instance) {
            const InstanceStatus status = m_store->instance(index.data().toString());
            text = status.server.isEmpty() ? index.data().toString()
                                           : tr("%1 — %2").arg(index.data().toString(), status.server);
            text += u'\n' + instanceStateText(status, m_store->isStale(status.name));
            if (!status.message.isEmpty() && status.connection != InstanceStatus::Connection::Live)
                text += u'\n' + status.message;
            if (status.lastHeard.isValid())
                text +=
                    u'\n' + tr("Last heard from the controller at %1")
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

private:
    static int iconSide(const QStyleOptionViewItem &option)
    {
        const int side = option.decorationSize.height() > 0 ? option.decorationSize.height() : 16;
        return std::min(side, 16);
    }

    static QColor textColor(const QStyleOptionViewItem &opt, bool dim = false)
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

    static void drawIcon(QPainter *painter, const QIcon &icon, int x, const QRect &r, int side)
    {
        icon.paint(painter, QRect(x, r.top() + (r.height() - side) / 2, side, side));
    }

    void paintApplication(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                          QRect r) const
    {
        const int side = iconSide(opt);
        const int gap = 2;
        int x = r.left();
        drawIcon(painter, syncIcon(SyncStatus(index.data(FleetTreeModel::SyncStatusRole).toInt())), x, r,
                 side);
        x += side + gap;
        drawIcon(painter, healthIcon(HealthStatus(index.data(FleetTreeModel::HealthRole).toInt())), x, r,
                 side);
        x += side + gap;
        drawIcon(painter, autoSyncIcon(AutoSyncState(index.data(FleetTreeModel::AutoSyncRole).toInt())), x, r,
                 side);
        x += side + 6;
        r.setLeft(x);

        const QFontMetrics &fm = opt.fontMetrics;
        const QString name = index.data().toString();
        // Grouped by project or repository, the same name can sit in many
        // clusters: say where each one runs.
        QString where;
        if (m_model->grouping() != FleetTreeModel::Grouping::Cluster)
            if (const Application *app =
                    m_store->application(index.data(FleetTreeModel::ApplicationKeyRole).toString()))
                where = clusterOf(m_store, *app) + u'/' + app->destinationNamespace;
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

    struct Badge {
        QString full;
        QIcon icon; // compact form: icon and count
        QString count;
        QColor color;
    };

    void paintGroup(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, QRect r,
                    Kind kind) const
    {
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
            const InstanceStatus status = m_store->instance(index.data().toString());
            const auto connection =
                InstanceStatus::Connection(index.data(FleetTreeModel::ConnectionRole).toInt());
            drawIcon(painter, instanceIcon(connection), r.left(), r, side);
            r.setLeft(r.left() + side + 5);
            const bool stale = m_store->isStale(status.name);
            state = instanceStateText(status, stale);
            troubled = stale || connection != InstanceStatus::Connection::Live;
            if (!selected && troubled)
                stateColor = statusColor(connection, opt.palette);
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
                painter->drawText(QRect(right, r.top(), w, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                                  text);
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
        const int limit =
            state.isEmpty() ? nameRect.width() : std::max(nameWant, nameRect.width() - stateWant);
        const QString shownName = nameFm.elidedText(name, Qt::ElideMiddle, limit);
        const int nameWidth = nameFm.horizontalAdvance(shownName);
        painter->setFont(nameFont);
        painter->setPen(textColor(opt));
        painter->drawText(QRect(nameRect.left(), r.top(), limit, r.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, shownName);
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

    const FleetStore *m_store;
    const FleetTreeModel *m_model;
};

} // namespace

FleetTreeView::FleetTreeView(FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new FleetTreeModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_emptyHint(new QLabel(this))
    , m_clockTimer(new QTimer(this))
{
    m_proxy->setFleetStore(store);
    m_proxy->setSourceModel(m_model);

    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &FleetTreeView::onFilterEdited);

    m_grouping->addItem(QString(), int(FleetTreeModel::Grouping::Cluster));
    m_grouping->addItem(QString(), int(FleetTreeModel::Grouping::Project));
    m_grouping->addItem(QString(), int(FleetTreeModel::Grouping::Repository));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_grouping, &QComboBox::activated, this,
            [this](int row) { setGrouping(FleetTreeModel::Grouping(m_grouping->itemData(row).toInt())); });

    // The chips never widen the panel: when narrow they wrap to two rows,
    // then show icon and count only (the words stay in tooltips and
    // accessible names).
    m_chipBar = new QWidget(this);
    m_chipBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *chipGrid = new QGridLayout(m_chipBar);
    chipGrid->setContentsMargins(0, 0, 0, 0);
    chipGrid->setSpacing(4);
    for (auto flag : {FleetFilterProxy::OutOfSync, FleetFilterProxy::Degraded, FleetFilterProxy::Progressing,
                      FleetFilterProxy::Paused})
        addChip(flag);

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setContentsMargins(8, 16, 8, 16);
    m_emptyHint->hide();

    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setAnimated(false);
    m_tree->setItemDelegate(new FleetTreeDelegate(store, m_model, m_tree));
    m_tree->installEventFilter(this);
    // Connected before the view's selection model exists, so these run before
    // it moves the current row off disappearing rows: that move is not the
    // operator's choice and must not emit applicationSelected.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &FleetTreeView::aboutToChange);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &FleetTreeView::aboutToChange);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &FleetTreeView::aboutToChange);
    m_tree->setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    expandDefault(m_proxy->index(row, 0, parent));
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { expandDefault({}); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::activated, this, &FleetTreeView::onActivated);

    // After the model's own connections: by now the tree is up to date.
    const auto afterStoreChange = [this] {
        restoreCurrent();
        updateChips();
        updateEmptyHint();
    };
    connect(m_store, &FleetStore::applicationsChanged, this, afterStoreChange);
    connect(m_store, &FleetStore::objectsChanged, this, afterStoreChange);
    connect(m_store, &FleetStore::instancesChanged, this, afterStoreChange);

    // "Stale since" and "next try" depend on the clock, not only on events.
    m_clockTimer->setInterval(10'000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        const QList<InstanceStatus> instances = m_store->instances();
        if (std::any_of(instances.cbegin(), instances.cend(), [](const InstanceStatus &i) {
                return i.connection != InstanceStatus::Connection::Live;
            }))
            m_tree->viewport()->update();
    });
    m_clockTimer->start();

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &FleetTreeView::focusFilter);
    addAction(findAction);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_filter, 1);
    top->addWidget(m_grouping);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_chipBar);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    retranslate();
    styleChips();
    expandDefault({});
    updateChips();
}

FleetTreeView::~FleetTreeView() = default;

QToolButton *FleetTreeView::addChip(FleetFilterProxy::StatusFlag flag)
{
    auto *chip = new QToolButton(m_chipBar);
    chip->setCheckable(true);
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    chip->setFocusPolicy(Qt::TabFocus);
    switch (flag) {
    case FleetFilterProxy::OutOfSync: chip->setIcon(syncIcon(SyncStatus::OutOfSync)); break;
    case FleetFilterProxy::Degraded: chip->setIcon(healthIcon(HealthStatus::Degraded)); break;
    case FleetFilterProxy::Progressing: chip->setIcon(healthIcon(HealthStatus::Progressing)); break;
    case FleetFilterProxy::Paused: chip->setIcon(autoSyncIcon(AutoSyncState::Paused)); break;
    case FleetFilterProxy::NoStatus: break;
    }
    connect(chip, &QToolButton::toggled, this, &FleetTreeView::applyStatusChips);
    m_chips.append({flag, chip, {}, {}});
    return chip;
}

void FleetTreeView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: name, env=prod, project=…  (Ctrl+F or /)"));
    m_filter->setToolTip(tr("All terms must match. Plain words match the application name; key=value and "
                            "key!=value match labels, and project=, cluster=, namespace=, instance= match "
                            "those fields. A trailing * matches a prefix."));
    m_filter->setAccessibleName(tr("Filter applications"));
    m_grouping->setItemText(0, tr("By cluster"));
    m_grouping->setItemText(1, tr("By project"));
    m_grouping->setItemText(2, tr("By repository"));
    m_grouping->setToolTip(tr("Group applications by cluster and namespace, by project or by repository"));
    m_grouping->setAccessibleName(tr("Group by"));
    m_tree->setAccessibleName(tr("Fleet"));
    updateChips();
    updateEmptyHint();
}

void FleetTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        styleChips();
    QWidget::changeEvent(event);
}

void FleetTreeView::styleChips()
{
    // Pills whose checked state is plain to see on light and dark palettes:
    // a checked chip is a filter in force.
    const QPalette p = palette();
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                                float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    const QColor border = mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.3);
    const QColor hover = mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.08);
    const QString sheet =
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 9px; padding: 1px 7px 1px 4px; }"
                       "QToolButton:hover { background: %2; }"
                       "QToolButton:checked { background: %3; color: %4; border-color: %3; }"
                       "QToolButton:focus { border-color: %3; }")
            .arg(border.name(), hover.name(), p.color(QPalette::Highlight).name(),
                 p.color(QPalette::HighlightedText).name());
    if (m_chipBar->styleSheet() != sheet)
        m_chipBar->setStyleSheet(sheet);
}

void FleetTreeView::updateChips()
{
    int counts[4] = {0, 0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex instance = m_model->index(row, 0);
        counts[0] += instance.data(FleetTreeModel::OutOfSyncCountRole).toInt();
        counts[1] += instance.data(FleetTreeModel::DegradedCountRole).toInt();
        counts[2] += instance.data(FleetTreeModel::ProgressingCountRole).toInt();
        counts[3] += instance.data(FleetTreeModel::PausedCountRole).toInt();
    }
    const QLocale locale;
    for (Chip &chip : m_chips) {
        QString help;
        int n = 0;
        switch (chip.flag) {
        case FleetFilterProxy::OutOfSync:
            chip.word = tr("Out of sync");
            n = counts[0];
            help = tr("Show only applications that differ from Git (%1 in the fleet)");
            break;
        case FleetFilterProxy::Degraded:
            chip.word = tr("Degraded");
            n = counts[1];
            help = tr("Show only degraded applications (%1 in the fleet)");
            break;
        case FleetFilterProxy::Progressing:
            chip.word = tr("Progressing");
            n = counts[2];
            help = tr("Show only applications still rolling out (%1 in the fleet)");
            break;
        case FleetFilterProxy::Paused:
            chip.word = tr("Paused");
            n = counts[3];
            help = tr("Show only applications with auto-sync paused (%1 in the fleet)");
            break;
        case FleetFilterProxy::NoStatus: break;
        }
        chip.count = locale.toString(n);
        chip.button->setToolTip(help.arg(chip.count) + u'\n' +
                                tr("Checked chips combine: any of them matches."));
        chip.button->setAccessibleName(chip.word);
    }
    layoutChips();
}

void FleetTreeView::layoutChips()
{
    // One row with words when it fits, else two rows with words, else one
    // row of icons and counts (the words stay in tooltips).
    const QFontMetrics fm = fontMetrics();
    const int spacing = 4;
    QList<int> widths;
    for (const Chip &chip : std::as_const(m_chips))
        widths << chip.button->iconSize().width() +
                      fm.horizontalAdvance(tr("%1 %2").arg(chip.word, chip.count)) +
                      fm.averageCharWidth() * 3 + 4;
    int oneRow = spacing * int(widths.size() - 1);
    for (int w : std::as_const(widths))
        oneRow += w;
    int twoRows = 0;
    for (qsizetype i = 0; i + 1 < widths.size(); i += 2)
        twoRows = std::max(twoRows, widths[i] + spacing + widths[i + 1]);
    const int available = width();
    const int columns = oneRow <= available    ? int(m_chips.size())
                        : twoRows <= available ? 2
                                               : int(m_chips.size());
    const bool compact = oneRow > available && twoRows > available;

    auto *grid = static_cast<QGridLayout *>(m_chipBar->layout());
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        const Chip &chip = m_chips[i];
        chip.button->setText(compact ? chip.count : tr("%1 %2").arg(chip.word, chip.count));
        int row = 0, column = 0;
        if (grid->indexOf(chip.button) >= 0) {
            int rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(grid->indexOf(chip.button), &row, &column, &rowSpan, &columnSpan);
        }
        const int wantedRow = int(i) / columns, wantedColumn = int(i) % columns;
        if (grid->indexOf(chip.button) < 0 || row != wantedRow || column != wantedColumn) {
            grid->removeWidget(chip.button);
            grid->addWidget(chip.button, wantedRow, wantedColumn);
        }
    }
    for (int column = 0; column <= int(m_chips.size()); ++column)
        grid->setColumnStretch(column, column == columns ? 1 : 0);
}

void FleetTreeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChips();
}

void FleetTreeView::applyStatusChips()
{
    FleetFilterProxy::StatusFlags flags;
    for (const Chip &chip : std::as_const(m_chips))
        flags.setFlag(chip.flag, chip.button->isChecked());
    const bool wasFiltering = m_proxy->isFiltering();
    m_proxy->setStatusFilter(flags);
    afterFilterChange(wasFiltering);
}

void FleetTreeView::onFilterEdited(const QString &text)
{
    const bool wasFiltering = m_proxy->isFiltering();
    m_proxy->setFilterText(text);
    afterFilterChange(wasFiltering);
}

void FleetTreeView::afterFilterChange(bool wasFiltering)
{
    if (m_proxy->isFiltering()) {
        expandAfterFilter();
    } else if (wasFiltering) {
        // Back to the whole fleet: the default shape, not everything the
        // filter had opened.
        m_tree->collapseAll();
        expandDefault({});
    }
    restoreCurrent();
    if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
        m_tree->scrollTo(current);
    updateEmptyHint();
}

void FleetTreeView::setGrouping(FleetTreeModel::Grouping grouping)
{
    {
        const QSignalBlocker blocker(m_grouping);
        m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
    }
    if (grouping == m_model->grouping())
        return;
    m_model->setGrouping(grouping);
    if (m_proxy->isFiltering())
        expandAfterFilter();
    restoreCurrent();
    if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
        m_tree->scrollTo(current, QAbstractItemView::PositionAtCenter);
}

FleetTreeModel::Grouping FleetTreeView::grouping() const
{
    return m_model->grouping();
}

void FleetTreeView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QModelIndex FleetTreeView::proxyIndexFor(const QString &key) const
{
    if (key.isEmpty())
        return {};
    return m_proxy->mapFromSource(m_model->indexForApplication(key));
}

void FleetTreeView::selectApplication(const QString &key)
{
    if (!m_model->indexForApplication(key).isValid())
        return;
    QModelIndex index = proxyIndexFor(key);
    if (!index.isValid()) {
        // Hidden by the filter: the operator asked for it by name, show it.
        const bool wasFiltering = m_proxy->isFiltering();
        for (const Chip &chip : std::as_const(m_chips)) {
            const QSignalBlocker blocker(chip.button);
            chip.button->setChecked(false);
        }
        {
            const QSignalBlocker blocker(m_filter);
            m_filter->clear();
        }
        m_proxy->setFilterText({});
        m_proxy->setStatusFilter({});
        afterFilterChange(wasFiltering);
        index = proxyIndexFor(key);
    }
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void FleetTreeView::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring || m_restorePending)
        return;
    const QString key = current.data(FleetTreeModel::ApplicationKeyRole).toString();
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    emit applicationSelected(key);
}

void FleetTreeView::onActivated(const QModelIndex &index)
{
    switch (kindOf(index)) {
    case Kind::Application:
        emit applicationActivated(index.data(FleetTreeModel::ApplicationKeyRole).toString());
        break;
    case Kind::Instance: emit instanceActivated(index.data().toString()); break;
    case Kind::Group:
    case Kind::Namespace: break;
    }
}

void FleetTreeView::aboutToChange()
{
    // Rows are about to go: whatever the selection model does with the
    // current row until restoreCurrent() is bookkeeping, not a selection.
    if (m_restorePending)
        return;
    m_restorePending = true;
    QTimer::singleShot(0, this, &FleetTreeView::restoreCurrent);
}

void FleetTreeView::restoreCurrent()
{
    // Idempotent: called after every change that may have moved or hidden
    // the current row, and once more from the event loop after aboutToChange.
    m_restorePending = false;
    const QScopedValueRollback guard(m_restoring, true);
    QItemSelectionModel *selection = m_tree->selectionModel();
    if (m_currentKey.isEmpty()) {
        // No application was selected: none may look selected after a move.
        if (kindOf(selection->currentIndex()) == Kind::Application && selection->currentIndex().isValid()) {
            selection->clearSelection();
            selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        }
        return;
    }
    const QModelIndex index = proxyIndexFor(m_currentKey);
    if (index.isValid()) {
        if (selection->currentIndex() != index)
            selection->setCurrentIndex(index,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    // Hidden by the filter: nothing else is current instead of it.
    selection->clearSelection();
    selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    if (!m_store->application(m_currentKey)) {
        // Gone from the fleet: there is no selection any more.
        m_currentKey.clear();
        emit applicationSelected({});
    }
}

void FleetTreeView::expandDefault(const QModelIndex &index)
{
    // Instances and clusters open; the level holding applications opens
    // only while the fleet (or the filter's result) is small.
    const auto shouldExpand = [this](const QModelIndex &i) {
        const Kind kind = kindOf(i);
        if (kind == Kind::Application || m_proxy->rowCount(i) == 0)
            return false;
        if (kind == Kind::Instance || kindOf(m_proxy->index(0, 0, i)) != Kind::Application)
            return true;
        return m_proxy->isFiltering() ? m_filterResultSmall : m_store->applicationCount() <= ExpandAllBelow;
    };
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &i) {
        if (i.isValid()) {
            if (!shouldExpand(i))
                return;
            m_tree->expand(i);
        }
        for (int row = 0, n = m_proxy->rowCount(i); row < n; ++row) {
            const QModelIndex c = m_proxy->index(row, 0, i);
            if (kindOf(c) == Kind::Application)
                break;
            walk(c);
        }
    };
    walk(index);
}

void FleetTreeView::expandAfterFilter()
{
    // The filter's result shows open unless it is itself large.
    int apps = 0;
    const std::function<void(const QModelIndex &)> count = [&](const QModelIndex &p) {
        for (int row = 0, n = m_proxy->rowCount(p); row < n && apps <= ExpandAllBelow; ++row) {
            const QModelIndex c = m_proxy->index(row, 0, p);
            if (kindOf(c) == Kind::Application) {
                apps += n - row;
                break;
            }
            count(c);
        }
    };
    count({});
    m_filterResultSmall = apps <= ExpandAllBelow;
    if (m_filterResultSmall)
        m_tree->expandAll();
    else
        expandDefault({});
}

void FleetTreeView::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0 && m_proxy->isFiltering();
    if (empty) {
        QStringList lines{tr("No application matches.")};
        if (!m_proxy->filterText().trimmed().isEmpty())
            lines << tr("Escape in the filter clears the text.");
        if (m_proxy->statusFilter() != FleetFilterProxy::NoStatus)
            lines << tr("Uncheck the status buttons to see the rest.");
        m_emptyHint->setText(lines.join(u'\n'));
    }
    m_emptyHint->setVisible(empty);
}

bool FleetTreeView::focusFirstMatch()
{
    const std::function<QModelIndex(const QModelIndex &)> first = [&](const QModelIndex &p) -> QModelIndex {
        for (int row = 0, n = m_proxy->rowCount(p); row < n; ++row) {
            const QModelIndex c = m_proxy->index(row, 0, p);
            if (kindOf(c) == Kind::Application)
                return c;
            if (const QModelIndex found = first(c); found.isValid())
                return found;
        }
        return {};
    };
    const QModelIndex match = first({});
    if (match.isValid()) {
        for (QModelIndex parent = match.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        m_tree->selectionModel()->setCurrentIndex(match, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_tree->scrollTo(match);
    }
    m_tree->setFocus(Qt::OtherFocusReason);
    return match.isValid();
}

bool FleetTreeView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    if (watched == m_filter) {
        switch (key->key()) {
        case Qt::Key_Escape:
            m_filter->clear();
            m_tree->setFocus(Qt::OtherFocusReason);
            if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
                m_tree->scrollTo(current);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_proxy->isFiltering()) {
                focusFirstMatch();
                return true;
            }
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        case Qt::Key_Down:
            if (m_tree->currentIndex().isValid())
                m_tree->setFocus(Qt::OtherFocusReason);
            else
                focusFirstMatch();
            return true;
        default: break;
        }
    } else if (watched == m_tree && plain) {
        if (key->text() == u"/") {
            focusFilter();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter opens a group; on applications and instances it activates.
            const QModelIndex current = m_tree->currentIndex();
            const Kind kind = kindOf(current);
            if (current.isValid() && (kind == Kind::Group || kind == Kind::Namespace)) {
                m_tree->setExpanded(current, !m_tree->isExpanded(current));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sextant::views

#include "fleettreeview.moc"
