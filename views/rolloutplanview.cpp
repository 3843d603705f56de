#include "views/rolloutplanview.h"

#include "model/actions/actionservice.h"
#include "model/fleet/fleetstore.h"
#include "views/actionstyle.h"
#include "views/messagebanner.h"
#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sextant::views {

using namespace Qt::StringLiterals;

namespace {

enum Column { NameColumn, ClusterColumn, InstanceColumn, WhenColumn, ColumnCount };

QString offsetText(std::chrono::seconds offset)
{
    const qint64 minutes = offset.count() / 60;
    if (minutes >= 60)
        return minutes % 60 ? u"+%1h%2m"_s.arg(minutes / 60).arg(minutes % 60) : u"+%1h"_s.arg(minutes / 60);
    return u"+%1m"_s.arg(minutes);
}

void addApps(QTreeWidgetItem *parent, const QList<rollout::ResolvedApp> &apps)
{
    for (const rollout::ResolvedApp &app : apps) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(NameColumn, app.app.appNamespace + u'/' + app.app.name);
        item->setText(ClusterColumn, app.cluster);
        item->setText(InstanceColumn, app.app.instance);
        item->setData(NameColumn, Qt::UserRole, app.app.key());
    }
}

} // namespace

RolloutPlanView::RolloutPlanView(FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_banner(new MessageBanner(u"rolloutPlanMessage"_s, this))
    , m_file(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_waves(new QTreeWidget(this))
    , m_debounce(new QTimer(this))
    , m_start(new QPushButton(tr("&Start rollout…"), this))
{
    setObjectName(u"rolloutPlanView"_s);
    m_editor->setObjectName(u"rolloutPlanEditor"_s);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("apiVersion: sextant.io/v1\nkind: WavePlan\n…  (or Open plan…)"));
    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"YAML"_s));
    applySyntaxTheme();
    m_problems->setObjectName(u"rolloutPlanProblems"_s);
    m_problems->setMaximumHeight(150);
    m_problems->setWordWrap(true);
    m_summary->setObjectName(u"rolloutPlanSummary"_s);
    m_summary->setWordWrap(true);
    m_file->setObjectName(u"rolloutPlanFile"_s);
    m_waves->setObjectName(u"rolloutPlanWaves"_s);
    m_waves->setColumnCount(ColumnCount);
    m_waves->setHeaderLabels({tr("Wave / application"), tr("Cluster"), tr("Instance"), tr("Earliest")});
    m_waves->setUniformRowHeights(true);
    m_waves->setAlternatingRowColors(true);
    m_waves->header()->resizeSection(NameColumn, 300);
    m_waves->header()->resizeSection(ClusterColumn, 120);
    m_waves->header()->resizeSection(InstanceColumn, 90);

    auto *open = new QPushButton(tr("&Open plan…"), this);
    open->setObjectName(u"rolloutPlanOpen"_s);
    connect(open, &QPushButton::clicked, this, &RolloutPlanView::openDialog);
    auto *top = new QHBoxLayout;
    top->addWidget(headingLabel(tr("Wave rollout plan"), this));
    top->addSpacing(12);
    top->addWidget(m_file, 1);
    top->addWidget(open);
    m_start->setObjectName(u"rolloutPlanStart"_s);
    m_start->setEnabled(false);
    m_start->setToolTip(tr("Holds the later waves, then releases the first; the dashboard (Ctrl+Shift+R) "
                           "follows it"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        dryRun();
        if (m_plan)
            emit startRequested(*m_plan, m_editor->toPlainText().toUtf8(), m_path, m_resolution);
    });
    top->addWidget(m_start);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_problems);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_waves, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(
        captionLabel(tr("A dry run against the fleet as loaded now: nothing is synced, paused or "
                        "committed. Later waves take only the apps no earlier wave took."),
                     this));
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &RolloutPlanView::dryRun);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // The fleet changes all the time: the dry run follows it only while the page is shown.
    connect(m_store, &FleetStore::applicationsChanged, this, [this] {
        if (isVisible())
            m_debounce->start();
        else
            m_staleFleet = true;
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        jumpTo({item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt()});
    });
    showProblems({});
    m_summary->setText(tr("Write or open a plan to see its waves."));
}

RolloutPlanView::~RolloutPlanView() = default;

void RolloutPlanView::setPlanText(const QString &text)
{
    m_file->clear();
    m_path.clear();
    m_editor->setPlainText(text);
    dryRun();
}

bool RolloutPlanView::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(
            MessageBanner::Tone::Error,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->clearMessage();
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_file->setText(QDir::toNativeSeparators(path));
    m_path = path;
    dryRun();
    return true;
}

void RolloutPlanView::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a wave plan"), QString(),
                                                      tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void RolloutPlanView::dryRun()
{
    m_debounce->stop();
    m_staleFleet = false;
    const QString text = m_editor->toPlainText();
    m_waves->clear();
    m_resolution = {};
    m_plan.reset();
    m_start->setEnabled(false);
    if (text.trimmed().isEmpty()) {
        showProblems({});
        m_summary->setText(tr("Write or open a plan to see its waves."));
        return;
    }
    const rollout::ParsedPlan parsed = rollout::parseWavePlan(text.toUtf8());
    if (!parsed.plan) {
        showProblems(parsed.problems);
        m_summary->setText(tr("The plan does not validate: fix the problems listed under it."));
        return;
    }
    QList<const Application *> applications;
    applications.reserve(m_store->applications().size());
    for (const Application &app : m_store->applications())
        applications.append(&app);
    m_resolution = rollout::resolvePlan(*parsed.plan, applications, m_store->clusters(),
                                        {m_store->projects(), QDateTime::currentDateTimeUtc()});
    showProblems(m_resolution.problems);
    showResolution(*parsed.plan);
    if (m_resolution.problems.isEmpty()) {
        m_plan = parsed.plan;
        m_start->setEnabled(true);
        if (m_actions)
            previewRollbacks(*parsed.plan);
    }
}

void RolloutPlanView::showProblems(const QList<rollout::PlanProblem> &problems)
{
    m_currentProblems = problems;
    m_problems->clear();
    for (const rollout::PlanProblem &problem : problems) {
        auto *item = new QListWidgetItem(
            tr("Line %1, column %2: %3").arg(problem.at.line).arg(problem.at.column).arg(problem.message),
            m_problems);
        item->setData(Qt::UserRole, problem.at.line);
        item->setData(Qt::UserRole + 1, problem.at.column);
        item->setForeground(dangerColor(palette()));
        item->setToolTip(problem.message);
    }
    m_problems->setVisible(!problems.isEmpty());
    // The lines with a problem are tinted in the editor.
    QList<QTextEdit::ExtraSelection> marks;
    QColor tint = dangerColor(palette());
    tint.setAlphaF(0.18f);
    for (const rollout::PlanProblem &problem : problems) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(problem.at.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(tint);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_editor->setExtraSelections(marks);
}

void RolloutPlanView::setRevertPreviews(ActionService *actions)
{
    m_actions = actions;
    connect(actions, &ActionService::gitChangePreviewReady, this, &RolloutPlanView::showRollbackPreview);
}

namespace {

QString rollbackKey(const QString &revision, const QStringList &keys)
{
    return revision + u'\n' + keys.join(u'\n');
}

QString rollbackText(const GitChangeProposal &proposal)
{
    if (!proposal.error.isEmpty())
        return RolloutPlanView::tr("Roll back: not possible — %1").arg(proposal.error);
    if (!proposal.conflicts.isEmpty())
        return RolloutPlanView::tr("Roll back: refused, %n file(s) changed since the target: %1", nullptr,
                                   int(proposal.conflicts.size()))
            .arg(proposal.conflicts.join(u", "_s));
    return RolloutPlanView::tr("Roll back: a revert commit on %1 would change %n file(s) in %2", nullptr,
                               int(proposal.files.size()))
        .arg(proposal.trackedBranch.isEmpty() ? proposal.onto.left(7) : proposal.trackedBranch,
             proposal.paths.join(u", "_s));
}

} // namespace

void RolloutPlanView::previewRollbacks(const rollout::WavePlan &plan)
{
    for (int i = 0; i < m_resolution.waves.size(); ++i) {
        const rollout::ResolvedWave &wave = m_resolution.waves.at(i);
        if (wave.apps.isEmpty())
            continue;
        QStringList keys;
        for (const rollout::ResolvedApp &app : wave.apps)
            keys << app.app.key();
        const QString key = rollbackKey(plan.revision, keys);
        if (const auto known = m_rollbackTexts.constFind(key); known != m_rollbackTexts.cend()) {
            setRollbackText(i, *known);
            continue;
        }
        setRollbackText(
            i,
            tr("Roll back: previewing the revert of %1 in this wave's overlays…").arg(plan.revision.left(7)));
        const quint64 request =
            m_actions->previewPathRevert(keys, plan.revision, tr("wave %1").arg(wave.name));
        m_rollbackRequests.insert(request, {key, i});
    }
}

void RolloutPlanView::showRollbackPreview(const GitChangeProposal &proposal)
{
    const auto found = m_rollbackRequests.constFind(proposal.requestId);
    if (found == m_rollbackRequests.cend())
        return;
    const auto [key, wave] = *found;
    m_rollbackRequests.erase(found);
    const QString text = rollbackText(proposal);
    // A failure (a target not pushed yet, a fetch that failed) is asked again at the next dry run.
    if (proposal.error.isEmpty())
        m_rollbackTexts.insert(key, text);
    // Shown only if the dry run on screen is still the one it was asked for.
    if (m_plan && wave < m_resolution.waves.size()) {
        QStringList keys;
        for (const rollout::ResolvedApp &app : m_resolution.waves.at(wave).apps)
            keys << app.app.key();
        if (rollbackKey(m_plan->revision, keys) == key)
            setRollbackText(wave, text);
    }
}

void RolloutPlanView::setRollbackText(int wave, const QString &text)
{
    QTreeWidgetItem *item = m_waves->topLevelItem(wave);
    if (!item || item->childCount() < 2)
        return;
    QTreeWidgetItem *row = item->child(1);
    row->setText(NameColumn, text);
    row->setToolTip(NameColumn, text);
}

void RolloutPlanView::showResolution(const rollout::WavePlan &plan)
{
    qsizetype apps = 0;
    for (const rollout::ResolvedWave &wave : m_resolution.waves)
        apps += wave.apps.size();
    const std::chrono::seconds finish =
        m_resolution.waves.isEmpty() ? std::chrono::seconds(0) : m_resolution.waves.last().earliestFinish;
    QString summary =
        tr("<b>%1</b>: target <tt>%2</tt> · %3 apps in %4 waves · earliest finish %5 after the start, "
           "if every gate passes at once")
            .arg(plan.name.toHtmlEscaped(), plan.revision.left(12))
            .arg(apps)
            .arg(m_resolution.waves.size())
            .arg(offsetText(finish));
    if (!m_resolution.problems.isEmpty())
        summary += u"<br>"_s + tr("Fix the problems first: a plan with problems cannot run.");
    m_summary->setText(summary);

    for (qsizetype i = 0; i < m_resolution.waves.size(); ++i) {
        const rollout::ResolvedWave &wave = m_resolution.waves[i];
        auto *item = new QTreeWidgetItem(m_waves);
        item->setText(NameColumn, tr("%1 · %2 — %n app(s), %3 at a time", nullptr, int(wave.apps.size()))
                                      .arg(i + 1)
                                      .arg(wave.name)
                                      .arg(wave.maxParallel));
        item->setText(WhenColumn,
                      u"%1 → %2"_s.arg(offsetText(wave.earliestStart), offsetText(wave.earliestFinish)));
        QFont bold = item->font(NameColumn);
        bold.setBold(true);
        item->setFont(NameColumn, bold);
        auto *gates = new QTreeWidgetItem(item);
        gates->setText(NameColumn, tr("Gates: %1").arg(wave.gates.join(u" · "_s)));
        gates->setToolTip(NameColumn, wave.gates.join(u'\n'));
        gates->setFirstColumnSpanned(true);
        QFont italic = gates->font(NameColumn);
        italic.setItalic(true);
        gates->setFont(NameColumn, italic);
        if (m_actions && !wave.apps.isEmpty()) {
            auto *rollback = new QTreeWidgetItem(item);
            rollback->setFirstColumnSpanned(true);
            rollback->setFont(NameColumn, italic);
        }
        addApps(item, wave.apps);
        item->setExpanded(true);
    }
    auto *rest = new QTreeWidgetItem(m_waves);
    rest->setText(NameColumn, tr("In no wave — %n app(s) the selection covers", nullptr,
                                 int(m_resolution.unselected.size())));
    addApps(rest, m_resolution.unselected);
    rest->setExpanded(true);
}

void RolloutPlanView::jumpTo(const rollout::SourceMark &mark)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, mark.line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, mark.column - 1));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void RolloutPlanView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Branches may have moved while the page was hidden: rollbacks are previewed again.
    m_rollbackTexts.clear();
    if (m_staleFleet || m_actions)
        dryRun();
}

void RolloutPlanView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RolloutPlanView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applySyntaxTheme();
}

void RolloutPlanView::applySyntaxTheme()
{
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

} // namespace sextant::views
