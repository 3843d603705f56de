#include "model/git/linediff.h"

namespace sextant::git {

Result<QList<LineBlock>> diffLines(QByteArrayView, QByteArrayView, LineDiffAlgorithm)
{
    return QList<LineBlock>{}; // stub
}

} // namespace sextant::git
