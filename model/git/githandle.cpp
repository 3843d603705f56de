#include "model/git/githandle.h"

namespace sextant::git {

Error lastGitError(const QString &context)
{
    const git_error *error = git_error_last();
    if (!error || !error->message || !*error->message)
        return Error{context, error ? error->klass : 0};
    return Error{context + QStringLiteral(": ") + QString::fromUtf8(error->message), error->klass};
}

} // namespace sextant::git
