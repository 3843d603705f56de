#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace sextant {

class ActionService;
class DriftFilterProxy;
class DriftScanner;
class DriftTableModel;

namespace views {

// The fleet-wide drift page (Ctrl+D): every out-of-sync resource across all
// instances, who changed it and since when, filterable and sortable. Scanning
// starts the first time the page is shown. Activating a row asks to open that
// resource's diff.
class DriftView : public QWidget {
    Q_OBJECT
public:
    explicit DriftView(DriftScanner *scanner, QWidget *parent = nullptr);
    ~DriftView() override;

    DriftTableModel *model() const { return m_model; }
    DriftFilterProxy *proxy() const { return m_proxy; }
    QTreeView *table() const { return m_table; }
    QToolButton *adoptButton() const { return m_adopt; }
    QString statusText() const;

    // Rows whose live values were pushed to a branch say "in Git on branch X" (until a newer
    // edit, or the drift is gone).
    void setActionService(ActionService *actions);

    void setFilterText(const QString &text);
    void focusFilter();

signals:
    // A row was activated (double-click or Enter): open its diff.
    void resourceActivated(const QString &appKey, const QString &resourceIdentity);
    // "Bring into Git…" on a row whose drift a person made: write the live values into Git.
    void adoptRequested(const QString &appKey, const QString &resourceIdentity);
    // Esc: back to where the operator came from.
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateStatus();
    void activate(const QModelIndex &proxyIndex);
    void adoptCurrent();
    void updateActions();

    DriftScanner *m_scanner;
    DriftTableModel *m_model;
    DriftFilterProxy *m_proxy;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_filter;
    QToolButton *m_rescan;
    QToolButton *m_adopt;
    QTreeView *m_table;
};

} // namespace views
} // namespace sextant
