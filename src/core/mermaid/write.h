// Writes a flowchart back to Mermaid text. Unchanged: its source, byte for byte. Labels, shapes
// and arrows edited: patched where they stand. One stage added to or removed from a chain: only
// that stage and its arrows written or cut, the rest kept as it was. Any other change of stages
// or arrows: the statements are written again in the jobname book's chain style, one chain on
// one line from its first stage ("a(A) --> b(B) --rejected--x c(C)"), the header and verbatim
// statements (classDef, style...) kept.
#pragma once
#include <string>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

std::string writeFlowchart(const Flowchart& chart);
std::string writeCanonicalFlowchart(const Flowchart& chart);

std::string nodeText(const Node& node);   // "ti(Technical Interview)"
std::string arrowText(const Edge& edge);  // "--rejected--x"

}  // namespace jobname::mermaid
