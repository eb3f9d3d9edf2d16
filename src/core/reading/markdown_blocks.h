// Markdown (CommonMark with tables and strikethrough, parsed by md4c) and the HTML the jobname
// format uses (<br>, <p dir>, <ul|ol dir>, <li>, <details>/<summary>, <mark>, <b>, <i>, <strong>,
// <em>, <code>, and <a href>, <img>, <div>, <span>, <h1>-<h6> as the corpus writes them) turned
// into reading blocks. Any other HTML is kept as inert, marked text: nothing is dropped, nothing
// is passed on as HTML. md4c is the renderer's parser only; the model is read by markdown/import.
#pragma once
#include <string_view>

#include "core/reading/document.h"

namespace jobname::reading {

// Where a fragment's blocks go: under how many nesting steps, inside which collapsible part.
struct Placement {
  int indent = 0;
  int details = -1;
};

void appendMarkdown(ReadingDocument& document, std::string_view markdown, const Placement& where = {});

}  // namespace jobname::reading
