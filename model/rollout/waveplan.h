#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace sextant::rollout {

// Where something is in the plan's YAML text: 1-based line and column (0 when unknown).
struct SourceMark {
    int line = 0;
    int column = 0;
    bool operator==(const SourceMark &) const = default;
};

// Something wrong with a plan, at the place that says it.
struct PlanProblem {
    SourceMark at;
    QString message;
    bool operator==(const PlanProblem &) const = default;
};

// Which applications a selection or a wave takes. Every criterion given must hold (AND); the
// values of one list are alternatives (OR). The empty selector takes everything.
struct Selector {
    QStringList instances;
    QStringList clusters;
    QStringList projects;
    QStringList apps; // explicit application names ("name" or "namespace/name")
    QMap<QString, QString> clusterLabels;
    QMap<QString, QString> appLabels;
    SourceMark at;
    // Where each criterion is written: "instances", "clusterLabels.env", "apps.web" …
    QHash<QString, SourceMark> marks;

    bool isEmpty() const
    {
        return instances.isEmpty() && clusters.isEmpty() && projects.isEmpty() && apps.isEmpty() &&
               clusterLabels.isEmpty() && appLabels.isEmpty();
    }
};

// How many apps of a wave are released at once: a count, or a percentage of the wave (at least one).
struct Parallelism {
    int value = 100;
    bool percent = true;
    int of(int apps) const;
    QString text() const; // "100%", "3"
};

struct Wave {
    enum class Action { Sync, Promote };
    QString name;
    SourceMark at;
    Selector selector;
    Action action = Action::Sync;
    Parallelism maxParallel;
    // Before the wave.
    QStringList approvers; // owner approval by one of them; empty: none needed
    bool syncWindow = false;
    // After the wave.
    std::chrono::seconds settle{0};
    std::chrono::seconds bake{0};
    bool signOff = false;
};

struct StopConditions {
    bool degraded = true;
    bool syncFailed = true;
    bool instanceUnreachable = true;
    std::chrono::seconds waveTimeout{0}; // 0: none
    int unhealthyPercent = -1;           // -1: none
};

enum class FailurePolicy { Halt, RevertWave, RepromoteLastGood };

struct ImagePin {
    QString name;
    QString digest;
};

// A WavePlan document (apiVersion sextant.io/v1): a pinned target, the apps it covers and the
// waves it goes out in.
struct WavePlan {
    QString name;
    QString revision; // 40 hex digits
    QList<ImagePin> images;
    Selector selection;
    QList<Wave> waves;
    StopConditions stopWhen;
    FailurePolicy onFailure = FailurePolicy::Halt;
};

struct ParsedPlan {
    std::optional<WavePlan> plan; // set when there is no problem
    QList<PlanProblem> problems;  // in the order of the text
};

// Reads and checks a plan: the document's shape, a 40-hex target revision, digests
// (sha256:<64 hex>), wave names (present, unique), actions, maxParallel (a count >= 1 or a
// percentage 1–100%), durations ("2m", "1h30m"), the failure policy, and two waves naming the
// same app explicitly. Unknown keys are problems too, so a typo never silently drops a gate.
// What needs the fleet (unknown labels, empty waves) is checked when the plan is resolved.
ParsedPlan parseWavePlan(const QByteArray &yaml);

QString toString(Wave::Action action);
QString toString(FailurePolicy policy);

} // namespace sextant::rollout
