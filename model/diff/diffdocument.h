#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sextant::diff {

// The result of comparing two texts, laid out side by side: both columns have the
// same number of rows (the shorter side padded), so a view can scroll them 1:1.
// Produced off the GUI thread by the diff model; read-only value for the views.

enum class LineKind {
    Context, // the same on both sides
    Removed, // only on the left (live); the right cell of its row is Padding
    Added,   // only on the right (desired); the left cell of its row is Padding
    Changed, // present on both sides, different: word spans say where
    Padding, // no line on this side
};

// A run of UTF-16 code units inside DiffLine::text that differs from the other side.
struct Span {
    int start = 0;
    int length = 0;
    bool operator==(const Span &) const = default;
};

struct DiffLine {
    int number = 0; // 1-based line number in its own text; 0 for Padding
    QString text;   // without the line break
    LineKind kind = LineKind::Padding;
    QList<Span> spans; // only for Changed lines
    bool operator==(const DiffLine &) const = default;
};

struct DiffRow {
    DiffLine left;  // live
    DiffLine right; // desired
    bool operator==(const DiffRow &) const = default;
};

// One block of consecutive non-Context rows: what F7 / Shift+F7 step through.
struct DiffChange {
    int firstRow = 0;
    int rowCount = 0;
    bool operator==(const DiffChange &) const = default;
};

struct DiffDocument {
    QList<DiffRow> rows;
    QList<DiffChange> changes; // in row order
    int addedLines = 0;        // rows with an Added right side, or Changed
    int removedLines = 0;      // rows with a Removed left side, or Changed

    bool isIdentical() const { return changes.isEmpty(); }
    bool operator==(const DiffDocument &) const = default;
};

} // namespace sextant::diff
