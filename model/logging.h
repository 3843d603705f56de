#pragma once

#include <QLoggingCategory>

// One logging category per layer, so a user can turn one on with
// QT_LOGGING_RULES="sextant.argocd.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcArgoCd)
Q_DECLARE_LOGGING_CATEGORY(lcGit)
Q_DECLARE_LOGGING_CATEGORY(lcViews)
Q_DECLARE_LOGGING_CATEGORY(lcFleetsim)
