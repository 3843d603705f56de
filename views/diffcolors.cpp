#include "views/diffcolors.h"

#include <KColorUtils>

namespace sextant::views {

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

DiffColors DiffColors::fromPalette(const QPalette &palette)
{
    DiffColors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    const bool dark = c.base.lightnessF() < 0.5;
    // Tints chosen to keep about 4.5:1 contrast for the syntax colours of the
    // matching Breeze theme; dark needs more alpha to show at all.
    const QColor green = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x2d, 0xa4, 0x4e);
    const QColor red = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    c.addedLine = withAlpha(green, dark ? 46 : 36);
    c.removedLine = withAlpha(red, dark ? 46 : 30);
    c.addedWord = withAlpha(green, dark ? 110 : 90);
    c.removedWord = withAlpha(red, dark ? 110 : 80);
    c.addedMarker = green;
    c.removedMarker = red;
    c.padding = withAlpha(c.text, dark ? 28 : 22);
    c.gutter = KColorUtils::mix(c.base, palette.color(QPalette::Window), 0.6);
    c.gutterText = palette.color(QPalette::PlaceholderText);
    c.fold = KColorUtils::mix(c.base, palette.color(QPalette::Highlight), dark ? 0.16 : 0.09);
    c.foldText = KColorUtils::mix(c.text, palette.color(QPalette::Highlight), 0.35);
    c.currentChange = palette.color(QPalette::Highlight);
    c.selection = withAlpha(palette.color(QPalette::Highlight), 110);
    c.selectedText = c.text;
    return c;
}

} // namespace sextant::views
