#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QToolButton;

namespace sextant::views {

class ApplicationActions;

// The actions row of the application header: Sync…, Refresh (normal or hard),
// Pause / Resume auto-sync, Terminate operation, Roll back…; and, while the
// app is held at a rollback, the note "rolled back — Git still wants <rev>"
// with Resume auto-sync. Follows the store, the pause ledger and rollback marks.
class ApplicationActionBar : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationActionBar(ApplicationActions *actions, QWidget *parent = nullptr);

    void setApplication(const QString &appKey);
    QString application() const { return m_key; }

    QPushButton *syncButton() const { return m_sync; }
    QToolButton *refreshButton() const { return m_refresh; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *terminateButton() const { return m_terminate; }
    QLabel *rollbackNote() const { return m_noteText; }

signals:
    // Roll back… chooses the entry in the History tab.
    void rollbackRequested();

private:
    void update();

    ApplicationActions *m_actions;
    QString m_key;
    QPushButton *m_sync;
    QToolButton *m_refresh;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_terminate;
    QPushButton *m_rollback;
    QFrame *m_note;
    QLabel *m_noteText;
    QPushButton *m_noteResume;
    QPushButton *m_noteGit;
};

} // namespace sextant::views
