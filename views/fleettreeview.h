#pragma once

#include "model/itemmodels/fleetfilterproxy.h"
#include "model/itemmodels/fleettreemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace sextant {
class FleetStore;
}

namespace sextant::views {

class FleetTree;
class StatusChipBar;

// The fleet as a filterable tree: a filter line and a grouping choice, status
// chips with live counts, and the tree (instance → cluster → namespace →
// application, or by project or repository). Application rows show sync,
// health and auto-sync icons; group rows show roll-up badges; instance rows
// their connection.
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
    QTreeView *treeView() const;
    QLineEdit *filterEdit() const { return m_filter; }

    void setGrouping(FleetTreeModel::Grouping grouping);
    FleetTreeModel::Grouping grouping() const;

    void focusFilter();
    // Selects, expands to and scrolls to the application; clears the filter
    // first when it hides the application. Emits applicationSelected.
    void selectApplication(const QString &key);
    // The application last selected; it stays current while a filter hides
    // its row. Empty when a group row is current.
    QString currentApplication() const;

signals:
    void applicationSelected(const QString &key); // empty: a group row became current
    void applicationActivated(const QString &key);
    void instanceActivated(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateChipCounts();
    void applyStatusChips();
    void onFilterEdited(const QString &text);
    void afterFilterChange(bool wasFiltering);
    void updateEmptyHint();
    bool focusFirstMatch();

    FleetStore *m_store;
    FleetTreeModel *m_model;
    FleetFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_grouping;
    StatusChipBar *m_chips;
    QLabel *m_emptyHint;
    FleetTree *m_tree;
    QTimer *m_clockTimer;
};

} // namespace sextant::views
