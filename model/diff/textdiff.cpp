#include "model/diff/textdiff.h"

namespace sextant::diff {

Result<DiffDocument> diffTexts(QByteArrayView, QByteArrayView, git::LineDiffAlgorithm)
{
    return DiffDocument{};
}

} // namespace sextant::diff
