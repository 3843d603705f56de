#pragma once

#include "model/actions/actiontypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace sextant::views {

// The progress of a batch (emergency pause, resume, sync selection) and its
// outcome: a bar, the app just finished, then what succeeded and, by name and
// reason, every app that failed or was skipped — nothing is left unsaid.
class BatchProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchProgressPanel(QWidget *parent = nullptr);

    // `verb` in the running text: tr("Pausing"), tr("Resuming"), tr("Syncing").
    void start(const QString &verb, int total);
    void setProgress(const BatchProgress &progress);
    void setOutcome(const BatchOutcome &outcome);

    QString statusText() const;
    QTreeWidget *problemList() const { return m_problems; }

private:
    QString m_verb;
    QProgressBar *m_bar;
    QLabel *m_status;
    QTreeWidget *m_problems;
};

} // namespace sextant::views
