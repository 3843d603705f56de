// ApplicationView: the header straight from the store, the tabs fed by
// ApplicationDetails (signals emitted by hand, and once against fleetsim).
#include "model/fleet/applicationdetails.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"
#include "views/applicationview.h"
#include "views/colorscheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace sextant;
using namespace sextant::views;

namespace {

const QString Instance = QStringLiteral("eu");
const QString Key = QStringLiteral("eu/argocd/payments-eu");
const QString DeployedSha = QStringLiteral("9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5");
const QString GitSha = QStringLiteral("4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b");

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), QTimeZone::UTC);
}

HistoryEntry historyEntry(qint64 id, const QString &revision, const QDateTime &at, const QString &user)
{
    HistoryEntry entry;
    entry.id = id;
    entry.revision = revision;
    entry.deployedAt = at;
    entry.automated = user.isEmpty();
    entry.initiatedBy = user;
    entry.source = {QStringLiteral("https://git.example.org/platform/payments.git"),
                    QStringLiteral("deploy/eu"),
                    QStringLiteral("main"),
                    {}};
    return entry;
}

// The sample Application of tests/support/argocdsamples.h, as the store holds it.
Application paymentsApp()
{
    Application app;
    app.instance = Instance;
    app.name = QStringLiteral("payments-eu");
    app.ns = QStringLiteral("argocd");
    app.project = QStringLiteral("payments");
    app.sources = {{QStringLiteral("https://git.example.org/platform/payments.git"),
                    QStringLiteral("deploy/eu"),
                    QStringLiteral("main"),
                    {}}};
    app.destinationServer = QStringLiteral("https://10.20.0.1:6443");
    app.destinationNamespace = QStringLiteral("payments");
    app.syncPolicy.automated = true;
    app.syncPolicy.prune = true;
    app.syncPolicy.selfHeal = true;
    app.syncStatus = SyncStatus::OutOfSync;
    app.syncRevision = GitSha;
    app.health = HealthStatus::Progressing;
    app.healthMessage = QStringLiteral("Waiting for rollout to finish");
    // Oldest first, as the server sends it.
    app.history = {historyEntry(9, QStringLiteral("1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), utc(1, 8), {}),
                   historyEntry(10, QStringLiteral("2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), utc(2, 9),
                                QStringLiteral("ada")),
                   historyEntry(11, DeployedSha, utc(3, 10), {})};
    OperationState op;
    op.phase = OperationPhase::Running;
    op.message = QStringLiteral("waiting for healthy state of apps/Deployment/eu-api");
    op.startedAt = utc(4, 10, 11);
    op.initiatedBy = QStringLiteral("admin");
    app.operationState = op;
    app.conditions = {
        {QStringLiteral("SyncError"), QStringLiteral("Failed sync attempt: one or more objects failed")}};
    return app;
}

Cluster cluster()
{
    Cluster c;
    c.instance = Instance;
    c.server = QStringLiteral("https://10.20.0.1:6443");
    c.name = QStringLiteral("eu-prod-1");
    return c;
}

ResourceNode node(const QString &group, const QString &kind, const QString &name, const QString &uid,
                  HealthStatus health = HealthStatus::Healthy)
{
    ResourceNode n;
    n.group = group;
    n.version = QStringLiteral("v1");
    n.kind = kind;
    n.ns = QStringLiteral("payments");
    n.name = name;
    n.uid = uid;
    n.health = health;
    n.createdAt = utc(3, 10);
    return n;
}

ResourceRef refTo(const ResourceNode &n)
{
    return {n.group, n.version, n.kind, n.ns, n.name, n.uid};
}

ResourceTree sampleTree()
{
    ResourceNode deployment = node(QStringLiteral("apps"), QStringLiteral("Deployment"),
                                   QStringLiteral("eu-api"), QStringLiteral("d1"), HealthStatus::Progressing);
    ResourceNode replicaSet = node(QStringLiteral("apps"), QStringLiteral("ReplicaSet"),
                                   QStringLiteral("eu-api-7f9c"), QStringLiteral("r1"));
    replicaSet.parents = {refTo(deployment)};
    ResourceNode podA =
        node({}, QStringLiteral("Pod"), QStringLiteral("eu-api-7f9c-a"), QStringLiteral("p1"));
    podA.parents = {refTo(replicaSet)};
    podA.info = {{QStringLiteral("Status Reason"), QStringLiteral("Running")},
                 {QStringLiteral("Containers"), QStringLiteral("1/1")}};
    podA.images = {QStringLiteral("registry.example.org/payments/api:2.14.0")};
    ResourceNode podB = node({}, QStringLiteral("Pod"), QStringLiteral("eu-api-7f9c-b"), QStringLiteral("p2"),
                             HealthStatus::Degraded);
    podB.parents = {refTo(replicaSet)};
    podB.healthMessage = QStringLiteral("Back-off pulling image");
    ResourceNode service =
        node({}, QStringLiteral("Service"), QStringLiteral("eu-api"), QStringLiteral("s1"));
    ResourceNode configMap =
        node({}, QStringLiteral("ConfigMap"), QStringLiteral("eu-api-config"), {}, HealthStatus::Unknown);
    configMap.exists = false;
    configMap.createdAt = {};
    return {{configMap, podA, podB, service, deployment, replicaSet}};
}

EventRecord makeEvent(const QString &type, const QString &reason, const QDateTime &last)
{
    EventRecord e;
    e.type = type;
    e.reason = reason;
    e.message = reason + QStringLiteral(" happened");
    e.firstTimestamp = last;
    e.lastTimestamp = last;
    e.count = 1;
    e.involvedKind = QStringLiteral("Application");
    e.involvedName = QStringLiteral("payments-eu");
    e.source = QStringLiteral("argocd-application-controller");
    return e;
}

bool isDark(const KSyntaxHighlighting::Theme &theme)
{
    return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

QString text(QWidget &parent, const QString &name)
{
    QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

bool shown(QWidget &parent, const QString &frameName)
{
    QFrame *frame = child<QFrame>(parent, frameName);
    return frame && !frame->isHidden();
}

// Rows of the resource tree: the text of a column, and a row's child.
QString cell(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

QModelIndex childOf(const QModelIndex &row, int childRow)
{
    return row.model()->index(childRow, 0, row);
}

} // namespace

class ApplicationViewTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<FleetConnector> m_connector;
    std::unique_ptr<ApplicationDetails> m_details;
    std::unique_ptr<ApplicationView> m_view;

    // Selects the app; its instance has no client here, so the details fail at once (three
    // failures, one per part), after which the tests feed the details by hand.
    void select(const QString &key = Key)
    {
        QSignalSpy failures(m_details.get(), &ApplicationDetails::failed);
        m_view->setApplication(key);
        QTRY_COMPARE(failures.size(), 3);
    }

private slots:
    void init()
    {
        applyColorScheme(ColorScheme::Light);
        m_store = std::make_unique<FleetStore>();
        m_store->applySnapshot(Instance, {paymentsApp()}, {cluster()}, {}, {});
        m_connector = std::make_unique<FleetConnector>(m_store.get());
        m_details = std::make_unique<ApplicationDetails>(m_connector.get());
        m_view = std::make_unique<ApplicationView>(m_store.get(), m_details.get());
        m_view->resize(1100, 700);
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_details.reset();
        m_connector.reset();
        m_store.reset();
    }

    void showsAnEmptyStateWithoutSelection()
    {
        auto *stack = child<QStackedWidget>(*m_view, QStringLiteral("pages"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QCOMPARE(text(*m_view, QStringLiteral("emptyStateTitle")),
                 QStringLiteral("Select an application on the left"));

        select();
        QVERIFY(stack->currentWidget()->objectName() != QStringLiteral("emptyState"));
        m_view->setApplication({});
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QVERIFY(m_details->name().isEmpty());
    }

    void headerShowsTheStoreAtOnce()
    {
        // No event loop between the call and the checks.
        m_view->setApplication(Key);
        QCOMPARE(m_view->application(), Key);
        QCOMPARE(m_details->instance(), Instance);
        QCOMPARE(m_details->name(), QStringLiteral("payments-eu"));
        QCOMPARE(text(*m_view, QStringLiteral("title")), QStringLiteral("payments-eu"));
        QCOMPARE(text(*m_view, QStringLiteral("project")), QStringLiteral("payments"));
        // The cluster by name, then the namespace.
        QCOMPARE(text(*m_view, QStringLiteral("destination")),
                 QStringLiteral("eu-prod-1 · namespace payments"));
        const QString source = text(*m_view, QStringLiteral("source"));
        QVERIFY2(source.contains(QStringLiteral("https://git.example.org/platform/payments.git")) &&
                     source.contains(QStringLiteral("deploy/eu")) && source.contains(QStringLiteral("main")),
                 qPrintable(source));
        // Deployed is the newest history entry; Git has moved on.
        QCOMPARE(text(*m_view, QStringLiteral("revision")),
                 QStringLiteral("9a8b7c6 deployed · Git is at 4f1c2ab"));
        QCOMPARE(text(*m_view, QStringLiteral("syncStatus")), QStringLiteral("Out of sync"));
        QVERIFY(text(*m_view, QStringLiteral("healthStatus")).startsWith(QStringLiteral("Progressing")));
        QVERIFY(
            text(*m_view, QStringLiteral("healthStatus")).contains(QStringLiteral("Waiting for rollout")));
        QVERIFY(!child<QLabel>(*m_view, QStringLiteral("syncStatusIcon"))->pixmap().isNull());
        QVERIFY(!child<QLabel>(*m_view, QStringLiteral("healthStatusIcon"))->pixmap().isNull());
        QCOMPARE(text(*m_view, QStringLiteral("autoSync")),
                 QStringLiteral("Auto-sync on (prune on, self-heal on)"));
        const QString operation = text(*m_view, QStringLiteral("lastOperation"));
        QVERIFY2(operation.startsWith(QStringLiteral("Running since ")) &&
                     operation.contains(QStringLiteral("by admin")) &&
                     operation.contains(QStringLiteral("waiting for healthy state")),
                 qPrintable(operation));
        QVERIFY(shown(*m_view, QStringLiteral("conditionsFrame")));
        QVERIFY(text(*m_view, QStringLiteral("conditions"))
                    .startsWith(QStringLiteral("SyncError: Failed sync attempt")));
        QVERIFY(!shown(*m_view, QStringLiteral("goneNoticeFrame")));
    }

    void headerFollowsTheStore()
    {
        select();
        Application app = paymentsApp();
        app.health = HealthStatus::Healthy;
        app.healthMessage.clear();
        app.syncStatus = SyncStatus::Synced;
        app.syncRevision = DeployedSha;
        app.syncPolicy.enabled = false; // paused
        app.conditions.clear();
        app.operationState->phase = OperationPhase::Succeeded;
        app.operationState->finishedAt = utc(4, 10, 12);
        app.operationState->message = QStringLiteral("successfully synced");
        m_store->queueUpsert(Instance, app);
        m_store->flush();
        QCOMPARE(text(*m_view, QStringLiteral("healthStatus")), QStringLiteral("Healthy"));
        QCOMPARE(text(*m_view, QStringLiteral("syncStatus")), QStringLiteral("Synced"));
        QCOMPARE(text(*m_view, QStringLiteral("revision")), QStringLiteral("9a8b7c6 deployed"));
        QVERIFY(text(*m_view, QStringLiteral("autoSync")).startsWith(QStringLiteral("Auto-sync paused")));
        QVERIFY(text(*m_view, QStringLiteral("lastOperation")).startsWith(QStringLiteral("Succeeded at ")));
        QVERIFY(!shown(*m_view, QStringLiteral("conditionsFrame")));

        // Another application's change leaves the header alone.
        Application other = paymentsApp();
        other.name = QStringLiteral("other");
        other.health = HealthStatus::Degraded;
        m_store->queueUpsert(Instance, other);
        m_store->flush();
        QCOMPARE(text(*m_view, QStringLiteral("healthStatus")), QStringLiteral("Healthy"));

        // Gone: said so, the last state kept.
        m_store->queueRemoval(Instance, QStringLiteral("argocd"), QStringLiteral("payments-eu"));
        m_store->flush();
        QVERIFY(shown(*m_view, QStringLiteral("goneNoticeFrame")));
        QVERIFY(text(*m_view, QStringLiteral("goneNotice")).contains(QStringLiteral("no longer exists")));
        QCOMPARE(text(*m_view, QStringLiteral("title")), QStringLiteral("payments-eu"));
    }

    void switchesTabs()
    {
        select();
        auto *tabs = child<QTabWidget>(*m_view, QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 5);
        QVERIFY(tabs->tabText(ApplicationView::ResourcesTab).startsWith(QStringLiteral("Resources")));
        QVERIFY(tabs->tabText(ApplicationView::HistoryTab).startsWith(QStringLiteral("History")));
        QVERIFY(tabs->tabText(ApplicationView::EventsTab).startsWith(QStringLiteral("Events")));
        QVERIFY(tabs->tabText(ApplicationView::ManifestTab).startsWith(QStringLiteral("Manifest")));
        QVERIFY(tabs->tabText(ApplicationView::DiffTab).startsWith(QStringLiteral("Diff")));
        const QList<QPair<int, QString>> pages = {
            {ApplicationView::HistoryTab, QStringLiteral("historyList")},
            {ApplicationView::EventsTab, QStringLiteral("eventList")},
            {ApplicationView::ManifestTab, QStringLiteral("manifestEditor")},
            {ApplicationView::ResourcesTab, QStringLiteral("resourceTree")}};
        for (const auto &[index, widget] : pages) {
            m_view->setCurrentTab(index);
            QCOMPARE(m_view->currentTab(), index);
            QCOMPARE(tabs->currentIndex(), index);
            QVERIFY(m_view->findChild<QWidget *>(widget)->isVisible());
        }
    }

    void historyIsNewestFirst()
    {
        m_view->setApplication(Key);
        auto *history = child<QTreeWidget>(*m_view, QStringLiteral("historyList"));
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(0)->text(0), QStringLiteral("11"));
        QCOMPARE(history->topLevelItem(1)->text(0), QStringLiteral("10"));
        QCOMPARE(history->topLevelItem(2)->text(0), QStringLiteral("9"));
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("9a8b7c6"));
        QCOMPARE(history->topLevelItem(0)->toolTip(1), DeployedSha);
        // Deployed at, in local time.
        QCOMPARE(history->topLevelItem(0)->text(2),
                 QLocale().toString(utc(3, 10).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("automated"));
        QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("ada"));
        QCOMPARE(history->topLevelItem(0)->text(4), QStringLiteral("deploy/eu"));
        QCOMPARE(child<QTabWidget>(*m_view, QStringLiteral("tabs"))->tabText(ApplicationView::HistoryTab),
                 QStringLiteral("History (3)"));
    }

    void resourcesShowOwnersAndHealth()
    {
        select();
        auto *tree = child<QTreeView>(*m_view, QStringLiteral("resourceTree"));
        const QAbstractItemModel *rows = tree->model();
        emit m_details->treeChanged(sampleTree());

        // Top level, by kind: ConfigMap, Deployment, Service; Pods under the ReplicaSet under the Deployment.
        QCOMPARE(rows->rowCount(), 3);
        QVERIFY(tree->isColumnHidden(5)); // one namespace: no column for it
        QCOMPARE(cell(rows->index(0, 0), 0), QStringLiteral("ConfigMap"));
        const QPersistentModelIndex deployment = rows->index(1, 0);
        QCOMPARE(cell(deployment, 0), QStringLiteral("Deployment"));
        QCOMPARE(cell(deployment, 2), QStringLiteral("Progressing"));
        QVERIFY(!QModelIndex(deployment).siblingAtColumn(2).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(rows->rowCount(deployment), 1);
        const QPersistentModelIndex replicaSet = childOf(deployment, 0);
        QCOMPARE(cell(replicaSet, 0), QStringLiteral("ReplicaSet"));
        QCOMPARE(rows->rowCount(replicaSet), 2);
        const QPersistentModelIndex podA = childOf(replicaSet, 0);
        QCOMPARE(cell(podA, 1), QStringLiteral("eu-api-7f9c-a"));
        QCOMPARE(cell(podA, 3), QStringLiteral("Running · Containers: 1/1"));
        QCOMPARE(cell(podA, 4), QStringLiteral("registry.example.org/payments/api:2.14.0"));
        const QPersistentModelIndex podB = childOf(replicaSet, 1);
        QCOMPARE(cell(podB, 2), QStringLiteral("Degraded"));
        QVERIFY(cell(podB, 3).contains(QStringLiteral("Back-off pulling image")));
        QVERIFY(tree->isExpanded(deployment) && tree->isExpanded(replicaSet));
        // Not created yet: said in words; no health sent, none shown.
        QCOMPARE(cell(rows->index(0, 0), 3), QStringLiteral("not created yet"));
        QVERIFY(cell(rows->index(0, 0), 2).isEmpty());
        QVERIFY(rows->index(0, 1).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(child<QTabWidget>(*m_view, QStringLiteral("tabs"))->tabText(ApplicationView::ResourcesTab),
                 QStringLiteral("Resources (6)"));

        // A live update of the same objects changes rows in place: the selection and what
        // the operator collapsed stay.
        tree->setCurrentIndex(podB);
        tree->setExpanded(replicaSet, false);
        ResourceTree healed = sampleTree();
        for (ResourceNode &n : healed.nodes)
            if (n.uid == QStringLiteral("p2")) {
                n.health = HealthStatus::Healthy;
                n.healthMessage.clear();
            }
        emit m_details->treeChanged(healed);
        QCOMPARE(tree->currentIndex(), QModelIndex(podB));
        QCOMPARE(cell(podB, 2), QStringLiteral("Healthy"));
        QVERIFY(!tree->isExpanded(replicaSet));

        // A new Pod: rebuilt, still with the selection and the collapsed ReplicaSet.
        ResourceNode podC =
            node({}, QStringLiteral("Pod"), QStringLiteral("eu-api-7f9c-c"), QStringLiteral("p3"));
        podC.parents = {refTo(healed.nodes[5])};
        healed.nodes.append(podC);
        emit m_details->treeChanged(healed);
        QCOMPARE(cell(tree->currentIndex(), 1), QStringLiteral("eu-api-7f9c-b"));
        const QModelIndex rebuiltSet = childOf(rows->index(1, 0), 0);
        QCOMPARE(rows->rowCount(rebuiltSet), 3);
        QVERIFY(!tree->isExpanded(rebuiltSet));

        // The flat list: every resource at the top.
        QTest::mouseClick(child<QToolButton>(*m_view, QStringLiteral("listMode")), Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 7);
        QVERIFY(!tree->rootIsDecorated());
        QCOMPARE(cell(rows->index(0, 0), 0), QStringLiteral("ConfigMap"));
        QCOMPARE(cell(tree->currentIndex(), 1), QStringLiteral("eu-api-7f9c-b"));
        QTest::mouseClick(child<QToolButton>(*m_view, QStringLiteral("treeMode")), Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 3);
    }

    void eventsMarkWarnings()
    {
        select();
        auto *events = child<QTreeWidget>(*m_view, QStringLiteral("eventList"));
        emit m_details->eventsChanged(
            {makeEvent(QStringLiteral("Normal"), QStringLiteral("OperationStarted"), utc(4, 10)),
             makeEvent(QStringLiteral("Warning"), QStringLiteral("SyncFailed"), utc(4, 12)),
             makeEvent(QStringLiteral("Normal"), QStringLiteral("ResourceUpdated"), utc(4, 11))});
        QCOMPARE(events->topLevelItemCount(), 3);
        // Newest first.
        QCOMPARE(events->topLevelItem(0)->text(1), QStringLiteral("SyncFailed"));
        QCOMPARE(events->topLevelItem(1)->text(1), QStringLiteral("ResourceUpdated"));
        QCOMPARE(events->topLevelItem(2)->text(1), QStringLiteral("OperationStarted"));
        // The warning: the word, an icon and bold type, not only a colour.
        QTreeWidgetItem *warning = events->topLevelItem(0);
        QCOMPARE(warning->text(0), QStringLiteral("Warning"));
        QVERIFY(!warning->icon(0).isNull());
        QVERIFY(warning->font(0).bold());
        QCOMPARE(warning->data(0, Qt::UserRole + 2).toBool(), true);
        QTreeWidgetItem *normal = events->topLevelItem(1);
        QCOMPARE(normal->text(0), QStringLiteral("Normal"));
        QVERIFY(normal->icon(0).isNull());
        QVERIFY(!normal->font(0).bold());
        QCOMPARE(events->topLevelItem(0)->text(2), QStringLiteral("SyncFailed happened"));
        QCOMPARE(events->topLevelItem(0)->text(4), QStringLiteral("1"));
        auto *tabs = child<QTabWidget>(*m_view, QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(ApplicationView::EventsTab), QStringLiteral("Events (3)"));
        QVERIFY(!tabs->tabIcon(ApplicationView::EventsTab).isNull());
        QVERIFY(!shown(*m_view, QStringLiteral("eventsMessageFrame")));
    }

    void manifestIsHighlightedWithThePalettesTheme()
    {
        select();
        const QByteArray yaml =
            "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: payments-eu\n"
            "spec:\n  project: payments\n";
        emit m_details->manifestChanged(yaml);
        auto *editor = child<QPlainTextEdit>(*m_view, QStringLiteral("manifestEditor"));
        QCOMPARE(editor->toPlainText().toUtf8(), yaml);
        QVERIFY(editor->isReadOnly());
        auto *highlighter = editor->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->definition().name(), QStringLiteral("YAML"));
        QVERIFY(highlighter->theme().isValid());
        QVERIFY(!isDark(highlighter->theme()));
        // Highlighting happened: the keys carry formats.
        QTRY_VERIFY(!editor->document()->firstBlock().layout()->formats().isEmpty());

        // A dark palette brings a dark theme.
        applyColorScheme(ColorScheme::Dark);
        QTRY_VERIFY(isDark(highlighter->theme()));
        applyColorScheme(ColorScheme::Light);
        QTRY_VERIFY(!isDark(highlighter->theme()));
    }

    void bannersFollowThePalette()
    {
        m_view->setApplication(Key);
        auto *conditions = child<QFrame>(*m_view, QStringLiteral("conditionsFrame"));
        QVERIFY(shown(*m_view, QStringLiteral("conditionsFrame")));
        const QColor light = conditions->palette().color(QPalette::Window);
        QVERIFY(light.lightness() >= 128);
        applyColorScheme(ColorScheme::Dark);
        QTRY_VERIFY(conditions->palette().color(QPalette::Window).lightness() < 128);
        applyColorScheme(ColorScheme::Light);
        QTRY_COMPARE(conditions->palette().color(QPalette::Window), light);
    }

    void errorsAreShownInTheirTab()
    {
        // The details fail for every part: each tab says so, with the message; no dialog.
        select();
        QVERIFY(shown(*m_view, QStringLiteral("resourcesMessageFrame")));
        QVERIFY(text(*m_view, QStringLiteral("resourcesMessage")).contains(QStringLiteral("not connected")));
        QVERIFY(text(*m_view, QStringLiteral("eventsMessage")).contains(QStringLiteral("not connected")));
        QVERIFY(text(*m_view, QStringLiteral("manifestMessage")).contains(QStringLiteral("not connected")));
        for (QWidget *window : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QDialog *>(window) || !window->isVisible());

        // Data clears the error; a later failure keeps the data and says it is the last known.
        emit m_details->treeChanged(sampleTree());
        QVERIFY(!shown(*m_view, QStringLiteral("resourcesMessageFrame")));
        emit m_details->failed(QString(ApplicationDetails::TreePart),
                               QStringLiteral("The server failed (500)"));
        QVERIFY(shown(*m_view, QStringLiteral("resourcesMessageFrame")));
        QVERIFY(text(*m_view, QStringLiteral("resourcesMessage"))
                    .contains(QStringLiteral("The server failed (500)")));
        QCOMPARE(child<QTreeView>(*m_view, QStringLiteral("resourceTree"))->model()->rowCount(), 3);

        // A stream problem is a note beside the tree, not an error over it.
        emit m_details->failed(QString(ApplicationDetails::StreamPart),
                               QStringLiteral("Live updates stopped: gone."));
        QCOMPARE(text(*m_view, QStringLiteral("liveState")), QStringLiteral("Live updates stopped: gone."));
    }

    void answersForAnotherSelectionAreIgnored()
    {
        select();
        m_view->setApplication({});
        emit m_details->treeChanged(sampleTree());
        emit m_details->eventsChanged({makeEvent(QStringLiteral("Normal"), QStringLiteral("X"), utc(4, 10))});
        emit m_details->manifestChanged("kind: Application\n");
        select();
        QCOMPARE(child<QTreeView>(*m_view, QStringLiteral("resourceTree"))->model()->rowCount(), 0);
        QCOMPARE(child<QTreeWidget>(*m_view, QStringLiteral("eventList"))->topLevelItemCount(), 0);
        QVERIFY(child<QPlainTextEdit>(*m_view, QStringLiteral("manifestEditor"))->toPlainText().isEmpty());
    }

    void showsARealApplicationFromFleetsim()
    {
        testing::FleetsimFixture sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        FleetStore store;
        FleetConnector connector(&store);
        argocd::InstanceConfig config;
        config.name = QStringLiteral("sim");
        config.server = QUrl(sim.baseUrl());
        config.token = sim.token();
        testing::addArgoCdInstance(connector, config);
        ApplicationDetails details(&connector);
        ApplicationView view(&store, &details);
        view.resize(1100, 700);
        view.show();
        const QString key = QStringLiteral("sim/argocd/manual-prod-1");
        QTRY_VERIFY_WITH_TIMEOUT(store.application(key), 15000);

        view.setApplication(key);
        QCOMPARE(text(view, QStringLiteral("title")), QStringLiteral("manual-prod-1"));
        QCOMPARE(text(view, QStringLiteral("destination")), QStringLiteral("prod-1 · namespace manual"));
        QCOMPARE(text(view, QStringLiteral("syncStatus")), QStringLiteral("Out of sync"));
        auto *tree = child<QTreeView>(view, QStringLiteral("resourceTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPlainTextEdit>(view, QStringLiteral("manifestEditor"))
                                     ->toPlainText()
                                     .contains(QStringLiteral("name: manual-prod-1")),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(text(view, QStringLiteral("liveState")).startsWith(QStringLiteral("Live")),
                                 15000);

        // A sync shows up in the header and, through the stream, in the tree.
        const auto configMapStatus = [tree] {
            const QModelIndexList rows =
                tree->model()->match(tree->model()->index(0, 1), Qt::DisplayRole,
                                     QStringLiteral("web-config"), 1, Qt::MatchExactly | Qt::MatchRecursive);
            return rows.isEmpty() ? QStringLiteral("absent") : cell(rows.first(), 3);
        };
        QCOMPARE(configMapStatus(), QStringLiteral("not created yet")); // HEAD has it, the cluster not yet
        QCOMPARE(sim.post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(configMapStatus(), QString(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(text(view, QStringLiteral("syncStatus")), QStringLiteral("Synced"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QTreeWidget>(view, QStringLiteral("eventList"))->topLevelItemCount() > 0, 15000);
    }
};

QTEST_MAIN(ApplicationViewTest)
#include "tst_applicationview.moc"
