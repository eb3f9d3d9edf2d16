#include "ui/views/collection_view.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <array>
#include <unordered_map>
#include <cmath>
#include <string>

#include "core/calendar/jalali.h"
#include "core/model/stages.h"
#include "core/text/ascii_case.h"
#include "ui/widgets/bidi_text.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

int firstYear(const model::Record& record) {
  for (const auto& d : record.dates) {
    if (const auto parsed = calendar::parseDate(d.date); parsed.date) return parsed.date->jalali.year;
  }
  return 0;
}

// The last real date of a record, as a day number for sorting (0 when none).
long lastDay(const model::Record& record) {
  long last = 0;
  for (const auto& d : record.dates) {
    if (const auto parsed = calendar::parseDate(d.date); parsed.date) last = std::max(last, calendar::julianDayFromJalali(parsed.date->jalali));
  }
  return last;
}

namespace {
// Every text field of the record in one lower-cased string, fields kept apart by a line break
// (so a search never matches across two fields), for the search box.
std::string haystack(const model::Record& r) {
  std::string all;
  auto add = [&](const std::string& field) {
    all += text::lowerAscii(field);
    all += '\n';
  };
  add(r.company.name);
  add(r.company.localName);
  add(r.position);
  add(r.platform);
  add(r.score.comment);
  for (const auto& w : r.applyWays) add(w);
  for (const auto& d : r.dates) { add(d.label); add(d.date); add(d.note); }
  for (const auto& s : r.sections) {
    add(s.title);
    for (const auto& item : s.items) { add(item.text); add(item.answer); }
  }
  return all;
}

ImVec4 outcomeColour(model::Outcome outcome) {
  switch (outcome) {
    case model::Outcome::Rejected: return ImVec4(0.84f, 0.27f, 0.27f, 1);
    case model::Outcome::Accepted: return ImVec4(0.18f, 0.62f, 0.31f, 1);
    case model::Outcome::Declined: return ImVec4(0.55f, 0.45f, 0.75f, 1);
    case model::Outcome::Ghosted: return ImVec4(0.45f, 0.45f, 0.5f, 1);
    case model::Outcome::Pending: break;
  }
  return ImVec4(0.55f, 0.58f, 0.62f, 1);
}

bool passes(const std::string& id, const model::Record& r, const CollectionFilter& f) {
  if (!f.ids.empty() && std::find(f.ids.begin(), f.ids.end(), id) == f.ids.end()) return false;
  if (f.outcome && *f.outcome != model::outcomeOfStatus(r.status)) return false;
  if (f.year && firstYear(r) != f.year) return false;
  if (!f.platform.empty() && text::lowerAscii(r.platform) != text::lowerAscii(f.platform)) return false;
  if (!f.stage.empty() && std::find(r.status.begin(), r.status.end(), f.stage) == r.status.end()) return false;
  return true;
}

// Filters and sort order, in one row of small combos.
void filterBar(UiState& state, const std::vector<model::CollectionEntry>& entries) {
  auto& f = state.editor.filter;
  const float w = ImGui::GetFontSize() * 6.5f;
  ImGui::SetNextItemWidth(w);
  if (ImGui::BeginCombo("##outcome", f.outcome ? model::outcomeWord(*f.outcome) : "Any outcome")) {
    if (ImGui::Selectable("Any outcome", !f.outcome)) f.outcome.reset();
    anchorLastItem(state, "collection.filter.outcome.any");
    for (model::Outcome o : model::kOutcomes) {
      if (ImGui::Selectable(model::outcomeWord(o), f.outcome == o)) f.outcome = o;
      anchorLastItem(state, (std::string("collection.filter.outcome.") + model::outcomeCode(o)).c_str());
    }
    ImGui::EndCombo();
  }
  anchorLastItem(state, "collection.filter.outcome");
  ImGui::SameLine();
  std::vector<int> years;
  std::vector<std::string> platforms;
  for (const auto& e : entries) {
    if (const int y = firstYear(e.record); y && std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
    if (!e.record.platform.empty() && std::find(platforms.begin(), platforms.end(), e.record.platform) == platforms.end()) platforms.push_back(e.record.platform);
  }
  std::sort(years.rbegin(), years.rend());
  std::sort(platforms.begin(), platforms.end());
  ImGui::SetNextItemWidth(w * 0.8f);
  if (ImGui::BeginCombo("##year", f.year ? std::to_string(f.year).c_str() : "Any year")) {
    if (ImGui::Selectable("Any year", f.year == 0)) f.year = 0;
    anchorLastItem(state, "collection.filter.year.any");
    for (int y : years) {
      if (ImGui::Selectable(std::to_string(y).c_str(), f.year == y)) f.year = y;
      anchorLastItem(state, ("collection.filter.year." + std::to_string(y)).c_str());
    }
    ImGui::EndCombo();
  }
  anchorLastItem(state, "collection.filter.year");
  ImGui::SetNextItemWidth(w);
  if (ImGui::BeginCombo("##platform", f.platform.empty() ? "Any platform" : f.platform.c_str())) {
    if (ImGui::Selectable("Any platform", f.platform.empty())) f.platform.clear();
    for (const auto& p : platforms) {
      if (ImGui::Selectable(p.c_str(), f.platform == p)) f.platform = p;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w);
  const model::StageKind* stage = model::stageByCode(f.stage);
  if (ImGui::BeginCombo("##stage", stage ? stage->label : "Any stage")) {
    if (ImGui::Selectable("Any stage", f.stage.empty())) f.stage.clear();
    for (const auto& kind : model::knownStages()) {
      if (ImGui::Selectable(kind.label, f.stage == kind.code)) f.stage = kind.code;
    }
    ImGui::EndCombo();
  }
  const char* sorts[] = {"Latest first", "Company A-Z", "Best score", "Recently edited"};
  ImGui::SetNextItemWidth(w * 1.3f);
  if (ImGui::BeginCombo("##sort", sorts[static_cast<int>(f.sort)])) {
    for (int i = 0; i < 4; ++i) {
      if (ImGui::Selectable(sorts[i], static_cast<int>(f.sort) == i)) f.sort = static_cast<SortOrder>(i);
      anchorLastItem(state, ("collection.sort." + std::to_string(i)).c_str());
    }
    ImGui::EndCombo();
  }
  anchorLastItem(state, "collection.sort");
}
// The records shown, in the chosen order (stable: ties keep the journal's order).
// The records whose text holds `needle`. Typing extends the search, so when the previous search
// is part of this one only its matches are searched again; otherwise one pass of a
// Boyer-Moore-Horspool searcher over all the text, jumping to the next record after a hit.
std::size_t pairBit(unsigned char a, unsigned char b) { return ((a * 31u) ^ b) & 4095u; }

void indexRecord(CollectionCache::RecordIndex& index, const model::CollectionEntry& entry) {
  index.id = entry.id;
  index.updatedMs = entry.updatedMs;
  index.text = haystack(entry.record);
  index.pairs.fill(0);
  for (std::size_t i = 0; i + 1 < index.text.size(); ++i) {
    const std::size_t bit = pairBit(static_cast<unsigned char>(index.text[i]), static_cast<unsigned char>(index.text[i + 1]));
    index.pairs[bit / 64] |= 1ull << (bit % 64);
  }
  index.lastDay = lastDay(entry.record);
}

// The records whose text holds `needle`. A record missing any of the needle's byte pairs is
// ruled out without reading its text; typing extends the search, so when the previous search
// is part of this one only its matches are looked at again.
std::vector<std::size_t> searchRecords(const CollectionCache& cache, const std::string& needle, const std::string& previous) {
  std::vector<std::size_t> bits;
  for (std::size_t i = 0; i + 1 < needle.size(); ++i) {
    bits.push_back(pairBit(static_cast<unsigned char>(needle[i]), static_cast<unsigned char>(needle[i + 1])));
  }
  const auto holds = [&](std::size_t r) {
    const auto& index = cache.records[r];
    for (std::size_t bit : bits) {
      if (!(index.pairs[bit / 64] & (1ull << (bit % 64)))) return false;
    }
    return index.text.find(needle) != std::string::npos;
  };
  std::vector<std::size_t> found;
  if (!previous.empty() && needle.find(previous) != std::string::npos) {
    for (std::size_t r : cache.matches) if (holds(r)) found.push_back(r);
  } else {
    for (std::size_t r = 0; r < cache.records.size(); ++r) if (holds(r)) found.push_back(r);
  }
  return found;
}

std::vector<std::size_t> visibleRows(const std::vector<model::CollectionEntry>& entries, const EditorState& editor,
                                     CollectionCache& cache, const std::string& previousNeedle) {
  const std::string needle = text::lowerAscii(editor.search);
  std::vector<std::size_t> candidates;
  if (needle.empty()) {
    for (std::size_t i = 0; i < entries.size(); ++i) candidates.push_back(i);
  } else {
    candidates = searchRecords(cache, needle, previousNeedle);
  }
  cache.matches = candidates;
  std::vector<std::size_t> order;
  for (std::size_t i : candidates) {
    if (passes(entries[i].id, entries[i].record, editor.filter)) order.push_back(i);
  }
  const auto& last = cache.records;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ra = entries[a].record;
    const auto& rb = entries[b].record;
    switch (editor.filter.sort) {
      case SortOrder::Company: return text::lowerAscii(ra.company.name) < text::lowerAscii(rb.company.name);
      case SortOrder::Score: return ra.score.value.value_or(-1) > rb.score.value.value_or(-1);
      case SortOrder::Edited: return entries[a].updatedMs > entries[b].updatedMs;
      case SortOrder::LastDate: break;
    }
    return last[a].lastDay > last[b].lastDay;
  });
  return order;
}
}  // namespace

void drawCollectionView(UiState& state, const std::vector<model::CollectionEntry>& entries, std::uint64_t version,
                        const std::string& openId, UiCommands& commands) {
  auto& editor = state.editor;
  if (ImGui::Button("New record")) commands.newRecord = true;
  anchorLastItem(state, "collection.new");
  ImGui::SameLine();
  if (ImGui::Button("Import...")) commands.importFiles = true;
  anchorLastItem(state, "collection.import");
  TextFieldOptions search;
  search.hint = "Search every field";
  TextField(state, "collection.search", editor.search, search);
  ImGui::Separator();

  if (entries.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("No records yet. Keep each job interview here: the stages, the questions you were asked, "
                       "what you answered and how it went.");
    ImGui::Spacing();
    if (ImGui::Button("Create your first record")) commands.newRecord = true;
    anchorLastItem(state, "collection.empty.new");
    if (ImGui::Button("Import .md or .json files")) commands.importFiles = true;
    if (ImGui::Button("Open a sample record")) commands.openSample = true;
    anchorLastItem(state, "collection.empty.sample");
    ImGui::TextDisabled("You can also drop files on the window.");
    return;
  }

  filterBar(state, entries);
  if (!editor.filter.ids.empty()) {
    ImGui::TextColored(ImGui::GetStyle().Colors[ImGuiCol_PlotHistogram], "From the chart: %s", editor.filter.idsLabel.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Show all")) editor.filter.ids.clear();
    anchorLastItem(state, "collection.filter.chart.clear");
  }
  auto& cache = editor.listCache;
  if (cache.version != version) {
    // Reuse the index of every record unchanged since the last time; build the others.
    std::unordered_map<std::string_view, CollectionCache::RecordIndex*> old;
    std::vector<CollectionCache::RecordIndex> previous = std::move(cache.records);
    for (auto& index : previous) old.emplace(index.id, &index);
    cache.records.clear();
    cache.records.reserve(entries.size());
    for (const auto& e : entries) {
      const auto it = old.find(e.id);
      if (it != old.end() && it->second->updatedMs == e.updatedMs) {
        cache.records.push_back(std::move(*it->second));
      } else {
        cache.records.emplace_back();
        indexRecord(cache.records.back(), e);
      }
    }
    cache.search.clear();  // nothing to narrow from
  }
  if (cache.version != version || cache.search != editor.search || !(cache.filter == editor.filter)) {
    const auto started = std::chrono::steady_clock::now();
    const std::string previous = cache.version == version ? text::lowerAscii(cache.search) : std::string();
    cache.version = version;
    cache.search = editor.search;
    cache.filter = editor.filter;
    cache.rows = visibleRows(entries, editor, cache, previous);
    cache.lastSearchMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  }
  const std::vector<std::size_t>& order = cache.rows;
  const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
  const float rowHeight = lineHeight * 2.2f + ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::BeginChild("##records", ImVec2(0, 0), ImGuiChildFlags_None)) {
    // Only the rows on screen are drawn: a thousand records cost what a screenful does.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order.size()), rowHeight);
    while (clipper.Step()) for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::size_t i = order[static_cast<std::size_t>(row)];
      const auto& entry = entries[i];
      const model::Record& r = entry.record;
      ImGui::PushID(entry.id.c_str());
      const bool selected = entry.id == openId;
      const ImVec2 start = ImGui::GetCursorPos();
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(0, lineHeight * 2.2f))) {
        commands.openId = entry.id;
      }
      anchorLastItem(state, ("collection.item." + std::to_string(i)).c_str());
      anchorLastItem(state, ("collection.row." + std::to_string(row) + "." + entry.id).c_str());
      ImGui::SetCursorPos(ImVec2(start.x + 4, start.y + 2));
      ImGui::BeginGroup();
      const std::string company = r.company.name.empty() ? std::string("(no company yet)") : r.company.name;
      ImGui::TextUnformatted(company.c_str());
      if (!r.company.localName.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", state.visualText.visual(r.company.localName).c_str());
      }
      const model::Outcome outcome = model::outcomeOfStatus(r.status);
      ImGui::TextColored(outcomeColour(outcome), "%s", model::outcomeWord(outcome));
      ImGui::SameLine();
      ImGui::TextDisabled("%s", state.visualText.visual(r.position).c_str());
      std::string right;
      if (!r.dates.empty()) right = r.dates.back().date;
      if (r.score.value) right += (right.empty() ? "" : "  ") + std::to_string(static_cast<int>(*r.score.value * 10) / 10) +
                                  (std::fmod(*r.score.value, 1.0) != 0 ? ".5" : "") + "/10";
      ImGui::EndGroup();
      if (!right.empty()) {
        const float w = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SetCursorPos(ImVec2(start.x + ImGui::GetContentRegionAvail().x - w - 4, start.y + 2));
        ImGui::TextDisabled("%s", right.c_str());
      }
      ImGui::SetCursorPos(ImVec2(start.x, start.y + lineHeight * 2.2f + ImGui::GetStyle().ItemSpacing.y));
      ImGui::PopID();
    }
    if (order.empty()) ImGui::TextDisabled("No record matches \"%s\".", editor.search.c_str());
  }
  ImGui::EndChild();
}

}  // namespace jobname::ui
