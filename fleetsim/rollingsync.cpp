#include "fleetsim/rollingsync.h"

#include "fleetsim/controller.h"

#include <QJsonArray>

namespace sextant::fleetsim {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject entry(const QString &app, const QString &status, int step, const QString &message,
                  const QString &revision, const QDateTime &now)
{
    return {{u"application"_s, app},
            {u"status"_s, status},
            {u"step"_s, QString::number(step)},
            {u"message"_s, message},
            {u"lastTransitionTime"_s, timeText(now)},
            {u"targetrevisions"_s, QJsonArray{revision}}};
}

} // namespace

QJsonObject SimAppSet::toJson() const
{
    QJsonObject out = object;
    QJsonObject metadata = out.value("metadata"_L1).toObject();
    metadata.insert(u"resourceVersion"_s, QString::number(resourceVersion));
    out.insert(u"metadata"_s, metadata);
    QJsonArray applicationStatus, resources;
    for (const QJsonObject &status : statuses)
        applicationStatus.append(status);
    out.insert(u"status"_s,
               QJsonObject{{u"applicationStatus"_s, applicationStatus}, {u"conditions"_s, conditions}});
    return out;
}

RollingSyncController::RollingSyncController(FleetState &state, Controller &controller, int tickMs,
                                             QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_controller(controller)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &RollingSyncController::step);
}

void RollingSyncController::start()
{
    step();
    m_tick.start();
}

int RollingSyncController::stepOf(const QJsonArray &steps, const QJsonObject &labels)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        bool matches = true;
        for (const QJsonValue &e : steps.at(i).toObject().value("matchExpressions"_L1).toArray()) {
            const QJsonObject expression = e.toObject();
            const QString value = labels.value(expression.value("key"_L1).toString()).toString();
            const bool has = labels.contains(expression.value("key"_L1).toString());
            bool listed = false;
            for (const QJsonValue &v : expression.value("values"_L1).toArray())
                listed = listed || (has && v.toString() == value);
            const QString op = expression.value("operator"_L1).toString();
            matches = matches && (op == "NotIn"_L1 ? !listed : listed);
        }
        if (matches)
            return int(i) + 1;
    }
    return -1;
}

int RollingSyncController::maxUpdateOf(const QJsonObject &step, int size)
{
    const QJsonValue value = step.value("maxUpdate"_L1);
    if (value.isDouble())
        return qMax(0, value.toInt());
    QString text = value.toString(u"100%"_s).trimmed();
    if (!text.endsWith(u'%'))
        return qMax(0, text.toInt());
    text.chop(1);
    const int percent = text.toInt();
    return percent <= 0 ? 0 : qMax(1, size * percent / 100);
}

void RollingSyncController::step()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto &[name, set] : m_state.appSets)
        stepAppSet(set, now);
}

void RollingSyncController::stepAppSet(SimAppSet &set, const QDateTime &now)
{
    const QJsonArray steps = set.object.value("spec"_L1)
                                 .toObject()
                                 .value("strategy"_L1)
                                 .toObject()
                                 .value("rollingSync"_L1)
                                 .toObject()
                                 .value("steps"_L1)
                                 .toArray();
    bool changed = false;
    QMap<int, QStringList> byStep;
    for (const QString &key : std::as_const(set.appKeys)) {
        SimApp *app = m_state.app(key);
        if (!app)
            continue;
        const QJsonObject status = app->status();
        const QString sync = status.value("sync"_L1).toObject().value("status"_L1).toString();
        const QString revision = status.value("sync"_L1).toObject().value("revision"_L1).toString();
        const bool healthy =
            status.value("health"_L1).toObject().value("status"_L1).toString() == "Healthy"_L1;
        const int step =
            stepOf(steps, app->object.value("metadata"_L1).toObject().value("labels"_L1).toObject());
        byStep[step] << key;
        const QJsonObject previous = set.statuses.value(key);
        const QString was = previous.value("status"_L1).toString();
        const bool revisionChanged =
            !previous.isEmpty() &&
            previous.value("targetrevisions"_L1).toArray().first().toString() != revision;
        QJsonObject next;
        if (previous.isEmpty() || revisionChanged || (was == "Healthy"_L1 && sync != "Synced"_L1)) {
            if (sync == "Synced"_L1)
                next = entry(
                    app->name(), healthy ? u"Healthy"_s : u"Progressing"_s, step,
                    u"Application resource is already %1"_s.arg(healthy ? u"Healthy"_s : u"Progressing"_s),
                    revision, now);
            else
                next = entry(app->name(), u"Waiting"_s, step,
                             u"Application has pending changes, setting status to Waiting"_s, revision, now);
        } else if (was == "Waiting"_L1 && sync == "Synced"_L1) {
            next = entry(app->name(), healthy ? u"Healthy"_s : u"Progressing"_s, step,
                         u"Application resource is already synced"_s, revision, now);
        } else if (was == "Pending"_L1 && app->hasOperation()) {
            next = entry(
                app->name(), u"Progressing"_s, step,
                u"Application resource became Progressing, updating status from Pending to Progressing"_s,
                revision, now);
        } else if (was == "Progressing"_L1 && sync == "Synced"_L1 && healthy && !app->hasOperation()) {
            next =
                entry(app->name(), u"Healthy"_s, step,
                      u"Application resource became Healthy, updating status from Progressing to Healthy"_s,
                      revision, now);
        }
        if (!next.isEmpty()) {
            set.statuses.insert(key, next);
            changed = true;
        }
    }
    // The current step: the first with an app not Healthy. Its Waiting apps are synced while
    // the ones under way stay below maxUpdate.
    int current = 0;
    for (auto it = byStep.cbegin(); it != byStep.cend() && current == 0; ++it) {
        if (it.key() < 1)
            continue;
        for (const QString &key : it.value())
            if (set.statuses.value(key).value("status"_L1).toString() != "Healthy"_L1)
                current = it.key();
    }
    if (current > 0) {
        const QStringList keys = byStep.value(current);
        int underWay = 0;
        for (const QString &key : keys) {
            const QString status = set.statuses.value(key).value("status"_L1).toString();
            underWay += status == "Pending"_L1 || status == "Progressing"_L1 ? 1 : 0;
        }
        const int maxUpdate = maxUpdateOf(steps.at(current - 1).toObject(), int(keys.size()));
        for (const QString &key : keys) {
            QJsonObject status = set.statuses.value(key);
            if (underWay >= maxUpdate || status.value("status"_L1).toString() != "Waiting"_L1)
                continue;
            SimApp *app = m_state.app(key);
            // Like a UI click: sync windows apply, and a running operation is left alone.
            if (!app || app->hasOperation() || !m_controller.syncDecision(*app, true, now).canSync)
                continue;
            const QString revision = status.value("targetrevisions"_L1).toArray().first().toString();
            m_controller.startOperation(
                *app,
                {{u"sync"_s, QJsonObject{{u"revision"_s, revision}}},
                 {u"initiatedBy"_s,
                  QJsonObject{{u"username"_s, u"applicationset-controller"_s}, {u"automated"_s, true}}},
                 {u"info"_s,
                  QJsonArray{QJsonObject{{u"name"_s, u"Reason"_s},
                                         {u"value"_s, u"ApplicationSet RollingSync triggered a sync of this "
                                                      "Application resource"_s}}}}});
            set.statuses.insert(key,
                                entry(app->name(), u"Pending"_s, current,
                                      u"Application moved to Pending status, watching for the Application "
                                      "resource to start Progressing"_s,
                                      revision, now));
            ++underWay;
            changed = true;
        }
    }
    const QJsonObject condition{
        {u"type"_s, u"RolloutProgressing"_s},
        {u"status"_s, current > 0 ? u"True"_s : u"False"_s},
        {u"reason"_s, current > 0 ? u"ApplicationSetModified"_s : u"ApplicationSetRolloutComplete"_s},
        {u"message"_s, current > 0 ? u"ApplicationSet is performing rollout of step %1"_s.arg(current)
                                   : u"ApplicationSet Rollout has completed"_s},
        {u"lastTransitionTime"_s, timeText(now)}};
    const QJsonObject old = set.conditions.isEmpty() ? QJsonObject() : set.conditions.first().toObject();
    if (old.value("message"_L1) != condition.value("message"_L1)) {
        set.conditions = QJsonArray{condition};
        changed = true;
    }
    if (changed)
        set.resourceVersion = m_state.nextVersion();
}

} // namespace sextant::fleetsim
