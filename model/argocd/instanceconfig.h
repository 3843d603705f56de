#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace sextant::argocd {

// One controller endpoint (an Argo CD server) and how to reach it.
struct InstanceConfig {
    QString name;           // the argocd CLI context name, or the server as given in ARGOCD_SERVER
    QUrl server;            // https://host:port (http://host:port for plainText), path = root path if any
    QString token;          // the bearer token; empty until logged in
    QString caFile;         // a PEM file of extra CAs to trust
    QByteArray caPem;       // PEM of extra CAs to trust (certificate-authority-data, decoded)
    bool insecure = false;  // skip TLS verification
    bool plainText = false; // no TLS at all
    QString source;         // where it came from: the config file path, or "environment (ARGOCD_SERVER)"
};

// The argocd CLI config file, read the way the CLI reads it
// (Argo CD's util/localconfig/localconfig.go).
struct ArgoCdCliConfig {
    QString path;           // the file that was read; empty when there is none
    QString currentContext; // current-context
    QList<InstanceConfig> contexts;
};

// Where the CLI's config file is, first match wins: $ARGOCD_CONFIG_DIR/config;
// ~/.argocd/config when the directory ~/.argocd exists; $XDG_CONFIG_HOME/argocd/config;
// ~/.config/argocd/config. Like the CLI this picks the directory, not the first file
// that exists: the file itself may be missing.
QString argoCdCliConfigPath(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// Parses the config text (YAML or JSON). `path` is only used in messages and as the
// contexts' `source`. A context naming a server that is not listed is an error; one
// naming a missing user has no token. Contexts with `core: true` (which talk to
// Kubernetes directly, not to an API server) are skipped.
Result<ArgoCdCliConfig> parseArgoCdCliConfig(QByteArrayView text, const QString &path);

// Finds and parses the file. A file that does not exist gives an empty config (the CLI
// was never logged in); a file whose permissions are not exactly 0600 or 0400 is refused,
// as the CLI refuses it, with an Error that names the file and says `chmod 600 <file>`.
Result<ArgoCdCliConfig>
loadArgoCdCliConfig(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// Every usable context of the CLI config, in file order (empty when there is no file).
Result<QList<InstanceConfig>>
readArgoCdCliConfig(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// One context by its name; an Error when it does not exist ("Context x does not exist in …").
Result<InstanceConfig>
contextByName(const QString &name, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The context named by current-context; an Error when there is none.
Result<InstanceConfig>
currentContext(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The instance the environment names, as the CLI applies ARGOCD_SERVER and ARGOCD_AUTH_TOKEN:
// - ARGOCD_SERVER set: that server (host:port means https; a full http(s):// URL is taken as
//   given, http:// only becoming plainText for a loopback host). TLS settings come from a CLI
//   context of the same name when there is one; the token is ARGOCD_AUTH_TOKEN, else that
//   context's token.
// - only ARGOCD_AUTH_TOKEN set: the current context with that token.
// - neither: nullopt (also when the server is not a valid address).
std::optional<InstanceConfig>
instanceFromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// True for "localhost" and loopback addresses (127.0.0.0/8, ::1): plain HTTP is allowed there.
bool isLoopbackHost(const QString &host);

// Where a command line (the GUI's, `sextant report`, `sextant sync|pause|…`) says to connect.
struct ConnectionOptions {
    QStringList contexts; // --context, repeatable: argocd CLI contexts
    QString server;       // --server: https:// is assumed without a scheme (http:// with plainText)
    QString token;        // --token; empty: ARGOCD_AUTH_TOKEN
    bool insecure = false;
    bool plainText = false;
    QString source; // shown as where the instance came from
};
// The instances the options name: every context, else the server, else (with
// `environmentFallback`) ARGOCD_SERVER; an empty list when none is named. --insecure and
// --plaintext apply to every instance, whichever way it was named.
Result<QList<InstanceConfig>>
instancesFromOptions(const ConnectionOptions &options, bool environmentFallback,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace sextant::argocd
