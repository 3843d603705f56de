// The Diff tab of the application view against an in-process sextant-fleetsim
// and the real ApplicationDiffLoader: differing resources listed and marked,
// the summary, "show all", selecting a resource before the diff arrives,
// fetching only while shown, and the error state with Retry.
#include "model/fleet/applicationdiffloader.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"
#include "views/applicationdifftab.h"
#include "views/diffview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace sextant;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

namespace {

QStringList listed(QTreeWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows << list->topLevelItem(i)->text(0) + u'=' + list->topLevelItem(i)->text(1);
    return rows;
}

} // namespace

class ApplicationDiffTabTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<FleetConnector> m_connector;
    std::unique_ptr<ApplicationDiffLoader> m_loader;
    std::unique_ptr<views::ApplicationDiffTab> m_tab;

    argocd::InstanceConfig instance() const
    {
        argocd::InstanceConfig config;
        config.name = u"sim"_s;
        config.server = QUrl(m_sim->baseUrl());
        config.token = m_sim->token();
        return config;
    }

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_tab->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    bool diffShown() const
    {
        return m_tab->diffView()->isVisible() && !m_tab->applicationDiff().resources.isEmpty();
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<FleetsimFixture>();
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_store = std::make_unique<FleetStore>();
        m_connector = std::make_unique<FleetConnector>(m_store.get());
        testing::addArgoCdInstance(*m_connector, instance());
        m_loader = std::make_unique<ApplicationDiffLoader>(m_connector.get());
        m_tab = std::make_unique<views::ApplicationDiffTab>();
        m_tab->setLoader(m_loader.get());
        m_tab->resize(1100, 700);
    }

    void cleanup()
    {
        m_tab.reset();
        m_loader.reset();
        m_connector.reset();
        m_store.reset();
        m_sim.reset();
    }

    void listsTheDifferingResourcesMarked()
    {
        m_tab->setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, {});
        m_tab->show();
        QTRY_VERIFY_WITH_TIMEOUT(diffShown(), 15000);
        auto *list = child<QTreeWidget>(u"diffResources"_s);
        QAbstractItemModelTester tester(list->model());
        QCOMPARE(listed(list), (QStringList{u"ConfigMap/web-config=To create"_s, u"Deployment/web=Modified"_s,
                                            u"Secret/web-db=Modified"_s}));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(!list->topLevelItem(i)->icon(0).isNull());
        const QString summary = child<QLabel>(u"diffSummary"_s)->text();
        QVERIFY2(summary.contains(u"2</b> modified"_s) && summary.contains(u"1</b> to create"_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"registry.test/web:1.0.0</b> → <b>registry.test/web:1.1.0"_s),
                 qPrintable(summary));
        QCOMPARE(m_tab->title(), u"Diff (3)"_s);
        // The first is selected and shown; to create: nothing on the live side.
        QCOMPARE(m_tab->selectedResource(), u"/ConfigMap/manual/web-config"_s);
        const diff::DiffDocument &document = m_tab->diffView()->document();
        QVERIFY(!document.rows.isEmpty());
        QCOMPARE(document.addedLines, document.rows.size());

        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(m_tab->selectedResource(), u"apps/Deployment/manual/web"_s);
        QCOMPARE(m_tab->diffView()->changeCount(), 1);
        QVERIFY(!child<QFrame>(u"diffStatusFrame"_s)->isVisible());
    }

    void showAllAddsTheUnchanged()
    {
        // Auto-synced: nothing differs, and the list says so until "show all".
        m_tab->setApplication({u"sim"_s, u"argocd"_s, u"web-dev-1"_s}, {});
        m_tab->show();
        QTRY_VERIFY_WITH_TIMEOUT(!m_tab->applicationDiff().resources.isEmpty(), 15000);
        auto *list = child<QTreeWidget>(u"diffResources"_s);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(u"diffNoSelection"_s)->isVisible());
        QVERIFY(child<QLabel>(u"diffSummary"_s)->text().contains(u"No differences"_s));
        QCOMPARE(m_tab->title(), u"Diff"_s);
        child<QCheckBox>(u"showAllResources"_s)->click();
        QCOMPARE(list->topLevelItemCount(), m_tab->applicationDiff().resources.size());
        QVERIFY(listed(list).contains(u"Deployment/web=Unchanged"_s));
        QVERIFY(m_tab->diffView()->isVisible());
        QCOMPARE(m_tab->diffView()->changeCount(), 0);
    }

    void selectsAResourceAskedForBeforeTheDiffArrived()
    {
        m_tab->setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, {});
        m_tab->selectResource(u"/Secret/manual/web-db"_s);
        m_tab->show();
        QTRY_COMPARE_WITH_TIMEOUT(m_tab->selectedResource(), u"/Secret/manual/web-db"_s, 15000);
        QVERIFY(m_tab->diffView()->isVisible());
        QCOMPARE(m_tab->diffView()->changeCount(), 1);
    }

    void fetchesOnlyWhileShown()
    {
        QSignalSpy loading(m_loader.get(), &ApplicationDiffLoader::loadingChanged);
        m_tab->setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, {});
        QVERIFY(m_loader->name().isEmpty());
        QVERIFY(loading.isEmpty());
        m_tab->show();
        QCOMPARE(m_loader->name(), u"manual-prod-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(diffShown(), 15000);
    }

    void aFailureOffersRetry()
    {
        m_connector->removeInstance(u"sim"_s);
        m_tab->setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, {});
        m_tab->show();
        auto *status = child<QFrame>(u"diffStatusFrame"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 15000);
        QVERIFY2(child<QLabel>(u"diffStatus"_s)->text().contains(u"sim"_s),
                 qPrintable(child<QLabel>(u"diffStatus"_s)->text()));
        auto *retry = child<QPushButton>(u"diffRetry"_s);
        QVERIFY(retry->isVisible());
        QVERIFY(!m_tab->diffView()->isVisible());

        testing::addArgoCdInstance(*m_connector, instance());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(diffShown(), 15000);
        QVERIFY(!status->isVisible());
    }
};

QTEST_MAIN(ApplicationDiffTabTest)
#include "tst_applicationdifftab.moc"
