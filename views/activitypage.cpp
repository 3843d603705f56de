#include "views/activitypage.h"

#include "model/actions/actionservice.h"
#include "model/itemmodels/journaltablemodel.h"
#include "views/actionstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sextant::views {

namespace {

// Runs on a pool thread: encodes and writes atomically; the error in words, empty on success.
QString writeJournal(const QList<JournalEntry> &entries, const QString &path, ActivityPage::Format format)
{
    const QByteArray bytes =
        format == ActivityPage::Format::Csv ? journalToCsv(entries) : journalToJson(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

ActivityPage::ActivityPage(ActionService *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(new JournalTableModel(this))
    , m_failureProxy(new QSortFilterProxyModel(this))
    , m_textProxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_failures(new QCheckBox(tr("Failures &only"), this))
    , m_table(new QTableView(this))
    , m_status(captionLabel(QString(), this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_failureProxy->setSourceModel(m_model);
    m_failureProxy->setFilterRole(JournalTableModel::ResultRole);
    m_failureProxy->setFilterKeyColumn(JournalTableModel::ResultColumn);
    m_textProxy->setSourceModel(m_failureProxy);
    m_textProxy->setFilterKeyColumn(-1);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textProxy->setSortRole(JournalTableModel::TimestampRole);

    auto *heading = headingLabel(tr("Activity"), this);
    auto *caption =
        captionLabel(tr("Every action sent from this workstation, newest first: who did what to which "
                        "target, why, and how it ended."),
                     this);

    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setPlaceholderText(tr("Filter by app, user, reason, error…"));
    m_filter->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("activityAction"));
    m_action->addItem(tr("All actions"), QString());
    for (ActionKind kind :
         {ActionKind::Sync, ActionKind::SyncPreview, ActionKind::Refresh, ActionKind::HardRefresh,
          ActionKind::Terminate, ActionKind::Pause, ActionKind::Resume, ActionKind::Rollback,
          ActionKind::FreezeProject, ActionKind::UnfreezeProject, ActionKind::GitRevert, ActionKind::Promote,
          ActionKind::GitAdopt})
        m_action->addItem(toString(kind), toString(kind));
    m_failures->setObjectName(QStringLiteral("activityFailuresOnly"));
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto *json = new QPushButton(tr("Export &JSON…"), this);
    json->setObjectName(QStringLiteral("exportJson"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_action);
    bar->addWidget(m_failures);
    bar->addWidget(reloadButton);
    bar->addSpacing(12);
    bar->addWidget(csv);
    bar->addWidget(json);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_textProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalTableModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JournalTableModel::WhenColumn, 150);
    m_table->setColumnWidth(JournalTableModel::WhoColumn, 130);
    m_table->setColumnWidth(JournalTableModel::ActionColumn, 100);
    m_table->setColumnWidth(JournalTableModel::TargetColumn, 320);
    m_table->setColumnWidth(JournalTableModel::ReasonColumn, 200);
    m_table->setColumnWidth(JournalTableModel::ResultColumn, 80);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(heading);
    layout->addWidget(caption);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_textProxy->setFilterFixedString(text);
        updateStatus();
    });
    connect(m_failures, &QCheckBox::toggled, this, [this](bool on) {
        m_failureProxy->setFilterFixedString(on ? QString::number(int(JournalEntry::Result::Failed))
                                                : QString());
        updateStatus();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, &ActivityPage::reload);
    connect(reloadButton, &QPushButton::clicked, this, &ActivityPage::reload);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(Format::Csv); });
    connect(json, &QPushButton::clicked, this, [this] { chooseExport(Format::Json); });

    m_reloadLater.setSingleShot(true);
    m_reloadLater.setInterval(300);
    connect(&m_reloadLater, &QTimer::timeout, this, &ActivityPage::reload);
    connect(m_actions, &ActionService::journalChanged, &m_reloadLater, qOverload<>(&QTimer::start));
    connect(m_actions, &ActionService::ready, this, &ActivityPage::reload);
    connect(m_actions, &ActionService::journalLoaded, this,
            [this](quint64 request, const QList<JournalEntry> &entries, const QString &error) {
                if (request != m_request)
                    return;
                m_loadError = error;
                if (error.isEmpty())
                    m_model->setEntries(entries);
                updateStatus();
                emit loaded();
            });
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_export.result();
        m_exportStatus =
            error.isEmpty()
                ? tr("Exported to %1").arg(QDir::toNativeSeparators(m_exportPath))
                : tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(m_exportPath), error);
        updateStatus();
        emit exported(m_exportPath, error);
    });
    if (m_actions->isReady())
        reload();
    updateStatus();
}

ActivityPage::~ActivityPage()
{
    m_export.waitForFinished();
}

void ActivityPage::reload()
{
    JournalFilter filter;
    filter.action = m_action->currentData().toString();
    filter.limit = 5000;
    m_request = m_actions->loadJournal(filter);
}

QList<JournalEntry> ActivityPage::visibleEntries() const
{
    QList<JournalEntry> entries;
    entries.reserve(m_textProxy->rowCount());
    for (int row = 0; row < m_textProxy->rowCount(); ++row) {
        const QModelIndex source =
            m_failureProxy->mapToSource(m_textProxy->mapToSource(m_textProxy->index(row, 0)));
        entries.append(m_model->entry(source.row()));
    }
    return entries;
}

void ActivityPage::exportTo(const QString &path, Format format)
{
    if (m_export.isRunning())
        return;
    m_exportPath = path;
    m_exportStatus = tr("Exporting…");
    updateStatus();
    m_export.setFuture(QtConcurrent::run(writeJournal, visibleEntries(), path, format));
}

void ActivityPage::chooseExport(Format format)
{
    const bool csv = format == Format::Csv;
    const QString suggested =
        QDir::home().filePath(QStringLiteral("sextant-activity-%1.%2")
                                  .arg(QDate::currentDate().toString(Qt::ISODate),
                                       csv ? QStringLiteral("csv") : QStringLiteral("json")));
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export the activity as CSV") : tr("Export the activity as JSON"), suggested,
        csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void ActivityPage::updateStatus()
{
    QStringList parts;
    if (!m_loadError.isEmpty())
        parts << tr("The journal could not be read: %1").arg(m_loadError);
    const int shown = m_textProxy->rowCount();
    if (shown == m_model->rowCount())
        parts << tr("%n action(s)", nullptr, shown);
    else
        parts << tr("%1 of %n action(s) shown", nullptr, m_model->rowCount()).arg(shown);
    if (!m_exportStatus.isEmpty())
        parts << m_exportStatus;
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace sextant::views
