#include "views/statuschipbar.h"

#include "views/statusicons.h"

#include <KColorUtils>

#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QToolButton>

namespace sextant::views {

StatusChipBar::StatusChipBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (auto flag : {FleetFilterProxy::OutOfSync, FleetFilterProxy::Degraded, FleetFilterProxy::Progressing,
                      FleetFilterProxy::Paused})
        addChip(flag);
    stylePills(palette());
    updateTexts();
}

void StatusChipBar::addChip(FleetFilterProxy::StatusFlag flag)
{
    auto *chip = new QToolButton(this);
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
    connect(chip, &QToolButton::toggled, this, [this] { emit checkedChanged(checkedFlags()); });
    m_chips.append({flag, chip, {}, {}});
}

void StatusChipBar::setCounts(const Counts &counts)
{
    m_counts = counts;
    updateTexts();
}

FleetFilterProxy::StatusFlags StatusChipBar::checkedFlags() const
{
    FleetFilterProxy::StatusFlags flags;
    for (const Chip &chip : m_chips)
        flags.setFlag(chip.flag, chip.button->isChecked());
    return flags;
}

void StatusChipBar::uncheckAll()
{
    for (const Chip &chip : std::as_const(m_chips)) {
        const QSignalBlocker blocker(chip.button);
        chip.button->setChecked(false);
    }
}

void StatusChipBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void StatusChipBar::stylePills(const QPalette &p)
{
    // Pills whose checked state is plain to see on light and dark palettes:
    // a checked chip is a filter in force.
    const QColor border = KColorUtils::mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.3);
    const QColor hover = KColorUtils::mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.08);
    const QString sheet =
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 9px; padding: 1px 7px 1px 4px; }"
                       "QToolButton:hover { background: %2; }"
                       "QToolButton:checked { background: %3; color: %4; border-color: %3; }"
                       "QToolButton:focus { border-color: %3; }")
            .arg(border.name(), hover.name(), p.color(QPalette::Highlight).name(),
                 p.color(QPalette::HighlightedText).name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void StatusChipBar::updateTexts()
{
    const QLocale locale;
    for (Chip &chip : m_chips) {
        QString help;
        int n = 0;
        switch (chip.flag) {
        case FleetFilterProxy::OutOfSync:
            chip.word = tr("Out of sync");
            n = m_counts.outOfSync;
            help = tr("Show only applications that differ from Git (%1 in the fleet)");
            break;
        case FleetFilterProxy::Degraded:
            chip.word = tr("Degraded");
            n = m_counts.degraded;
            help = tr("Show only degraded applications (%1 in the fleet)");
            break;
        case FleetFilterProxy::Progressing:
            chip.word = tr("Progressing");
            n = m_counts.progressing;
            help = tr("Show only applications still rolling out (%1 in the fleet)");
            break;
        case FleetFilterProxy::Paused:
            chip.word = tr("Paused");
            n = m_counts.paused;
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

void StatusChipBar::layoutChips()
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

    auto *grid = static_cast<QGridLayout *>(layout());
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

void StatusChipBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChips();
}

} // namespace sextant::views
