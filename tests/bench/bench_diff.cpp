// How fast the diff model handles a huge manifest pair: a custom resource of
// 20,000 YAML lines whose desired state differs from the live one in 500 scattered
// values. Prints BENCH lines (medians of several runs):
//   diff_model_20k_lines_ms  the whole model: normalize, mask check, both sides rendered to
//                            YAML in kubectl's order, libgit2's line diff, pairing and word
//                            spans (goal <= 50 ms)
//   diff_libgit2_lines_20k_ms libgit2's line diff (patience) of the two YAML texts alone
//   diff_yaml_render_20k_ms   both sides rendered to YAML alone
#include "model/diff/keyorder.h"
#include "model/diff/resourcediff.h"
#include "model/diff/textdiff.h"
#include "model/git/gitlibrary.h"
#include "model/git/linediff.h"
#include "model/support/jsontoyaml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace sextant;
using namespace sextant::diff;

namespace {

constexpr int kItems = 2500;    // 8 YAML lines each
constexpr int kChangeEvery = 5; // 500 changed items, spread over the whole document
constexpr int kRuns = 15;

QJsonObject item(int i, bool changed)
{
    const QString tag = changed ? QStringLiteral("2.%1.1").arg(i % 17) : QStringLiteral("2.%1.0").arg(i % 17);
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("shard-%1").arg(i, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("image"), QStringLiteral("registry.example/team/worker:") + tag},
        {QStringLiteral("replicas"), 3 + i % 4},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("backend")},
                                               {QStringLiteral("zone"), QStringLiteral("eu-%1").arg(i % 3)}}},
        {QStringLiteral("ports"), QJsonArray{8000 + i % 100}},
    };
}

QJsonObject manifest(bool desired)
{
    QJsonArray items;
    for (int i = 0; i < kItems; ++i)
        items.append(item(i, desired && i % kChangeEvery == 2));
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("fleet.example/v1")},
        {QStringLiteral("kind"), QStringLiteral("WorkerPool")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("pool")},
                                                 {QStringLiteral("namespace"), QStringLiteral("batch")}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("shards"), items}}},
    };
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The median wall time of kRuns runs; the median thread CPU time goes to stderr, since on a
// shared machine the wall time also shows what the neighbours are doing.
double medianMs(const char *what, const std::function<void()> &work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::fprintf(stderr, "%s: wall median %.2f ms (min %.2f), thread CPU median %.2f ms\n", what,
                 wall[wall.size() / 2], wall.front(), cpu[cpu.size() / 2]);
    return wall[wall.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    git::GitLibrary gitLibrary;

    ManagedResource resource;
    resource.group = QStringLiteral("fleet.example");
    resource.kind = QStringLiteral("WorkerPool");
    resource.ns = QStringLiteral("batch");
    resource.name = QStringLiteral("pool");
    resource.normalizedLiveState = manifest(false);
    resource.predictedLiveState = manifest(true);

    ResourceDiff diff;
    const double model = medianMs("model", [&] { diff = diffResource(resource, {}, DiffOptions()); });
    const QByteArray live = diff.liveYaml.toUtf8();
    const QByteArray desired = diff.desiredYaml.toUtf8();
    int changedRows = 0;
    for (const DiffRow &row : std::as_const(diff.document.rows))
        changedRows += row.left.kind == LineKind::Changed;
    std::fprintf(
        stderr, "live %lld lines, desired %lld lines, %lld rows, %lld changes, %d changed rows, %s\n",
        qlonglong(live.count('\n')), qlonglong(desired.count('\n')), qlonglong(diff.document.rows.size()),
        qlonglong(diff.document.changes.size()), changedRows, qPrintable(toString(diff.change)));
    if (live.count('\n') < 20000 || diff.document.changes.size() != kItems / kChangeEvery ||
        changedRows != kItems / kChangeEvery) {
        std::fprintf(stderr, "the generated pair is not what this benchmark measures\n");
        return 1;
    }

    qsizetype blocks = 0;
    const double lineDiff = medianMs("libgit2 line diff", [&] {
        const auto result = git::diffLines(live, desired, git::LineDiffAlgorithm::Patience);
        blocks = result ? result->size() : -1;
    });
    const double render = medianMs("YAML rendering", [&] {
        const QByteArray a = toYaml(resource.normalizedLiveState, kubectlKeyOrder);
        const QByteArray b = toYaml(resource.predictedLiveState, kubectlKeyOrder);
        blocks += a.isEmpty() || b.isEmpty();
    });
    const double document = medianMs("document from the texts",
                                     [&] { blocks += diffTexts(live, desired)->rows.size() > 0 ? 0 : 1; });
    std::fprintf(stderr,
                 "%lld blocks; the document from the two texts (line diff, pairing, spans): %.2f ms\n",
                 qlonglong(blocks), document);

    std::printf("BENCH diff_model_20k_lines_ms %.2f ms\n", model);
    std::printf("BENCH diff_libgit2_lines_20k_ms %.2f ms\n", lineDiff);
    std::printf("BENCH diff_yaml_render_20k_ms %.2f ms\n", render);
    return 0;
}
