// The charts of the records on screen, each parsed and laid out once per change of its text, by
// one owner: the open record's (its process panel, the warnings beside it, the SVG and PNG
// export) and a shared record's. While a text has an error, the last chart that parsed stays,
// with the error beside it. Measuring labels is the caller's (the screen's font); drawing is ui's.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/mermaid/flowchart.h"
#include "core/mermaid/layout.h"

namespace jobname::mermaid {

struct RecordChart {
  std::string source;              // the text the chart was last made from
  std::optional<Flowchart> chart;  // the last chart that parsed
  FlowchartLayout layout;          // its layout
  std::string error;               // "line:col: message" of `source`; empty when it parses
};

class ChartCache {
 public:
  // The chart of record `id` (any key: a shared record has its own) for its process text `source`,
  // parsed and laid out again only when the text changed since the last call for `id`.
  const RecordChart& chartFor(const std::string& id, const std::string& source, const MeasureText& measure);
  // What chartFor last gave for `id`, or null.
  const RecordChart* find(const std::string& id) const;
  // Drops `id`'s chart (the record left the screen): its next chartFor starts afresh.
  void forget(const std::string& id);

 private:
  std::map<std::string, RecordChart> charts_;
};

}  // namespace jobname::mermaid
