#pragma once

#include "model/storage/actionrecords.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sextant {
class ActionService;
class JournalTableModel;
} // namespace sextant

namespace sextant::views {

// The Activity page: the action journal as a table (when, who, action,
// target, reason, result, error), newest first, filterable by text, action
// and failures, and exportable as CSV or JSON — exactly the rows shown.
// Reloads (debounced) whenever the ActionService writes the journal.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit ActivityPage(ActionService *actions, QWidget *parent = nullptr);
    ~ActivityPage() override;

    void reload();
    // The rows the table shows, in its order.
    QList<JournalEntry> visibleEntries() const;
    // Writes visibleEntries() to `path` off the GUI thread → exported().
    void exportTo(const QString &path, Format format);

    JournalTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *actionChoice() const { return m_action; }
    QCheckBox *failuresOnly() const { return m_failures; }

signals:
    void loaded(); // a reload arrived
    void exported(const QString &path, const QString &error);

private:
    void chooseExport(Format format);
    void updateStatus();

    ActionService *m_actions;
    JournalTableModel *m_model;
    QSortFilterProxyModel *m_failureProxy;
    QSortFilterProxyModel *m_textProxy;
    QLineEdit *m_filter;
    QComboBox *m_action;
    QCheckBox *m_failures;
    QTableView *m_table;
    QLabel *m_status;
    QString m_loadError;
    QString m_exportStatus;
    quint64 m_request = 0;
    QTimer m_reloadLater;
    QFutureWatcher<QString> m_export;
    QString m_exportPath;
};

} // namespace sextant::views
