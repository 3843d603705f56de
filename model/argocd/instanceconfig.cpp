#include "model/argocd/instanceconfig.h"

#include "model/logging.h"
#include "model/support/yamltojson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sys/stat.h>

namespace sextant::argocd {

namespace {

QString homeDir(const QProcessEnvironment &env)
{
    const QString home = env.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

// JSON first (exact), else YAML (which also reads most JSON).
Result<QJsonObject> parseDocument(QByteArrayView text, const QString &path)
{
    const QByteArray trimmed = text.toByteArray().trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return document.object();
    }
    auto parsed = parseYaml(text);
    if (!parsed)
        return Error{
            QStringLiteral("The argocd config file %1 cannot be read: %2").arg(path, parsed.errorMessage())};
    if (parsed->isNull())
        return QJsonObject{};
    if (!parsed->isObject())
        return Error{QStringLiteral("The argocd config file %1 is not a mapping of settings.").arg(path)};
    return parsed->toObject();
}

QString stringOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

bool boolOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isString())
        return value.toString().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    return value.toBool();
}

// "host:port" (no scheme, as `argocd login` writes it), or a full URL.
QUrl serverUrl(const QString &address, bool plainText, const QString &rootPath)
{
    QString text = address.trimmed();
    if (!text.contains(QStringLiteral("://")))
        text = (plainText ? QStringLiteral("http://") : QStringLiteral("https://")) + text;
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString root = rootPath.trimmed().remove(QRegularExpression(QStringLiteral("^/+|/+$")));
    if (!root.isEmpty())
        url.setPath(u'/' + root);
    return url;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString argoCdCliConfigPath(const QProcessEnvironment &env)
{
    const QString configDir = env.value(QStringLiteral("ARGOCD_CONFIG_DIR"));
    if (!configDir.isEmpty())
        return QDir(configDir).filePath(QStringLiteral("config"));
    const QString home = homeDir(env);
    const QString legacy = QDir(home).filePath(QStringLiteral(".argocd"));
    if (QFileInfo::exists(legacy))
        return QDir(legacy).filePath(QStringLiteral("config"));
    const QString xdg = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty())
        return QDir(xdg).filePath(QStringLiteral("argocd/config"));
    return QDir(home).filePath(QStringLiteral(".config/argocd/config"));
}

Result<ArgoCdCliConfig> parseArgoCdCliConfig(QByteArrayView text, const QString &path)
{
    auto document = parseDocument(text, path);
    if (!document)
        return document.error();
    const QJsonObject &root = *document;

    ArgoCdCliConfig config;
    config.path = path;
    config.currentContext = stringOf(root, "current-context");

    QHash<QString, QJsonObject> servers;
    for (const QJsonValue &value : root.value(QStringLiteral("servers")).toArray()) {
        const QJsonObject server = value.toObject();
        servers.insert(stringOf(server, "server"), server);
    }
    QHash<QString, QJsonObject> users;
    for (const QJsonValue &value : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject user = value.toObject();
        users.insert(stringOf(user, "name"), user);
    }

    for (const QJsonValue &value : root.value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject context = value.toObject();
        const QString name = stringOf(context, "name");
        const QString serverName = stringOf(context, "server");
        const auto server = servers.constFind(serverName);
        if (server == servers.cend())
            return Error{
                QStringLiteral("The argocd config file %1 is inconsistent: context \"%2\" refers to the "
                               "server \"%3\", which is not listed under servers.")
                    .arg(path, name, serverName)};
        if (boolOf(*server, "core")) {
            qCInfo(lcArgoCd) << "skipping the core-mode context" << name << "of" << path
                             << "(it talks to Kubernetes, not to an Argo CD server)";
            continue;
        }

        InstanceConfig instance;
        instance.name = name;
        instance.plainText = boolOf(*server, "plain-text");
        instance.insecure = boolOf(*server, "insecure");
        instance.server = serverUrl(serverName, instance.plainText, stringOf(*server, "grpc-web-root-path"));
        if (!instance.server.isValid())
            return Error{QStringLiteral("The argocd config file %1 names the server \"%2\", which is not a "
                                        "valid host:port address.")
                             .arg(path, serverName)};
        const QString caData = stringOf(*server, "certificate-authority-data");
        if (!caData.isEmpty()) {
            auto decoded =
                QByteArray::fromBase64Encoding(caData.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return Error{
                    QStringLiteral("The argocd config file %1: certificate-authority-data of the server "
                                   "\"%2\" is not valid base64.")
                        .arg(path, serverName)};
            instance.caPem = *decoded;
        }
        const auto user = users.constFind(stringOf(context, "user"));
        if (user != users.cend())
            instance.token = stringOf(*user, "auth-token").trimmed();
        instance.source = path;
        config.contexts.append(instance);
    }
    return config;
}

Result<ArgoCdCliConfig> loadArgoCdCliConfig(const QProcessEnvironment &env)
{
    const QString path = argoCdCliConfigPath(env);
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return ArgoCdCliConfig{}; // never logged in: nothing to read
    const unsigned permissions = info.st_mode & 0777;
    if (permissions != 0600 && permissions != 0400)
        return Error{
            QStringLiteral("The argocd config file %1 has permissions %2, but it holds tokens and is only "
                           "read when it is private to you (0600 or 0400), as the argocd CLI requires. "
                           "Fix it with: chmod 600 %1")
                .arg(path, QString::number(permissions, 8).rightJustified(4, u'0'))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("The argocd config file %1 cannot be opened: %2").arg(path, file.errorString())};
    return parseArgoCdCliConfig(file.readAll(), path);
}

Result<QList<InstanceConfig>> readArgoCdCliConfig(const QProcessEnvironment &env)
{
    auto config = loadArgoCdCliConfig(env);
    if (!config)
        return config.error();
    return config->contexts;
}

Result<InstanceConfig> contextByName(const QString &name, const QProcessEnvironment &env)
{
    auto config = loadArgoCdCliConfig(env);
    if (!config)
        return config.error();
    for (const InstanceConfig &instance : std::as_const(config->contexts))
        if (instance.name == name)
            return instance;
    const QString where = config->path.isEmpty() ? argoCdCliConfigPath(env) : config->path;
    return Error{QStringLiteral(
                     "There is no argocd context \"%1\" in %2. Log in with: argocd login <server> --name %1")
                     .arg(name, where)};
}

Result<InstanceConfig> currentContext(const QProcessEnvironment &env)
{
    auto config = loadArgoCdCliConfig(env);
    if (!config)
        return config.error();
    if (config->currentContext.isEmpty())
        return Error{
            QStringLiteral("The argocd config %1 has no current context. Log in with: argocd login <server>")
                .arg(config->path.isEmpty() ? argoCdCliConfigPath(env) : config->path)};
    for (const InstanceConfig &instance : std::as_const(config->contexts))
        if (instance.name == config->currentContext)
            return instance;
    return Error{QStringLiteral("The current context \"%1\" of the argocd config %2 does not exist.")
                     .arg(config->currentContext, config->path)};
}

std::optional<InstanceConfig> instanceFromEnvironment(const QProcessEnvironment &env)
{
    const QString serverText = env.value(QStringLiteral("ARGOCD_SERVER")).trimmed();
    const QString token = env.value(QStringLiteral("ARGOCD_AUTH_TOKEN")).trimmed();
    if (serverText.isEmpty() && token.isEmpty())
        return std::nullopt;

    if (serverText.isEmpty()) {
        auto current = currentContext(env);
        if (!current) {
            qCWarning(lcArgoCd) << "ARGOCD_AUTH_TOKEN is set but there is no current argocd context:"
                                << current.errorMessage();
            return std::nullopt;
        }
        InstanceConfig instance = *current;
        instance.token = token;
        instance.source = QStringLiteral("environment (ARGOCD_AUTH_TOKEN) with %1").arg(current->source);
        return instance;
    }

    // The CLI names contexts after the server address: take TLS settings from one if present.
    InstanceConfig instance;
    if (auto context = contextByName(serverText, env))
        instance = *context;
    instance.name = serverText;
    if (!token.isEmpty())
        instance.token = token;
    instance.source = QStringLiteral("environment (ARGOCD_SERVER)");

    const bool hasScheme = serverText.contains(QStringLiteral("://"));
    const QUrl url = serverUrl(serverText, instance.plainText, QString());
    if (!url.isValid() ||
        (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))) {
        qCWarning(lcArgoCd) << "ARGOCD_SERVER is not a valid server address:" << serverText;
        return std::nullopt;
    }
    if (hasScheme) {
        // An explicit http:// is honoured on loopback only; the client refuses it elsewhere.
        instance.plainText = url.scheme() == QStringLiteral("http") && isLoopbackHost(url.host());
        instance.server = url;
    } else {
        instance.server = instance.server.isValid() && instance.server.authority() == url.authority()
                              ? instance.server // keeps the context's root path
                              : url;
    }
    return instance;
}

Result<QList<InstanceConfig>> instancesFromOptions(const ConnectionOptions &options, bool environmentFallback,
                                                   const QProcessEnvironment &env)
{
    QList<InstanceConfig> configs;
    if (!options.contexts.isEmpty()) {
        for (const QString &name : options.contexts) {
            auto context = contextByName(name, env);
            if (!context)
                return context.error();
            configs << *context;
        }
    } else if (!options.server.isEmpty()) {
        InstanceConfig config;
        QString url = options.server;
        if (!url.contains(QStringLiteral("://")))
            url.prepend(options.plainText ? QStringLiteral("http://") : QStringLiteral("https://"));
        config.server = QUrl(url);
        config.name = config.server.authority();
        config.token =
            options.token.isEmpty() ? env.value(QStringLiteral("ARGOCD_AUTH_TOKEN")) : options.token;
        config.source = options.source;
        configs << config;
    } else if (environmentFallback) {
        if (auto fromEnvironment = instanceFromEnvironment(env))
            configs << *fromEnvironment;
    }
    for (InstanceConfig &config : configs) {
        config.insecure = config.insecure || options.insecure;
        config.plainText =
            config.plainText || options.plainText || config.server.scheme() == QStringLiteral("http");
    }
    return configs;
}

} // namespace sextant::argocd
