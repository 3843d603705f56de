#include "model/version.h"

#include <git2.h>

namespace sextant {

QString version()
{
    return QStringLiteral(SEXTANT_VERSION_STRING);
}

QString applicationId()
{
    return QStringLiteral("io.github.sextant.Sextant");
}

QString libraryVersions()
{
    int major = 0, minor = 0, patch = 0;
    git_libgit2_version(&major, &minor, &patch);
    return QStringLiteral("Qt %1, libgit2 %2.%3.%4")
        .arg(QString::fromLatin1(qVersion()))
        .arg(major)
        .arg(minor)
        .arg(patch);
}

} // namespace sextant
