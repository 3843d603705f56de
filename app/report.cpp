#include "app/report.h"

#include "model/argocd/argocdbackend.h"
#include "model/domain/placement.h"
#include "model/domain/resourcetree.h"
#include "model/git/gitlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <tuple>

#include <cstdio>

namespace sextant {

namespace {

QString clusterName(const FleetSnapshot &snapshot, const Application &app)
{
    return clusterNameOf(app, snapshot.clusters);
}

QList<const Application *> selected(const FleetSnapshot &snapshot, ReportKind kind)
{
    QList<const Application *> apps;
    for (const Application &app : snapshot.applications)
        if (kind == ReportKind::Fleet || app.syncStatus == SyncStatus::OutOfSync)
            apps << &app;
    std::sort(apps.begin(), apps.end(), [](const Application *a, const Application *b) {
        return std::tie(a->name, a->ns, a->instance) < std::tie(b->name, b->ns, b->instance);
    });
    return apps;
}

// An app without a project belongs to "default", as Argo CD and its CLI treat it.
QString projectOf(const Application &app)
{
    return app.project.isEmpty() ? QStringLiteral("default") : app.project;
}

QList<const ResourceStatus *> driftedResources(const Application &app)
{
    QList<const ResourceStatus *> resources;
    for (const ResourceStatus &r : app.resources)
        if (r.status == SyncStatus::OutOfSync)
            resources << &r;
    return resources;
}

// The classified record of one drifted resource, when its app's managed resources were read.
const DriftRecord *recordOf(const QHash<AppRef, ReportDrift> &drift, const Application &app,
                            const ResourceStatus &resource)
{
    const auto it = drift.constFind(app.ref());
    if (it == drift.constEnd())
        return nullptr;
    const QString identity = resourceIdentity(resource.group, resource.kind, resource.ns, resource.name);
    for (const DriftRecord &record : it->records)
        if (record.classified && record.identity() == identity)
            return &record;
    return nullptr;
}

QString originOf(const DriftRecord *record)
{
    return record ? diff::toString(record->classification.origin) : QStringLiteral("unknown");
}

QString managerOf(const DriftRecord *record)
{
    return record ? record->classification.manager : QString();
}

QString changedAtOf(const DriftRecord *record)
{
    return record && record->classification.changedAt.isValid()
               ? record->classification.changedAt.toUTC().toString(Qt::ISODate)
               : QString();
}

QByteArray table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row[i].size());
        }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out += line.trimmed() + u'\n';
    }
    return out.toUtf8();
}

} // namespace

QByteArray formatReport(const FleetSnapshot &snapshot, const QString &serverVersion, ReportKind kind,
                        ReportFormat format, const QHash<AppRef, ReportDrift> &drift)
{
    const QList<const Application *> apps = selected(snapshot, kind);
    if (format == ReportFormat::Json) {
        QJsonArray items;
        for (const Application *app : apps) {
            QJsonObject item{{QStringLiteral("instance"), snapshot.instance},
                             {QStringLiteral("name"), app->name},
                             {QStringLiteral("appNamespace"), app->ns},
                             {QStringLiteral("project"), projectOf(*app)},
                             {QStringLiteral("cluster"), clusterName(snapshot, *app)},
                             {QStringLiteral("namespace"), app->destinationNamespace},
                             {QStringLiteral("syncStatus"), toString(app->syncStatus)},
                             {QStringLiteral("health"), toString(app->health)},
                             {QStringLiteral("autoSync"), toString(app->autoSync())},
                             {QStringLiteral("revision"), app->syncRevision}};
            if (kind == ReportKind::Drift) {
                QJsonArray resources;
                for (const ResourceStatus *r : driftedResources(*app)) {
                    const DriftRecord *record = recordOf(drift, *app, *r);
                    const QString changedAt = changedAtOf(record);
                    resources.append(
                        QJsonObject{{QStringLiteral("group"), r->group},
                                    {QStringLiteral("kind"), r->kind},
                                    {QStringLiteral("namespace"), r->ns},
                                    {QStringLiteral("name"), r->name},
                                    {QStringLiteral("requiresPruning"), r->requiresPruning},
                                    {QStringLiteral("origin"), originOf(record)},
                                    {QStringLiteral("manager"), managerOf(record)},
                                    {QStringLiteral("changedAt"),
                                     changedAt.isEmpty() ? QJsonValue() : QJsonValue(changedAt)}});
                }
                item.insert(QStringLiteral("resources"), resources);
                if (const QString error = drift.value(app->ref()).error; !error.isEmpty())
                    item.insert(QStringLiteral("driftError"), error);
            }
            items.append(item);
        }
        const QJsonObject instance{{QStringLiteral("name"), snapshot.instance},
                                   {QStringLiteral("version"), serverVersion},
                                   {QStringLiteral("applications"), int(snapshot.applications.size())}};
        return QJsonDocument(QJsonObject{{QStringLiteral("instances"), QJsonArray{instance}},
                                         {QStringLiteral("applications"), items}})
            .toJson(QJsonDocument::Indented);
    }
    QList<QStringList> rows;
    if (kind == ReportKind::Fleet) {
        rows << QStringList{
            QStringLiteral("INSTANCE"), QStringLiteral("NAME"),      QStringLiteral("PROJECT"),
            QStringLiteral("CLUSTER"),  QStringLiteral("NAMESPACE"), QStringLiteral("SYNC"),
            QStringLiteral("HEALTH"),   QStringLiteral("AUTO-SYNC"), QStringLiteral("REVISION")};
        for (const Application *app : apps)
            rows << QStringList{
                snapshot.instance,           app->ref().displayName(),  projectOf(*app),
                clusterName(snapshot, *app), app->destinationNamespace, toString(app->syncStatus),
                toString(app->health),       toString(app->autoSync()), app->syncRevision.left(7)};
        return table(rows);
    }
    rows << QStringList{
        QStringLiteral("INSTANCE"), QStringLiteral("APPLICATION"), QStringLiteral("CLUSTER"),
        QStringLiteral("KIND"),     QStringLiteral("NAMESPACE"),   QStringLiteral("NAME"),
        QStringLiteral("ORIGIN"),   QStringLiteral("MANAGER"),     QStringLiteral("CHANGED-AT")};
    for (const Application *app : apps)
        for (const ResourceStatus *r : driftedResources(*app)) {
            const DriftRecord *record = recordOf(drift, *app, *r);
            const QString manager = managerOf(record);
            const QString changedAt = changedAtOf(record);
            rows << QStringList{snapshot.instance,
                                app->ref().displayName(),
                                clusterName(snapshot, *app),
                                r->group.isEmpty() ? r->kind : r->kind + u'.' + r->group,
                                r->ns,
                                r->name,
                                originOf(record),
                                manager.isEmpty() ? QStringLiteral("-") : manager,
                                changedAt.isEmpty() ? QStringLiteral("-") : changedAt};
        }
    return table(rows);
}

int runReport(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sextant"));
    git::GitLibrary git;
    // Scripts read stderr as one line of reason; QT_LOGGING_RULES brings the log back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sextant.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print a controller's fleet or its drift, for scripts."));
    parser.addHelpOption();
    const QCommandLineOption context(QStringLiteral("context"), QStringLiteral("argocd CLI context."),
                                     QStringLiteral("name"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Argo CD server URL."),
                                    QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("Bearer token (else ARGOCD_AUTH_TOKEN)."),
                                   QStringLiteral("token"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      QStringLiteral("Skip TLS certificate verification."));
    const QCommandLineOption plaintext(QStringLiteral("plaintext"), QStringLiteral("Use plain HTTP."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json or table."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    parser.addOptions({context, server, token, insecure, plaintext, format});
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("report"));
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("fleet or drift"));
    parser.process(app);

    const auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "sextant report: %s\n", qPrintable(message));
        return code;
    };
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(1);
    if (what != QStringLiteral("fleet") && what != QStringLiteral("drift"))
        return fail(QStringLiteral("say what to report: fleet or drift"), 2);
    const QString formatName = parser.value(format);
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("table"))
        return fail(QStringLiteral("--format must be json or table"), 2);

    argocd::ConnectionOptions options;
    if (parser.isSet(context))
        options.contexts << parser.value(context);
    options.server = parser.value(server);
    options.token = parser.value(token);
    options.insecure = parser.isSet(insecure);
    options.plainText = parser.isSet(plaintext);
    options.source = QStringLiteral("command line");
    auto configs = argocd::instancesFromOptions(options, true);
    if (!configs)
        return fail(configs.errorMessage(), 2);
    if (configs->isEmpty())
        return fail(QStringLiteral("say which controller: --context NAME, or --server URL --token T"), 2);
    const argocd::InstanceConfig config = configs->first();

    const std::unique_ptr<ControllerBackend> backend = argocd::makeBackend(config);
    ControllerBackend &client = *backend;
    client.setRetryDelays(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    int exitCode = 1;
    bool loaded = false;
    FleetSnapshot fleet;
    QHash<AppRef, ReportDrift> drift;
    QList<const Application *> waiting; // out-of-sync apps whose managed resources are still to fetch
    int inFlight = 0;
    const auto print = [&] {
        const QByteArray out = formatReport(
            fleet, client.serverVersion(),
            what == QStringLiteral("drift") ? ReportKind::Drift : ReportKind::Fleet,
            formatName == QStringLiteral("json") ? ReportFormat::Json : ReportFormat::Table, drift);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        exitCode = 0;
        client.stop();
        QCoreApplication::quit();
    };
    // The drift report classifies each out-of-sync app's managed resources, a few requests at a time.
    std::function<void()> fetchMore = [&] {
        if (waiting.isEmpty() && inFlight == 0) {
            print();
            return;
        }
        while (inFlight < 3 && !waiting.isEmpty()) {
            const Application *target = waiting.takeFirst();
            ++inFlight;
            client.managedResources(target->ref(), [&, target](Result<QList<ManagedResource>> resources) {
                --inFlight;
                ReportDrift &entry = drift[target->ref()];
                if (!resources)
                    entry.error = target->ref().describeFailure(resources.error()).message;
                else
                    entry.records = DriftScanner::classify(*resources, *target, clusterName(fleet, *target));
                fetchMore();
            });
        }
    };
    QObject::connect(&client, &ControllerBackend::snapshotLoaded, &app, [&](const FleetSnapshot &snapshot) {
        if (loaded)
            return;
        loaded = true;
        fleet = snapshot;
        if (what != QStringLiteral("drift")) {
            print();
            return;
        }
        for (const Application &candidate : std::as_const(fleet.applications))
            if (candidate.syncStatus == SyncStatus::OutOfSync)
                waiting << &candidate;
        fetchMore();
    });
    QObject::connect(&client, &ControllerBackend::stateChanged, &app,
                     [&](ControllerBackend::State state, const QString &message) {
                         using State = ControllerBackend::State;
                         if (loaded || exitCode == 0 ||
                             (state != State::AuthFailed && state != State::Failed))
                             return;
                         exitCode = fail(message, state == State::AuthFailed ? 3 : 1);
                         client.stop();
                         QCoreApplication::quit();
                     });
    QTimer::singleShot(0, &client, [&client] { client.start(); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sextant
