// The export's edits, made field by field, placed among the user's text so that it reads as it
// did: every untouched line keeps its own line end (files of mixed line ends, a stray '\r'), and
// what read as code, or not, after an edit still does (a fence the edit took away or brought is
// closed or opened again on a line of its own). Text only: it knows lines and fences, not fields.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/source_edits.h"

namespace jobname::markdown {

// The size of the line ending ("\r\n" or "\n") that starts at byte `at` of `text`; 0 when none does.
std::size_t lineEndSizeAt(std::string_view text, std::size_t at);

// Places `edits` of `text` (a record whose lines end in `newline`) before they are applied.
// `chartEdit` is the index of the edit that writes the chart inside its own fence (SIZE_MAX: none).
void placeAmongTheUsersText(std::string_view text, const std::string& newline, std::vector<Edit>& edits, std::size_t chartEdit);

}  // namespace jobname::markdown
