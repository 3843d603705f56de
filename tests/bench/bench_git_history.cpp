// How fast the history of one application path comes out of a large repository, and
// how fast a revert is previewed. The repository is generated with `git fast-import`:
// 50,000 commits on main, each changing one of 50 application paths; apps/app-07 changes
// every 50th commit. One commit near the end touches 200 files. Prints BENCH lines:
//   git_history_index_build_s        building the changed-path index of all 50,000 commits (as after a fetch)
//   git_history_first_page_cold_ms   PathHistory::open + next(50) in a fresh process (with the index)
//   git_history_first_page_warm_ms   the same again in a process that did it before (median)
//   git_history_first_page_trees_warm_ms   the same without the index, walking commits and trees
//   git_history_cli_log_ms           `git log -n 50 --format=%H -- apps/app-07` (median, with process start)
//   git_history_cold_vs_cli / git_history_warm_vs_cli   the ratios
//   git_history_page_10_warm_ms      rows 451–500, after paging there (median)
//   git_revert_preview_200_files_ms  previewRevert of the 200-file commit onto main (goal <= 200 ms)
//   git_history_generate_s           generating the repository
#include "model/git/changedpathindex.h"
#include "model/git/githistory.h"
#include "model/git/gitlibrary.h"
#include "model/git/gitrepository.h"
#include "model/git/gitrevert.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace sextant;

namespace {

constexpr int kCommits = 50000;
constexpr int kApps = 50;
constexpr int kTracked = 7;        // apps/app-07
constexpr int kBulkFiles = 200;    // changed together by one commit
constexpr int kBulkCommit = 49900; // that commit
constexpr int kRuns = 7;
constexpr int kPage = 50;

QString appPath(int app)
{
    return QStringLiteral("apps/app-%1").arg(app, 2, 10, QLatin1Char('0'));
}

void data(QByteArray &stream, const QByteArray &bytes)
{
    stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
}

// Commit i changes apps/app-07 when i % 50 == 0, else one of the other apps in turn.
QByteArray fastImportStream()
{
    QByteArray stream;
    stream.reserve(24 * 1024 * 1024);
    int other = 0;
    for (int i = 0; i < kCommits; ++i) {
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i + 1) + '\n';
        stream +=
            "committer Bench <bench@example.org> " + QByteArray::number(1600000000 + i * 60) + " +0000\n";
        if (i == 0) {
            data(stream, "Initial fleet");
            for (int app = 0; app < kApps; ++app) {
                stream += "M 100644 inline " + appPath(app).toUtf8() + "/deploy.yaml\n";
                data(stream, "replicas: 1\nimage: app:" + QByteArray::number(app) + "\n");
                stream += "M 100644 inline " + appPath(app).toUtf8() + "/service.yaml\n";
                data(stream, "port: 80\n");
            }
            for (int file = 0; file < kBulkFiles; ++file) {
                stream += "M 100644 inline shared/config-" + QByteArray::number(file) + ".yaml\n";
                data(stream, "first: line\nvalue: 1\nlast: line\n");
            }
            continue;
        }
        if (i == kBulkCommit) {
            data(stream, "Bump every shared config");
            for (int file = 0; file < kBulkFiles; ++file) {
                stream += "M 100644 inline shared/config-" + QByteArray::number(file) + ".yaml\n";
                data(stream, "first: line\nvalue: 2\nlast: line\n");
            }
            continue;
        }
        int app = kTracked;
        if (i % 50 != 0) {
            other = (other + 1) % kApps;
            if (other == kTracked)
                other = (other + 1) % kApps;
            app = other;
        }
        data(stream, "Roll " + appPath(app).toUtf8() + " to build " + QByteArray::number(i));
        stream += "M 100644 inline " + appPath(app).toUtf8() + "/deploy.yaml\n";
        data(stream,
             "replicas: " + QByteArray::number(1 + i % 5) + "\nimage: app:" + QByteArray::number(i) + "\n");
    }
    return stream;
}

bool runGit(const QStringList &args, const QByteArray &input = {}, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("git"), args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double medianMs(const char *what, const std::function<bool()> &work)
{
    std::vector<double> wall;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::fprintf(stderr, "%s: median %.2f ms (min %.2f)\n", what, median(wall),
                 *std::min_element(wall.begin(), wall.end()));
    return median(wall);
}

QStringList firstPage(const QString &repository, QString *error, bool indexed = true)
{
    auto history = git::PathHistory::open(repository, QStringLiteral("main"), {appPath(kTracked)});
    if (!history) {
        *error = history.errorMessage();
        return {};
    }
    if (history->usesIndex() != indexed) {
        *error = indexed ? QStringLiteral("the changed-path index was not used")
                         : QStringLiteral("the changed-path index was used");
        return {};
    }
    const auto page = history->next(kPage);
    if (!page) {
        *error = page.errorMessage();
        return {};
    }
    QStringList ids;
    for (const git::CommitSummary &commit : *page)
        ids.append(commit.id);
    return ids;
}

// `bench_git_history --first-page <repository>`: one cold first page, in this fresh process.
int measureFirstPage(const QString &repository)
{
    git::GitLibrary library;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QStringList ids = firstPage(repository, &error);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (ids.size() != kPage) {
        std::fprintf(stderr, "first page failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%.3f\n", ms);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--first-page") == 0)
        return measureFirstPage(QString::fromLocal8Bit(argv[2]));

    git::GitLibrary library;
    QTemporaryDir dir;
    const QString repository = dir.filePath(QStringLiteral("fleet.git"));
    QElapsedTimer generation;
    generation.start();
    if (!runGit({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                 QStringLiteral("--initial-branch=main"), repository}) ||
        !runGit({QStringLiteral("--git-dir=") + repository, QStringLiteral("fast-import"),
                 QStringLiteral("--quiet")},
                fastImportStream()))
        return 1;
    const double generateSeconds = double(generation.elapsed()) / 1000.0;
    std::fprintf(stderr, "generated %d commits in %.1f s\n", kCommits, generateSeconds);

    // The CLI's answer, which PathHistory must match.
    const QStringList cliArgs = {QStringLiteral("--git-dir=") + repository,
                                 QStringLiteral("log"),
                                 QStringLiteral("-n"),
                                 QString::number(kPage),
                                 QStringLiteral("--format=%H"),
                                 QStringLiteral("main"),
                                 QStringLiteral("--"),
                                 appPath(kTracked)};
    QByteArray cliOutput;
    if (!runGit(cliArgs, {}, &cliOutput))
        return 1;
    const QStringList expected = QString::fromLatin1(cliOutput.trimmed()).split(QLatin1Char('\n'));

    // Walking commits and trees, as before the index is built.
    QString error;
    if (firstPage(repository, &error, false) != expected) {
        std::fprintf(stderr, "the tree walk's first page differs from git log's %s\n", qPrintable(error));
        return 1;
    }
    const double treesWarm = medianMs("warm first page, walking trees",
                                      [&] { return firstPage(repository, &error, false).size() == kPage; });
    QElapsedTimer indexing;
    indexing.start();
    {
        auto repo = git::GitRepository::open(repository);
        const auto added = git::ChangedPathIndex::update(*repo);
        if (!added || *added != kCommits) {
            std::fprintf(stderr, "indexing failed: %s\n", qPrintable(added.errorMessage()));
            return 1;
        }
    }
    const double indexSeconds = double(indexing.elapsed()) / 1000.0;
    std::fprintf(stderr, "indexed %d commits in %.1f s\n", kCommits, indexSeconds);

    std::vector<double> coldRuns;
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--first-page"), repository});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            std::fprintf(stderr, "cold run failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        coldRuns.push_back(child.readAllStandardOutput().trimmed().toDouble());
    }
    const double cold = median(coldRuns);
    std::fprintf(stderr, "cold first page (fresh processes): median %.2f ms\n", cold);

    if (firstPage(repository, &error) != expected) {
        std::fprintf(stderr, "PathHistory's first page differs from git log's %s\n", qPrintable(error));
        return 1;
    }
    const double warm =
        medianMs("warm first page", [&] { return firstPage(repository, &error).size() == kPage; });
    const double cli = medianMs("git log -n 50 -- path", [&] { return runGit(cliArgs); });

    std::vector<double> page10Runs;
    for (int run = 0; run < kRuns; ++run) {
        auto history = git::PathHistory::open(repository, QStringLiteral("main"), {appPath(kTracked)});
        for (int page = 0; page < 9; ++page)
            history->next(kPage);
        QElapsedTimer timer;
        timer.start();
        if (history->next(kPage)->size() != kPage) {
            std::fprintf(stderr, "page 10 is short\n");
            return 1;
        }
        page10Runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double page10 = median(page10Runs);
    std::fprintf(stderr, "page 10: median %.2f ms\n", page10);

    auto repo = git::GitRepository::open(repository);
    const QString bulk = repo->log(QStringLiteral("main"), kCommits - kBulkCommit).value().last().id;
    if (repo->commitSummary(bulk)->summary != QStringLiteral("Bump every shared config")) {
        std::fprintf(stderr, "did not find the 200-file commit\n");
        return 1;
    }
    qsizetype changed = 0;
    const double revert = medianMs("revert preview of 200 files", [&] {
        const auto preview = git::previewRevert(*repo, QStringLiteral("main"), {bulk});
        changed = preview ? preview->changes.size() : -1;
        return preview && preview->conflicts.isEmpty();
    });
    if (changed != kBulkFiles) {
        std::fprintf(stderr, "the revert preview changed %lld files, not %d\n", qlonglong(changed),
                     kBulkFiles);
        return 1;
    }

    std::printf("BENCH git_history_index_build_s %.1f s\n", indexSeconds);
    std::printf("BENCH git_history_first_page_cold_ms %.2f ms\n", cold);
    std::printf("BENCH git_history_first_page_warm_ms %.2f ms\n", warm);
    std::printf("BENCH git_history_first_page_trees_warm_ms %.2f ms\n", treesWarm);
    std::printf("BENCH git_history_cli_log_ms %.2f ms\n", cli);
    std::printf("BENCH git_history_cold_vs_cli %.2f ratio\n", cold / cli);
    std::printf("BENCH git_history_warm_vs_cli %.2f ratio\n", warm / cli);
    std::printf("BENCH git_history_page_10_warm_ms %.2f ms\n", page10);
    std::printf("BENCH git_revert_preview_200_files_ms %.2f ms\n", revert);
    std::printf("BENCH git_history_generate_s %.1f s\n", generateSeconds);
    return 0;
}
