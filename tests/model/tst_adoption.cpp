// planAdoption against a real repository on disk: live values written into plain manifests,
// multi-document files, Kustomize patches and `images:` entries in place (golden texts), fields
// that cannot go in place listed with the YAML to add, Secrets refused; a plan committed with
// GitRepository and checked with the git CLI.
#include "model/diff/driftclassifier.h"
#include "model/diff/livefields.h"
#include "model/git/adoption.h"
#include "model/git/gitlibrary.h"
#include "model/git/gitrepository.h"
#include "model/support/yamledit.h"
#include "model/support/yamltojson.h"
#include "tests/model/gitcli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sextant::git::AdoptedField;
using sextant::git::AdoptionPlan;
using sextant::git::AdoptionRequest;
using sextant::git::GitRepository;

namespace {

const QByteArray plainManifests = R"(# The guestbook front end.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: 80 # http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2   # two is enough off-season
  template:
    spec:
      containers:
      - name: sidecar
        image: registry.test/proxy:1.0
      - name: web
        image: "registry.test/web:1.4.0"
        env:
        - {name: LOG_LEVEL, value: info}
)"_ba;

// The same text with the live values: only the edited scalars (and one added key) differ.
const QByteArray plainManifestsAdopted = R"(# The guestbook front end.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: 80 # http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
    hotfix: "true"
spec:
  replicas: 5   # two is enough off-season
  template:
    spec:
      containers:
      - name: sidecar
        image: registry.test/proxy:1.0
      - name: web
        image: "registry.test/web:1.4.1"
        env:
        - {name: LOG_LEVEL, value: debug}
)"_ba;

const QByteArray overlayKustomization = R"(# Production overlay: pinned.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base/web
patches:
  - path: resources.yaml
images:
  - name: registry.test/web
    newTag: "1.4.0"  # promoted from staging
)"_ba;

const QByteArray overlayPatch = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        resources:
          limits: {memory: 512Mi}
)"_ba;

const QByteArray baseDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: web
        image: registry.test/web:latest
)"_ba;

const QByteArray pinnedKustomization = R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base/web
images:
  - name: registry.test/web
    newTag: "1.4.0"
    digest: sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945
)"_ba;

AdoptedField field(const QString &text, const QStringList &yamlPath, const QJsonValue &value)
{
    return AdoptedField{text, yamlPath, value};
}

QStringList containerPath(const QString &container, const QString &leaf)
{
    return {u"spec"_s, u"template"_s, u"spec"_s, u"containers"_s, u"[name=%1]"_s.arg(container), leaf};
}

} // namespace

class AdoptionTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_base;
    std::optional<GitRepository> m_repository;

    AdoptionRequest deployment(const QString &path, const QList<AdoptedField> &fields) const
    {
        AdoptionRequest request;
        request.commit = m_base;
        request.sourcePath = path;
        request.appName = u"web-prod"_s;
        request.apiVersion = u"apps/v1"_s;
        request.kind = u"Deployment"_s;
        request.ns = u"shop"_s;
        request.name = u"web"_s;
        request.fields = fields;
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"fleet.git"_s);
        auto repository = GitRepository::initBare(m_path);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        m_repository.emplace(std::move(*repository));
        const QMap<QString, std::optional<QByteArray>> files = {
            {u"plain/web.yaml"_s, plainManifests},
            {u"plain/README.md"_s, "not a manifest\n"_ba},
            {u"base/web/kustomization.yaml"_s, "resources:\n  - deployment.yaml\n"_ba},
            {u"base/web/deployment.yaml"_s, baseDeployment},
            {u"envs/prod/kustomization.yaml"_s, overlayKustomization},
            {u"envs/prod/resources.yaml"_s, overlayPatch},
            {u"envs/pinned/kustomization.yaml"_s, pinnedKustomization},
        };
        const auto id =
            m_repository->commitFiles(u"main"_s, files, {u"The fleet"_s, u"Ada"_s, u"ada@example.org"_s, {}});
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        m_base = *id;
    }

    void literalScalarsStayTyped()
    {
        const auto edited = sextant::editYamlScalars(
            "a: 1\nb: x\nc: \"q\"\n",
            {{{u"a"_s}, u"5"_s, true}, {{u"b"_s}, u"true"_s, true}, {{u"c"_s}, u"7"_s, false}});
        QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
        QCOMPARE(*edited, "a: 5\nb: true\nc: \"7\"\n"_ba);
        const auto parsed = sextant::parseYaml(*edited);
        QCOMPARE(parsed->toObject().value(u"a"_s).toInteger(), 5);
        QCOMPARE(parsed->toObject().value(u"b"_s).toBool(), true);
        QCOMPARE(parsed->toObject().value(u"c"_s).toString(), u"7"_s);
        // Not a literal after all: written as the string it is.
        QCOMPARE(*sextant::editYamlScalars("a: 1\n", {{{u"a"_s}, u"5 apples"_s, true}}), "a: 5 apples\n"_ba);
    }

    void yamlPathsNameListItemsByName()
    {
        const QJsonObject live{
            {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"web"_s}}}},
                                    {u"args"_s, QJsonArray{u"-v"_s, u"-x"_s}}}}};
        using sextant::diff::FieldStep;
        QCOMPARE(sextant::diff::yamlPath({FieldStep{u"spec"_s}, FieldStep{u"containers"_s}, FieldStep{{}, 0},
                                          FieldStep{u"image"_s}},
                                         live),
                 QStringList({u"spec"_s, u"containers"_s, u"[name=web]"_s, u"image"_s}));
        QCOMPARE(
            sextant::diff::yamlPath({FieldStep{u"spec"_s}, FieldStep{u"args"_s}, FieldStep{{}, 1}}, live),
            QStringList({u"spec"_s, u"args"_s, u"[1]"_s}));
        QCOMPARE(sextant::diff::valueAt(live, {FieldStep{u"spec"_s}, FieldStep{u"args"_s}, FieldStep{{}, 1}}),
                 QJsonValue(u"-x"_s));
        QVERIFY(sextant::diff::valueAt(live, {FieldStep{u"spec"_s}, FieldStep{u"nope"_s}}).isUndefined());
    }

    void plainManifestsAreEditedInPlace()
    {
        const auto plan = sextant::git::planAdoption(
            *m_repository,
            deployment(
                u"plain"_s,
                {field(u"spec.replicas"_s, {u"spec"_s, u"replicas"_s}, 5),
                 field(u"spec.template.spec.containers[1].image"_s, containerPath(u"web"_s, u"image"_s),
                       u"registry.test/web:1.4.1"_s),
                 field(u"spec.template.spec.containers[1].env[0].value"_s,
                       containerPath(u"web"_s, u"env"_s) << u"[name=LOG_LEVEL]"_s << u"value"_s, u"debug"_s),
                 field(u"metadata.labels.hotfix"_s, {u"metadata"_s, u"labels"_s, u"hotfix"_s}, u"true"_s)}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QVERIFY(plan->unadopted.isEmpty());
        QVERIFY(plan->yamlToAdd.isEmpty());
        QCOMPARE(plan->files.size(), 1);
        QCOMPARE(plan->files.first().path, u"plain/web.yaml"_s);
        QCOMPARE(plan->files.first().before, plainManifests);
        QCOMPARE(plan->files.first().after, plainManifestsAdopted);
        QVERIFY(plan->message.startsWith(u"Bring live Deployment web into Git for web-prod\n"_s));
        QVERIFY(plan->message.contains(u"- spec.replicas: 5\n"_s));
        QVERIFY(plan->message.contains(u"Sextant-Adopt: Deployment/shop/web"_s));
    }

    void kustomizeOverlayTakesImagesAndPatches()
    {
        const auto plan = sextant::git::planAdoption(
            *m_repository,
            deployment(
                u"envs/prod"_s,
                {field(u"spec.template.spec.containers[0].image"_s, containerPath(u"web"_s, u"image"_s),
                       u"registry.test/web:1.4.1"_s),
                 field(u"spec.template.spec.containers[0].resources.limits.memory"_s,
                       containerPath(u"web"_s, u"resources"_s) << u"limits"_s << u"memory"_s, u"1Gi"_s),
                 field(u"spec.replicas"_s, {u"spec"_s, u"replicas"_s}, 4)}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->files.size(), 2);
        QCOMPARE(plan->files.at(0).path, u"envs/prod/kustomization.yaml"_s);
        QCOMPARE(plan->files.at(0).after,
                 QByteArray(overlayKustomization).replace("newTag: \"1.4.0\"", "newTag: \"1.4.1\""));
        QCOMPARE(plan->files.at(1).path, u"envs/prod/resources.yaml"_s);
        // spec.replicas is not in the patch: its `spec` mapping takes it as a new key.
        QCOMPARE(plan->files.at(1).after,
                 QByteArray(overlayPatch).replace("memory: 512Mi", "memory: 1Gi") + "  replicas: 4\n");
        QVERIFY(plan->unadopted.isEmpty());
    }

    void fieldsOnlyInTheBaseComeBackWithTheYamlToAdd()
    {
        const auto plan = sextant::git::planAdoption(
            *m_repository,
            deployment(u"envs/pinned"_s,
                       {field(u"spec.replicas"_s, {u"spec"_s, u"replicas"_s}, 4),
                        field(u"spec.template.spec.containers[0].image"_s,
                              containerPath(u"web"_s, u"image"_s), u"registry.test/web:1.4.1"_s),
                        field(u"spec.paused"_s, {u"spec"_s, u"paused"_s}, QJsonValue::Undefined)}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QVERIFY(plan->files.isEmpty());
        QCOMPARE(plan->unadopted.size(), 3);
        QCOMPARE(plan->unadopted.at(0).pathText, u"spec.replicas"_s);
        QVERIFY2(plan->unadopted.at(0).reason.contains(u"base"_s), qPrintable(plan->unadopted.at(0).reason));
        QVERIFY2(plan->unadopted.at(1).reason.contains(u"digest"_s),
                 qPrintable(plan->unadopted.at(1).reason));
        QVERIFY(plan->unadopted.at(2).reason.contains(u"removed"_s));
        // The YAML to add names the resource and carries the live values it can.
        const auto added = sextant::parseYaml(plan->yamlToAdd);
        QVERIFY2(added.ok(), plan->yamlToAdd.constData());
        const QJsonObject object = added->toObject();
        QCOMPARE(object.value(u"kind"_s).toString(), u"Deployment"_s);
        QCOMPARE(object.value(u"metadata"_s).toObject().value(u"name"_s).toString(), u"web"_s);
        QCOMPARE(object.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 4);
        const QJsonObject container = object.value(u"spec"_s)
                                          .toObject()
                                          .value(u"template"_s)
                                          .toObject()
                                          .value(u"spec"_s)
                                          .toObject()
                                          .value(u"containers"_s)
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(container.value(u"name"_s).toString(), u"web"_s);
        QCOMPARE(container.value(u"image"_s).toString(), u"registry.test/web:1.4.1"_s);
        QVERIFY(plan->yamlToAdd.startsWith("apiVersion: apps/v1\nkind: Deployment\n"));
    }

    void secretsAreNeverWritten()
    {
        AdoptionRequest request = deployment(
            u"plain"_s, {field(u"data.password"_s, {u"data"_s, u"password"_s}, u"aHVudGVyMg=="_s)});
        request.apiVersion = u"v1"_s;
        request.kind = u"Secret"_s;
        const auto plan = sextant::git::planAdoption(*m_repository, request);
        QVERIFY(plan.ok());
        QVERIFY(plan->files.isEmpty());
        QVERIFY(plan->yamlToAdd.isEmpty());
        QCOMPARE(plan->unadopted.size(), 1);
        QVERIFY(plan->unadopted.first().reason.contains(u"never written into Git"_s));
        QVERIFY(!plan->message.contains(u"aHVudGVyMg=="_s));
    }

    void aMissingDefinitionIsExplained()
    {
        AdoptionRequest request =
            deployment(u"plain"_s, {field(u"spec.replicas"_s, {u"spec"_s, u"replicas"_s}, 3)});
        request.name = u"api"_s;
        const auto plan = sextant::git::planAdoption(*m_repository, request);
        QVERIFY(plan.ok());
        QVERIFY(plan->files.isEmpty());
        QVERIFY(plan->unadopted.first().reason.contains(u"no manifest in plain defines Deployment api"_s));
    }

    void theCommittedPlanIsWhatGitShows()
    {
        const auto plan = sextant::git::planAdoption(
            *m_repository,
            deployment(u"plain"_s, {field(u"spec.replicas"_s, {u"spec"_s, u"replicas"_s}, 5)}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QMap<QString, std::optional<QByteArray>> changes;
        for (const auto &file : plan->files)
            changes.insert(file.path, file.after);
        QVERIFY(gitcli::git(
            {u"--git-dir="_s + m_path, u"branch"_s, u"sextant/adopt/web-prod-abc1234"_s, m_base}));
        const auto commit = m_repository->commitFiles(u"sextant/adopt/web-prod-abc1234"_s, changes,
                                                      {plan->message, u"Ada"_s, u"ada@example.org"_s, {}});
        QVERIFY2(commit.ok(), qPrintable(commit.errorMessage()));
        QByteArray shown, stat, message;
        QVERIFY(gitcli::git({u"--git-dir="_s + m_path, u"fsck"_s, u"--no-progress"_s}));
        QVERIFY(gitcli::git({u"--git-dir="_s + m_path, u"show"_s, *commit + u":plain/web.yaml"_s}, &shown));
        QVERIFY(shown.contains("replicas: 5   # two is enough off-season"));
        QVERIFY(
            gitcli::git({u"--git-dir="_s + m_path, u"show"_s, u"--stat"_s, u"--format="_s, *commit}, &stat));
        QVERIFY2(stat.contains("plain/web.yaml | 2 +-"), stat.constData());
        QVERIFY(
            gitcli::git({u"--git-dir="_s + m_path, u"log"_s, u"-1"_s, u"--format=%B"_s, *commit}, &message));
        QVERIFY(message.contains("Sextant-Adopt: Deployment/shop/web"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const sextant::git::GitLibrary library; // libgit2 stays initialised while the tests run
    AdoptionTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_adoption.moc"
