#pragma once

#include "model/domain/applicationset.h"
#include "model/result.h"

#include <QByteArrayView>

namespace sextant::argocd {

// GET /api/v1/applicationsets → the sets of `instance` (every strategy; rollingSync marks
// RollingSync ones). Fails on a body that is not an ApplicationSetList.
Result<QList<ApplicationSetProgress>> decodeApplicationSets(QByteArrayView json, const QString &instance);

} // namespace sextant::argocd
