#include "views/rollingsyncview.h"

#include "views/waveprogressdelegate.h"

#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace sextant::views {

namespace {

enum Column { NameColumn, StateColumn, ProgressColumn, TrendColumn, GateColumn, WhyColumn };

} // namespace

void fillRollingSyncSteps(QTreeWidget *tree, const QList<rollout::RollingStepSummary> &steps)
{
    if (tree->topLevelItemCount() != steps.size()) {
        tree->clear();
        for (qsizetype i = 0; i < steps.size(); ++i)
            new QTreeWidgetItem(tree);
    }
    for (int i = 0; i < steps.size(); ++i) {
        const rollout::RollingStepSummary &step = steps.at(i);
        QTreeWidgetItem *item = tree->topLevelItem(i);
        item->setText(NameColumn, step.number > 0 ? QObject::tr("step %1").arg(step.number) : step.label);
        item->setToolTip(NameColumn, step.label);
        item->setText(StateColumn, step.state);
        QVariantList counts;
        for (int count : step.counts)
            counts << count;
        item->setData(ProgressColumn, WaveProgressDelegate::CountsRole, counts);
        item->setData(TrendColumn, HealthTrendDelegate::TrendRole, QVariantList());
        item->setText(GateColumn, step.number > 0 ? step.label.section(u": "_s, 1) : QString());
        item->setToolTip(GateColumn, step.label);
        item->setText(WhyColumn, step.why);
        item->setToolTip(WhyColumn, step.why);
        if (item->childCount() != step.apps.size()) {
            qDeleteAll(item->takeChildren());
            for (qsizetype a = 0; a < step.apps.size(); ++a)
                new QTreeWidgetItem(item);
        }
        for (int a = 0; a < step.apps.size(); ++a) {
            const rollout::RollingStepSummary::App &app = step.apps.at(a);
            QTreeWidgetItem *child = item->child(a);
            child->setText(NameColumn, app.status.application);
            child->setText(StateColumn, app.status.status);
            child->setText(ProgressColumn, rollout::toString(app.progress));
            child->setText(GateColumn, QObject::tr("→ %1").arg(app.status.revision.left(7)));
            child->setToolTip(GateColumn, QObject::tr("the revision the ApplicationSet wants"));
            child->setText(WhyColumn, app.status.message.isEmpty()
                                          ? app.detail
                                          : app.detail + u" · "_s + app.status.message);
            child->setToolTip(WhyColumn, child->text(WhyColumn));
        }
    }
}

QString appSetChoice(const ApplicationSetProgress &set)
{
    return u"appset\n%1\n%2"_s.arg(set.instance, set.name);
}

bool isAppSetChoice(const QString &choice)
{
    return choice.startsWith("appset\n"_L1);
}

std::pair<QString, QString> appSetOfChoice(const QString &choice)
{
    const QStringList parts = choice.split(u'\n');
    return {parts.value(1), parts.value(2)};
}

} // namespace sextant::views
