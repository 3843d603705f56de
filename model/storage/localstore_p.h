#pragma once

// What LocalStore's table files share: binding and running one statement, and times as
// milliseconds since the epoch (NULL when invalid).
#include "model/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace sextant::storage_detail {

inline Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("%1: %2").arg(what, error.text())};
}

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(); // invalid binds NULL
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

// Binds in order and runs; the error names `what`.
inline Result<QSqlQuery> run(const QString &connection, const QString &sql, const QVariantList &values,
                             const QString &what)
{
    using namespace Qt::StringLiterals;
    QSqlQuery query(QSqlDatabase::database(connection));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(what, query.lastError());
    for (const QVariant &value : values) // a null QString would bind NULL: the columns are NOT NULL
        query.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull()
                               ? QVariant(QString(u""_s))
                               : value);
    if (!query.exec())
        return sqlError(what, query.lastError());
    return query;
}

} // namespace sextant::storage_detail
