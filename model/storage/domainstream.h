#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"

#include <QDataStream>

// Binary encoding of the domain types for the on-disk fleet cache. Bump
// DomainStreamVersion whenever a field is added: an old cache is then ignored
// (it is only a cache), never misread.
namespace sextant {

inline constexpr quint32 DomainStreamVersion = 2;

QDataStream &operator<<(QDataStream &out, const ApplicationSource &v);
QDataStream &operator>>(QDataStream &in, ApplicationSource &v);
QDataStream &operator<<(QDataStream &out, const SyncPolicy &v);
QDataStream &operator>>(QDataStream &in, SyncPolicy &v);
QDataStream &operator<<(QDataStream &out, const ResourceStatus &v);
QDataStream &operator>>(QDataStream &in, ResourceStatus &v);
QDataStream &operator<<(QDataStream &out, const HistoryEntry &v);
QDataStream &operator>>(QDataStream &in, HistoryEntry &v);
QDataStream &operator<<(QDataStream &out, const OperationState &v);
QDataStream &operator>>(QDataStream &in, OperationState &v);
QDataStream &operator<<(QDataStream &out, const Condition &v);
QDataStream &operator>>(QDataStream &in, Condition &v);
QDataStream &operator<<(QDataStream &out, const Application &v);
QDataStream &operator>>(QDataStream &in, Application &v);
QDataStream &operator<<(QDataStream &out, const Cluster &v);
QDataStream &operator>>(QDataStream &in, Cluster &v);
QDataStream &operator<<(QDataStream &out, const SyncWindow &v);
QDataStream &operator>>(QDataStream &in, SyncWindow &v);
QDataStream &operator<<(QDataStream &out, const Project &v);
QDataStream &operator>>(QDataStream &in, Project &v);
QDataStream &operator<<(QDataStream &out, const Repository &v);
QDataStream &operator>>(QDataStream &in, Repository &v);

} // namespace sextant
