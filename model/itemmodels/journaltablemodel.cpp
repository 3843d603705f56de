#include "model/itemmodels/journaltablemodel.h"

#include <QHash>
#include <QLocale>

namespace sextant {

JournalTableModel::JournalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JournalTableModel::setEntries(const QList<JournalEntry> &entries)
{
    // The common reload: k new rows on top of the rows already shown (same ids, same order).
    const qsizetype added = entries.size() - m_entries.size();
    bool prefixOnly = added >= 0;
    for (qsizetype i = 0; prefixOnly && i < m_entries.size(); ++i)
        prefixOnly = entries.at(added + i).id == m_entries.at(i).id;
    if (!prefixOnly) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    // Rows already shown may have finished: one dataChanged per run of changed rows.
    qsizetype runStart = -1;
    const auto flush = [&](qsizetype end) {
        if (runStart >= 0)
            emit dataChanged(index(int(runStart), 0), index(int(end - 1), ColumnCount - 1));
        runStart = -1;
    };
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i) == entries.at(added + i)) {
            flush(i);
            continue;
        }
        m_entries[i] = entries.at(added + i);
        if (runStart < 0)
            runStart = i;
    }
    flush(m_entries.size());
    if (added > 0) {
        beginInsertRows({}, 0, int(added - 1));
        m_entries = entries;
        endInsertRows();
    }
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalTableModel::who(const JournalEntry &entry)
{
    if (entry.controllerUser.isEmpty())
        return entry.localUser;
    if (entry.localUser.isEmpty() || entry.localUser == entry.controllerUser)
        return entry.controllerUser;
    return tr("%1 (%2)").arg(entry.controllerUser, entry.localUser);
}

QString JournalTableModel::target(const JournalEntry &entry)
{
    QStringList parts;
    // The app with its own namespace, as two apps may share a name.
    const QString app = entry.appNamespace.isEmpty() || entry.app.isEmpty()
                            ? entry.app
                            : entry.appNamespace + u'/' + entry.app;
    for (const QString &part : {entry.instance, entry.cluster, entry.ns, app})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(" · "));
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    switch (role) {
    case JournalIdRole: return e.id;
    case ResultRole: return int(e.result);
    case TimestampRole: return e.startedAt;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == ReasonColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == ActionColumn)
            return e.parametersJson;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case WhenColumn:
            return QLocale().toString(e.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case WhoColumn: return who(e);
        case ActionColumn: return e.action;
        case TargetColumn: return target(e);
        case ReasonColumn: return e.reason;
        case ResultColumn:
            switch (e.result) {
            case JournalEntry::Result::Started: return tr("started");
            case JournalEntry::Result::Succeeded: return tr("succeeded");
            case JournalEntry::Result::Failed: return tr("failed");
            }
            return {};
        case ErrorColumn: return e.error;
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case ReasonColumn: return tr("Reason");
    case ResultColumn: return tr("Result");
    case ErrorColumn: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sextant
