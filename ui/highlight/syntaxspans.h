#pragma once

#include "highlight/codehighlighter.h"
#include "syntaxresult.h"

namespace verdict {

// The spans to draw for a highlighting result of code `codeLength` UTF-16
// units long: one char format per style (marked with CodeHighlightProperty),
// ranges clipped to the code.
QList<HighlightSpan> spansFromSyntax(const SyntaxResult &result, qsizetype codeLength);

} // namespace verdict
