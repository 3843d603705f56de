#pragma once

// The git CLI for tests that check what Sextant's Git layer does: no user or system
// config, a fixed identity, and commit dates that advance one minute per commit, so
// commit-time order is well defined.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace gitcli {

inline int &clock()
{
    static int minutes = 0;
    return minutes;
}

// Runs git with `args`; on failure prints git's stderr and returns false (for QVERIFY).
inline bool git(const QStringList &args, QByteArray *output = nullptr, const QString &workDir = {},
                const QProcessEnvironment &extraEnv = {}, const QByteArray &input = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    const QString date = QStringLiteral("@%1 +0000").arg(1700000000 + 60 * ++clock());
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
    env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    const QStringList config = {QStringLiteral("-c"), QStringLiteral("user.name=CLI User"),
                                QStringLiteral("-c"), QStringLiteral("user.email=cli@example.org"),
                                QStringLiteral("-c"), QStringLiteral("init.defaultBranch=main"),
                                QStringLiteral("-c"), QStringLiteral("core.quotePath=false"),
                                QStringLiteral("-c"), QStringLiteral("advice.detachedHead=false")};
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(QStringLiteral("git"), config + args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << "git" << args.join(QLatin1Char(' '))
                             << "failed:" << process.readAllStandardError() << process.errorString();
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput().trimmed();
    return true;
}

// git -C `dir` args…
inline bool gitIn(const QString &dir, const QStringList &args, QByteArray *output = nullptr)
{
    return git(QStringList{QStringLiteral("-C"), dir} + args, output);
}

inline QStringList lines(const QByteArray &output)
{
    return output.isEmpty() ? QStringList() : QString::fromUtf8(output).split(QLatin1Char('\n'));
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Writes `files` (path relative to the work tree → content) and commits them all; returns the id.
inline QString commit(const QString &workTree, const QMap<QString, QByteArray> &files, const QString &message)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(workTree + QLatin1Char('/') + it.key(), it.value()))
            return {};
    }
    QByteArray id;
    if (!gitIn(workTree, {QStringLiteral("add"), QStringLiteral("-A")}) ||
        !gitIn(workTree, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                          QStringLiteral("-m"), message}) ||
        !gitIn(workTree, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &id))
        return {};
    return QString::fromLatin1(id);
}

// Points HOME at `home` with a .gitconfig naming the operator, as commits Sextant makes take
// their identity from the user's git config; false when the file cannot be written.
inline bool useOperatorIdentity(const QString &home)
{
    if (!writeFile(home + QStringLiteral("/.gitconfig"),
                   "[user]\n\tname = Sextant Operator\n\temail = operator@example.org\n"))
        return false;
    qputenv("HOME", home.toUtf8());
    qunsetenv("XDG_CONFIG_HOME");
    return true;
}

} // namespace gitcli
