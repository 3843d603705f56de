#include "app/commandsupport.h"

#include "model/actions/actionservice.h"
#include "model/argocd/argocdbackend.h"
#include "model/fleet/fleetconnector.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace sextant::cli {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

// The instances to talk to, from --context (repeatable), --server or the environment.
std::optional<QList<argocd::InstanceConfig>> instancesFrom(const QCommandLineParser &parser, QString *error)
{
    argocd::ConnectionOptions options;
    options.contexts = parser.values(QStringLiteral("context"));
    options.server = parser.value(QStringLiteral("server"));
    options.token = parser.value(QStringLiteral("token"));
    options.insecure = parser.isSet(QStringLiteral("insecure"));
    options.plainText = parser.isSet(QStringLiteral("plaintext"));
    options.source = QStringLiteral("command line");
    auto configs = argocd::instancesFromOptions(options, true);
    if (!configs) {
        *error = configs.errorMessage();
        return std::nullopt;
    }
    if (configs->isEmpty()) {
        *error =
            QStringLiteral("say which controller: --context NAME (repeatable), or --server URL --token T");
        return std::nullopt;
    }
    return *configs;
}

// Loads every instance's fleet into the store; an Error (exit 3) when one cannot be reached.
Status connectAll(FleetConnector &connector, const QList<argocd::InstanceConfig> &configs)
{
    QSet<QString> loaded;
    QHash<QString, int> failures;
    std::optional<Error> failure;
    QEventLoop loop;
    for (const argocd::InstanceConfig &config : configs) {
        auto backend = argocd::makeBackend(config);
        backend->setRetryDelays(std::chrono::milliseconds(200), std::chrono::milliseconds(200));
        ControllerBackend *raw = backend.get();
        QObject::connect(raw, &ControllerBackend::snapshotLoaded, &loop, [&, name = config.name] {
            loaded.insert(name);
            if (loaded.size() == configs.size())
                loop.quit();
        });
        QObject::connect(raw, &ControllerBackend::stateChanged, &loop,
                         [&, name = config.name](ControllerBackend::State state, const QString &message) {
                             using State = ControllerBackend::State;
                             if (loaded.contains(name) ||
                                 (state != State::AuthFailed && state != State::Failed))
                                 return;
                             // A refused token is final; a failed load is tried three times.
                             if (state == State::Failed && ++failures[name] < 3)
                                 return;
                             failure = Error{QStringLiteral("%1: %2").arg(name, message)};
                             loop.quit();
                         });
        connector.addBackend(std::move(backend)); // starts it
    }
    QTimer::singleShot(std::chrono::minutes(2), &loop, [&] {
        failure = Error{QStringLiteral("the controllers did not answer within 2 minutes")};
        loop.quit();
    });
    loop.exec();
    if (failure)
        return *failure;
    return success();
}

bool confirm(const QString &question)
{
    std::fputs(qPrintable(question + QStringLiteral(" Type yes to go on: ")), stderr);
    std::fflush(stderr);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return QString::fromLocal8Bit(line).trimmed() == QStringLiteral("yes");
}

std::optional<QString> startActionService(ActionService &service)
{
    {
        QSettings settings;
        service.setProtectionRules(ProtectionRules::load(settings));
    }
    QEventLoop ready;
    std::optional<QString> storeError;
    QObject::connect(&service, &ActionService::ready, &ready, &QEventLoop::quit);
    QObject::connect(&service, &ActionService::storeFailed, &ready, [&](const QString &why) {
        storeError = why;
        ready.quit();
    });
    service.start();
    ready.exec();
    return storeError;
}

} // namespace sextant::cli
