// How long the GUI thread can stall while a mirror fetches 10,000 new commits and the
// pending-commit counts of the apps deploying from it are recomputed: a 2 ms timer on the
// GUI thread records the longest gap between its ticks. The remote is filled with
// `git fast-import`; the fetch goes through RepositoryMirrors as in the application.
#include "model/fleet/fleetstore.h"
#include "model/fleet/pendingcommits.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace sextant;
using namespace Qt::StringLiterals;

namespace {

constexpr int kApps = 40;

void data(QByteArray &stream, const QByteArray &bytes)
{
    stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
}

// `count` commits on main after `from` (empty: a new branch), each changing one app's file.
QByteArray commits(int first, int count, const QByteArray &from)
{
    QByteArray stream;
    for (int i = first; i < first + count; ++i) {
        stream += "commit refs/heads/main\n";
        stream +=
            "committer Bench <bench@example.org> " + QByteArray::number(1600000000 + i * 60) + " +0000\n";
        data(stream, "Roll app " + QByteArray::number(i % kApps) + " to build " + QByteArray::number(i));
        if (i == first && !from.isEmpty())
            stream += "from " + from + '\n';
        stream += "M 100644 inline apps/app-" + QByteArray::number(i % kApps) + "/deploy.yaml\n";
        data(stream, "image: app:" + QByteArray::number(i) + "\n");
    }
    return stream;
}

bool runGit(const QStringList &args, const QByteArray &input = {}, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(u"git"_s, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", qPrintable(args.join(u' ')),
                     process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput().trimmed();
    return true;
}

// Runs the event loop until `done` or the timeout; the longest gap between 2 ms ticks in ms.
double longestStall(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer sinceTick, total;
    sinceTick.start();
    total.start();
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    ticker.start();
    while (!done() && total.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return longest;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const git::GitLibrary library;
    QTemporaryDir dir;
    const QString remote = dir.filePath(u"remote.git"_s);
    if (!runGit({u"init"_s, u"-q"_s, u"--bare"_s, remote}) ||
        !runGit({u"--git-dir="_s + remote, u"fast-import"_s, u"--quiet"_s}, commits(0, 100, {})))
        return 1;
    QByteArray base;
    if (!runGit({u"--git-dir="_s + remote, u"rev-parse"_s, u"main"_s}, {}, &base))
        return 1;

    // Apps deploying the first commits, so the recount after the fetch has work to do.
    FleetStore store;
    QList<Application> apps;
    for (int i = 0; i < kApps; ++i) {
        Application a;
        a.instance = u"bench"_s;
        a.ns = u"argocd"_s;
        a.name = u"app-%1"_s.arg(i);
        a.sources = {ApplicationSource{remote, u"apps/app-%1"_s.arg(i), u"main"_s, {}}};
        HistoryEntry entry;
        entry.id = 1;
        entry.revision = QString::fromLatin1(base);
        a.history = {entry};
        apps << a;
    }
    RepositoryMirrors mirrors(dir.filePath(u"mirrors"_s), {});
    store.applySnapshot(u"bench"_s, apps, {}, {}, {});
    PendingCommits pending(&store, &mirrors);
    const QString probe = AppRef{u"bench"_s, u"argocd"_s, u"app-0"_s}.key();
    longestStall([&] { return pending.state(probe).count == 0; }, 60000); // the first clone and count
    if (pending.state(probe).count != 0) {
        std::fprintf(stderr, "the first fetch did not finish\n");
        return 1;
    }

    if (!runGit({u"--git-dir="_s + remote, u"fast-import"_s, u"--quiet"_s}, commits(100, 10000, base)))
        return 1;
    QElapsedTimer timer;
    timer.start();
    mirrors.fetch(remote);
    // Each app's file changed in 250 of the 10,000 commits.
    const double stall = longestStall([&] { return pending.state(probe).count == 250; }, 120000);
    const qint64 elapsed = timer.elapsed();
    if (pending.state(probe).count != 250) {
        std::fprintf(stderr, "the fetch and recount did not finish: %d pending\n",
                     pending.state(probe).count);
        return 1;
    }
    std::printf("BENCH git_fetch_10k_commits_and_recount %lld ms\n", static_cast<long long>(elapsed));
    std::printf("BENCH git_fetch_10k_commits_longest_gui_stall %.1f ms\n", stall);
    return 0;
}
