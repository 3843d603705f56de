#include "model/diff/wordspans.h"

namespace sextant::diff {

QList<QStringView> wordTokens(QStringView)
{
    return {};
}

WordSpans wordSpans(QStringView, QStringView)
{
    return {};
}

} // namespace sextant::diff
