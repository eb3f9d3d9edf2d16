#include "ui/views/collection_view.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "ui/widgets/bidi_text.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

const char* outcomeOf(const model::Record& record) {
  for (auto it = record.status.rbegin(); it != record.status.rend(); ++it) {
    if (*it == "rejected") return "rejected";
    if (*it == "accepted") return "accepted";
    if (*it == "declined") return "declined";
  }
  return "pending";
}

namespace {
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Every text field of the record, for the search box.
bool matches(const model::Record& r, const std::string& needle) {
  if (needle.empty()) return true;
  auto has = [&](const std::string& text) { return lower(text).find(needle) != std::string::npos; };
  if (has(r.company.name) || has(r.company.localName) || has(r.position) || has(r.platform) || has(r.score.comment)) return true;
  for (const auto& w : r.applyWays) if (has(w)) return true;
  for (const auto& d : r.dates) if (has(d.label) || has(d.date) || has(d.note)) return true;
  for (const auto& s : r.sections) {
    if (has(s.title)) return true;
    for (const auto& item : s.items) if (has(item.text) || has(item.answer)) return true;
  }
  return false;
}

ImVec4 outcomeColour(const char* outcome) {
  const std::string o = outcome;
  if (o == "rejected") return ImVec4(0.84f, 0.27f, 0.27f, 1);
  if (o == "accepted") return ImVec4(0.18f, 0.62f, 0.31f, 1);
  if (o == "declined") return ImVec4(0.55f, 0.45f, 0.75f, 1);
  return ImVec4(0.55f, 0.58f, 0.62f, 1);
}

const char* outcomeWord(const char* outcome) {
  const std::string o = outcome;
  if (o == "rejected") return "Not this time";
  if (o == "accepted") return "Offer";
  if (o == "declined") return "I declined";
  return "In progress";
}
}  // namespace

void drawCollectionView(UiState& state, const std::vector<model::CollectionEntry>& entries, const std::string& openId,
                        UiCommands& commands) {
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

  const std::string needle = lower(editor.search);
  int shown = 0;
  if (ImGui::BeginChild("##records", ImVec2(0, 0), ImGuiChildFlags_None)) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& entry = entries[i];
      const model::Record& r = entry.record;
      if (!matches(r, needle)) continue;
      ++shown;
      ImGui::PushID(entry.id.c_str());
      const bool selected = entry.id == openId;
      const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
      const ImVec2 start = ImGui::GetCursorPos();
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(0, lineHeight * 2.2f))) {
        commands.openId = entry.id;
      }
      anchorLastItem(state, ("collection.item." + std::to_string(i)).c_str());
      ImGui::SetCursorPos(ImVec2(start.x + 4, start.y + 2));
      ImGui::BeginGroup();
      const std::string company = r.company.name.empty() ? std::string("(no company yet)") : r.company.name;
      ImGui::TextUnformatted(company.c_str());
      if (!r.company.localName.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", state.visualText.visual(r.company.localName).c_str());
      }
      const char* outcome = outcomeOf(r);
      ImGui::TextColored(outcomeColour(outcome), "%s", outcomeWord(outcome));
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
    if (shown == 0) ImGui::TextDisabled("No record matches \"%s\".", editor.search.c_str());
  }
  ImGui::EndChild();
}

}  // namespace jobname::ui
