#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

namespace sextant::views {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace sextant::views
