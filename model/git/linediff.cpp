#include "model/git/linediff.h"

#include "model/git/githandle.h"

#include <git2.h>

#include <vector>

namespace sextant::git {

namespace {

// Which lines of each side the diff touched, filled from libgit2's line callback.
struct ChangedLines {
    std::vector<bool> removed; // by 0-based old line
    std::vector<bool> added;   // by 0-based new line
};

int countLines(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    const int breaks = int(text.count('\n'));
    return text.endsWith('\n') ? breaks : breaks + 1;
}

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *changed = static_cast<ChangedLines *>(payload);
    if (line->origin == GIT_DIFF_LINE_DELETION && line->old_lineno > 0) {
        const auto index = std::size_t(line->old_lineno - 1);
        if (index < changed->removed.size())
            changed->removed[index] = true;
    } else if (line->origin == GIT_DIFF_LINE_ADDITION && line->new_lineno > 0) {
        const auto index = std::size_t(line->new_lineno - 1);
        if (index < changed->added.size())
            changed->added[index] = true;
    }
    return 0;
}

// xdiff compares whole lines including their break: "b" at the end without a newline
// differs from "b\n". A copy with the newline added only when one is missing.
QByteArray withFinalNewline(QByteArrayView text)
{
    QByteArray copy;
    copy.reserve(text.size() + 1);
    copy.append(text);
    copy.append('\n');
    return copy;
}

} // namespace

Result<QList<LineBlock>> diffLines(QByteArrayView oldText, QByteArrayView newText,
                                   LineDiffAlgorithm algorithm)
{
    QByteArray oldCopy;
    QByteArray newCopy;
    if (!oldText.isEmpty() && !oldText.endsWith('\n')) {
        oldCopy = withFinalNewline(oldText);
        oldText = oldCopy;
    }
    if (!newText.isEmpty() && !newText.endsWith('\n')) {
        newCopy = withFinalNewline(newText);
        newText = newCopy;
    }
    const int oldLines = countLines(oldText);
    const int newLines = countLines(newText);

    git_diff_options options;
    git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.flags = GIT_DIFF_FORCE_TEXT;
    if (algorithm == LineDiffAlgorithm::Patience)
        options.flags |= GIT_DIFF_PATIENCE;
    else if (algorithm == LineDiffAlgorithm::Minimal)
        options.flags |= GIT_DIFF_MINIMAL;

    ChangedLines changed;
    changed.removed.assign(std::size_t(oldLines), false);
    changed.added.assign(std::size_t(newLines), false);
    // libgit2 wants a non-null pointer even for an empty buffer.
    static const char empty = 0;
    if (git_diff_buffers(oldText.isEmpty() ? &empty : oldText.data(), std::size_t(oldText.size()), "live",
                         newText.isEmpty() ? &empty : newText.data(), std::size_t(newText.size()), "desired",
                         &options, nullptr, nullptr, nullptr, onLine, &changed) < 0)
        return lastGitError(QStringLiteral("cannot compare the two texts"));

    // Walk both sides in step: unchanged lines correspond one to one, so every block
    // starts where either side has a changed line.
    QList<LineBlock> blocks;
    int i = 0;
    int j = 0;
    while (i < oldLines || j < newLines) {
        const bool oldChanged = i < oldLines && changed.removed[std::size_t(i)];
        const bool newChanged = j < newLines && changed.added[std::size_t(j)];
        if (!oldChanged && !newChanged && i < oldLines && j < newLines) {
            ++i;
            ++j;
            continue;
        }
        LineBlock block{i, 0, j, 0};
        while (i < oldLines && (changed.removed[std::size_t(i)] || j >= newLines)) {
            ++i;
            ++block.oldCount;
        }
        while (j < newLines && (changed.added[std::size_t(j)] || i >= oldLines)) {
            ++j;
            ++block.newCount;
        }
        if (block.oldCount == 0 && block.newCount == 0)
            break; // cannot happen with a consistent diff; never loop forever
        blocks.append(block);
    }
    return blocks;
}

} // namespace sextant::git
