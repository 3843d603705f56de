#pragma once

#include "model/domain/application.h"
#include "model/domain/controllerkind.h"
#include "model/domain/syncwindow.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace sextant {

// A destination cluster as a controller instance knows it (credentials never sent).
struct Cluster {
    QString instance;
    QString server;
    QString name;
    QMap<QString, QString> labels;
    QString connectionStatus; // Successful, Failed, Unknown
    QString connectionMessage;
    QString serverVersion;
    int applicationsCount = 0;
    ControllerKind controller = ControllerKind::ArgoCd; // the kind of `instance`
    bool operator==(const Cluster &) const = default;
};

struct Project {
    QString instance;
    QString name;
    QString description;
    qint64 resourceVersion = 0;
    QList<SyncWindow> syncWindows;
    ControllerKind controller = ControllerKind::ArgoCd; // the kind of `instance`
    bool operator==(const Project &o) const
    {
        return controller == o.controller && instance == o.instance && name == o.name &&
               description == o.description && resourceVersion == o.resourceVersion;
    }
};

struct Repository {
    QString instance;
    QString url;
    QString type; // git, helm, oci
    QString name;
    QString project;
    QString connectionStatus;
    QString connectionMessage;
    ControllerKind controller = ControllerKind::ArgoCd; // the kind of `instance`
    bool operator==(const Repository &) const = default;
};

// What a controller instance holds, in four lists: what a list of the instance,
// a snapshot and the on-disk cache each carry.
struct FleetObjects {
    QList<Application> applications;
    QList<Cluster> clusters;
    QList<Project> projects;
    QList<Repository> repositories;
};

} // namespace sextant
