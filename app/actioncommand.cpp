#include "app/actioncommand.h"
#include "app/commandsupport.h"

#include "model/actions/actionservice.h"
#include "model/argocd/argocdbackend.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/storage/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

#include <unistd.h>

namespace sextant {

using namespace cli;

namespace {

enum ExitCode { ExitOk = 0, ExitPartial = 1, ExitUsage = 2, ExitConnection = 3 };

QString verb(const QString &command)
{
    if (command == QStringLiteral("pause"))
        return QStringLiteral("paused");
    if (command == QStringLiteral("resume"))
        return QStringLiteral("resumed");
    if (command == QStringLiteral("sync"))
        return QStringLiteral("synced");
    return QStringLiteral("rolled back");
}

void printOutcome(const QString &command, const BatchOutcome &outcome)
{
    printTo(stdout, QStringLiteral("%1 %2 of %3 apps in %4 ms (%5 failed, %6 skipped)")
                        .arg(verb(command))
                        .arg(outcome.succeeded.size())
                        .arg(outcome.total)
                        .arg(outcome.elapsedMs)
                        .arg(outcome.failed.size())
                        .arg(outcome.skipped.size()));
    for (const AppProblem &problem : outcome.failed)
        printTo(stdout, QStringLiteral("FAILED   %1: %2").arg(problem.target.label(), problem.message));
    for (const AppProblem &problem : outcome.skipped)
        printTo(stdout, QStringLiteral("SKIPPED  %1: %2").arg(problem.target.label(), problem.message));
    for (const QString &note : outcome.notes)
        printTo(stdout, QStringLiteral("NOTE     %1").arg(note));
}

} // namespace

bool isActionCommand(const char *word)
{
    for (const char *command : {"sync", "pause", "resume", "rollback"})
        if (qstrcmp(word, command) == 0)
            return true;
    return false;
}

int runActionCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the window, so the same database (journal and ledger).
    QCoreApplication::setOrganizationName(QStringLiteral("Sextant"));
    QCoreApplication::setApplicationName(QStringLiteral("Sextant"));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sextant.*=false"));
    const QString command = QString::fromLocal8Bit(argv[1]);
    const QString prefix = QStringLiteral("sextant %1: ").arg(command);
    const auto fail = [&](const QString &message, int code) {
        printTo(stderr, prefix + message);
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sync, pause or resume auto-sync, or roll back apps through Argo CD, journaled."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("context"), QStringLiteral("argocd CLI context (repeat for several instances)."),
         QStringLiteral("name")},
        {QStringLiteral("server"), QStringLiteral("Argo CD server URL."), QStringLiteral("url")},
        {QStringLiteral("token"), QStringLiteral("Bearer token (else ARGOCD_AUTH_TOKEN)."),
         QStringLiteral("token")},
        {QStringLiteral("insecure"), QStringLiteral("Skip TLS certificate verification.")},
        {QStringLiteral("plaintext"), QStringLiteral("Use plain HTTP.")},
        {QStringLiteral("scope"),
         QStringLiteral("fleet, instance[=NAME], cluster=NAME, project=NAME or app=[NAMESPACE/]NAME."),
         QStringLiteral("scope")},
        {QStringLiteral("reason"), QStringLiteral("Why (written to the journal and on the apps)."),
         QStringLiteral("text")},
        {QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")},
        {QStringLiteral("to"), QStringLiteral("rollback: the history id to roll back to."),
         QStringLiteral("id")},
        {QStringLiteral("store"), QStringLiteral("The local database (default: Sextant's own)."),
         QStringLiteral("path")},
        {QStringLiteral("deny-window"),
         QStringLiteral("pause: also add a deny sync window to the projects.")},
        {QStringLiteral("continue-on-failure"), QStringLiteral("sync: go on after an app fails.")},
        {QStringLiteral("prune"), QStringLiteral("sync: prune resources that are no longer in Git.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("sync, pause, resume or rollback"));
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(
            QStringLiteral("unexpected arguments: %1").arg(parser.positionalArguments().mid(1).join(u' ')),
            ExitUsage);
    QString scopeError;
    if (!parser.isSet(QStringLiteral("scope")))
        return fail(
            QStringLiteral("say what to act on: --scope fleet|instance|cluster=NAME|project=NAME|app=NAME"),
            ExitUsage);
    ActionScope scope = ActionScope::parse(parser.value(QStringLiteral("scope")), &scopeError);
    if (!scopeError.isEmpty())
        return fail(scopeError, ExitUsage);
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return fail(QStringLiteral("say why: --reason TEXT (it is journaled and written on the apps)"),
                    ExitUsage);
    qint64 historyId = -1;
    if (command == QStringLiteral("rollback")) {
        bool ok = false;
        historyId = parser.value(QStringLiteral("to")).toLongLong(&ok);
        if (!ok || historyId < 0)
            return fail(QStringLiteral("say which deployment to roll back to: --to HISTORY_ID"), ExitUsage);
        if (scope.kind != ActionScope::Kind::Application)
            return fail(QStringLiteral("a rollback is for one app: --scope app=NAME"), ExitUsage);
    }
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (!yes && !isatty(STDIN_FILENO))
        return fail(
            QStringLiteral("refusing to act without confirmation: there is no terminal to ask on. Pass "
                           "--yes to confirm in a script."),
            ExitUsage);
    QString instanceError;
    const auto configs = instancesFrom(parser, &instanceError);
    if (!configs)
        return fail(instanceError, ExitUsage);

    FleetStore store;
    FleetConnector connector(&store);
    if (auto connected = connectAll(connector, *configs); !connected)
        return fail(connected.errorMessage(), ExitConnection);
    store.flush();
    if (scope.kind == ActionScope::Kind::Instance && scope.name.isEmpty()) {
        if (configs->size() != 1)
            return fail(QStringLiteral("--scope instance needs a name when there are several: instance=NAME"),
                        ExitUsage);
        scope = ActionScope::ofInstance(configs->constFirst().name);
    }

    const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                    : LocalStore::defaultPath();
    ActionService service(&store, &connector, storePath);
    if (const std::optional<QString> storeError = startActionService(service))
        return fail(QStringLiteral("the local database %1 cannot be used: %2").arg(storePath, *storeError),
                    ExitUsage);

    if (const InterruptedWork work = service.interruptedWork(); !work.isEmpty())
        printTo(stderr,
                prefix + QStringLiteral("found interrupted work (%1 pauses, %2 resumes not confirmed); this "
                                        "run completes it")
                             .arg(work.pendingPauses)
                             .arg(work.pendingResumes));

    const QList<ActionTarget> targets = service.resolveScope(scope);
    if (targets.isEmpty() && command != QStringLiteral("resume"))
        return fail(QStringLiteral("no app matches %1").arg(scope.describe()), ExitUsage);
    if (command == QStringLiteral("rollback") && targets.size() != 1)
        return fail(QStringLiteral("%1 matches %2 apps; name one (app=NAME on one instance)")
                        .arg(scope.describe())
                        .arg(targets.size()),
                    ExitUsage);
    QStringList counts;
    for (const ScopeCount &count : service.countScope(scope))
        counts << QStringLiteral("%1: %2 apps (%3 auto-syncing)")
                      .arg(count.instance)
                      .arg(count.apps)
                      .arg(count.autoSyncOn);
    printTo(stderr,
            prefix + QStringLiteral("%1 — %2").arg(scope.describe(), counts.join(QStringLiteral("; "))));
    if (!yes && !confirm(QStringLiteral("%1 %2?").arg(command, scope.describe())))
        return fail(QStringLiteral("cancelled"), ExitUsage);

    const Approval approval{reason, {}, QStringLiteral("approved on the command line (--yes)"), true};
    int exitCode = ExitOk;
    QEventLoop done;
    QObject::connect(&service, &ActionService::batchFinished, &done, [&](const BatchOutcome &outcome) {
        if (command == QStringLiteral("rollback"))
            return; // the rollback's own pause
        printOutcome(command, outcome);
        exitCode = outcome.failed.isEmpty() ? ExitOk : ExitPartial;
        done.quit();
    });
    QObject::connect(&service, &ActionService::actionFinished, &done, [&](const ActionOutcome &outcome) {
        if (command != QStringLiteral("rollback"))
            return;
        printTo(stdout, outcome.ok ? outcome.message : QStringLiteral("FAILED   %1").arg(outcome.message));
        exitCode = outcome.ok ? ExitOk : ExitPartial;
        done.quit();
    });
    if (command == QStringLiteral("pause")) {
        PauseOptions options;
        options.addDenyWindows = parser.isSet(QStringLiteral("deny-window"));
        service.pause(scope, reason, options);
    } else if (command == QStringLiteral("resume")) {
        service.resume(scope, reason);
    } else if (command == QStringLiteral("sync")) {
        QStringList keys;
        for (const ActionTarget &target : targets)
            keys << target.appKey;
        SyncOptions options;
        options.prune = parser.isSet(QStringLiteral("prune"));
        service.syncSelection(keys, options, approval, parser.isSet(QStringLiteral("continue-on-failure")));
    } else {
        service.rollback(targets.constFirst().appKey, historyId, approval);
    }
    done.exec();
    return exitCode;
}

} // namespace sextant
