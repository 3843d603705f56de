#pragma once

#include <QStringView>

namespace sextant {

// How globMatch() reads a pattern.
enum class GlobSyntax {
    // `*` (any run), `?` (any one character), classes `[a-z]`, `[!x]` and `\` escapes: the
    // subset of gobwas/glob that Argo CD users write in sync windows. An invalid pattern (an
    // unclosed `[`, a trailing `\`) matches nothing.
    Full,
    // Only `*` and `?` are special; every other character, `[` and `\` included, stands for
    // itself. How Sextant matches the group and kind of an ignoreDifferences rule.
    Wildcards,
};

// Whether `pattern` matches the whole of `value`. Pure: any thread.
bool globMatch(QStringView pattern, QStringView value, GlobSyntax syntax);

} // namespace sextant
