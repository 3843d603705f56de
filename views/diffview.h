#pragma once

#include "model/diff/diffdocument.h"
#include "views/diffviewlayout.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QToolButton;

namespace sextant::views {

class DiffPane;
class DiffSyntaxCache;

// Side-by-side (or unified) view of a DiffDocument: live on the left, desired
// on the right, YAML highlighted, scrolled in step, unchanged runs folded to
// three lines of context, F7 / Shift+F7 stepping through the changes. Read-only;
// text can be selected and copied from either side (padding never is).
class DiffView : public QWidget {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void setDocument(const diff::DiffDocument &document);
    const diff::DiffDocument &document() const { return m_document; }
    // Column titles, e.g. "Live" and "Desired".
    void setSideTitles(const QString &left, const QString &right);

    void setUnified(bool unified);
    bool isUnified() const { return m_unified; }

    const QList<DiffFold> &folds() const { return m_folds; }
    void expandFold(int fold);
    void setAllExpanded(bool expanded);

    int changeCount() const { return int(m_document.changes.size()); }
    int currentChange() const { return m_currentChange; } // -1 before F7
    void goToChange(int index);
    void nextChange();
    void previousChange();
    QString changeCounterText() const;

    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    // Lines highlighted so far on both sides (benchmarks, tests).
    int highlightedLines() const;

signals:
    void currentChangeChanged(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void relayout(int topRow);
    int topRow() const;
    void applyTheme();
    void updateControls();
    void syncScroll(DiffPane *from, Qt::Orientation orientation, int value);
    void revealChangedWords(int change);

    diff::DiffDocument m_document;
    QList<DiffFold> m_folds;
    int m_maxColumns = 0;
    int m_numberDigits = 1;
    int m_currentChange = -1;
    bool m_unified = false;
    bool m_syncing = false; // per instance: one pane is following the other

    std::unique_ptr<DiffSyntaxCache> m_leftSyntax;
    std::unique_ptr<DiffSyntaxCache> m_rightSyntax;

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QString m_leftTitleText;
    QString m_rightTitleText;
    DiffPane *m_left;
    DiffPane *m_right;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QLabel *m_counter;
    QLabel *m_stats;
    QToolButton *m_expandAll;
    QToolButton *m_unifiedButton;
};

} // namespace sextant::views
