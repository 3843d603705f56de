#pragma once

#include "model/diff/diffdocument.h"

#include <QList>
#include <QStringView>

namespace sextant::diff {

// Word-level differences inside one changed line. Pure: any thread.

// Splits a line into tokens: runs of letters/digits/'_', runs of white space, and every
// other character on its own (so "image: nginx:1.25" → image, ':', ' ', nginx, ':', 1, '.', 25).
QList<QStringView> wordTokens(QStringView line);

struct WordSpans {
    QList<Span> left;  // in the left (live) text
    QList<Span> right; // in the right (desired) text
    bool operator==(const WordSpans &) const = default;
};

// The spans of tokens not in a longest common subsequence of the two token lists
// (adjacent differing tokens merged into one span; white space between two differing
// tokens is folded in). Identical lines give no spans. Lines of more than a few
// thousand tokens fall back to one span covering what lies between the common prefix
// and suffix, to stay fast.
WordSpans wordSpans(QStringView left, QStringView right);

} // namespace sextant::diff
