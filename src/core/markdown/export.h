// Writes a record as jobname Markdown. An imported record is always written as its file with
// only what was edited rewritten (a one-field edit is a one-line diff; elements added, removed or
// moved leave every other byte where it stood, in the file's line ending); a new record gets the
// canonical layout of the corpus's newest files.
#pragma once
#include <string>

#include "core/model/record.h"

namespace jobname::markdown {

std::string exportMarkdown(const model::Record& record);
std::string writeCanonicalMarkdown(const model::Record& record);

// The text an imported record was read from (after mojibake repair); empty for a new record.
const std::string& sourceText(const model::Record& record);

// The format's colours: green from 8/10, orange from 5/10, red below.
const char* scoreColour(double value, double max);

}  // namespace jobname::markdown
