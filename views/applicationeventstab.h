#pragma once

#include "model/domain/resourcetree.h"

#include <QWidget>

class QTreeWidget;

namespace sextant::views {

class MessageBanner;

// The Events tab: the Kubernetes events about the application, newest first;
// warnings with an icon, the word, bold type and a tinted row.
class ApplicationEventsTab : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationEventsTab(QWidget *parent = nullptr);

    void clear();
    void showLoading();
    void setEvents(const QList<EventRecord> &events);
    // The events could not be loaded (or updated: the last ones stay).
    void showFailure(const QString &message);

    // Whether events arrived for the application, how many, and whether any is a warning.
    bool hasEvents() const { return m_haveEvents; }
    qsizetype count() const { return m_events.size(); }
    bool hasWarnings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    MessageBanner *m_banner;
    QTreeWidget *m_list;
    QList<EventRecord> m_events; // newest first
    bool m_haveEvents = false;
};

} // namespace sextant::views
