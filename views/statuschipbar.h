#pragma once

#include "model/itemmodels/fleetfilterproxy.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace sextant::views {

// The status chips above the fleet tree: Out of sync, Degraded, Progressing
// and Paused, each with its count in the fleet. Checked chips combine (any of
// them matches). The bar never widens its parent: when narrow it wraps to two
// rows, then shows icons and counts only (the words stay in tooltips and
// accessible names).
class StatusChipBar : public QWidget {
    Q_OBJECT
public:
    explicit StatusChipBar(QWidget *parent = nullptr);

    struct Counts {
        int outOfSync = 0, degraded = 0, progressing = 0, paused = 0;
    };
    void setCounts(const Counts &counts);

    // Styles the chips as pills for this palette. The parent calls it when its
    // own palette changes, before the change reaches the bar: a style sheet
    // set later would keep the chips' previous colours.
    void stylePills(const QPalette &palette);

    FleetFilterProxy::StatusFlags checkedFlags() const;
    // Unchecks every chip without emitting checkedChanged.
    void uncheckAll();

signals:
    void checkedChanged(FleetFilterProxy::StatusFlags flags);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addChip(FleetFilterProxy::StatusFlag flag);
    void updateTexts();
    void layoutChips();

    struct Chip {
        FleetFilterProxy::StatusFlag flag;
        QToolButton *button;
        QString word;  // "Out of sync"
        QString count; // "12"
    };
    QList<Chip> m_chips;
    Counts m_counts;
};

} // namespace sextant::views
