#pragma once

#include "model/itemmodels/fleetfilterproxy.h"
#include "model/itemmodels/fleettreemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QToolButton;
class QTreeView;

namespace sextant {
class FleetStore;
}

namespace sextant::views {

// The fleet as a filterable tree: a filter line, status chips with live
// counts, and the tree (instance → cluster → namespace → application, or by
// project or repository). Application rows show sync, health and auto-sync
// icons; group rows show roll-up badges; instance rows their connection.
//
// Keyboard: arrows move, Enter activates, `/` or Ctrl+F goes to the filter,
// Escape in the filter clears it and returns to the tree, Enter or Down in
// the filter goes to the first match.
class FleetTreeView : public QWidget {
    Q_OBJECT
public:
    explicit FleetTreeView(FleetStore *store, QWidget *parent = nullptr);
    ~FleetTreeView() override;

    FleetTreeModel *model() const { return m_model; }
    FleetFilterProxy *proxy() const { return m_proxy; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

    void setGrouping(FleetTreeModel::Grouping grouping);
    FleetTreeModel::Grouping grouping() const;

    void focusFilter();
    // Selects, expands to and scrolls to the application; clears the filter
    // first when it hides the application. Emits applicationSelected.
    void selectApplication(const QString &key);
    // The application last selected; it stays current while a filter hides
    // its row. Empty when a group row is current.
    QString currentApplication() const { return m_currentKey; }

    // Above this many applications namespaces (and project/repository groups)
    // start collapsed.
    static constexpr int ExpandAllBelow = 200;

signals:
    void applicationSelected(const QString &key); // empty: a group row became current
    void applicationActivated(const QString &key);
    void instanceActivated(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QToolButton *addChip(FleetFilterProxy::StatusFlag flag);
    void retranslate();
    void updateChips();
    void layoutChips();
    void styleChips();
    void applyStatusChips();
    void onFilterEdited(const QString &text);
    void afterFilterChange(bool wasFiltering);
    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);
    void expandDefault(const QModelIndex &parent);
    void expandAfterFilter();
    void aboutToChange();
    void restoreCurrent();
    void updateEmptyHint();
    bool focusFirstMatch();
    QModelIndex proxyIndexFor(const QString &key) const;

    FleetStore *m_store;
    FleetTreeModel *m_model;
    FleetFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_grouping;
    struct Chip {
        FleetFilterProxy::StatusFlag flag;
        QToolButton *button;
        QString word;  // "Out of sync"
        QString count; // "12"
    };
    QList<Chip> m_chips;
    QWidget *m_chipBar;
    QTreeView *m_tree;
    QLabel *m_emptyHint;
    QTimer *m_clockTimer;
    QString m_currentKey;
    bool m_restorePending = false;
    bool m_restoring = false;
    bool m_filterResultSmall = false; // the filter's result opens fully
};

} // namespace sextant::views
