#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace sextant::views {

// The application's one KSyntaxHighlighting repository: loading the syntax
// definitions is costly, so every highlighter shares it. Created on first use;
// GUI thread only.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace sextant::views
