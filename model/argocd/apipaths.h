#pragma once

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

} // namespace sextant::argocd
