#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace sextant {

// Everything one controller instance holds at one moment: the result of a full list.
struct FleetSnapshot : FleetObjects {
    QString instance;
    qint64 resourceVersion = 0; // the application list's; the watch resumes from here
};

// One change of one application after the snapshot.
struct WatchEvent {
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Modified;
    Application application;
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::FleetSnapshot)
Q_DECLARE_METATYPE(sextant::WatchEvent)
