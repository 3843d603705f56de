// The resource tree model: owners above what they own, updated with minimal
// inserts, removals, moves and dataChanged runs as live trees arrive, and reset
// only for another application. QAbstractItemModelTester (fatal) watches every
// step.
#include "model/itemmodels/resourcetreemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sextant;
using namespace Qt::StringLiterals;

namespace {

const AppRef Payments{u"eu"_s, u"argocd"_s, u"payments"_s};
const AppRef Checkout{u"eu"_s, u"argocd"_s, u"checkout"_s};

ResourceNode node(const QString &group, const QString &kind, const QString &name, const QString &uid,
                  HealthStatus health = HealthStatus::Healthy)
{
    ResourceNode n;
    n.group = group;
    n.version = u"v1"_s;
    n.kind = kind;
    n.ns = u"payments"_s;
    n.name = name;
    n.uid = uid;
    n.health = health;
    return n;
}

ResourceNode ownedBy(ResourceNode n, const ResourceNode &owner)
{
    n.parents = {{owner.group, owner.version, owner.kind, owner.ns, owner.name, owner.uid}};
    return n;
}

ResourceNode deployment()
{
    return node(u"apps"_s, u"Deployment"_s, u"api"_s, u"d1"_s, HealthStatus::Progressing);
}
ResourceNode replicaSet(const QString &name = u"api-7f9c"_s, const QString &uid = u"r1"_s)
{
    return ownedBy(node(u"apps"_s, u"ReplicaSet"_s, name, uid), deployment());
}
ResourceNode pod(const QString &name, const QString &uid, const ResourceNode &owner = replicaSet())
{
    ResourceNode p = ownedBy(node({}, u"Pod"_s, name, uid), owner);
    p.info = {{u"Status Reason"_s, u"Running"_s}, {u"Containers"_s, u"1/1"_s}};
    return p;
}
ResourceNode service()
{
    return node({}, u"Service"_s, u"api"_s, u"s1"_s);
}
ResourceNode configMapToCreate()
{
    ResourceNode n = node({}, u"ConfigMap"_s, u"api-config"_s, {}, HealthStatus::Unknown);
    n.exists = false;
    return n;
}

// Deployment → ReplicaSet → two Pods, a Service, and a ConfigMap still to be
// created; in the server's order, not the display order.
ResourceTree sample()
{
    return {{configMapToCreate(), pod(u"api-7f9c-a"_s, u"p1"_s), pod(u"api-7f9c-b"_s, u"p2"_s), service(),
             deployment(), replicaSet()}};
}

// The model as lines "depth-indented Kind/name · status", depth first.
QStringList shape(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, ResourceTreeModel::KindColumn, parent);
        lines << QString(depth * 2, u' ') + index.data().toString() + u'/' +
                     index.siblingAtColumn(ResourceTreeModel::NameColumn).data().toString() + u" · "_s +
                     index.siblingAtColumn(ResourceTreeModel::StatusColumn).data().toString();
        lines += shape(model, index, depth + 1);
    }
    return lines;
}

struct Spies {
    explicit Spies(const QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layouts(model, &QAbstractItemModel::layoutChanged)
    {}
    int total() const
    {
        return int(resets.size() + inserted.size() + removed.size() + moved.size() + changed.size() +
                   layouts.size());
    }
    void clear()
    {
        for (QSignalSpy *spy : {&resets, &inserted, &removed, &moved, &changed, &layouts})
            spy->clear();
    }
    QSignalSpy resets, inserted, removed, moved, changed, layouts;
};

} // namespace

class ResourceTreeModelTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ResourceTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex at(const QString &identity, int column = ResourceTreeModel::KindColumn) const
    {
        return m_model->indexForIdentity(identity, column);
    }

private slots:
    void init()
    {
        m_model = std::make_unique<ResourceTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setApplication(Payments);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void ownersHoldWhatTheyOwn()
    {
        QVERIFY(!m_model->hasTree());
        m_model->setTree(sample());
        QVERIFY(m_model->hasTree());
        QCOMPARE(
            shape(*m_model),
            QStringList({u"ConfigMap/api-config · not created yet"_s, u"Deployment/api · "_s,
                         u"  ReplicaSet/api-7f9c · "_s, u"    Pod/api-7f9c-a · Running · Containers: 1/1"_s,
                         u"    Pod/api-7f9c-b · Running · Containers: 1/1"_s, u"Service/api · "_s}));
        QCOMPARE(m_model->headerData(ResourceTreeModel::HealthColumn, Qt::Horizontal).toString(),
                 u"Health"_s);

        const QModelIndex deploy = at(deployment().identity(), ResourceTreeModel::HealthColumn);
        QCOMPARE(deploy.data(ResourceTreeModel::HealthRole).toInt(), int(HealthStatus::Progressing));
        QVERIFY(deploy.data().toString().isEmpty()); // the widgets name and draw the health
        QCOMPARE(deploy.data(ResourceTreeModel::IdentityRole).toString(), u"apps/Deployment/payments/api"_s);
        QCOMPARE(at(deployment().identity()).data(Qt::ToolTipRole).toString(), u"apps/v1"_s);
        QCOMPARE(at(service().identity(), ResourceTreeModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 u"api\nUID s1"_s);

        // Still to be created: said so, no health, not existing.
        const QModelIndex configMap = at(configMapToCreate().identity(), ResourceTreeModel::HealthColumn);
        QVERIFY(!configMap.data(ResourceTreeModel::HealthRole).isValid());
        QCOMPARE(configMap.data(ResourceTreeModel::ExistsRole).toBool(), false);
        QCOMPARE(at(service().identity()).data(ResourceTreeModel::ExistsRole).toBool(), true);
        QVERIFY(!m_model->spansNamespaces());
    }

    void sameTreeChangesNothing()
    {
        m_model->setTree(sample());
        Spies spies(m_model.get());
        m_model->setTree(sample());
        QCOMPARE(spies.total(), 0);
    }

    void healthChangeIsOneRowChanged()
    {
        m_model->setTree(sample());
        const QPersistentModelIndex podB = at(pod(u"api-7f9c-b"_s, u"p2"_s).identity());
        Spies spies(m_model.get());
        ResourceTree degraded = sample();
        degraded.nodes[2].health = HealthStatus::Degraded;
        degraded.nodes[2].healthMessage = u"Back-off pulling image"_s;
        m_model->setTree(degraded);

        QCOMPARE(spies.total(), 1);
        QCOMPARE(spies.changed.size(), 1);
        const auto topLeft = spies.changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = spies.changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, podB.sibling(podB.row(), 0));
        QCOMPARE(bottomRight, podB.sibling(podB.row(), ResourceTreeModel::ColumnCount - 1));
        QCOMPARE(QModelIndex(podB)
                     .siblingAtColumn(ResourceTreeModel::HealthColumn)
                     .data(ResourceTreeModel::HealthRole)
                     .toInt(),
                 int(HealthStatus::Degraded));
        QCOMPARE(QModelIndex(podB).siblingAtColumn(ResourceTreeModel::StatusColumn).data().toString(),
                 u"Running · Containers: 1/1 · Back-off pulling image"_s);
    }

    void podsComeAndGo()
    {
        m_model->setTree(sample());
        const QModelIndex set = at(replicaSet().identity());
        const QPersistentModelIndex podB = at(pod(u"api-7f9c-b"_s, u"p2"_s).identity());
        Spies spies(m_model.get());

        ResourceTree tree = sample();
        tree.nodes << pod(u"api-7f9c-c"_s, u"p3"_s);
        m_model->setTree(tree);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).value<QModelIndex>(), set);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 2);
        QCOMPARE(spies.inserted.first().at(2).toInt(), 2);

        spies.clear();
        tree.nodes.removeAt(1); // pod a
        m_model->setTree(tree);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(0).value<QModelIndex>(), set);
        QCOMPARE(spies.removed.first().at(1).toInt(), 0);
        QCOMPARE(spies.removed.first().at(2).toInt(), 0);
        QVERIFY(!at(pod(u"api-7f9c-a"_s, u"p1"_s).identity()).isValid());
        QVERIFY(podB.isValid());
        QCOMPARE(podB.row(), 0);
        QCOMPARE(m_model->rowCount(set), 2);

        // A whole new Deployment with its ReplicaSet and Pod.
        spies.clear();
        ResourceNode worker = node(u"apps"_s, u"Deployment"_s, u"worker"_s, u"d2"_s);
        ResourceNode workerSet = ownedBy(node(u"apps"_s, u"ReplicaSet"_s, u"worker-1"_s, u"r9"_s), worker);
        tree.nodes << worker << workerSet << pod(u"worker-1-a"_s, u"p9"_s, workerSet);
        m_model->setTree(tree);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.inserted.size(), 3); // each level under the one before
        QCOMPARE(m_model->rowCount(at(workerSet.identity())), 1);

        // And gone again: one removal takes the subtree.
        spies.clear();
        tree.nodes.resize(tree.nodes.size() - 3);
        m_model->setTree(tree);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(spies.removed.size(), 1);
        QVERIFY(!at(workerSet.identity()).isValid());
        QVERIFY(podB.isValid());
    }

    void newOwnerMovesTheRow()
    {
        m_model->setTree(sample());
        const ResourceNode podA = pod(u"api-7f9c-a"_s, u"p1"_s);
        QPersistentModelIndex moving = at(podA.identity());
        Spies spies(m_model.get());

        // A rollout: a second ReplicaSet takes over pod a.
        const ResourceNode newSet = replicaSet(u"api-8e2d"_s, u"r2"_s);
        ResourceTree tree = sample();
        tree.nodes[1] = pod(u"api-7f9c-a"_s, u"p1"_s, newSet);
        tree.nodes << newSet;
        m_model->setTree(tree);
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.inserted.size(), 1); // the new ReplicaSet
        QCOMPARE(spies.moved.size(), 1);
        QVERIFY(moving.isValid());
        QCOMPARE(moving.parent(), at(newSet.identity()));
        QCOMPARE(moving.data(ResourceTreeModel::IdentityRole).toString(), podA.identity());

        // The Deployment goes; what it owned comes to the top.
        spies.clear();
        const QPersistentModelIndex oldSet = at(replicaSet().identity());
        tree.nodes.removeAt(4);
        m_model->setTree(tree);
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.moved.size(), 2);
        QVERIFY(oldSet.isValid() && moving.isValid());
        QVERIFY(!oldSet.parent().isValid());
        QCOMPARE(shape(*m_model),
                 QStringList({u"ConfigMap/api-config · not created yet"_s, u"ReplicaSet/api-7f9c · "_s,
                              u"  Pod/api-7f9c-b · Running · Containers: 1/1"_s, u"ReplicaSet/api-8e2d · "_s,
                              u"  Pod/api-7f9c-a · Running · Containers: 1/1"_s, u"Service/api · "_s}));
    }

    void flatListAndBack()
    {
        m_model->setTree(sample());
        const QStringList tree = shape(*m_model);
        const QPersistentModelIndex podB = at(pod(u"api-7f9c-b"_s, u"p2"_s).identity());
        Spies spies(m_model.get());

        m_model->setLayout(ResourceLayout::Flat);
        QCOMPARE(spies.resets.size(), 0);
        QCOMPARE(spies.inserted.size() + spies.removed.size(), 0);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(shape(*m_model).first(), u"ConfigMap/api-config · not created yet"_s);
        QVERIFY(podB.isValid() && !podB.parent().isValid());

        m_model->setLayout(ResourceLayout::ByOwner);
        QCOMPARE(shape(*m_model), tree);
        QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.resets.size(), 0);
        QVERIFY(podB.isValid());
        QCOMPARE(podB.parent(), at(replicaSet().identity()));
    }

    void anotherApplicationResets()
    {
        m_model->setTree(sample());
        Spies spies(m_model.get());
        m_model->setApplication(Payments);
        QCOMPARE(spies.total(), 0);
        QCOMPARE(m_model->rowCount(), 3);

        m_model->setApplication(Checkout);
        QCOMPARE(spies.resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->hasTree());
        QVERIFY(!at(service().identity()).isValid());

        // The next tree builds rows again, without another reset.
        m_model->setTree({{service()}});
        QCOMPARE(spies.resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
    }

    // Whatever came before, the rows end as a fresh model shows the last tree.
    void updatesEndAsAFreshModel_data()
    {
        QTest::addColumn<QList<ResourceTree>>("trees");
        const ResourceTree full = sample();
        ResourceTree reversed = full;
        std::reverse(reversed.nodes.begin(), reversed.nodes.end());
        ResourceTree noReplicaSet = full;
        noReplicaSet.nodes.removeAt(5);
        ResourceTree otherNamespace = full;
        otherNamespace.nodes[3].ns = u"edge"_s;
        ResourceTree duplicated = full;
        duplicated.nodes << service();
        ResourceTree byNameOnly = full; // owners referenced without uid
        for (ResourceNode &n : byNameOnly.nodes)
            for (ResourceRef &ref : n.parents)
                ref.uid.clear();
        ResourceNode a = node({}, u"Thing"_s, u"a"_s, u"a1"_s);
        ResourceNode b = ownedBy(node({}, u"Thing"_s, u"b"_s, u"b1"_s), a);
        a = ownedBy(a, b);
        const ResourceTree loop{{a, b, service()}};

        QTest::addRow("add and remove") << QList<ResourceTree>{{}, full, noReplicaSet, full, {}};
        QTest::addRow("server order changes") << QList<ResourceTree>{full, reversed};
        QTest::addRow("owner vanishes and returns") << QList<ResourceTree>{full, noReplicaSet, full};
        QTest::addRow("second namespace") << QList<ResourceTree>{full, otherNamespace};
        QTest::addRow("repeated identity") << QList<ResourceTree>{full, duplicated, full};
        QTest::addRow("owners by name") << QList<ResourceTree>{full, byNameOnly};
        QTest::addRow("owners that loop") << QList<ResourceTree>{full, loop, full};
    }

    void updatesEndAsAFreshModel()
    {
        QFETCH(QList<ResourceTree>, trees);
        for (const ResourceTree &tree : std::as_const(trees))
            m_model->setTree(tree);
        ResourceTreeModel fresh;
        QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
        fresh.setTree(trees.constLast());
        QCOMPARE(shape(*m_model), shape(fresh));
        QCOMPARE(m_model->spansNamespaces(), fresh.spansNamespaces());
    }

    void loopingOwnersStayATree()
    {
        ResourceNode a = node({}, u"Thing"_s, u"a"_s, u"a1"_s);
        ResourceNode b = ownedBy(node({}, u"Thing"_s, u"b"_s, u"b1"_s), a);
        a = ownedBy(a, b);
        m_model->setTree({{a, b}});
        // a closes the loop and goes to the top; b stays under it.
        QCOMPARE(shape(*m_model), QStringList({u"Thing/a · "_s, u"  Thing/b · "_s}));
    }

    void namespacesAreCounted()
    {
        ResourceTree tree = sample();
        tree.nodes[3].ns = u"edge"_s;
        m_model->setTree(tree);
        QVERIFY(m_model->spansNamespaces());
        QCOMPARE(at(service().identity()).isValid(), false); // the identity names the namespace
        QCOMPARE(at(u"/Service/edge/api"_s, ResourceTreeModel::NamespaceColumn).data().toString(), u"edge"_s);
    }
};

QTEST_MAIN(ResourceTreeModelTest)
#include "tst_resourcetreemodel.moc"
