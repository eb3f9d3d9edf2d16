#include "ui/views/collection_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/collection/list_rows.h"
#include "core/model/stages.h"
#include "ui/views/record_view.h"
#include "ui/widgets/bidi_text.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/tap_rows.h"

namespace jobname::ui {

namespace {
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

// Filters and sort order, in one row of small combos.
void filterBar(UiState& state, const std::vector<model::CollectionEntry>& entries) {
  auto& f = state.editor.filter;
  // Two a row in the narrow layout, each half the width: its wider frames would cut the words.
  const float w = state.narrow ? (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2 : ImGui::GetFontSize() * 6.5f;
  ImGui::SetNextItemWidth(w);
  if (beginCombo(state, "##outcome", f.outcome ? model::outcomeWord(*f.outcome) : "Any outcome")) {
    if (ImGui::Selectable("Any outcome", !f.outcome)) f.outcome.reset();
    anchorLastItem(state, "collection.filter.outcome.any");
    for (model::Outcome o : model::kOutcomes) {
      if (ImGui::Selectable(model::outcomeWord(o), f.outcome == o)) f.outcome = o;
      anchorLastItem(state, (std::string("collection.filter.outcome.") + model::outcomeCode(o)).c_str());
    }
    endCombo(state);
  }
  anchorLastItem(state, "collection.filter.outcome");
  ImGui::SameLine();
  std::vector<int> years;
  std::vector<std::string> platforms;
  for (const auto& e : entries) {
    if (const int y = collection::firstYear(e.record); y && std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
    if (!e.record.platform.empty() && std::find(platforms.begin(), platforms.end(), e.record.platform) == platforms.end()) platforms.push_back(e.record.platform);
  }
  std::sort(years.rbegin(), years.rend());
  std::sort(platforms.begin(), platforms.end());
  ImGui::SetNextItemWidth(state.narrow ? w : w * 0.8f);
  if (beginCombo(state, "##year", f.year ? std::to_string(f.year).c_str() : "Any year")) {
    if (ImGui::Selectable("Any year", f.year == 0)) f.year = 0;
    anchorLastItem(state, "collection.filter.year.any");
    for (int y : years) {
      if (ImGui::Selectable(std::to_string(y).c_str(), f.year == y)) f.year = y;
      anchorLastItem(state, ("collection.filter.year." + std::to_string(y)).c_str());
    }
    endCombo(state);
  }
  anchorLastItem(state, "collection.filter.year");
  ImGui::SetNextItemWidth(w);
  if (beginCombo(state, "##platform", f.platform.empty() ? "Any platform" : f.platform.c_str())) {
    if (ImGui::Selectable("Any platform", f.platform.empty())) f.platform.clear();
    for (const auto& p : platforms) {
      if (ImGui::Selectable(p.c_str(), f.platform == p)) f.platform = p;
    }
    endCombo(state);
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w);
  const model::StageKind* stage = model::stageByCode(f.stage);
  if (beginCombo(state, "##stage", stage ? stage->label : "Any stage")) {
    if (ImGui::Selectable("Any stage", f.stage.empty())) f.stage.clear();
    for (const auto& kind : model::knownStages()) {
      if (ImGui::Selectable(kind.label, f.stage == kind.code)) f.stage = kind.code;
    }
    endCombo(state);
  }
  const char* sorts[] = {"Latest first", "Company A-Z", "Best score", "Recently edited"};
  ImGui::SetNextItemWidth(w * 1.3f);
  if (beginCombo(state, "##sort", sorts[static_cast<int>(f.sort)])) {
    for (int i = 0; i < 4; ++i) {
      if (ImGui::Selectable(sorts[i], static_cast<int>(f.sort) == i)) f.sort = static_cast<collection::SortOrder>(i);
      anchorLastItem(state, ("collection.sort." + std::to_string(i)).c_str());
    }
    endCombo(state);
  }
  anchorLastItem(state, "collection.sort");
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
    if (inlineButton(state, "Show all")) editor.filter.ids.clear();
    anchorLastItem(state, "collection.filter.chart.clear");
  }
  // A search or filter that hides the open record closes it: no record stays open beside a list
  // that does not show it. Only when they change: an edit or a new record keeps its place.
  const bool listChanged = editor.search != editor.listSearchSeen || !(editor.filter == editor.listFilterSeen);
  editor.listSearchSeen = editor.search;
  editor.listFilterSeen = editor.filter;
  if (listChanged && editor.search.empty()) editor.searchHit = SearchHitShown{};
  const std::vector<std::size_t>& order = collection::updateRows(editor.listCache, entries, version, editor.search, editor.filter);
  if (listChanged && !openId.empty() &&
      std::none_of(order.begin(), order.end(), [&](std::size_t i) { return entries[i].id == openId; })) {
    commands.closeRecord = true;
  }
  const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
  const float rowHeight = lineHeight * 2.2f + ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::BeginChild("##records", ImVec2(0, 0), ImGuiChildFlags_NavFlattened)) {
    if (editor.showOpenInList) {  // a record just made: its row scrolled into view (drawn next frame)
      editor.showOpenInList = false;
      const auto at = std::find_if(order.begin(), order.end(), [&](std::size_t i) { return entries[i].id == openId; });
      const float y = static_cast<float>(at - order.begin()) * rowHeight;
      const float top = ImGui::GetScrollY(), height = ImGui::GetWindowHeight();
      if (at != order.end() && (y < top || y + rowHeight > top + height)) ImGui::SetScrollY(std::max(0.0f, y - height * 0.3f));
    }
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
      const ImVec2 rowMin = ImGui::GetCursorScreenPos();
      const float rowWidth = ImGui::GetContentRegionAvail().x;
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(0, lineHeight * 2.2f))) {
        commands.openId = entry.id;
        showSearchHit(state, entry.id, r, editor.search);
      }
      anchorLastItem(state, ("collection.item." + std::to_string(i)).c_str());
      anchorLastItem(state, ("collection.row." + std::to_string(row) + "." + entry.id).c_str());
      // The date and score on the right; the names and position stop short of them.
      std::string right = collection::lastDateText(r);
      if (!r.score.text.empty()) right += (right.empty() ? "" : "  ") + r.score.text;  // as written
      const float rightWidth = right.empty() ? 0.0f : ImGui::CalcTextSize(right.c_str()).x + ImGui::GetFontSize() * 0.6f;
      const ImVec2 namesMax(rowMin.x + rowWidth - rightWidth, rowMin.y + lineHeight * 1.1f);
      ImGui::PushClipRect(rowMin, namesMax, true);
      ImGui::SetCursorPos(ImVec2(start.x + 4, start.y + 2));
      ImGui::BeginGroup();
      const std::string company = r.company.name.empty() ? std::string("(no company yet)") : r.company.name;
      ImGui::TextUnformatted(state.visualText.visual(company).c_str());  // shaped and reordered as everywhere
      anchorLastItem(state, ("collection.company." + std::to_string(row)).c_str());
      if (!r.company.localName.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", state.visualText.visual(r.company.localName).c_str());
      }
      // The names as far as they are drawn (the browser tests check they stop short of the date).
      anchorRect(state, "collection.names." + std::to_string(row), rowMin,
                 ImVec2(std::min(ImGui::GetItemRectMax().x, namesMax.x), namesMax.y));
      ImGui::PopClipRect();
      const model::Outcome outcome = model::outcomeOfStatus(r.status);
      ImGui::TextColored(outcomeColour(outcome), "%s", model::outcomeWord(outcome));
      ImGui::SameLine();
      ImGui::TextDisabled("%s", state.visualText.visual(r.position).c_str());
      ImGui::EndGroup();
      if (!right.empty()) {
        const float w = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SetCursorPos(ImVec2(start.x + ImGui::GetContentRegionAvail().x - w - 4, start.y + 2));
        ImGui::TextDisabled("%s", right.c_str());
        anchorLastItem(state, ("collection.date." + std::to_string(row)).c_str());
      }
      ImGui::SetCursorPos(ImVec2(start.x, start.y + lineHeight * 2.2f + ImGui::GetStyle().ItemSpacing.y));
      ImGui::PopID();
    }
    if (order.empty()) ImGui::TextDisabled("No record matches \"%s\".", editor.search.c_str());
  }
  ImGui::EndChild();
}

}  // namespace jobname::ui
