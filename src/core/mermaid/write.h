// Writes a flowchart back to Mermaid text. Unchanged: its source, byte for byte. Labels, shapes
// and arrows edited: patched where they stand. Stages or arrows added or removed: the statements
// are written again in the jobname book's chain style ("a(A) --> b(B) --rejected--x c(C)"), the
// header and verbatim statements (classDef, style...) kept.
#pragma once
#include <string>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

std::string writeFlowchart(const Flowchart& chart);
std::string writeCanonicalFlowchart(const Flowchart& chart);

std::string nodeText(const Node& node);   // "ti(Technical Interview)"
std::string arrowText(const Edge& edge);  // "--rejected--x"

}  // namespace jobname::mermaid
