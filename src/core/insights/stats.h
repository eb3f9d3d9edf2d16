// Statistics of a journal, computed from its records: the funnel of stages reached with
// conversion rates, outcomes, records per Jalali month, platforms, apply ways with their
// response rates, scores, and days between stages. Each count keeps the records behind it, so a
// chart can list them. Pure computation; the Stats view draws it.
#pragma once
#include <string>
#include <vector>

#include "core/model/record.h"

namespace jobname::insights {

struct Count {
  std::string label;
  std::vector<std::string> ids;  // the records counted
  int count() const { return static_cast<int>(ids.size()); }
};

struct Gap {
  std::string label;  // "resume -> first reply"
  int samples = 0;
  double median = 0;
  long min = 0, max = 0;
};

struct Stats {
  int records = 0;
  std::vector<Count> funnel;        // resume, HR call, technical, task, HR interview, offer
  std::vector<double> conversion;   // funnel[i] / funnel[i - 1]; conversion[0] = 1
  std::vector<Count> outcomes;      // in progress, offer, not this time, I declined, ghosted
  std::vector<Count> perMonth;      // "1404.02", oldest first, by the first date
  std::vector<Count> platforms, applyWays, positions;
  std::vector<double> responseByApplyWay;  // share of each apply way's records that got past the resume
  std::vector<double> responseByPosition;  // the same, by position
  // From the deepest stage a record reached to its outcome: the Sankey diagram's bands.
  struct Flow {
    std::string from, to;
    std::vector<std::string> ids;
  };
  std::vector<Flow> flows;
  std::vector<Count> scores;        // "0".."10", by whole points
  std::vector<Gap> gaps;
};

struct StatsFilter {
  int year = 0;                 // Jalali year of the first date; 0: all
  std::string positionKeyword;  // case-insensitive; empty: all
};

Stats computeStats(const std::vector<model::CollectionEntry>& entries, const StatsFilter& filter = {});

}  // namespace jobname::insights
