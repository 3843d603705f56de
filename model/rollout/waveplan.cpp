#include "model/rollout/waveplan.h"

#include "model/support/goduration.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <exception>
#include <functional>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

int Parallelism::of(int apps) const
{
    if (!percent)
        return qMax(1, value);
    return qMax(1, int(std::floor(double(apps) * value / 100.0)));
}

QString Parallelism::text() const
{
    return percent ? u"%1%"_s.arg(value) : QString::number(value);
}

QString toString(Wave::Action action)
{
    return action == Wave::Action::Promote ? u"promote"_s : u"sync"_s;
}

QString toString(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::RevertWave: return u"revertWave"_s;
    case FailurePolicy::RepromoteLastGood: return u"repromoteLastGood"_s;
    case FailurePolicy::Halt: break;
    }
    return u"halt"_s;
}

namespace {

SourceMark markOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.line < 0)
        return {};
    return SourceMark{mark.line + 1, mark.column + 1};
}

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// Walks the document, collecting problems; never throws (yaml-cpp's conversions are avoided).
class PlanReader {
public:
    QList<PlanProblem> problems;

    void problem(const YAML::Node &node, const QString &message) { problems.append({markOf(node), message}); }

    // The mapping's keys, each checked against `known`; unknown keys are problems.
    bool mapping(const YAML::Node &node, const QString &what, const QStringList &known)
    {
        if (!node.IsMap()) {
            problem(node, u"%1 must be a mapping"_s.arg(what));
            return false;
        }
        for (const auto &pair : node) {
            const QString key = text(pair.first);
            if (!known.contains(key))
                problem(pair.first,
                        u"unknown key \"%1\" in %2 (known: %3)"_s.arg(key, what, known.join(u", "_s)));
        }
        return true;
    }

    std::optional<QString> scalar(const YAML::Node &node, const QString &what)
    {
        if (!node.IsScalar()) {
            problem(node, u"%1 must be a single value"_s.arg(what));
            return std::nullopt;
        }
        return text(node);
    }

    std::optional<bool> boolean(const YAML::Node &node, const QString &what)
    {
        const auto value = scalar(node, what);
        if (!value)
            return std::nullopt;
        if (*value == "true"_L1)
            return true;
        if (*value == "false"_L1)
            return false;
        problem(node, u"%1 must be true or false, not \"%2\""_s.arg(what, *value));
        return std::nullopt;
    }

    std::optional<std::chrono::seconds> duration(const YAML::Node &node, const QString &what)
    {
        const auto value = scalar(node, what);
        if (!value)
            return std::nullopt;
        const auto parsed = parseGoDuration(*value);
        if (!parsed || parsed->count() < 0) {
            problem(node, u"%1 must be a duration such as 30s, 5m or 1h30m, not \"%2\""_s.arg(what, *value));
            return std::nullopt;
        }
        return *parsed;
    }

    QStringList list(const YAML::Node &node, const QString &what, QHash<QString, SourceMark> *marks,
                     const QString &markPrefix)
    {
        QStringList values;
        if (!node.IsSequence()) {
            problem(node, u"%1 must be a list"_s.arg(what));
            return values;
        }
        for (const YAML::Node &item : node) {
            if (const auto value = scalar(item, what + u" entries"_s)) {
                values << *value;
                marks->insert(markPrefix + u'.' + *value, markOf(item));
            }
        }
        return values;
    }

    QMap<QString, QString> labels(const YAML::Node &node, const QString &what,
                                  QHash<QString, SourceMark> *marks, const QString &markPrefix)
    {
        QMap<QString, QString> values;
        if (!node.IsMap()) {
            problem(node, u"%1 must be a mapping of label keys to values"_s.arg(what));
            return values;
        }
        for (const auto &pair : node) {
            const auto value = scalar(pair.second, what + u" values"_s);
            if (!value)
                continue;
            values.insert(text(pair.first), *value);
            marks->insert(markPrefix + u'.' + text(pair.first), markOf(pair.first));
        }
        return values;
    }

    Selector selector(const YAML::Node &node, const QString &what)
    {
        Selector selector;
        selector.at = markOf(node);
        static const QStringList known{u"instances"_s, u"clusters"_s,      u"projects"_s,
                                       u"apps"_s,      u"clusterLabels"_s, u"appLabels"_s};
        if (!mapping(node, what, known))
            return selector;
        for (const auto &pair : node) {
            const QString key = text(pair.first);
            selector.marks.insert(key, markOf(pair.first));
            const QString where = what + u'.' + key;
            if (key == "instances"_L1)
                selector.instances = list(pair.second, where, &selector.marks, key);
            else if (key == "clusters"_L1)
                selector.clusters = list(pair.second, where, &selector.marks, key);
            else if (key == "projects"_L1)
                selector.projects = list(pair.second, where, &selector.marks, key);
            else if (key == "apps"_L1)
                selector.apps = list(pair.second, where, &selector.marks, key);
            else if (key == "clusterLabels"_L1)
                selector.clusterLabels = labels(pair.second, where, &selector.marks, key);
            else if (key == "appLabels"_L1)
                selector.appLabels = labels(pair.second, where, &selector.marks, key);
        }
        return selector;
    }

    void parallelism(const YAML::Node &node, Parallelism *parallelism)
    {
        static const QRegularExpression pattern(u"^(\\d+)(%?)$"_s);
        const auto value = scalar(node, u"maxParallel"_s);
        if (!value)
            return;
        const auto match = pattern.match(value->trimmed());
        const int number = match.hasMatch() ? match.captured(1).toInt() : 0;
        const bool percent = match.hasMatch() && !match.captured(2).isEmpty();
        if (!match.hasMatch() || number < 1)
            problem(
                node,
                u"maxParallel must be a count of at least 1 or a percentage such as 25%, not \"%1\""_s.arg(
                    *value));
        else if (percent && number > 100)
            problem(node, u"maxParallel is a percentage over 100% (%1)"_s.arg(*value));
        else
            *parallelism = Parallelism{number, percent};
    }

    Wave wave(const YAML::Node &node, int index)
    {
        Wave wave;
        wave.at = markOf(node);
        const QString what = u"wave %1"_s.arg(index + 1);
        if (!mapping(node, what,
                     {u"name"_s, u"selector"_s, u"action"_s, u"maxParallel"_s, u"before"_s, u"after"_s}))
            return wave;
        if (const YAML::Node name = node["name"]; !name)
            problem(node, u"%1 has no name"_s.arg(what));
        else if (const auto value = scalar(name, u"name"_s))
            wave.name = *value;
        const QString named = wave.name.isEmpty() ? what : u"wave \"%1\""_s.arg(wave.name);
        if (const YAML::Node selector = node["selector"])
            wave.selector = this->selector(selector, named + u" selector"_s);
        else
            problem(node, u"%1 has no selector: say which apps it takes"_s.arg(named));
        if (const YAML::Node action = node["action"]) {
            const auto value = scalar(action, u"action"_s);
            if (value == u"promote"_s)
                wave.action = Wave::Action::Promote;
            else if (value && *value != "sync"_L1)
                problem(action, u"action must be sync or promote, not \"%1\""_s.arg(*value));
        }
        if (const YAML::Node maxParallel = node["maxParallel"])
            parallelism(maxParallel, &wave.maxParallel);
        if (const YAML::Node before = node["before"];
            before && mapping(before, named + u" before"_s, {u"approval"_s, u"syncWindow"_s})) {
            if (const YAML::Node approval = before["approval"];
                approval && mapping(approval, u"approval"_s, {u"approvers"_s})) {
                QHash<QString, SourceMark> ignored;
                if (const YAML::Node approvers = approval["approvers"])
                    wave.approvers = list(approvers, u"approvers"_s, &ignored, u"approvers"_s);
                if (wave.approvers.isEmpty())
                    problem(approval, u"an approval names its approvers"_s);
            }
            if (const YAML::Node window = before["syncWindow"])
                wave.syncWindow = boolean(window, u"syncWindow"_s).value_or(false);
        }
        if (const YAML::Node after = node["after"];
            after && mapping(after, named + u" after"_s, {u"settle"_s, u"bake"_s, u"signOff"_s})) {
            if (const YAML::Node settle = after["settle"])
                wave.settle = duration(settle, u"settle"_s).value_or(std::chrono::seconds(0));
            if (const YAML::Node bake = after["bake"])
                wave.bake = duration(bake, u"bake"_s).value_or(std::chrono::seconds(0));
            if (const YAML::Node signOff = after["signOff"])
                wave.signOff = boolean(signOff, u"signOff"_s).value_or(false);
        }
        return wave;
    }

    void stopWhen(const YAML::Node &node, StopConditions *stop)
    {
        if (!mapping(node, u"stopWhen"_s,
                     {u"degraded"_s, u"syncFailed"_s, u"instanceUnreachable"_s, u"waveTimeout"_s,
                      u"unhealthyPercent"_s}))
            return;
        if (const YAML::Node n = node["degraded"])
            stop->degraded = boolean(n, u"degraded"_s).value_or(true);
        if (const YAML::Node n = node["syncFailed"])
            stop->syncFailed = boolean(n, u"syncFailed"_s).value_or(true);
        if (const YAML::Node n = node["instanceUnreachable"])
            stop->instanceUnreachable = boolean(n, u"instanceUnreachable"_s).value_or(true);
        if (const YAML::Node n = node["waveTimeout"])
            stop->waveTimeout = duration(n, u"waveTimeout"_s).value_or(std::chrono::seconds(0));
        if (const YAML::Node n = node["unhealthyPercent"]) {
            bool ok = false;
            const int percent = scalar(n, u"unhealthyPercent"_s).value_or(QString()).toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                problem(n, u"unhealthyPercent must be a number from 0 to 100"_s);
            else
                stop->unhealthyPercent = percent;
        }
    }

    void target(const YAML::Node &node, WavePlan *plan)
    {
        static const QRegularExpression commit(u"^[0-9a-f]{40}$"_s);
        static const QRegularExpression digest(u"^sha256:[0-9a-f]{64}$"_s);
        if (!mapping(node, u"target"_s, {u"revision"_s, u"images"_s}))
            return;
        const YAML::Node revision = node["revision"];
        if (!revision) {
            problem(node, u"the target has no revision: pin the commit to roll out"_s);
        } else if (const auto value = scalar(revision, u"revision"_s)) {
            if (!commit.match(*value).hasMatch())
                problem(revision,
                        u"the target revision must be a full commit id (40 hex digits), not \"%1\": a "
                        u"branch or tag could move during the rollout"_s.arg(*value));
            plan->revision = *value;
        }
        if (const YAML::Node images = node["images"]) {
            if (!images.IsSequence()) {
                problem(images, u"target images must be a list"_s);
                return;
            }
            for (const YAML::Node &image : images) {
                if (!mapping(image, u"a target image"_s, {u"name"_s, u"digest"_s}))
                    continue;
                ImagePin pin;
                if (const YAML::Node name = image["name"])
                    pin.name = scalar(name, u"image name"_s).value_or(QString());
                if (const YAML::Node d = image["digest"])
                    pin.digest = scalar(d, u"image digest"_s).value_or(QString());
                if (pin.name.isEmpty())
                    problem(image, u"a target image has no name"_s);
                if (!digest.match(pin.digest).hasMatch())
                    problem(image["digest"] ? image["digest"] : image,
                            u"an image digest must read sha256:<64 hex digits>"_s);
                plan->images.append(pin);
            }
        }
    }

    void plan(const YAML::Node &root, WavePlan *plan)
    {
        if (!mapping(root, u"the plan"_s, {u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"spec"_s}))
            return;
        if (const YAML::Node v = root["apiVersion"]; !v || text(v) != "sextant.io/v1"_L1)
            problem(v ? v : root, u"apiVersion must be sextant.io/v1"_s);
        if (const YAML::Node k = root["kind"]; !k || text(k) != "WavePlan"_L1)
            problem(k ? k : root, u"kind must be WavePlan"_s);
        if (const YAML::Node metadata = root["metadata"];
            metadata && mapping(metadata, u"metadata"_s, {u"name"_s}))
            if (const YAML::Node name = metadata["name"])
                plan->name = scalar(name, u"metadata.name"_s).value_or(QString());
        if (plan->name.isEmpty())
            problem(root["metadata"] ? root["metadata"] : root, u"the plan has no metadata.name"_s);
        const YAML::Node spec = root["spec"];
        if (!spec) {
            problem(root, u"the plan has no spec"_s);
            return;
        }
        if (!mapping(spec, u"spec"_s,
                     {u"target"_s, u"selection"_s, u"waves"_s, u"stopWhen"_s, u"onFailure"_s}))
            return;
        if (const YAML::Node t = spec["target"])
            target(t, plan);
        else
            problem(spec, u"the plan has no target"_s);
        if (const YAML::Node selection = spec["selection"])
            plan->selection = selector(selection, u"selection"_s);
        const YAML::Node waves = spec["waves"];
        if (!waves || !waves.IsSequence() || waves.size() == 0)
            problem(waves ? waves : spec, u"the plan has no waves"_s);
        else
            for (std::size_t i = 0; i < waves.size(); ++i)
                plan->waves.append(wave(waves[i], int(i)));
        if (const YAML::Node stop = spec["stopWhen"])
            stopWhen(stop, &plan->stopWhen);
        if (const YAML::Node failure = spec["onFailure"]) {
            const QString value = scalar(failure, u"onFailure"_s).value_or(QString());
            if (value == "revertWave"_L1)
                plan->onFailure = FailurePolicy::RevertWave;
            else if (value == "repromoteLastGood"_L1)
                plan->onFailure = FailurePolicy::RepromoteLastGood;
            else if (value != "halt"_L1)
                problem(failure,
                        u"onFailure must be halt, revertWave or repromoteLastGood, not \"%1\""_s.arg(value));
        }
        checkWaves(*plan);
    }

    // Unique names; an app named explicitly by two waves.
    void checkWaves(const WavePlan &plan)
    {
        QHash<QString, QString> named; // app → the wave that names it
        QSet<QString> names;
        for (const Wave &wave : plan.waves) {
            if (!wave.name.isEmpty() && names.contains(wave.name))
                problems.append({wave.at, u"two waves are named \"%1\""_s.arg(wave.name)});
            names.insert(wave.name);
            for (const QString &app : wave.selector.apps) {
                if (named.contains(app) && named.value(app) != wave.name)
                    problems.append({wave.selector.marks.value(u"apps."_s + app),
                                     u"the app %1 is named by the waves \"%2\" and \"%3\""_s.arg(
                                         app, named.value(app), wave.name)});
                named.insert(app, wave.name);
            }
        }
    }
};

} // namespace

ParsedPlan parseWavePlan(const QByteArray &yaml)
{
    ParsedPlan parsed;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &error) {
        parsed.problems.append(
            {SourceMark{error.mark.line + 1, error.mark.column + 1}, QString::fromStdString(error.msg)});
        return parsed;
    } catch (const std::exception &error) {
        parsed.problems.append({{}, QString::fromLocal8Bit(error.what())});
        return parsed;
    }
    PlanReader reader;
    WavePlan plan;
    try {
        reader.plan(root, &plan);
    } catch (const std::exception &error) {
        reader.problems.append(
            {{}, u"the plan cannot be read: %1"_s.arg(QString::fromLocal8Bit(error.what()))});
    }
    std::stable_sort(reader.problems.begin(), reader.problems.end(),
                     [](const PlanProblem &a, const PlanProblem &b) {
                         return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
                     });
    parsed.problems = reader.problems;
    if (parsed.problems.isEmpty())
        parsed.plan = plan;
    return parsed;
}

} // namespace sextant::rollout
