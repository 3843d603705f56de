#include "model/logging.h"

Q_LOGGING_CATEGORY(lcModel, "sextant.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArgoCd, "sextant.argocd", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGit, "sextant.git", QtInfoMsg)
Q_LOGGING_CATEGORY(lcViews, "sextant.views", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFleetsim, "sextant.fleetsim", QtInfoMsg)
