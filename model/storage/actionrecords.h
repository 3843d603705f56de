#pragma once

#include "model/domain/appref.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sextant {

// One row of the action journal: every mutating action is written before it
// is sent (result "started") and updated when its answer arrives.
struct JournalEntry {
    enum class Result { Started, Succeeded, Failed };
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QString localUser;      // the workstation account
    QString controllerUser; // GET /api/v1/session/userinfo username
    QString action;         // toString(ActionKind): "sync", "pause", "rollback", ...
    QString instance;
    QString cluster;
    QString ns; // the destination namespace
    QString app;
    QString appNamespace;   // the Application's own namespace ("" in rows older than schema 3)
    QString parametersJson; // the options sent, compact JSON ("{}" when none)
    QString reason;
    Result result = Result::Started;
    QString error;   // what went wrong, for the operator
    QString batchId; // the pause / sync-selection batch it belongs to, if any
    bool operator==(const JournalEntry &) const = default;
};
QString toString(JournalEntry::Result result);

// Which journal rows to read, newest first.
struct JournalFilter {
    QDateTime since; // invalid: no lower bound
    QString instance;
    QString app;
    QString action;
    int limit = 1000;
};

// One app in a pause batch. The row is committed before the app's PATCH, so
// a crash never loses the prior policy; the same policy is also written on the
// app (annotation), so any workstation can resume.
struct PauseLedgerEntry {
    enum class State {
        Pending,  // committed; the PATCH may or may not have reached the server
        Paused,   // the server confirmed the pause
        Resuming, // a resume PATCH is under way
        Resumed,  // the prior policy is back (or someone else already restored it)
        Failed,   // the pause failed after retries: see error (prior policy untouched)
    };
    qint64 id = 0;
    QString batchId;
    QString instance;
    QString appNamespace; // the Application's own namespace (argocd)
    QString app;
    QString appKey; // Application::key()
    AppRef ref() const { return AppRef{instance, appNamespace, app}; }
    QString project;         // for the optional project deny window
    QString priorPolicyJson; // spec.syncPolicy exactly as the server had it; "null" when absent
    State state = State::Pending;
    QString pausedBy; // controller user (local user in brackets when they differ)
    QDateTime pausedAt;
    QString reason;
    QString resumedBy;
    QDateTime resumedAt;
    QString error; // last failure, for the operator
    bool isActive() const
    {
        return state == State::Pending || state == State::Paused || state == State::Resuming;
    }
    bool operator==(const PauseLedgerEntry &) const = default;
};
QString toString(PauseLedgerEntry::State state);
PauseLedgerEntry::State parsePauseState(QStringView text); // Failed for unknown text

// A deny sync window Sextant added to a project during an emergency pause,
// removed again on resume.
struct FreezeWindowEntry {
    qint64 id = 0;
    QString batchId;
    QString instance;
    QString project;
    QString windowJson;  // the window as sent
    QString description; // unique marker that identifies the window in the project
    bool active = true;  // false once removed
    bool operator==(const FreezeWindowEntry &) const = default;
};

// What a (production) sync deployed, kept for audits; exportable as Markdown.
struct DeploymentRecord {
    qint64 id = 0;
    QString instance;
    QString cluster;
    QString ns;
    QString app;          // the service
    QString appNamespace; // the Application's own namespace ("" in records older than schema 3)
    QString project;
    QStringList images;    // "registry/web:1.0 → registry/web:1.1", or the image when unchanged
    QString revision;      // what was synced
    QString commitMessage; // when known
    QString who;           // controller user (local user)
    QDateTime when;        // UTC
    QString reason;
    QString syncWindowState;       // "no sync window applies", "allowed by window …", …
    QString dryRunSummary;         // "3 to change, 1 to prune, 0 unchanged" + list
    qint64 rollbackHistoryId = -1; // the history id to roll back to; -1 when there is none
    QString result;                // "succeeded", "failed: …"
    bool operator==(const DeploymentRecord &) const = default;
};

// Exports (pure functions). CSV is RFC 4180 with a header row; JSON is an
// array of objects with the same field names.
QByteArray journalToCsv(const QList<JournalEntry> &entries);
QByteArray journalToJson(const QList<JournalEntry> &entries);
QString deploymentRecordToMarkdown(const DeploymentRecord &record);

} // namespace sextant

Q_DECLARE_METATYPE(sextant::JournalEntry)
Q_DECLARE_METATYPE(sextant::PauseLedgerEntry)
Q_DECLARE_METATYPE(sextant::DeploymentRecord)
