#include "model/git/gitlibrary.h"

#include "model/git/githandle.h"
#include "model/logging.h"

#include <git2.h>

namespace sextant::git {

GitLibrary::GitLibrary()
{
    // Returns the new init count, or a negative error code.
    if (git_libgit2_init() < 0) {
        qCCritical(lcGit).noquote() << lastGitError(QStringLiteral("cannot initialise libgit2")).message;
        return;
    }
    m_initialised = true;
}

GitLibrary::~GitLibrary()
{
    // Only balance a successful init, or another owner's count would drop.
    if (m_initialised)
        git_libgit2_shutdown();
}

} // namespace sextant::git
