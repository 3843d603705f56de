#include "fleetsim/generator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sextant::fleetsim {

namespace {

constexpr int ServiceTemplates = 20;
constexpr int Teams = 10;

QByteArray serviceManifests(int service)
{
    const QByteArray name = "svc-" + QByteArray::number(service).rightJustified(2, '0');
    const QByteArray image =
        "registry.example.org/fleet/" + name + ":1." + QByteArray::number(service % 7) + ".0";
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name +
           "\n  labels:\n    app: " + name + "\nspec:\n  replicas: " + QByteArray::number(1 + service % 3) +
           "\n  selector:\n    matchLabels:\n      app: " + name +
           "\n  template:\n    metadata:\n      labels:\n        app: " + name +
           "\n    spec:\n      containers:\n      - name: main\n        image: " + image +
           "\n        ports:\n        - containerPort: 8080\n        resources:\n          requests:\n       "
           "     cpu: 100m\n"
           "            memory: 128Mi\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " +
           name + "\nspec:\n  selector:\n    app: " + name +
           "\n  ports:\n  - port: 80\n    targetPort: 8080\n---\n"
           "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " +
           name +
           "-config\ndata:\n  LOG_LEVEL: info\n"
           "  FEATURE_FLAGS: checkout,search\n---\napiVersion: autoscaling/v2\nkind: "
           "HorizontalPodAutoscaler\nmetadata:\n"
           "  name: " +
           name +
           "\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: " + name +
           "\n  minReplicas: 1\n  maxReplicas: 5\n";
}

} // namespace

Result<FleetSeed> generateSeed(const QString &spec)
{
    int clusters = 0, apps = 0, outOfSync = 0;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const int value = part.section(u'=', 1).trimmed().toInt(&ok);
        if (!ok || value <= 0)
            return Error{QStringLiteral("--generate: '%1' is not key=positive-number").arg(part)};
        if (key == QStringLiteral("clusters"))
            clusters = value;
        else if (key == QStringLiteral("apps"))
            apps = value;
        else if (key == QStringLiteral("outofsync"))
            outOfSync = value;
        else
            return Error{QStringLiteral("--generate: unknown key '%1' (use clusters=N,apps=N[,outofsync=N])")
                             .arg(key)};
    }
    if (clusters == 0 || apps == 0)
        return Error{QStringLiteral("--generate needs clusters=N,apps=N")};
    if (outOfSync > apps)
        return Error{
            QStringLiteral("--generate: outofsync=%1 is more than apps=%2").arg(outOfSync).arg(apps)};

    FleetSeed seed;
    static const char *envs[] = {"dev", "staging", "prod"};
    static const char *regions[] = {"eu", "us", "ap"};
    for (int c = 0; c < clusters; ++c) {
        const QString name = QStringLiteral("cluster-%1").arg(c, 3, 10, QLatin1Char('0'));
        seed.clusters.append({name,
                              QStringLiteral("https://%1.k8s.internal:6443").arg(name),
                              {{QStringLiteral("env"), QLatin1StringView(envs[c % 3])},
                               {QStringLiteral("region"), QLatin1StringView(regions[(c / 3) % 3])}}});
    }
    for (int t = 0; t < Teams; ++t)
        seed.projects.append({QStringLiteral("team-%1").arg(t),
                              QStringLiteral("Generated team %1").arg(t),
                              QJsonArray{QStringLiteral("*")},
                              {},
                              {}});
    SeedRepository repo;
    repo.name = QStringLiteral("generated");
    SeedCommit commit{QStringLiteral("Generated services"),
                      QStringLiteral("Fleet Generator"),
                      QStringLiteral("generator@fleetsim.invalid"),
                      {}};
    for (int s = 0; s < ServiceTemplates; ++s)
        commit.files.insert(QStringLiteral("services/svc-%1/manifests.yaml").arg(s, 2, 10, QLatin1Char('0')),
                            serviceManifests(s));
    repo.commits.append(commit);
    if (outOfSync > 0) {
        // A release of every service; the out-of-sync apps run the one before (manual sync).
        SeedCommit release{
            QStringLiteral("Release every service"), commit.authorName, commit.authorEmail, {}};
        for (auto it = commit.files.cbegin(); it != commit.files.cend(); ++it)
            release.files.insert(it.key(), QByteArray(*it.value()).replace(".0\n", ".1\n"));
        repo.commits.append(release);
    }
    seed.repositories.append(repo);

    const QJsonObject autoSync{
        {QStringLiteral("automated"),
         QJsonObject{{QStringLiteral("prune"), true}, {QStringLiteral("selfHeal"), true}}},
        {QStringLiteral("syncOptions"), QJsonArray{QStringLiteral("CreateNamespace=true")}}};
    for (int a = 0; a < apps; ++a) {
        const SeedCluster &cluster = seed.clusters[a % clusters];
        const int service = a % ServiceTemplates;
        SeedApplication app;
        app.name = QStringLiteral("app-%1").arg(a, 5, 10, QLatin1Char('0'));
        app.project = QStringLiteral("team-%1").arg(a % Teams);
        app.repository = repo.name;
        app.path = QStringLiteral("services/svc-%1").arg(service, 2, 10, QLatin1Char('0'));
        app.targetRevision = QStringLiteral("main");
        app.cluster = cluster.name;
        // One namespace per app within its cluster: two apps never own the same object
        // (which would keep both out of sync, fighting over it).
        app.destinationNamespace = QStringLiteral("ns-%1").arg(a / clusters);
        app.labels = {{QStringLiteral("team"), app.project},
                      {QStringLiteral("env"), cluster.labels.value(QStringLiteral("env"))},
                      {QStringLiteral("region"), cluster.labels.value(QStringLiteral("region"))}};
        // outofsync=N: every (apps/N)-th app, spread over the fleet.
        const bool drifted =
            outOfSync > 0 && a % (apps / outOfSync) == 0 && a / (apps / outOfSync) < outOfSync;
        if (drifted)
            app.deployedCommitsBehind = 1;
        else if (a % 4 != 0)
            app.syncPolicy = autoSync;
        seed.applications.append(app);
    }
    return seed;
}

} // namespace sextant::fleetsim
