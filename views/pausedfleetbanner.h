#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace sextant::views {

// The band across the main window while anything is paused by an emergency
// pause: how many apps, since when, by whom, with Resume and a details link.
// When the last pause was interrupted (crash, kill, network loss) it says so
// and offers to complete the pause or to resume what was already paused.
// Hidden when nothing is paused.
class PausedFleetBanner : public QFrame {
    Q_OBJECT
public:
    struct State {
        int pausedApps = 0;    // apps whose auto-sync the pause turned off
        int pendingApps = 0;   // interrupted: apps recorded but not yet paused
        int failedApps = 0;    // apps the pause could not pause
        QStringList instances; // where they are
        QDateTime since;       // the first pause still in effect (UTC)
        QString by;            // who paused
        QString reason;        // why (the latest pause's)
        bool interrupted = false;
        bool busy = false; // a pause or resume is running right now
        QString progress;  // "Resuming 12 of 40…" while busy
        bool isEmpty() const { return pausedApps == 0 && pendingApps == 0 && !busy; }
        bool operator==(const State &) const = default;
    };

    explicit PausedFleetBanner(QWidget *parent = nullptr);

    void setState(const State &state);
    State state() const { return m_state; }
    QString text() const;

signals:
    void resumeRequested();
    void completeRequested(); // finish an interrupted pause
    void detailsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retint();
    void update();

    State m_state;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QPushButton *m_complete;
    QPushButton *m_resume;
    bool m_retinting = false;
};

} // namespace sextant::views
