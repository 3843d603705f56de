#pragma once

#include "model/domain/appref.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace sextant::argocd {

// The REST path of one application, "/api/v1/applications/<name><suffix>", the name
// percent-encoded; with `appNamespace`, the query parameter Argo CD needs for an
// application outside its own namespace is appended (after the suffix's own query, if any).
inline QString applicationPath(const QString &name, QStringView suffix = {}, const QString &appNamespace = {})
{
    QString path =
        QStringLiteral("/api/v1/applications/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    path.append(suffix);
    if (!appNamespace.isEmpty())
        path += (path.contains(u'?') ? u'&' : u'?') + QStringLiteral("appNamespace=") +
                QString::fromLatin1(QUrl::toPercentEncoding(appNamespace));
    return path;
}

// The REST path of the app ("/api/v1/applications/<name><suffix>?appNamespace=<ns>").
inline QString appPath(const AppRef &app, QStringView suffix = {})
{
    return applicationPath(app.name, suffix, app.appNamespace);
}

// The path of a request whose JSON body names the app and its appNamespace (sync, rollback,
// PATCH): Argo CD maps the whole body there and reads no query parameter.
inline QString appBodyPath(const AppRef &app, QStringView suffix = {})
{
    return applicationPath(app.name, suffix);
}

// The app's resource-tree watch stream, with the same namespace parameter.
inline QString appTreeStreamPath(const AppRef &app)
{
    QString path = QStringLiteral("/api/v1/stream/applications/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(app.name)) + QStringLiteral("/resource-tree");
    if (!app.appNamespace.isEmpty())
        path +=
            QStringLiteral("?appNamespace=") + QString::fromLatin1(QUrl::toPercentEncoding(app.appNamespace));
    return path;
}

} // namespace sextant::argocd
