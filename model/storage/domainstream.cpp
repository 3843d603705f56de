#include "model/storage/domainstream.h"

namespace sextant {

namespace {

template<typename E> void writeEnum(QDataStream &out, E value)
{
    out << quint8(value);
}

template<typename E> void readEnum(QDataStream &in, E &value)
{
    quint8 raw = 0;
    in >> raw;
    value = E(raw);
}

} // namespace

QDataStream &operator<<(QDataStream &out, const ApplicationSource &v)
{
    return out << v.repoUrl << v.path << v.targetRevision << v.chart;
}
QDataStream &operator>>(QDataStream &in, ApplicationSource &v)
{
    return in >> v.repoUrl >> v.path >> v.targetRevision >> v.chart;
}

QDataStream &operator<<(QDataStream &out, const SyncPolicy &v)
{
    return out << v.automated << v.enabled << v.prune << v.selfHeal << v.allowEmpty << v.syncOptions;
}
QDataStream &operator>>(QDataStream &in, SyncPolicy &v)
{
    return in >> v.automated >> v.enabled >> v.prune >> v.selfHeal >> v.allowEmpty >> v.syncOptions;
}

QDataStream &operator<<(QDataStream &out, const ResourceStatus &v)
{
    out << v.group << v.version << v.kind << v.ns << v.name;
    writeEnum(out, v.status);
    writeEnum(out, v.health);
    return out << v.healthMessage << v.requiresPruning;
}
QDataStream &operator>>(QDataStream &in, ResourceStatus &v)
{
    in >> v.group >> v.version >> v.kind >> v.ns >> v.name;
    readEnum(in, v.status);
    readEnum(in, v.health);
    return in >> v.healthMessage >> v.requiresPruning;
}

QDataStream &operator<<(QDataStream &out, const HistoryEntry &v)
{
    return out << v.id << v.revision << v.revisions << v.deployedAt << v.deployStartedAt << v.initiatedBy
               << v.automated << v.source;
}
QDataStream &operator>>(QDataStream &in, HistoryEntry &v)
{
    return in >> v.id >> v.revision >> v.revisions >> v.deployedAt >> v.deployStartedAt >> v.initiatedBy >>
           v.automated >> v.source;
}

QDataStream &operator<<(QDataStream &out, const OperationState &v)
{
    writeEnum(out, v.phase);
    return out << v.message << v.startedAt << v.finishedAt << v.revision << v.revisions << v.initiatedBy
               << v.automated << v.dryRun;
}
QDataStream &operator>>(QDataStream &in, OperationState &v)
{
    readEnum(in, v.phase);
    return in >> v.message >> v.startedAt >> v.finishedAt >> v.revision >> v.revisions >> v.initiatedBy >>
           v.automated >> v.dryRun;
}

QDataStream &operator<<(QDataStream &out, const Condition &v)
{
    return out << v.type << v.message;
}
QDataStream &operator>>(QDataStream &in, Condition &v)
{
    return in >> v.type >> v.message;
}

QDataStream &operator<<(QDataStream &out, const Application &v)
{
    out << v.instance << v.name << v.ns << v.project << v.uid << v.resourceVersion << v.createdAt << v.labels
        << v.annotations << v.sources << v.multiSource << v.destinationServer << v.destinationName
        << v.destinationNamespace << v.syncPolicy;
    writeEnum(out, v.syncStatus);
    out << v.syncRevision << v.syncRevisions;
    writeEnum(out, v.health);
    out << v.healthMessage << v.resources << v.history << bool(v.operationState);
    if (v.operationState)
        out << *v.operationState;
    return out << v.operationInProgress << v.conditions << v.reconciledAt << v.images
               << v.deletionRequestedAt;
}
QDataStream &operator>>(QDataStream &in, Application &v)
{
    in >> v.instance >> v.name >> v.ns >> v.project >> v.uid >> v.resourceVersion >> v.createdAt >>
        v.labels >> v.annotations >> v.sources >> v.multiSource >> v.destinationServer >> v.destinationName >>
        v.destinationNamespace >> v.syncPolicy;
    readEnum(in, v.syncStatus);
    in >> v.syncRevision >> v.syncRevisions;
    readEnum(in, v.health);
    bool hasOperation = false;
    in >> v.healthMessage >> v.resources >> v.history >> hasOperation;
    v.operationState.reset();
    if (hasOperation) {
        OperationState state;
        in >> state;
        v.operationState = state;
    }
    return in >> v.operationInProgress >> v.conditions >> v.reconciledAt >> v.images >> v.deletionRequestedAt;
}

QDataStream &operator<<(QDataStream &out, const Cluster &v)
{
    return out << v.instance << v.server << v.name << v.labels << v.connectionStatus << v.connectionMessage
               << v.serverVersion << qint32(v.applicationsCount);
}
QDataStream &operator>>(QDataStream &in, Cluster &v)
{
    qint32 count = 0;
    in >> v.instance >> v.server >> v.name >> v.labels >> v.connectionStatus >> v.connectionMessage >>
        v.serverVersion >> count;
    v.applicationsCount = count;
    return in;
}

QDataStream &operator<<(QDataStream &out, const SyncWindow &v)
{
    return out << v.kind << v.schedule << v.duration << v.applications << v.namespaces << v.clusters
               << v.manualSync << v.timeZone << v.andOperator << v.description << v.syncOverrun;
}
QDataStream &operator>>(QDataStream &in, SyncWindow &v)
{
    return in >> v.kind >> v.schedule >> v.duration >> v.applications >> v.namespaces >> v.clusters >>
           v.manualSync >> v.timeZone >> v.andOperator >> v.description >> v.syncOverrun;
}

QDataStream &operator<<(QDataStream &out, const Project &v)
{
    return out << v.instance << v.name << v.description << v.resourceVersion << v.syncWindows;
}
QDataStream &operator>>(QDataStream &in, Project &v)
{
    return in >> v.instance >> v.name >> v.description >> v.resourceVersion >> v.syncWindows;
}

QDataStream &operator<<(QDataStream &out, const Repository &v)
{
    return out << v.instance << v.url << v.type << v.name << v.project << v.connectionStatus
               << v.connectionMessage;
}
QDataStream &operator>>(QDataStream &in, Repository &v)
{
    return in >> v.instance >> v.url >> v.type >> v.name >> v.project >> v.connectionStatus >>
           v.connectionMessage;
}

} // namespace sextant
