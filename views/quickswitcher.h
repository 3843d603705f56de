#pragma once

#include "model/domain/status.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;

namespace sextant {
class FleetStore;
}

namespace sextant::views {

// Jump to any application in the fleet by typing part of its name: a
// frameless popup centred on its parent, ranking applications by a fuzzy
// subsequence match (word starts and contiguous runs score higher) and
// listing the best 50 as "name — instance · cluster/namespace" with their
// status icons. Up/Down move, Enter chooses, Escape closes.
class QuickSwitcher : public QDialog {
    Q_OBJECT
public:
    explicit QuickSwitcher(FleetStore *store, QWidget *parent = nullptr);
    ~QuickSwitcher() override;

    static constexpr int MaxResults = 50;

    // The score of `query` (case-folded, no spaces) against `text`, or -1
    // when the query is not a subsequence of `text` (compared case-folded).
    // Higher is better: each matched character scores, more so at the start
    // of a word (after - _ . / or a space, or at a camelCase hump) and right
    // after the previous match; skipping letters inside a word costs little
    // (abbreviations), jumping to the next word start a little more, and
    // landing in the middle of a later word most.
    static int fuzzyScore(QStringView query, QStringView text);

    // Keys of the listed applications, best first.
    QStringList results() const;

signals:
    void applicationChosen(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A text folded for matching once, not on every keystroke: the
    // case-folded characters, and per character its word number with
    // WordStartBit set at the first character of a word.
    struct Folded {
        QString text;
        QList<quint16> shape;
    };
    static constexpr quint16 WordStartBit = 0x8000;
    static Folded fold(QStringView text);
    static int score(QStringView query, const Folded &text);

    struct Candidate {
        QString key;
        QString name;
        QString context;     // "instance · cluster/namespace"
        Folded folded;       // the name
        Folded searchFolded; // name and context: a second chance to match
        SyncStatus sync = SyncStatus::Unknown;
        HealthStatus health = HealthStatus::Unknown;
        AutoSyncState autoSync = AutoSyncState::Off;
    };

    void rebuildCandidates();
    void updateResults();
    void choose(int row);
    void retranslate();

    FleetStore *m_store;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_footer;
    QList<Candidate> m_candidates;
    bool m_candidatesDirty = true;
};

} // namespace sextant::views
