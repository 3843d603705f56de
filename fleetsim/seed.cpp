#include "fleetsim/seed.h"

#include "model/support/yamltojson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace sextant::fleetsim {

namespace {

using Vars = QMap<QString, QString>;

QString expand(QString text, const Vars &vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), scalarText(it.value()));
    return map;
}

// A large custom resource, so diffs and lists meet a realistic heavyweight.
QByteArray largeCustomResource(const QJsonObject &spec, const Vars &vars)
{
    const int entries = spec.value(QStringLiteral("entries")).toInt(500);
    QByteArray yaml;
    yaml +=
        "apiVersion: " + expand(spec.value(QStringLiteral("apiVersion")).toString(), vars).toUtf8() + '\n';
    yaml += "kind: " + spec.value(QStringLiteral("kind")).toString().toUtf8() + '\n';
    yaml +=
        "metadata:\n  name: " + expand(spec.value(QStringLiteral("name")).toString(), vars).toUtf8() + '\n';
    yaml += "spec:\n  analyzer: standard\n  replicas: " +
            vars.value(QStringLiteral("replicas"), QStringLiteral("1")).toUtf8() + "\n  fields:\n";
    for (int i = 0; i < entries; ++i) {
        const QByteArray n = QByteArray::number(i);
        yaml += "  - name: field_" + n + "\n    type: " +
                (i % 3 == 0   ? "keyword"
                 : i % 3 == 1 ? "text"
                              : "long") +
                "\n    boost: " + QByteArray::number(1 + i % 5) +
                "\n    stored: " + (i % 2 ? "true" : "false") + '\n';
    }
    return yaml;
}

// A value given once or per environment ({dev: …, prod: …, default: …}).
QJsonValue perEnvironment(const QJsonValue &value, const QString &env)
{
    if (!value.isObject())
        return value;
    const QJsonObject byEnv = value.toObject();
    return byEnv.contains(env) ? byEnv.value(env) : byEnv.value(QStringLiteral("default"));
}

struct Parser {
    QMap<QString, Vars> environments;
    FleetSeed seed;
    QString error;

    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    // Expands a file map over environments when the path names {env}.
    void addFiles(SeedCommit &commit, const QString &pathTemplate, const std::optional<QByteArray> &content,
                  const std::function<QByteArray(const Vars &)> &generate = {})
    {
        const bool perEnv = pathTemplate.contains(QStringLiteral("{env}"));
        const QStringList envs = perEnv ? environments.keys() : QStringList{QString()};
        for (const QString &env : envs) {
            Vars vars = environments.value(env);
            if (perEnv)
                vars.insert(QStringLiteral("env"), env);
            const QString path = expand(pathTemplate, vars);
            if (generate)
                commit.files.insert(path, generate(vars));
            else if (content)
                commit.files.insert(path, expand(QString::fromUtf8(*content), vars).toUtf8());
            else
                commit.files.insert(path, std::nullopt);
        }
    }

    bool parseRepositories(const QJsonArray &repos)
    {
        for (const QJsonValue &r : repos) {
            const QJsonObject repo = r.toObject();
            SeedRepository out;
            out.name = repo.value(QStringLiteral("name")).toString();
            if (out.name.isEmpty())
                return fail(QStringLiteral("a repository has no name"));
            out.branch = repo.value(QStringLiteral("branch")).toString(QStringLiteral("main"));
            for (const QJsonValue &c : repo.value(QStringLiteral("commits")).toArray()) {
                const QJsonObject commit = c.toObject();
                SeedCommit sc;
                sc.message = commit.value(QStringLiteral("message")).toString();
                const QString author = commit.value(QStringLiteral("author"))
                                           .toString(QStringLiteral("Fleet Seed <seed@fleetsim.invalid>"));
                const qsizetype lt = author.indexOf(u'<');
                sc.authorName = lt > 0 ? author.left(lt).trimmed() : author;
                sc.authorEmail =
                    lt > 0 ? author.mid(lt + 1).chopped(1) : QStringLiteral("seed@fleetsim.invalid");
                const QJsonObject files = commit.value(QStringLiteral("files")).toObject();
                for (auto it = files.begin(); it != files.end(); ++it) {
                    if (it.value().isNull())
                        addFiles(sc, it.key(), std::nullopt);
                    else
                        addFiles(sc, it.key(), it.value().toString().toUtf8());
                }
                for (const QJsonValue &g : commit.value(QStringLiteral("largeCustomResources")).toArray()) {
                    const QJsonObject spec = g.toObject();
                    addFiles(sc, spec.value(QStringLiteral("path")).toString(), std::nullopt,
                             [spec](const Vars &vars) { return largeCustomResource(spec, vars); });
                }
                if (sc.message.isEmpty() || sc.files.isEmpty())
                    return fail(QStringLiteral("repository %1: every commit needs a message and files")
                                    .arg(out.name));
                out.commits.append(sc);
            }
            if (out.commits.isEmpty())
                return fail(QStringLiteral("repository %1 has no commits").arg(out.name));
            seed.repositories.append(out);
        }
        return true;
    }

    QStringList clustersFor(const QJsonObject &app)
    {
        if (app.contains(QStringLiteral("cluster")))
            return {app.value(QStringLiteral("cluster")).toString()};
        QStringList names;
        for (const QJsonValue &v : app.value(QStringLiteral("clusters")).toArray())
            names << v.toString();
        const Vars selector = stringMap(app.value(QStringLiteral("clusterSelector")));
        if (!selector.isEmpty()) {
            for (const SeedCluster &cluster : std::as_const(seed.clusters)) {
                bool match = true;
                for (auto it = selector.cbegin(); it != selector.cend(); ++it)
                    match = match && cluster.labels.value(it.key()) == it.value();
                if (match)
                    names << cluster.name;
            }
        }
        return names;
    }

    bool parseApplications(const QJsonArray &apps)
    {
        for (const QJsonValue &a : apps) {
            const QJsonObject app = a.toObject();
            const QString nameTemplate = app.value(QStringLiteral("name")).toString();
            const QStringList clusters = clustersFor(app);
            if (nameTemplate.isEmpty() || clusters.isEmpty())
                return fail(QStringLiteral("application %1: needs a name and a cluster").arg(nameTemplate));
            for (const QString &clusterName : clusters) {
                const auto cluster =
                    std::find_if(seed.clusters.cbegin(), seed.clusters.cend(),
                                 [&](const SeedCluster &c) { return c.name == clusterName; });
                if (cluster == seed.clusters.cend())
                    return fail(
                        QStringLiteral("application %1: unknown cluster %2").arg(nameTemplate, clusterName));
                Vars vars = cluster->labels;
                vars.insert(QStringLiteral("cluster"), cluster->name);
                SeedApplication out;
                out.name = expand(nameTemplate, vars);
                // `namespace` is the destination's; the app's own is `appNamespace` or metadata.namespace.
                out.appNamespace = expand(app.value(QStringLiteral("appNamespace"))
                                              .toString(app.value(QStringLiteral("metadata"))
                                                            .toObject()
                                                            .value(QStringLiteral("namespace"))
                                                            .toString()),
                                          vars);
                out.project = app.value(QStringLiteral("project")).toString(QStringLiteral("default"));
                out.repository = app.value(QStringLiteral("repo")).toString();
                const QString env = vars.value(QStringLiteral("env"));
                out.path = expand(perEnvironment(app.value(QStringLiteral("path")), env).toString(), vars);
                out.targetRevision =
                    app.value(QStringLiteral("targetRevision")).toString(QStringLiteral("main"));
                out.cluster = cluster->name;
                out.destinationNamespace = expand(app.value(QStringLiteral("namespace")).toString(), vars);
                const Vars labels = stringMap(app.value(QStringLiteral("labels")));
                for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                    out.labels.insert(it.key(), expand(it.value(), vars));
                // Per-environment policies: syncPolicy.<env> wins over syncPolicy.default.
                const QJsonObject policies = app.value(QStringLiteral("syncPolicy")).toObject();
                out.syncPolicy = policies.contains(env) ? policies.value(env).toObject()
                                 : policies.contains(QStringLiteral("default"))
                                     ? policies.value(QStringLiteral("default")).toObject()
                                     : policies;
                out.ignoreDifferences = app.value(QStringLiteral("ignoreDifferences")).toArray();
                const QJsonValue behind = app.value(QStringLiteral("deployedCommitsBehind"));
                out.deployedCommitsBehind =
                    behind.isObject() ? behind.toObject().value(env).toInt() : behind.toInt();
                if (!std::any_of(seed.repositories.cbegin(), seed.repositories.cend(),
                                 [&](const SeedRepository &r) { return r.name == out.repository; }))
                    return fail(QStringLiteral("application %1: unknown repository %2")
                                    .arg(out.name, out.repository));
                seed.applications.append(out);
            }
        }
        return true;
    }

    bool parse(const QJsonObject &root)
    {
        const QJsonObject envs = root.value(QStringLiteral("environments")).toObject();
        for (auto it = envs.begin(); it != envs.end(); ++it)
            environments.insert(it.key(), stringMap(it.value()));
        for (const QJsonValue &c : root.value(QStringLiteral("clusters")).toArray()) {
            const QJsonObject cluster = c.toObject();
            SeedCluster out{cluster.value(QStringLiteral("name")).toString(),
                            cluster.value(QStringLiteral("server")).toString(),
                            stringMap(cluster.value(QStringLiteral("labels")))};
            if (out.name.isEmpty() || out.server.isEmpty())
                return fail(QStringLiteral("every cluster needs a name and a server"));
            seed.clusters.append(out);
        }
        for (const QJsonValue &p : root.value(QStringLiteral("projects")).toArray()) {
            const QJsonObject project = p.toObject();
            seed.projects.append({project.value(QStringLiteral("name")).toString(),
                                  project.value(QStringLiteral("description")).toString(),
                                  project.value(QStringLiteral("sourceRepos")).toArray({QStringLiteral("*")}),
                                  project.value(QStringLiteral("destinations")).toArray(),
                                  project.value(QStringLiteral("syncWindows")).toArray()});
        }
        for (const QJsonValue &a : root.value(QStringLiteral("applicationSets")).toArray()) {
            const QJsonObject set = a.toObject();
            SeedApplicationSet out{set.value(QStringLiteral("name")).toString(),
                                   set.value(QStringLiteral("project")).toString(QStringLiteral("default")),
                                   stringMap(set.value(QStringLiteral("appLabels"))),
                                   set.value(QStringLiteral("steps")).toArray()};
            if (out.name.isEmpty() || out.appLabels.isEmpty() || out.steps.isEmpty())
                return fail(QStringLiteral("every applicationSet needs a name, appLabels and steps"));
            seed.applicationSets.append(out);
        }
        seed.scenarioPath = root.value(QStringLiteral("scenario")).toString();
        return parseRepositories(root.value(QStringLiteral("repositories")).toArray()) &&
               parseApplications(root.value(QStringLiteral("applications")).toArray());
    }
};

} // namespace

Result<FleetSeed> parseSeed(const QByteArray &yaml, const QString &baseDir)
{
    const Result<QJsonValue> document = parseYaml(yaml);
    if (!document)
        return Error{QStringLiteral("seed: %1").arg(document.errorMessage())};
    if (!document->isObject())
        return Error{QStringLiteral("seed: the document must be a mapping")};
    Parser parser;
    if (!parser.parse(document->toObject()))
        return Error{QStringLiteral("seed: %1").arg(parser.error)};
    if (!parser.seed.scenarioPath.isEmpty() && QFileInfo(parser.seed.scenarioPath).isRelative())
        parser.seed.scenarioPath = baseDir + u'/' + parser.seed.scenarioPath;
    return parser.seed;
}

Result<FleetSeed> loadSeed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read seed %1: %2").arg(path, file.errorString())};
    return parseSeed(file.readAll(), QFileInfo(path).absolutePath());
}

} // namespace sextant::fleetsim
