#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace sextant {

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
    QString statusText() const;

    void setFilterText(const QString &text);
    void focusFilter();

signals:
    // A row was activated (double-click or Enter): open its diff.
    void resourceActivated(const QString &appKey, const QString &resourceIdentity);
    // Esc: back to where the operator came from.
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateStatus();
    void activate(const QModelIndex &proxyIndex);

    DriftScanner *m_scanner;
    DriftTableModel *m_model;
    DriftFilterProxy *m_proxy;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_filter;
    QToolButton *m_rescan;
    QTreeView *m_table;
};

} // namespace views
} // namespace sextant
