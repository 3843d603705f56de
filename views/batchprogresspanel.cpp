#include "views/batchprogresspanel.h"

#include "views/actionstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sextant::views {

BatchProgressPanel::BatchProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problems(new QTreeWidget(this))
{
    m_bar->setObjectName(QStringLiteral("batchProgress"));
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("batchProblems"));
    m_problems->setHeaderLabels({tr("Application"), tr("Outcome"), tr("Why")});
    m_problems->setRootIsDecorated(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->header()->setStretchLastSection(true);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
}

void BatchProgressPanel::start(const QString &verb, int total)
{
    m_verb = verb;
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(0);
    m_status->setText(tr("%1 %n app(s)…", nullptr, total).arg(verb));
    m_problems->clear();
    m_problems->hide();
}

void BatchProgressPanel::setProgress(const BatchProgress &progress)
{
    m_bar->setRange(0, qMax(progress.total, 1));
    m_bar->setValue(progress.done);
    QString text = tr("%1: %2 of %3 done").arg(m_verb).arg(progress.done).arg(progress.total);
    if (progress.failed > 0)
        text += tr(", %n failed", nullptr, progress.failed);
    if (!progress.current.isEmpty())
        text += tr(" — last: %1").arg(progress.current);
    m_status->setText(text);
}

void BatchProgressPanel::setOutcome(const BatchOutcome &outcome)
{
    m_bar->setRange(0, qMax(outcome.total, 1));
    m_bar->setValue(outcome.total);
    const QString seconds = QLocale().toString(double(outcome.elapsedMs) / 1000.0, 'f', 1);
    QString text = tr("%1 of %n app(s) done in %2 s.", nullptr, outcome.total)
                       .arg(outcome.succeeded.size())
                       .arg(seconds);
    if (!outcome.failed.isEmpty())
        text += QStringLiteral(" ") + tr("%n failed.", nullptr, int(outcome.failed.size()));
    if (!outcome.skipped.isEmpty()) {
        // Said by reason ("31 already resumed."), so nothing skipped reads as done.
        QMap<QString, int> reasons;
        for (const AppProblem &problem : outcome.skipped)
            ++reasons[problem.message];
        if (reasons.size() == 1)
            text += QStringLiteral(" ") +
                    tr("%n skipped: %1.", nullptr, int(outcome.skipped.size())).arg(reasons.firstKey());
        else
            text += QStringLiteral(" ") + tr("%n skipped.", nullptr, int(outcome.skipped.size()));
    }
    for (const QString &note : outcome.notes)
        text += QStringLiteral("\n") + note;
    m_status->setText(text);
    QPalette palette = m_status->palette();
    if (!outcome.failed.isEmpty())
        palette.setColor(QPalette::WindowText, dangerColor(palette));
    m_status->setPalette(palette);

    m_problems->clear();
    const QColor danger = dangerColor(palette);
    for (const AppProblem &problem : outcome.failed) {
        auto *item = new QTreeWidgetItem(m_problems, {problem.target.label(), tr("failed"), problem.message});
        item->setForeground(1, danger);
        item->setToolTip(2, problem.message);
    }
    for (const AppProblem &problem : outcome.skipped) {
        auto *item =
            new QTreeWidgetItem(m_problems, {problem.target.label(), tr("skipped"), problem.message});
        item->setToolTip(2, problem.message);
    }
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
}

QString BatchProgressPanel::statusText() const
{
    return m_status->text();
}

} // namespace sextant::views
