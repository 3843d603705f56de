#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Binary encoding of one instance's fleet for the on-disk cache. Built for a
// fast start: every distinct string is stored once and shared (implicitly) by
// all the objects that use it, and the applications come in chunks that are
// decoded in parallel. Bump DomainStreamVersion whenever the layout changes: an
// old cache is then ignored (it is only a cache), never misread.
namespace sextant {

inline constexpr quint32 DomainStreamVersion = 3;

QByteArray encodeFleetObjects(const FleetObjects &fleet);
// nullopt when the payload is damaged or truncated.
std::optional<FleetObjects> decodeFleetObjects(QByteArrayView payload);

} // namespace sextant
