#include "fleetsim/scenario.h"

#include "fleetsim/controller.h"
#include "fleetsim/fleetsim.h"
#include "fleetsim/gitstore.h"
#include "model/logging.h"
#include "model/support/yamltojson.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace sextant::fleetsim {

Result<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error{QStringLiteral("'%1' is not a duration like 500ms, 30s, 2m or 1h").arg(text)};
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double factor = unit == QStringLiteral("ms")  ? 1
                          : unit == QStringLiteral("s") ? 1000
                          : unit == QStringLiteral("m") ? 60000
                                                        : 3600000;
    return qint64(value * factor);
}

Scenario::~Scenario() = default;

Result<Scenario> Scenario::parse(const QByteArray &yaml)
{
    auto document = parseYaml(yaml);
    if (!document)
        return Error{QStringLiteral("scenario: %1").arg(document.errorMessage())};
    const QJsonObject root = document->toObject();
    Scenario scenario;
    if (root.contains(QStringLiteral("repeatEvery"))) {
        auto repeat = parseDurationMs(root.value(QStringLiteral("repeatEvery")).toString());
        if (!repeat)
            return Error{QStringLiteral("scenario: repeatEvery: %1").arg(repeat.errorMessage())};
        scenario.m_repeatMs = *repeat;
    }
    static const QStringList types{QStringLiteral("kubectl-edit"), QStringLiteral("hpa-scale"),
                                   QStringLiteral("commit"), QStringLiteral("cluster-down"),
                                   QStringLiteral("cluster-up")};
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject spec = events.at(i).toObject();
        auto at = parseDurationMs(spec.value(QStringLiteral("at")).toString());
        if (!at)
            return Error{QStringLiteral("scenario event %1: at: %2").arg(i + 1).arg(at.errorMessage())};
        const QString type = spec.value(QStringLiteral("type")).toString();
        if (!types.contains(type))
            return Error{QStringLiteral("scenario event %1: unknown type '%2' (one of %3)")
                             .arg(i + 1)
                             .arg(type, types.join(QStringLiteral(", ")))};
        scenario.m_events.append({*at, type, spec});
    }
    return scenario;
}

Result<Scenario> Scenario::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read scenario %1: %2").arg(path, file.errorString())};
    return parse(file.readAll());
}

void Scenario::start(FleetSim &sim)
{
    m_timers = std::make_unique<QObject>();
    const auto scheduleAll = [this, &sim] {
        for (const Event &event : std::as_const(m_events))
            QTimer::singleShot(event.atMs, m_timers.get(), [&sim, event] {
                if (auto applied = apply(sim, event); !applied)
                    qCWarning(lcFleetsim)
                        << "scenario event" << event.type << "failed:" << applied.errorMessage();
            });
    };
    scheduleAll();
    if (m_repeatMs > 0) {
        auto *repeat = new QTimer(m_timers.get());
        QObject::connect(repeat, &QTimer::timeout, m_timers.get(), scheduleAll);
        repeat->start(m_repeatMs);
    }
}

namespace {

// Sets a dotted path ("spec.replicas") inside an object.
void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

Status editEvent(FleetSim &sim, const QJsonObject &spec, const QJsonObject &changes, const QString &manager,
                 const QString &subresource = {})
{
    QStringList paths;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        paths << it.key();
    return sim.controller().editLive(
        spec.value(QStringLiteral("cluster")).toString(), spec.value(QStringLiteral("resource")).toString(),
        [&](QJsonObject &manifest) {
            for (auto it = changes.begin(); it != changes.end(); ++it)
                setPath(manifest, it.key().split(u'.'), it.value());
        },
        manager, paths, subresource);
}

Status commitEvent(FleetSim &sim, const QJsonObject &spec)
{
    const QString repo = spec.value(QStringLiteral("repo")).toString();
    QMap<QString, std::optional<QByteArray>> files;
    const QJsonObject given = spec.value(QStringLiteral("files")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        files.insert(it.key(),
                     it.value().isNull() ? std::nullopt : std::optional(it.value().toString().toUtf8()));
    for (const QJsonValue &r : spec.value(QStringLiteral("replace")).toArray()) {
        const QJsonObject replace = r.toObject();
        const QString path = replace.value(QStringLiteral("path")).toString();
        auto content = sim.git().readHeadFile(repo, path);
        if (!content)
            return content.error();
        files.insert(path,
                     QByteArray(*content).replace(replace.value(QStringLiteral("from")).toString().toUtf8(),
                                                  replace.value(QStringLiteral("to")).toString().toUtf8()));
    }
    const QString author =
        spec.value(QStringLiteral("author")).toString(QStringLiteral("Scenario <scenario@fleetsim.invalid>"));
    auto made = sim.git().commitFiles(
        repo, files,
        {spec.value(QStringLiteral("message")).toString(QStringLiteral("Scenario commit")),
         author.section(u'<', 0, 0).trimmed(),
         author.section(u'<', 1).chopped(1),
         {}});
    if (!made)
        return made.error();
    sim.controller().pollGit(); // made in-process: no need to wait for the poll
    return success();
}

} // namespace

Status Scenario::apply(FleetSim &sim, const Event &event)
{
    const QJsonObject &spec = event.spec;
    qCInfo(lcFleetsim) << "scenario:" << event.type << spec.value(QStringLiteral("cluster")).toString()
                       << spec.value(QStringLiteral("resource")).toString()
                       << spec.value(QStringLiteral("repo")).toString();
    if (event.type == QStringLiteral("kubectl-edit"))
        return editEvent(sim, spec, spec.value(QStringLiteral("set")).toObject(),
                         QStringLiteral("kubectl-edit"));
    if (event.type == QStringLiteral("hpa-scale")) // the HPA writes through the scale subresource
        return editEvent(sim, spec,
                         {{QStringLiteral("spec.replicas"), spec.value(QStringLiteral("replicas")).toInt()}},
                         QStringLiteral("kube-controller-manager"), QStringLiteral("scale"));
    if (event.type == QStringLiteral("commit"))
        return commitEvent(sim, spec);
    const bool up = event.type == QStringLiteral("cluster-up");
    return sim.controller().setClusterReachable(spec.value(QStringLiteral("cluster")).toString(), up);
}

} // namespace sextant::fleetsim
