// "Bring into Git" from the drift view: the button follows the selected row's origin, the dialog
// previews the live values written in place (or the YAML to add by hand), commits on a
// sextant/adopt/ branch of a bare "remote" checked with the git CLI, and the drift row then says
// where the values went.
#include "model/actions/actionservice.h"
#include "model/fleet/driftscanner.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitlibrary.h"
#include "model/itemmodels/driftfilterproxy.h"
#include "model/itemmodels/drifttablemodel.h"
#include "tests/model/gitcli.h"
#include "tests/support/stubbackend.h"
#include "views/driftview.h"
#include "views/gitchangedialog.h"
#include "views/gitchangeview.h"
#include "views/messagebanner.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace sextant;
using namespace sextant::views;
using namespace Qt::StringLiterals;
using testing::StubBackend;

namespace {

const QByteArray Deployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2 # raised for the sale
  template:
    spec:
      containers:
      - name: web
        image: web:1.0
        args: ["--port=80"]
)"_ba;

const QString Identity = u"apps/Deployment/web/web"_s;

QJsonObject deploymentObject(int replicas, const QJsonArray &args, bool managed)
{
    QJsonObject metadata{{u"name"_s, u"web"_s}, {u"namespace"_s, u"web"_s}};
    if (managed) {
        const QJsonObject fields{
            {u"f:spec"_s,
             QJsonObject{{u"f:replicas"_s, QJsonObject()},
                         {u"f:template"_s,
                          QJsonObject{{u"f:spec"_s, QJsonObject{{u"f:containers"_s, QJsonObject()}}}}}}}};
        metadata.insert(u"managedFields"_s, QJsonArray{QJsonObject{{u"manager"_s, u"kubectl-edit"_s},
                                                                   {u"operation"_s, u"Update"_s},
                                                                   {u"time"_s, u"2026-12-07T06:40:00Z"_s},
                                                                   {u"fieldsV1"_s, fields}}});
    }
    const QJsonObject container{{u"name"_s, u"web"_s}, {u"image"_s, u"web:1.0"_s}, {u"args"_s, args}};
    return QJsonObject{
        {u"apiVersion"_s, u"apps/v1"_s},
        {u"kind"_s, u"Deployment"_s},
        {u"metadata"_s, metadata},
        {u"spec"_s,
         QJsonObject{{u"replicas"_s, replicas},
                     {u"template"_s,
                      QJsonObject{{u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{container}}}}}}}}};
}

ManagedResource edited(int liveReplicas, const QJsonArray &liveArgs)
{
    ManagedResource resource;
    resource.group = u"apps"_s;
    resource.kind = u"Deployment"_s;
    resource.ns = u"web"_s;
    resource.name = u"web"_s;
    resource.liveState = deploymentObject(liveReplicas, liveArgs, true);
    resource.targetState = deploymentObject(2, QJsonArray{u"--port=80"_s}, false);
    return resource;
}

DriftRecord record(diff::DriftOrigin origin, const QString &name)
{
    DriftRecord r;
    r.appKey = AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key();
    r.instance = u"eu"_s;
    r.application = u"web"_s;
    r.appNamespace = u"argocd"_s;
    r.group = u"apps"_s;
    r.kind = u"Deployment"_s;
    r.ns = u"web"_s;
    r.name = name;
    r.classified = true;
    r.classification.origin = origin;
    r.classification.manager = u"kubectl-edit"_s;
    r.classification.changedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return r;
}

} // namespace

class TestBringIntoGit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_remote;
    FleetStore m_store;
    std::unique_ptr<FleetConnector> m_connector;
    StubBackend *m_backend = nullptr;
    std::unique_ptr<RepositoryMirrors> m_mirrors;
    std::unique_ptr<ActionService> m_service;
    const QString m_key = AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key();

    std::unique_ptr<GitChangeDialog> previewed()
    {
        std::unique_ptr<GitChangeDialog> dialog(
            GitChangeDialog::forAdoption(m_service.get(), m_key, Identity));
        QSignalSpy ready(dialog.get(), &GitChangeDialog::previewReady);
        if (!ready.wait(20000))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString work = m_dir.filePath(u"work"_s);
        m_remote = m_dir.filePath(u"remote.git"_s);
        QVERIFY(gitcli::git({u"init"_s, u"-q"_s, u"--bare"_s, m_remote}));
        QVERIFY(gitcli::git({u"init"_s, u"-q"_s, work}));
        QVERIFY(gitcli::gitIn(work, {u"remote"_s, u"add"_s, u"origin"_s, m_remote}));
        QVERIFY(!gitcli::commit(work, {{u"apps/web/deployment.yaml"_s, Deployment}}, u"web 1.0"_s).isEmpty());
        QVERIFY(gitcli::gitIn(work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}));

        m_connector = std::make_unique<FleetConnector>(&m_store);
        auto backend = std::make_unique<StubBackend>(
            u"eu"_s, QList<StubBackend::App>{{u"argocd"_s, u"web"_s, StubBackend::reconciling(), {}}});
        backend->setSources(u"argocd"_s, u"web"_s,
                            {ApplicationSource{m_remote, u"apps/web"_s, u"main"_s, {}}});
        m_backend = backend.get();
        m_connector->addBackend(std::move(backend));
        QTRY_VERIFY_WITH_TIMEOUT(m_store.application(m_key), 5000);
        m_mirrors = std::make_unique<RepositoryMirrors>(m_dir.filePath(u"mirrors"_s),
                                                        RepositoryMirrors::CredentialSources{});
        m_service =
            std::make_unique<ActionService>(&m_store, m_connector.get(), m_dir.filePath(u"sextant.sqlite"_s));
        m_service->setRepositoryMirrors(m_mirrors.get());
        QSignalSpy ready(m_service.get(), &ActionService::ready);
        m_service->start();
        QVERIFY(ready.wait(10000));
    }

    void theButtonFollowsTheOrigin()
    {
        DriftScanner scanner(&m_store, m_connector.get());
        DriftView view(&scanner);
        view.setActionService(m_service.get());
        view.model()->setApplicationRecords(m_key, {record(diff::DriftOrigin::HumanEdit, u"web"_s),
                                                    record(diff::DriftOrigin::PendingGitCommit, u"api"_s)});
        QCOMPARE(view.proxy()->rowCount(), 2);
        QSignalSpy asked(&view, &DriftView::adoptRequested);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = view.proxy()->index(row, 0);
            view.table()->setCurrentIndex(index);
            const bool human =
                index.data(DriftTableModel::OriginRole).toInt() == int(diff::DriftOrigin::HumanEdit);
            QCOMPARE(view.adoptButton()->isEnabled(), human);
            view.adoptButton()->click();
            QCOMPARE(asked.size(), human ? 1 : 0);
            if (human)
                QCOMPARE(asked.takeFirst(), QVariantList({m_key, Identity}));
        }
    }

    void fieldsThatCannotGoInPlaceShowTheYamlToAdd()
    {
        // The args list changed length: a list is not edited in place.
        m_backend->setManagedResources(u"argocd"_s, u"web"_s,
                                       {edited(2, QJsonArray{u"--port=80"_s, u"--debug"_s})});
        const auto dialog = previewed();
        QVERIFY(dialog);
        QVERIFY(!dialog->proposal().canCommit());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QVERIFY(!dialog->banner()->isHidden());
        QVERIFY2(dialog->banner()->text().contains(u"spec.template.spec.containers[0].args"_s),
                 qPrintable(dialog->banner()->text()));
        QVERIFY(!dialog->yamlToAddView()->isHidden());
        const QString yaml = dialog->yamlToAddView()->toPlainText();
        QVERIFY2(yaml.contains(u"--debug"_s) && yaml.contains(u"kind: Deployment"_s), qPrintable(yaml));
    }

    void liveValuesAreCommittedOnAnAdoptBranch()
    {
        m_backend->setManagedResources(u"argocd"_s, u"web"_s, {edited(6, QJsonArray{u"--port=80"_s})});
        const auto dialog = previewed();
        QVERIFY(dialog);
        QVERIFY2(dialog->proposal().canCommit(), qPrintable(dialog->proposal().error));
        QVERIFY(dialog->yamlToAddView()->isHidden());
        QCOMPARE(dialog->changeView()->fileCount(), 1);
        const QString branch = dialog->branchEdit()->text();
        QVERIFY2(branch.startsWith(u"sextant/adopt/web-"_s), qPrintable(branch));
        QVERIFY(!dialog->confirmButton()->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->reasonEdit(), u"INC-12: six replicas until the sale ends"_s);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QSignalSpy committed(dialog.get(), &GitChangeDialog::committed);
        dialog->confirmButton()->click();
        QVERIFY(committed.wait(20000));

        QByteArray content, message;
        QVERIFY(gitcli::gitIn(m_remote, {u"show"_s, branch + u":apps/web/deployment.yaml"_s}, &content));
        QCOMPARE(content + '\n', QByteArray(Deployment).replace("replicas: 2 #", "replicas: 6 #"));
        QVERIFY(gitcli::gitIn(m_remote, {u"log"_s, u"-1"_s, u"--format=%B"_s, branch}, &message));
        QVERIFY(message.contains("Sextant-Reason: INC-12: six replicas until the sale ends"));

        // The drift row says where the values went; a newer edit does not.
        DriftScanner scanner(&m_store, m_connector.get());
        DriftView view(&scanner);
        view.setActionService(m_service.get());
        view.model()->setApplicationRecords(m_key, {record(diff::DriftOrigin::HumanEdit, u"web"_s)});
        const QModelIndex origin = view.model()->index(0, DriftTableModel::Origin);
        QVERIFY2(origin.data().toString().endsWith(u" · in Git on branch "_s + branch),
                 qPrintable(origin.data().toString()));
        DriftRecord newer = record(diff::DriftOrigin::HumanEdit, u"web"_s);
        newer.classification.changedAt = QDateTime::currentDateTimeUtc().addSecs(60);
        view.model()->setApplicationRecords(m_key, {newer});
        QVERIFY(!view.model()->index(0, DriftTableModel::Origin).data().toString().contains(u"in Git"_s));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    if (!gitcli::useOperatorIdentity(home.path()))
        return 1;
    QApplication app(argc, argv);
    const git::GitLibrary library;
    TestBringIntoGit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bringintogit.moc"
