#pragma once

#include <QTreeView>

namespace sextant {
class FleetFilterProxy;
class FleetTreeModel;
} // namespace sextant

namespace sextant::views {

// The fleet tree itself, over the filter proxy: rows painted by
// FleetTreeDelegate, opened by default as far as the fleet's size allows, and
// the current application kept current while rows come, go and move.
//
// Keyboard: arrows move, Enter opens or closes a group and activates an
// application or an instance, `/` asks for the filter.
class FleetTree : public QTreeView {
    Q_OBJECT
public:
    FleetTree(FleetTreeModel *model, FleetFilterProxy *proxy, QWidget *parent = nullptr);

    // Above this many applications namespaces (and project/repository groups)
    // start collapsed.
    static constexpr int ExpandAllBelow = 200;

    // The application last made current; it stays so while a filter hides its
    // row. Empty when a group row is current.
    QString currentApplication() const { return m_currentKey; }
    // The row of this application in the proxy; invalid while filtered out.
    QModelIndex indexFor(const QString &key) const;
    // Makes `index` current and selected, opening its parents and scrolling to it.
    void showIndex(const QModelIndex &index, ScrollHint hint = EnsureVisible);
    // Makes the first application the filter shows current; false when none.
    bool showFirstMatch();

    // After the filter changed (it was or was not filtering before).
    void afterFilterChange(bool wasFiltering);
    // After the grouping changed.
    void afterRegrouping();
    // Makes the current application current again after rows moved, or
    // clears the selection when it is hidden or gone. Idempotent.
    void restoreCurrent();

signals:
    void applicationSelected(const QString &key); // empty: a group row became current
    void applicationActivated(const QString &key);
    void instanceActivated(const QString &name);
    void filterRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);
    void aboutToChange();
    void expandDefault(const QModelIndex &parent);
    void expandAfterFilter();
    int applicationCount() const;

    FleetTreeModel *m_model;
    FleetFilterProxy *m_proxy;
    QString m_currentKey;
    bool m_restorePending = false;
    bool m_restoring = false;
    bool m_filterResultSmall = false; // the filter's result opens fully
};

} // namespace sextant::views
