#pragma once

#include "model/domain/application.h"

#include <QWidget>

#include <optional>

class QTreeWidget;

namespace sextant::views {

class MessageBanner;

// The History tab: the application's deployments, newest first, with "Roll
// back to this deployment…" on each.
class ApplicationHistoryTab : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationHistoryTab(QWidget *parent = nullptr);

    void clear();
    // Rebuilds the list only when something differs, so a selected row stays selected.
    void setHistory(const QList<HistoryEntry> &history);
    int count() const;
    // The id of the selected deployment, if one is selected.
    std::optional<qint64> selectedDeployment() const;
    // Says to choose the deployment to roll back to.
    void askForDeployment();

signals:
    void rollbackRequested(qint64 historyId);

private:
    MessageBanner *m_banner;
    QTreeWidget *m_list;
};

} // namespace sextant::views
