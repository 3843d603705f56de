#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sextant::fleetsim {

using HttpHeader = QPair<QByteArray, QByteArray>;

// One parsed HTTP/1.1 request. Header names are lower-cased.
struct HttpRequest {
    QByteArray method;
    QString path;       // percent-decoded, without the query
    QByteArray rawPath; // as sent, so encoded slashes stay inside one segment
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QString queryValue(const QString &key) const;
    QStringList queryValues(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

QByteArray reasonPhrase(int status);

} // namespace sextant::fleetsim
