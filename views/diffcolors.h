#pragma once

#include <QColor>
#include <QPalette>

namespace sextant::views {

// The colours of a diff pane, derived from the widget palette so light and dark
// schemes both work. Line backgrounds are translucent tints over the base colour
// (syntax colours stay readable on them); word spans use a stronger tint.
struct DiffColors {
    QColor base;
    QColor text;
    QColor addedLine;
    QColor removedLine;
    QColor addedWord;
    QColor removedWord;
    QColor addedMarker; // "+" in unified mode, the change bar in the gutter
    QColor removedMarker;
    QColor padding;    // hatching where a side has no line
    QColor gutter;     // gutter background
    QColor gutterText; // line numbers
    QColor fold;       // "N unchanged lines" row
    QColor foldText;
    QColor currentChange; // bar beside the change F7 went to
    QColor selection;
    QColor selectedText;

    static DiffColors fromPalette(const QPalette &palette);
};

} // namespace sextant::views
