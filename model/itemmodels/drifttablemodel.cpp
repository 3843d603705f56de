#include "model/itemmodels/drifttablemodel.h"

#include <QDateTime>

namespace sextant {

namespace {

using diff::DriftOrigin;

QString shortTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

DriftTableModel::DriftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DriftTableModel::~DriftTableModel() = default;

void DriftTableModel::setScanner(DriftScanner *scanner)
{
    if (m_scanner)
        disconnect(m_scanner, nullptr, this, nullptr);
    m_scanner = scanner;
    const QStringList shown = m_firstRow.keys();
    for (const QString &key : shown)
        removeApplication(key);
    if (!scanner)
        return;
    connect(scanner, &DriftScanner::applicationChanged, this,
            [this](const QString &key) { setApplicationRecords(key, m_scanner->records(key)); });
    connect(scanner, &DriftScanner::applicationRemoved, this, &DriftTableModel::removeApplication);
    for (const QString &key : scanner->applications())
        setApplicationRecords(key, scanner->records(key));
}

void DriftTableModel::reindex()
{
    m_firstRow.clear();
    m_rowCountOfApp.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &key = m_rows[row].appKey;
        if (!m_firstRow.contains(key))
            m_firstRow.insert(key, row);
        ++m_rowCountOfApp[key];
    }
}

void DriftTableModel::setApplicationRecords(const QString &appKey, const QList<DriftRecord> &records)
{
    if (records.isEmpty()) {
        removeApplication(appKey);
        return;
    }
    if (!m_firstRow.contains(appKey)) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(records.size()) - 1);
        m_rows.append(records);
        m_firstRow.insert(appKey, first);
        m_rowCountOfApp.insert(appKey, int(records.size()));
        endInsertRows();
        return;
    }

    QHash<QString, const DriftRecord *> incoming;
    for (const DriftRecord &record : records)
        incoming.insert(record.identity(), &record);

    // Rows that left, last first so the earlier row numbers stay valid.
    int first = m_firstRow.value(appKey);
    int count = m_rowCountOfApp.value(appKey);
    bool removed = false;
    for (int row = first + count - 1; row >= first; --row) {
        if (incoming.contains(m_rows[row].identity()))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        reindex();
        if (!m_firstRow.contains(appKey)) {
            setApplicationRecords(appKey, records); // every row left: add them anew
            return;
        }
        first = m_firstRow.value(appKey);
        count = m_rowCountOfApp.value(appKey);
    }

    // Rows that stay, changed in place.
    int changedFrom = -1, changedTo = -1;
    for (int row = first; row < first + count; ++row) {
        const QString identity = m_rows[row].identity();
        const DriftRecord *update = incoming.take(identity);
        if (!update || *update == m_rows[row])
            continue;
        m_rows[row] = *update;
        changedFrom = changedFrom < 0 ? row : changedFrom;
        changedTo = row;
    }
    if (changedFrom >= 0)
        emit dataChanged(index(changedFrom, 0), index(changedTo, ColumnCount - 1));

    // New rows, at the end of the application's block (in the order given).
    if (incoming.isEmpty())
        return;
    QList<DriftRecord> added;
    for (const DriftRecord &record : records)
        if (incoming.contains(record.identity()))
            added.append(record);
    const int at = first + count;
    beginInsertRows({}, at, at + int(added.size()) - 1);
    for (qsizetype i = 0; i < added.size(); ++i)
        m_rows.insert(at + i, added[i]);
    if (at == m_rows.size() - added.size())
        m_rowCountOfApp[appKey] += int(added.size());
    else
        reindex();
    endInsertRows();
}

void DriftTableModel::removeApplication(const QString &appKey)
{
    const auto it = m_firstRow.constFind(appKey);
    if (it == m_firstRow.constEnd())
        return;
    const int first = *it;
    const int count = m_rowCountOfApp.value(appKey);
    beginRemoveRows({}, first, first + count - 1);
    m_rows.remove(first, count);
    reindex();
    endRemoveRows();
}

const DriftRecord *DriftTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DriftTableModel::rowOf(const QString &appKey, const QString &identity) const
{
    const int first = m_firstRow.value(appKey, -1);
    if (first < 0)
        return -1;
    for (int row = first; row < first + m_rowCountOfApp.value(appKey); ++row)
        if (m_rows[row].identity() == identity)
            return row;
    return -1;
}

QString DriftTableModel::originText(const DriftRecord &record)
{
    if (!record.classified)
        return record.error.isEmpty() ? tr("checking…") : tr("could not be read");
    const diff::DriftClassification &c = record.classification;
    switch (c.origin) {
    case DriftOrigin::HumanEdit:
        return c.changedAt.isValid() ? tr("human edit by %1 at %2").arg(c.manager, shortTime(c.changedAt))
                                     : tr("human edit by %1").arg(c.manager);
    case DriftOrigin::ControllerOwned: return tr("controller-owned field (%1)").arg(c.manager);
    case DriftOrigin::PendingGitCommit: return tr("pending Git commit");
    case DriftOrigin::ToCreate: return tr("to create");
    case DriftOrigin::ToPrune: return tr("to prune");
    case DriftOrigin::Unknown: break;
    }
    return tr("differs (no field detail)");
}

QString DriftTableModel::originToolTip(const DriftRecord &record)
{
    if (!record.error.isEmpty())
        return record.error;
    if (!record.classified)
        return tr("Waiting for the managed resources of %1.").arg(record.app().displayName());
    const diff::DriftClassification &c = record.classification;
    switch (c.origin) {
    case DriftOrigin::ToCreate: return tr("In Git, but not in the cluster: a sync creates it.");
    case DriftOrigin::ToPrune:
        return tr("In the cluster, but no longer in Git: a sync with pruning deletes it.");
    case DriftOrigin::Unknown:
        return tr("Argo CD reports a difference that is not visible after normalization.");
    default: break;
    }
    QStringList lines;
    if (c.origin == DriftOrigin::PendingGitCommit)
        lines << tr("Live is as Argo CD last applied it; Git changed since. Changed fields:");
    else
        lines << tr("Changed fields, by who last wrote them (metadata.managedFields):");
    constexpr int Shown = 12;
    for (qsizetype i = 0; i < c.fields.size() && i < Shown; ++i) {
        const diff::FieldDrift &f = c.fields[i];
        QString line = QStringLiteral("  ") + f.path;
        if (f.origin == DriftOrigin::PendingGitCommit)
            line += tr(" — from Git");
        else if (f.changedAt.isValid())
            line += tr(" — %1 at %2").arg(f.manager, shortTime(f.changedAt));
        else
            line += tr(" — %1").arg(f.manager);
        lines << line;
    }
    if (c.fields.size() > Shown)
        lines << tr("  and %n more", nullptr, int(c.fields.size() - Shown));
    return lines.join(u'\n');
}

void DriftTableModel::setAnnotation(std::function<QString(const DriftRecord &)> annotate)
{
    m_annotate = std::move(annotate);
    refreshAnnotations();
}

void DriftTableModel::refreshAnnotations()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Origin), index(int(m_rows.size()) - 1, Origin));
}

int DriftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DriftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DriftTableModel::text(const DriftRecord &record, int column) const
{
    switch (column) {
    case Instance: return record.instance;
    case Cluster: return record.cluster;
    case Application: return record.app().displayName(); // apps of one name differ by namespace
    case Kind: return record.kind;
    case Namespace: return record.ns;
    case Name: return record.name;
    case OutOfSyncSince:
        if (!record.outOfSyncSince.isValid())
            return {};
        // Only a time from the managed fields says when live changed; otherwise say what it is.
        return record.sinceFromManagedFields ? shortTime(record.outOfSyncSince)
                                             : tr("first seen %1").arg(shortTime(record.outOfSyncSince));
    case Origin: {
        const QString note = m_annotate ? m_annotate(record) : QString();
        return note.isEmpty() ? originText(record) : originText(record) + QStringLiteral(" · ") + note;
    }
    default: return {};
    }
}

QVariant DriftTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriftRecord &record = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return text(record, column);
    case SortRole:
        if (column == OutOfSyncSince)
            return record.outOfSyncSince;
        if (column == Origin) {
            // Human edits first, then controllers, pending commits, ...; unread ones last.
            const int origin = data(index, OriginRole).toInt();
            return origin >= 0 ? origin : ColumnCount - origin;
        }
        return text(record, column).toCaseFolded();
    case OriginRole:
        if (!record.classified)
            return record.error.isEmpty() ? Checking : Failed;
        return int(record.classification.origin);
    case AppKeyRole: return record.appKey;
    case IdentityRole: return record.identity();
    case SearchTextRole: {
        QStringList parts;
        for (int c = 0; c < ColumnCount; ++c)
            parts << text(record, c);
        if (record.classified)
            parts << diff::toString(record.classification.origin);
        if (!record.group.isEmpty())
            parts << record.group;
        return parts.join(u'\n').toCaseFolded();
    }
    case Qt::ToolTipRole:
        if (column == Origin)
            return originToolTip(record);
        if (column == OutOfSyncSince && record.outOfSyncSince.isValid())
            return record.sinceFromManagedFields
                       ? tr("When the live change was made, from metadata.managedFields.")
                       : tr("When Sextant first saw it out of sync; the managed fields do not say when it "
                            "changed.");
        if (column == Kind && !record.group.isEmpty())
            return record.kind + u'.' + record.group;
        return {};
    default: return {};
    }
}

QVariant DriftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Instance: return tr("Instance");
    case Cluster: return tr("Cluster");
    case Application: return tr("Application");
    case Kind: return tr("Kind");
    case Namespace: return tr("Namespace");
    case Name: return tr("Name");
    case OutOfSyncSince: return tr("Out of sync since");
    case Origin: return tr("Change origin");
    default: return {};
    }
}

} // namespace sextant
