// planPromotion against real repositories on disk: plans are committed with GitRepository and
// checked with the git CLI.
#include "model/git/gitlibrary.h"
#include "model/git/gitrepository.h"
#include "model/git/promotion.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sextant::git::CommitInfo;
using sextant::git::GitRepository;
using sextant::git::ImageReference;
using sextant::git::PromotedFile;
using sextant::git::PromotionPlan;
using sextant::git::PromotionRequest;
using sextant::git::PromotionWarning;

using Changes = QMap<QString, std::optional<QByteArray>>;

namespace {

// Runs the git CLI with no user or system config; on failure prints git's stderr and returns false.
bool git(const QString &repository, const QStringList &args, QByteArray *output = nullptr)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(u"git"_s, QStringList{u"--git-dir="_s + repository, u"-c"_s, u"user.name=CLI"_s, u"-c"_s,
                                        u"user.email=cli@example.org"_s} +
                                args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << "git" << args.join(u' ') << "failed:" << process.readAllStandardError()
                             << process.errorString();
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

CommitInfo info(const QString &message)
{
    return CommitInfo{message, u"Ada Lovelace"_s, u"ada@example.org"_s, {}};
}

const QByteArray stagingWeb = R"(# Staging overlay for web.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../../base/web
images:
  - name: registry.example.org/web
    newTag: v1.10.0
    digest: sha256:aaaa
  - name: registry.example.org/worker
    newTag: v2.3.0
  - name: registry.example.org/cache
    newTag: "7.2"
    digest: sha256:cccc
)"_ba;

const QByteArray prodEuWeb = R"(# Production (EU) overlay for web: change only through promotions.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../../base/web
patches:
  - path: replicas.yaml
images:
  # the front end
  - name: registry.example.org/web
    newTag: v1.9.0   # promoted by hand
    digest: sha256:1111
  - name: registry.example.org/worker
    newTag: v2.2.0
)"_ba;

const QByteArray prodEuWebPromoted = R"(# Production (EU) overlay for web: change only through promotions.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../../base/web
patches:
  - path: replicas.yaml
images:
  # the front end
  - name: registry.example.org/web
    newTag: v1.10.0   # promoted by hand
    digest: sha256:aaaa
  - name: registry.example.org/worker
    newTag: v2.3.0
)"_ba;

const QByteArray prodUsWeb =
    R"(images: [{name: registry.example.org/web, newTag: v1.8.0}, {name: registry.example.org/cache, newTag: "7.1", digest: sha256:c0}]
)"_ba;

const QByteArray prodUsWebPromoted =
    R"(images: [{name: registry.example.org/web, newTag: v1.10.0, digest: "sha256:aaaa"}, {name: registry.example.org/cache, newTag: "7.2", digest: "sha256:cccc"}]
)"_ba;

const QByteArray canaryWeb = R"(images:
- name: registry.example.org/web
  newTag: latest
- name: registry.example.org/worker
  newName: registry.example.org/worker-ng
)"_ba;

const QByteArray qaWeb = R"(images:
- name: registry.example.org/web
  newTag: v1
- name: registry.example.org/worker
)"_ba;

const QByteArray stagingApiValues = R"(# API values (staging)
image:
  repository: registry.example.org/api
  tag: "3.1"
  digest: sha256:dddd
migrations:
  image:
    repository: registry.example.org/api-migrate
    tag: "3.1"
)"_ba;

const QByteArray prodApiValues = R"(# API values (production EU)
image:
  repository: registry.example.org/api
  tag: "3.0"   # pinned

migrations:
  enabled: true
  image:
    repository: registry.example.org/api-migrate
    tag: "3.0"
    digest: sha256:eeee
)"_ba;

const QByteArray prodApiValuesPromoted = R"(# API values (production EU)
image:
  repository: registry.example.org/api
  tag: "3.1"   # pinned
  digest: sha256:dddd

migrations:
  enabled: true
  image:
    repository: registry.example.org/api-migrate
    tag: "3.1"
    digest: sha256:eeee
)"_ba;

QStringList paths(const PromotionPlan &plan)
{
    QStringList result;
    for (const PromotedFile &file : plan.files)
        result.append(file.path + (file.deleted ? u" (deleted)"_s : QString()));
    return result;
}

QStringList warningTexts(const PromotionPlan &plan)
{
    QStringList result;
    for (const PromotionWarning &warning : plan.warnings)
        result.append(warning.path + u" | "_s + warning.image + u" | "_s + warning.message);
    return result;
}

} // namespace

class PromotionTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_base; // the commit every test plans against
    std::optional<GitRepository> m_repository;

    PromotionRequest request(const QString &from, const QString &fromName,
                             const QList<PromotionRequest::Target> &targets,
                             bool wholeDirectory = false) const
    {
        return PromotionRequest{m_base, from, fromName, targets, wholeDirectory};
    }

    // Commits the plan on a new branch that starts at the base commit.
    QString commitOnBranch(const QString &branch, const PromotionPlan &plan)
    {
        if (!git(m_path, {u"branch"_s, branch, m_base}))
            return {};
        const auto id =
            m_repository->commitFiles(branch, sextant::git::promotionChanges(plan), info(plan.message));
        if (!id) {
            qWarning().noquote() << id.errorMessage();
            return {};
        }
        return *id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"fleet.git"_s);
        auto repository = GitRepository::initBare(m_path);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        m_repository.emplace(std::move(*repository));
        const Changes files = {
            {u"base/web/deployment.yaml"_s, "kind: Deployment\n"_ba},
            {u"envs/staging/web/kustomization.yaml"_s, stagingWeb},
            {u"envs/staging/web/replicas.yaml"_s, "replicas: 1\n"_ba},
            {u"envs/staging/web/config/app.env"_s, "LOG=debug\n"_ba},
            {u"envs/prod-eu-1/web/kustomization.yaml"_s, prodEuWeb},
            {u"envs/prod-eu-1/web/replicas.yaml"_s, "replicas: 6\n"_ba},
            {u"envs/prod-us-1/web/kustomization.yaml"_s, prodUsWeb},
            {u"envs/prod-us-2/web/kustomization.yaml"_s, prodEuWeb},
            {u"envs/prod-us-2/web/replicas.yaml"_s, "replicas: 1\n"_ba},
            {u"envs/prod-us-2/web/legacy.yaml"_s, "kind: ConfigMap\n"_ba},
            {u"envs/canary/web/kustomization.yaml"_s, canaryWeb},
            {u"envs/qa/web/kustomization.yaml"_s, qaWeb},
            {u"envs/staging/api/values.yaml"_s, stagingApiValues},
            {u"envs/staging/api/Chart.yaml"_s, "name: api\n"_ba},
            {u"envs/prod-eu-1/api/values.yaml"_s, prodApiValues},
            {u"envs/no-overlay/README.md"_s, "nothing here\n"_ba},
        };
        const auto id = m_repository->commitFiles(u"main"_s, files, info(u"The fleet"_s));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        m_base = *id;
    }

    void kustomizationImages()
    {
        const auto images = sextant::git::kustomizationImages(canaryWeb);
        QVERIFY2(images.ok(), qPrintable(images.errorMessage()));
        const QList<ImageReference> expected = {
            {u"registry.example.org/web"_s, QString(), u"latest"_s, QString()},
            {u"registry.example.org/worker"_s, u"registry.example.org/worker-ng"_s, QString(), QString()},
        };
        QCOMPARE(*images, expected);
        QCOMPARE(sextant::git::kustomizationImages("kind: Kustomization\n")->size(), 0);
        QCOMPARE(sextant::git::kustomizationImages("images:\n- newTag: v1\n").errorMessage(),
                 u"images[0] has no name"_s);
        QCOMPARE(sextant::git::kustomizationImages("images: {a: 1}\n").errorMessage(),
                 u"images is not a list"_s);
        QVERIFY(!sextant::git::kustomizationImages("images: [\n").ok());
    }

    void imagesModeCommitsWithGit()
    {
        const auto plan = sextant::git::planPromotion(
            *m_repository,
            request(u"envs/staging/web/"_s, u"staging"_s,
                    {{u"envs/prod-eu-1/web"_s, u"prod-eu-1"_s}, {u"envs/prod-us-1/web"_s, u"prod-us-1"_s}}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(paths(*plan), (QStringList{u"envs/prod-eu-1/web/kustomization.yaml"_s,
                                            u"envs/prod-us-1/web/kustomization.yaml"_s}));
        QCOMPARE(plan->files.at(0).before, prodEuWeb);
        QCOMPARE(plan->files.at(0).after, prodEuWebPromoted);
        QCOMPARE(plan->files.at(1).after, prodUsWebPromoted);
        QCOMPARE(
            warningTexts(*plan),
            (QStringList{
                u"envs/prod-eu-1/web/kustomization.yaml | registry.example.org/worker | prod-eu-1 uses the tag v2.3.0 without a digest"_s,
                u"envs/prod-eu-1/web/kustomization.yaml | registry.example.org/cache | prod-eu-1 does not list this image; it was left unchanged"_s,
                u"envs/prod-us-1/web/kustomization.yaml | registry.example.org/worker | prod-us-1 does not list this image; it was left unchanged"_s,
            }));
        const QString expectedMessage = uR"(Promote staging to prod-eu-1, prod-us-1

prod-eu-1 (envs/prod-eu-1/web):
- registry.example.org/web: v1.9.0@sha256:1111 → v1.10.0@sha256:aaaa
- registry.example.org/worker: v2.2.0 → v2.3.0

prod-us-1 (envs/prod-us-1/web):
- registry.example.org/web: v1.8.0 → v1.10.0@sha256:aaaa
- registry.example.org/cache: 7.1@sha256:c0 → 7.2@sha256:cccc

Sextant-Promotion: staging -> prod-eu-1
Sextant-Promotion: staging -> prod-us-1
)"_s;
        QCOMPARE(plan->message, expectedMessage);

        const QString commit = commitOnBranch(u"promote-images"_s, *plan);
        QVERIFY(!commit.isEmpty());
        QByteArray output;
        QVERIFY(git(m_path, {u"fsck"_s, u"--strict"_s}));
        QVERIFY(git(m_path, {u"show"_s, u"--stat"_s, u"--format="_s, u"promote-images"_s}, &output));
        QVERIFY2(output.contains("envs/prod-eu-1/web/kustomization.yaml | 6 +++---"), output.constData());
        QVERIFY2(output.contains("envs/prod-us-1/web/kustomization.yaml | 2 +-"), output.constData());
        QVERIFY2(output.contains("2 files changed"), output.constData());
        QVERIFY(git(m_path, {u"log"_s, u"-1"_s, u"--format=%B"_s, u"promote-images"_s}, &output));
        QCOMPARE(QString::fromUtf8(output).trimmed(), expectedMessage.trimmed());
        QVERIFY(git(m_path,
                    {u"log"_s, u"-1"_s, u"--format=%(trailers:key=Sextant-Promotion,valueonly)"_s,
                     u"promote-images"_s},
                    &output));
        QCOMPARE(output.trimmed(), "staging -> prod-eu-1\nstaging -> prod-us-1"_ba);
        QVERIFY(git(m_path, {u"show"_s, u"promote-images:envs/prod-eu-1/web/kustomization.yaml"_s}, &output));
        QCOMPARE(output, prodEuWebPromoted);
        QVERIFY(output.contains("digest: sha256:aaaa"));
        QVERIFY(output.contains("# the front end"));

        // Promoting again from the promoted commit changes nothing.
        PromotionRequest again =
            request(u"envs/staging/web"_s, u"staging"_s,
                    {{u"envs/prod-eu-1/web"_s, u"prod-eu-1"_s}, {u"envs/prod-us-1/web"_s, u"prod-us-1"_s}});
        again.commit = u"promote-images"_s;
        const auto second = sextant::git::planPromotion(*m_repository, again);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(second->files.isEmpty());
        QVERIFY(sextant::git::promotionChanges(*second).isEmpty());
    }

    void mutableReferencesWarn()
    {
        const auto plan = sextant::git::planPromotion(
            *m_repository, request(u"envs/canary/web"_s, u"canary"_s,
                                   {{u"envs/qa/web"_s, u"qa"_s}, {u"envs/prod-eu-1/web"_s, u"prod-eu-1"_s}}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(
            warningTexts(*plan),
            (QStringList{
                u"envs/qa/web/kustomization.yaml | registry.example.org/web | qa uses the tag \"latest\" without a digest"_s,
                u"envs/qa/web/kustomization.yaml | registry.example.org/worker | qa names neither a tag nor a digest"_s,
                u"envs/prod-eu-1/web/kustomization.yaml | registry.example.org/web | prod-eu-1 keeps the digest sha256:1111, which wins over the tag"_s,
                u"envs/prod-eu-1/web/kustomization.yaml | registry.example.org/worker | prod-eu-1 uses the tag v2.2.0 without a digest"_s,
            }));
        QCOMPARE(plan->files.size(), 2);
        QCOMPARE(plan->files.at(0).after, R"(images:
- name: registry.example.org/web
  newTag: latest
- name: registry.example.org/worker
  newName: registry.example.org/worker-ng
)"_ba);
    }

    void wholeDirectory()
    {
        const auto plan = sextant::git::planPromotion(
            *m_repository,
            request(u"envs/staging/web"_s, u"staging"_s,
                    {{u"envs/prod-us-2/web"_s, u"prod-us-2"_s}, {u"envs/prod-ap-1/web"_s, u"prod-ap-1"_s}},
                    true));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(paths(*plan), (QStringList{
                                   u"envs/prod-us-2/web/config/app.env"_s,
                                   u"envs/prod-us-2/web/kustomization.yaml"_s,
                                   u"envs/prod-us-2/web/legacy.yaml (deleted)"_s,
                                   u"envs/prod-ap-1/web/config/app.env"_s,
                                   u"envs/prod-ap-1/web/kustomization.yaml"_s,
                                   u"envs/prod-ap-1/web/replicas.yaml"_s,
                               }));
        QCOMPARE(plan->files.at(0).before, QByteArray());
        QCOMPARE(plan->files.at(1).before, prodEuWeb);
        QCOMPARE(plan->files.at(1).after, stagingWeb);
        QCOMPARE(plan->files.at(2).before, "kind: ConfigMap\n"_ba);
        QVERIFY(plan->files.at(2).after.isEmpty());
        const Changes changes = sextant::git::promotionChanges(*plan);
        QCOMPARE(changes.size(), 6);
        QCOMPARE(changes.value(u"envs/prod-us-2/web/legacy.yaml"_s), std::nullopt);
        QCOMPARE(changes.value(u"envs/prod-ap-1/web/replicas.yaml"_s), std::optional("replicas: 1\n"_ba));
        QCOMPARE(
            warningTexts(*plan),
            (QStringList{
                u"envs/prod-us-2/web/kustomization.yaml | registry.example.org/worker | prod-us-2 uses the tag v2.3.0 without a digest"_s,
                u"envs/prod-ap-1/web/kustomization.yaml | registry.example.org/worker | prod-ap-1 uses the tag v2.3.0 without a digest"_s,
            }));
        QCOMPARE(plan->message, uR"(Promote staging to prod-us-2, prod-ap-1

prod-us-2 (envs/prod-us-2/web):
- registry.example.org/web: v1.9.0@sha256:1111 → v1.10.0@sha256:aaaa
- registry.example.org/worker: v2.2.0 → v2.3.0
- registry.example.org/cache: (none) → 7.2@sha256:cccc
- files: 1 updated, 1 added, 1 removed

prod-ap-1 (envs/prod-ap-1/web):
- registry.example.org/web: (none) → v1.10.0@sha256:aaaa
- registry.example.org/worker: (none) → v2.3.0
- registry.example.org/cache: (none) → 7.2@sha256:cccc
- files: 3 added

Sextant-Promotion: staging -> prod-us-2
Sextant-Promotion: staging -> prod-ap-1
)"_s);

        QVERIFY(!commitOnBranch(u"promote-directory"_s, *plan).isEmpty());
        QByteArray output;
        QVERIFY(git(m_path, {u"fsck"_s, u"--strict"_s}));
        QVERIFY(
            git(m_path, {u"show"_s, u"--name-status"_s, u"--format="_s, u"promote-directory"_s}, &output));
        QCOMPARE(QString::fromUtf8(output).trimmed().split(u'\n'),
                 (QStringList{
                     u"A\tenvs/prod-ap-1/web/config/app.env"_s,
                     u"A\tenvs/prod-ap-1/web/kustomization.yaml"_s,
                     u"A\tenvs/prod-ap-1/web/replicas.yaml"_s,
                     u"A\tenvs/prod-us-2/web/config/app.env"_s,
                     u"M\tenvs/prod-us-2/web/kustomization.yaml"_s,
                     u"D\tenvs/prod-us-2/web/legacy.yaml"_s,
                 }));
        QVERIFY(git(m_path,
                    {u"diff"_s, u"--stat"_s, u"promote-directory:envs/staging/web"_s,
                     u"promote-directory:envs/prod-us-2/web"_s},
                    &output));
        QCOMPARE(output, QByteArray()); // the target is now a copy of the source
        QVERIFY(git(m_path,
                    {u"diff"_s, u"--stat"_s, u"promote-directory:envs/staging/web"_s,
                     u"promote-directory:envs/prod-ap-1/web"_s},
                    &output));
        QCOMPARE(output, QByteArray());
    }

    void helmValues()
    {
        const auto plan =
            sextant::git::planPromotion(*m_repository, request(u"envs/staging/api"_s, u"staging"_s,
                                                               {{u"envs/prod-eu-1/api"_s, u"prod-eu-1"_s}}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(paths(*plan), QStringList{u"envs/prod-eu-1/api/values.yaml"_s});
        QCOMPARE(plan->files.at(0).after, prodApiValuesPromoted);
        QCOMPARE(
            warningTexts(*plan),
            QStringList{
                u"envs/prod-eu-1/api/values.yaml | registry.example.org/api-migrate | prod-eu-1 keeps the digest sha256:eeee, which wins over the tag"_s});
        QCOMPARE(plan->message, uR"(Promote staging to prod-eu-1

prod-eu-1 (envs/prod-eu-1/api):
- registry.example.org/api: 3.0 → 3.1@sha256:dddd
- registry.example.org/api-migrate: 3.0@sha256:eeee → 3.1@sha256:eeee

Sextant-Promotion: staging -> prod-eu-1
)"_s);
        QVERIFY(!commitOnBranch(u"promote-helm"_s, *plan).isEmpty());
        QByteArray output;
        QVERIFY(git(m_path, {u"fsck"_s, u"--strict"_s}));
        QVERIFY(git(m_path, {u"show"_s, u"promote-helm:envs/prod-eu-1/api/values.yaml"_s}, &output));
        QCOMPARE(output, prodApiValuesPromoted);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message"); // the start of the error

        QTest::newRow("source without overlay")
            << u"envs/no-overlay"_s << u"envs/prod-eu-1/web"_s
            << u"The overlay envs/no-overlay has neither a kustomization.yaml nor a values file."_s;
        QTest::newRow("missing source")
            << u"envs/nowhere"_s << u"envs/prod-eu-1/web"_s << u"The overlay envs/nowhere cannot be read: "_s;
        QTest::newRow("target without kustomization")
            << u"envs/staging/web"_s << u"envs/no-overlay"_s
            << u"The overlay envs/no-overlay has no kustomization.yaml."_s;
        QTest::newRow("missing target") << u"envs/staging/web"_s << u"envs/prod-xx/web"_s
                                        << u"The overlay envs/prod-xx/web cannot be read: "_s;
        QTest::newRow("target is the source") << u"envs/staging/web"_s << u"envs/staging/web/"_s
                                              << u"The target envs/staging/web is the source overlay."_s;
        QTest::newRow("nested")
            << u"envs/staging"_s << u"envs/staging/web"_s
            << u"The target envs/staging/web and the source envs/staging contain one another."_s;
    }

    void errors()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(QString, message);
        const auto plan =
            sextant::git::planPromotion(*m_repository, request(from, u"from"_s, {{target, u"prod-x"_s}}));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.errorMessage().startsWith(message), qPrintable(plan.errorMessage()));
    }

    void requestErrors()
    {
        QCOMPARE(sextant::git::planPromotion(*m_repository, request(u"envs/staging/web"_s, u"staging"_s, {}))
                     .errorMessage(),
                 u"The promotion has no target."_s);
        PromotionRequest unknown =
            request(u"envs/staging/web"_s, u"staging"_s, {{u"envs/qa/web"_s, u"qa"_s}});
        unknown.commit = u"no-such-branch"_s;
        QVERIFY(!sextant::git::planPromotion(*m_repository, unknown).ok());
    }

    void imageMissingInTarget()
    {
        const auto plan =
            sextant::git::planPromotion(*m_repository, request(u"envs/staging/web"_s, u"staging"_s,
                                                               {{u"envs/prod-us-1/web"_s, u"prod-us-1"_s}}));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->warnings.size(), 1);
        QCOMPARE(plan->warnings.at(0).image, u"registry.example.org/worker"_s);
        QCOMPARE(plan->warnings.at(0).path, u"envs/prod-us-1/web/kustomization.yaml"_s);
        QVERIFY(!plan->files.at(0).after.contains("worker"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const sextant::git::GitLibrary library; // libgit2 stays initialised while the tests run
    PromotionTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_promotion.moc"
