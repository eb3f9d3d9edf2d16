#include "core/insights/checks.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "core/calendar/jalali.h"
#include "core/insights/active_content.h"
#include "core/markdown/source_document.h"
#include "core/mermaid/progress.h"
#include "core/mermaid/status_check.h"
#include "core/mermaid/write.h"
#include "core/model/outcome.h"
#include "core/text/ascii_case.h"

namespace jobname::insights {

namespace {
std::string lower(std::string_view s) { return text::lowerAscii(s); }

// Questions that differ only in case, spacing and punctuation are the same question.
std::string normalised(std::string_view question) {
  std::string out;
  for (unsigned char c : question) {
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool isInterview(const std::string& label) {
  const std::string l = lower(label);
  return l.find("interview") != std::string::npos || l.find("task") != std::string::npos || l.find("call") != std::string::npos;
}

bool isRejection(const std::string& label) { return lower(label).find("reject") != std::string::npos; }

// Active content anywhere in the record as it would be published: every field and the text
// around them, placed in the file when the record is its file as read.
template <typename Add>
void addActiveContent(const model::Record& r, Add& add) {
  const RecordActiveContent active = checkRecordActiveContent(r);
  if (!active.scan.any()) return;
  const auto fields = activeContentFields(r, active);
  std::vector<std::size_t> offsets;
  for (const auto& finding : active.scan.found) offsets.push_back(finding.offset);
  const auto places = lineColumnsAt(active.markdown, offsets);
  for (std::size_t i = 0; i < active.scan.found.size(); ++i) {
    std::string message = "active content, which would run in a published book: " + active.scan.found[i].message;
    if (!active.isSourceText) message += " (line " + std::to_string(places[i].line) + ", column " + std::to_string(places[i].column) + " of the Markdown)";
    add(Severity::Error, std::move(message), fields[i], active.isSourceText ? offsets[i] : std::string::npos);
  }
  if (active.scan.count > active.scan.found.size()) {
    add(Severity::Error, "and " + std::to_string(active.scan.count - active.scan.found.size()) + " more pieces of active content", "record.preview");
  }
}

std::size_t offsetOfDate(const model::Record& r, std::size_t i) {
  if (!r.source || r.dates[i].origin < 0) return std::string::npos;
  const auto& spans = r.source->dateSpans[static_cast<std::size_t>(r.dates[i].origin)];
  return spans.dateToken.present ? spans.dateToken.begin : spans.item.begin;
}
// The score as written is kept whatever it says; what the format cannot mean is said here.
template <typename Add>
void checkScore(const model::Record& r, Add& add) {
  const std::size_t at = r.source && r.source->scoreValue.present && r.source->parsed.score.text == r.score.text
                             ? r.source->scoreValue.begin
                             : std::string::npos;
  const std::string& text = r.score.text;
  if (text.empty()) {
    add(Severity::Warning, "no score", "record.score", at);
    return;
  }
  const model::ScoreNumbers n = r.score.numbers();
  if (!n.value) {
    add(Severity::Warning, "the score '" + text + "' is not a number (kept as written)", "record.score", at);
  } else if (!n.max || *n.max <= 0) {
    add(Severity::Warning, "the score '" + text + "' has no positive maximum after '/' (kept as written)", "record.score", at);
  } else if (!n.inRange()) {
    add(Severity::Warning, "the score '" + text + "' is out of range: from 0 to the maximum after '/' (kept as written)",
        "record.score", at);
  }
}
}  // namespace

std::string brokenLink(std::string_view text, WorkMeter* meter) {
  // The line's end and the next ')' are looked for again only once a link has passed them, so
  // each character is read a bounded number of times however many links share a line.
  constexpr std::size_t kUnknown = std::string_view::npos;
  std::size_t lineEnd = kUnknown, close = kUnknown, searched = 0;
  for (std::size_t at = text.find("]("); at != std::string_view::npos; at = text.find("](", at + 2)) {
    countSteps(meter, at + 2 - std::min(at + 2, searched));
    searched = at + 2;
    if (lineEnd == kUnknown || lineEnd < at) {
      lineEnd = std::min(text.find('\n', at), text.size());
      countSteps(meter, lineEnd - at);
    }
    if (close == kUnknown || close < at + 2) {
      close = text.find(')', at + 2);
      if (close == std::string_view::npos) return std::string(text.substr(at, std::min<std::size_t>(40, lineEnd - at)));
      countSteps(meter, close - at);
    }
    if (close > lineEnd) return std::string(text.substr(at, std::min<std::size_t>(40, lineEnd - at)));
    if (close == at + 2) return std::string(text.substr(at, 3));
  }
  return {};
}

namespace {
// The record with its status row and chart agreeing (Fix::StatusWithChart); none when that
// changes nothing or the chart is no chain.
std::optional<model::Record> statusWithChart(const model::Record& r) {
  const auto parsed = mermaid::parseFlowchart(r.process);
  if (!parsed.chart) return std::nullopt;
  mermaid::Flowchart chart = *parsed.chart;
  const auto progress = mermaid::readProgress(chart);
  if (!progress) return std::nullopt;
  model::Record fixed = r;
  const model::Outcome rowSays = model::outcomeOfStatus(r.status);
  const bool chartCanSay = rowSays == model::Outcome::Rejected || rowSays == model::Outcome::Declined || rowSays == model::Outcome::Accepted;
  if (progress->outcome == model::Outcome::Pending && chartCanSay && mermaid::writeProgress(chart, progress->lastReached, rowSays)) {
    fixed.process = mermaid::writeFlowchart(chart);
  }
  fixed.status = mermaid::statusRowForChart(r.status, chart);
  if (fixed.status == r.status && fixed.process == r.process) return std::nullopt;
  return fixed;
}
}  // namespace

std::vector<Problem> checkRecord(const model::Record& r) {
  std::vector<Problem> problems;
  auto add = [&](Severity severity, std::string message, std::string field, std::size_t offset = std::string::npos) {
    problems.push_back({severity, std::move(message), std::move(field), offset});
  };

  // Dates: in the calendar, in order, and no rejection before the last interview.
  std::optional<calendar::JalaliDate> previous;
  std::optional<calendar::JalaliDate> lastInterview, rejection;
  std::size_t rejectionIndex = 0;
  for (std::size_t i = 0; i < r.dates.size(); ++i) {
    const auto& d = r.dates[i];
    const std::string field = "record.date." + std::to_string(i) + ".date";
    if (d.date.empty()) continue;
    const auto parsed = calendar::parseDate(d.date);
    if (!parsed.date) {
      add(Severity::Warning, "'" + d.label + "': " + parsed.error, field, offsetOfDate(r, i));
      continue;
    }
    const calendar::JalaliDate date = parsed.date->jalali;
    if (previous && calendar::daysBetween(*previous, date) < 0) {
      add(Severity::Warning, "'" + d.label + "' (" + d.date + ") is earlier than the date before it", field, offsetOfDate(r, i));
    }
    previous = date;
    if (isRejection(d.label)) { rejection = date; rejectionIndex = i; }
    else if (isInterview(d.label) && (!lastInterview || calendar::daysBetween(*lastInterview, date) > 0)) lastInterview = date;
  }
  if (rejection && lastInterview && calendar::daysBetween(*lastInterview, *rejection) < 0) {
    add(Severity::Warning, "the rejection is dated before the last interview", "record.date." + std::to_string(rejectionIndex) + ".date",
        offsetOfDate(r, rejectionIndex));
  }

  // The status row against the flowchart.
  const auto chart = mermaid::parseFlowchart(r.process);
  const bool statusFix = chart.chart && statusWithChart(r).has_value();
  for (auto& warning : mermaid::checkStatusAgainstChart(r.status, chart.chart)) {
    add(Severity::Warning, warning, "record.status.add");
    if (statusFix) problems.back().fix = Fix::StatusWithChart;
  }

  checkScore(r, add);
  if (r.company.url.empty()) add(Severity::Warning, "no link to the company", "record.company.url");

  // Questions asked twice in one record.
  std::map<std::string, std::string> seen;
  for (std::size_t s = 0; s < r.sections.size(); ++s) {
    for (std::size_t q = 0; q < r.sections[s].items.size(); ++q) {
      const auto& item = r.sections[s].items[q];
      const std::string field = "record.section." + std::to_string(s) + ".item." + std::to_string(q);
      if (item.kind == model::ItemKind::Question && !item.text.empty()) {
        const std::string key = normalised(item.text);
        if (!key.empty() && !seen.emplace(key, field).second) add(Severity::Warning, "asked twice: " + item.text, field);
      }
      for (const std::string* text : {&item.text, &item.answer}) {
        if (const std::string bad = brokenLink(*text); !bad.empty()) add(Severity::Warning, "broken link syntax near '" + bad + "'", field);
      }
    }
  }
  addActiveContent(r, add);
  return problems;
}

bool applyFix(model::Record& record, Fix fix) {
  if (fix != Fix::StatusWithChart) return false;
  auto agreeing = statusWithChart(record);
  if (!agreeing) return false;
  record = std::move(*agreeing);
  return true;
}

}  // namespace jobname::insights
