#include "core/mermaid/chart_cache.h"

namespace jobname::mermaid {

const RecordChart& ChartCache::chartFor(const std::string& id, const std::string& source, const MeasureText& measure) {
  RecordChart& entry = charts_[id];
  if (entry.source == source && (entry.chart || !entry.error.empty())) return entry;
  entry.source = source;
  const ParseResult parsed = parseFlowchart(source);
  if (!parsed.chart) {
    const Diagnostic& d = parsed.diagnostics.front();
    entry.error = std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
    return entry;
  }
  entry.error.clear();
  entry.chart = *parsed.chart;
  entry.layout = layoutFlowchart(*parsed.chart, measure);
  return entry;
}

const RecordChart* ChartCache::find(const std::string& id) const {
  const auto it = charts_.find(id);
  return it == charts_.end() ? nullptr : &it->second;
}

void ChartCache::forget(const std::string& id) { charts_.erase(id); }

}  // namespace jobname::mermaid
