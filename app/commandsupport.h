#pragma once

// What the headless commands share: printing, the instances named on the command line,
// loading their fleets, and asking for confirmation on the terminal.
#include "model/argocd/instanceconfig.h"
#include "model/result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <cstdio>
#include <optional>

namespace sextant {
class ActionService;
class FleetConnector;
} // namespace sextant

namespace sextant::cli {

void printTo(FILE *stream, const QString &text); // one line, flushed

// The instances to talk to, from --context (repeatable), --server/--token, --insecure and
// --plaintext, or the environment; nullopt with `error` when none or a bad option.
std::optional<QList<argocd::InstanceConfig>> instancesFrom(const QCommandLineParser &parser, QString *error);

// Loads every instance's fleet into the connector's store; an Error when one cannot be reached.
Status connectAll(FleetConnector &connector, const QList<argocd::InstanceConfig> &configs);

// Applies the protection rules of the settings, opens the service's database and loads its
// ledger; the reason when the database cannot be used.
std::optional<QString> startActionService(ActionService &service);

// Asks on stderr and reads "yes" from stdin.
bool confirm(const QString &question);

} // namespace sextant::cli
