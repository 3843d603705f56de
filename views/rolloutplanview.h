#pragma once

#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace sextant {
class ActionService;
class FleetStore;
struct GitChangeProposal;
} // namespace sextant

namespace sextant::views {

class MessageBanner;

// The wave-rollout page (Ctrl+Shift+W): a WavePlan in a YAML editor, checked as it is typed
// (each problem listed with its line and column; activating one moves the cursor there), and
// its dry run against the fleet as loaded now: each wave's apps, gates and earliest start and
// finish, and the apps the selection covers that no wave takes; with an ActionService, also what
// rolling each wave back would commit (the target reverted in its overlays; a target that is not
// in the history the apps deploy says so). Changes nothing anywhere.
class RolloutPlanView : public QWidget {
    Q_OBJECT
public:
    explicit RolloutPlanView(FleetStore *store, QWidget *parent = nullptr);
    ~RolloutPlanView() override;

    // Replaces the editor's text (and forgets the file it came from).
    void setPlanText(const QString &text);
    // Reads a plan file into the editor; false (with the banner saying why) when it cannot.
    bool openFile(const QString &path);
    // Previews each wave's rollback through `actions` (its repository mirrors) in the dry run.
    void setRevertPreviews(ActionService *actions);
    // Checks and resolves the editor's text now (otherwise this happens shortly after typing).
    void dryRun();

    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *problemList() const { return m_problems; }
    QTreeWidget *wavesTree() const { return m_waves; }
    QLabel *summaryLabel() const { return m_summary; }
    const rollout::PlanResolution &resolution() const { return m_resolution; }
    QList<rollout::PlanProblem> problems() const { return m_currentProblems; }

    QPushButton *startButton() const { return m_start; }

signals:
    void closeRequested();
    // Start… was pressed on a plan that validates and resolves: the plan, its text, its file
    // (empty when typed) and the dry run just shown.
    void startRequested(const sextant::rollout::WavePlan &plan, const QByteArray &yaml, const QString &file,
                        const sextant::rollout::PlanResolution &resolution);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showProblems(const QList<rollout::PlanProblem> &problems);
    void showResolution(const rollout::WavePlan &plan);
    void previewRollbacks(const rollout::WavePlan &plan);
    void showRollbackPreview(const GitChangeProposal &proposal);
    void setRollbackText(int wave, const QString &text);
    void jumpTo(const rollout::SourceMark &mark);
    void openDialog();
    void applySyntaxTheme();

    FleetStore *m_store;
    MessageBanner *m_banner;
    QLabel *m_file;
    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QListWidget *m_problems;
    QLabel *m_summary;
    QTreeWidget *m_waves;
    QTimer *m_debounce;
    QPushButton *m_start;
    QString m_path;                          // the file the editor's text came from
    std::optional<rollout::WavePlan> m_plan; // set while the text validates and resolves
    bool m_staleFleet = false;               // the fleet changed while the page was hidden
    ActionService *m_actions = nullptr;
    // Each wave's rollback preview in words, by revision and apps, so typing does not ask again.
    QHash<QString, QString> m_rollbackTexts;
    QHash<quint64, std::pair<QString, int>> m_rollbackRequests; // request → (cache key, wave)
    rollout::PlanResolution m_resolution;
    QList<rollout::PlanProblem> m_currentProblems;
};

} // namespace sextant::views
