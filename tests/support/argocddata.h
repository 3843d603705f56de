#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace sextant::testsupport {

// A payload from tests/model/data/argocd/ (found through SEXTANT_SOURCE_DIR, which ctest sets).
inline QByteArray argocdDataFile(const QString &name)
{
    QFile file(qEnvironmentVariable("SEXTANT_SOURCE_DIR") + QStringLiteral("/tests/model/data/argocd/") +
               name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace sextant::testsupport
