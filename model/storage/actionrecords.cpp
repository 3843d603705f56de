#include "model/storage/actionrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sextant {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

const QStringList JournalFields = {
    QStringLiteral("id"),          QStringLiteral("startedAt"),      QStringLiteral("finishedAt"),
    QStringLiteral("localUser"),   QStringLiteral("controllerUser"), QStringLiteral("action"),
    QStringLiteral("instance"),    QStringLiteral("cluster"),        QStringLiteral("namespace"),
    QStringLiteral("app"),         QStringLiteral("parameters"),     QStringLiteral("reason"),
    QStringLiteral("result"),      QStringLiteral("error"),          QStringLiteral("batchId"),
    QStringLiteral("appNamespace")};

QStringList journalValues(const JournalEntry &e)
{
    return {QString::number(e.id),
            isoTime(e.startedAt),
            isoTime(e.finishedAt),
            e.localUser,
            e.controllerUser,
            e.action,
            e.instance,
            e.cluster,
            e.ns,
            e.app,
            e.parametersJson,
            e.reason,
            toString(e.result),
            e.error,
            e.batchId,
            e.appNamespace};
}

QString markdownCell(QString text)
{
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

QString toString(JournalEntry::Result result)
{
    switch (result) {
    case JournalEntry::Result::Started: return QStringLiteral("started");
    case JournalEntry::Result::Succeeded: return QStringLiteral("succeeded");
    case JournalEntry::Result::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString toString(PauseLedgerEntry::State state)
{
    switch (state) {
    case PauseLedgerEntry::State::Pending: return QStringLiteral("pending");
    case PauseLedgerEntry::State::Paused: return QStringLiteral("paused");
    case PauseLedgerEntry::State::Resuming: return QStringLiteral("resuming");
    case PauseLedgerEntry::State::Resumed: return QStringLiteral("resumed");
    case PauseLedgerEntry::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

PauseLedgerEntry::State parsePauseState(QStringView text)
{
    for (auto state : {PauseLedgerEntry::State::Pending, PauseLedgerEntry::State::Paused,
                       PauseLedgerEntry::State::Resuming, PauseLedgerEntry::State::Resumed})
        if (text == toString(state))
            return state;
    return PauseLedgerEntry::State::Failed;
}

QByteArray journalToCsv(const QList<JournalEntry> &entries)
{
    QString out = JournalFields.join(u',') + QStringLiteral("\r\n");
    for (const JournalEntry &entry : entries) {
        QStringList fields;
        for (const QString &value : journalValues(entry))
            fields << csvField(value);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray journalToJson(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &entry : entries) {
        const QStringList values = journalValues(entry);
        QJsonObject object;
        for (qsizetype i = 0; i < JournalFields.size(); ++i)
            object.insert(JournalFields[i], values[i]);
        object.insert(QStringLiteral("id"), entry.id);
        // The parameters are JSON already: embed them as an object, not a string.
        const QJsonDocument parameters = QJsonDocument::fromJson(entry.parametersJson.toUtf8());
        if (parameters.isObject())
            object.insert(QStringLiteral("parameters"), parameters.object());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString deploymentRecordToMarkdown(const DeploymentRecord &r)
{
    QString md;
    md += QStringLiteral("# Deployment of %1\n\n").arg(r.app);
    md += QStringLiteral("| | |\n|---|---|\n");
    const auto row = [&md](const QString &name, const QString &value) {
        md += QStringLiteral("| %1 | %2 |\n").arg(name, markdownCell(value));
    };
    row(QStringLiteral("Service"), r.app);
    if (!r.appNamespace.isEmpty())
        row(QStringLiteral("Application"), r.appNamespace + u'/' + r.app);
    row(QStringLiteral("Target"),
        QStringList{r.instance, r.cluster, r.ns, r.app}.join(QStringLiteral(" · ")));
    row(QStringLiteral("Project"), r.project);
    row(QStringLiteral("Revision"), r.revision);
    row(QStringLiteral("Commit message"), r.commitMessage);
    row(QStringLiteral("Who"), r.who);
    row(QStringLiteral("When"), isoTime(r.when));
    row(QStringLiteral("Reason"), r.reason);
    row(QStringLiteral("Sync window"), r.syncWindowState);
    row(QStringLiteral("Result"), r.result);
    row(QStringLiteral("Rollback plan"),
        r.rollbackHistoryId >= 0 ? QStringLiteral("roll back to history id %1").arg(r.rollbackHistoryId)
                                 : QStringLiteral("no earlier deployment to roll back to"));
    md += QStringLiteral("\n## Images\n\n");
    if (r.images.isEmpty())
        md += QStringLiteral("No images.\n");
    for (const QString &image : r.images)
        md += QStringLiteral("- `%1`\n").arg(image);
    md += QStringLiteral("\n## Dry run\n\n");
    md += r.dryRunSummary.isEmpty() ? QStringLiteral("No dry run was recorded.\n") : r.dryRunSummary + u'\n';
    return md;
}

} // namespace sextant
