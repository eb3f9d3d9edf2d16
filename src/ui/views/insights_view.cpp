#include "ui/views/insights_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/calendar/jalali.h"
#include "core/insights/chart_svg.h"
#include "ui/views/record_view.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/tap_rows.h"

namespace jobname::ui {

namespace {
const model::CollectionEntry* findEntry(const std::vector<model::CollectionEntry>& entries, const std::string& id) {
  for (const auto& e : entries) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

// One bar per count: label, bar scaled to the largest, count (and a note such as a rate).
// Hovering lists the records; a click shows only them in the collection list.
void bars(UiState& state, const char* id, const std::vector<insights::Count>& counts,
          const std::vector<model::CollectionEntry>& entries, const std::vector<std::string>& notes = {}) {
  int largest = 1;
  const float em = ImGui::GetFontSize();
  // The labels column as wide as its widest label (up to half the width), and the bars leave room
  // for the widest count and note: neither is cut.
  auto valueText = [&](std::size_t i) {
    std::string value = std::to_string(counts[i].count());
    if (i < notes.size() && !notes[i].empty()) value += "  " + notes[i];
    return value;
  };
  float widest = em * 6, widestValue = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    largest = std::max(largest, counts[i].count());
    widest = std::max(widest, ImGui::CalcTextSize(state.visualText.visual(counts[i].label).c_str()).x);
    widestValue = std::max(widestValue, ImGui::CalcTextSize(valueText(i).c_str()).x);
  }
  const float available = ImGui::GetContentRegionAvail().x;
  // The narrow layout puts each label on its own line above its bar: a phone's width holds no column.
  const bool stacked = state.narrow;
  const float labelWidth = stacked ? 0.0f : std::min(widest + em, std::max(em * 11, available * 0.5f));
  const float labelHeight = stacked ? ImGui::GetTextLineHeight() : 0.0f;
  const float valueWidth = widestValue + em;
  const float barWidth = stacked ? std::max(0.0f, available - valueWidth) : std::max(em * 6, available - labelWidth - valueWidth);
  const float rowWidth = stacked ? available : labelWidth + barWidth + valueWidth;
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const auto& c = counts[i];
    ImGui::PushID(id);
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const ImVec2 at(row.x, row.y + labelHeight);  // the bar's line
    const float height = ImGui::GetTextLineHeight();
    if (ImGui::InvisibleButton("##bar", ImVec2(rowWidth, labelHeight + height + 2)) && c.count() > 0) {
      state.editor.filter.ids = c.ids;
      state.editor.filter.idsLabel = c.label + " (" + std::to_string(c.count()) + ")";
      state.editor.pendingWorkspace = Workspace::Record;
    }
    anchorLastItem(state, (std::string("stats.") + id + "." + std::to_string(i)).c_str());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::string& label = state.visualText.visual(c.label);
    draw->PushClipRect(row, stacked ? ImVec2(row.x + available, at.y) : ImVec2(at.x + labelWidth - em * 0.5f, at.y + height + 2), true);
    draw->AddText(row, ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    draw->PopClipRect();
    const float w = barWidth * static_cast<float>(c.count()) / static_cast<float>(largest);
    draw->AddRectFilled(ImVec2(at.x + labelWidth, at.y + 2), ImVec2(at.x + labelWidth + w, at.y + height), colour, 3);
    const std::string value = valueText(i);
    draw->AddText(ImVec2(at.x + labelWidth + w + em * 0.4f, at.y), ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
    if (ImGui::IsItemHovered() && c.count() > 0) {
      ImGui::BeginTooltip();
      for (std::size_t k = 0; k < c.ids.size() && k < 12; ++k) {
        if (const auto* e = findEntry(entries, c.ids[k])) {
          ImGui::TextUnformatted(state.visualText.visual(e->record.company.name + " - " + e->record.position).c_str());
        }
      }
      if (c.ids.size() > 12) ImGui::TextDisabled("and %d more", static_cast<int>(c.ids.size() - 12));
      ImGui::TextDisabled("Click to list them");
      ImGui::EndTooltip();
    }
    ImGui::PopID();
    ImGui::PopID();
  }
}

// A section title with a button that downloads the chart below it as PNG.
void chartTitle(UiState& state, UiCommands& commands, const char* title, const char* file,
                const std::vector<insights::Count>& counts, const std::vector<std::string>& notes = {}) {
  ImGui::SeparatorText(title);
  ImGui::SameLine();
  ImGui::PushID(file);
  if (inlineButton(state, "PNG")) {
    commands.exportPngName = std::string(file) + ".png";
    commands.exportPngSvg = insights::barChartSvg(title, counts, notes);
  }
  anchorLastItem(state, (std::string("stats.png.") + file).c_str());
  ImGui::PopID();
}

// Bands from the deepest stage each record reached (left) to its outcome (right), as wide as
// their number of records.
void sankey(UiState& state, const insights::Stats& s) {
  if (s.flows.empty()) return;
  const float em = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x, height = em * 12;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  anchorLastItem(state, "stats.sankey");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  std::vector<std::string> left, right;
  std::map<std::string, int> leftTotal, rightTotal;
  for (const auto& f : s.funnel) left.push_back(f.label);
  for (const auto& o : s.outcomes) right.push_back(o.label);
  int total = 0;
  for (const auto& f : s.flows) {
    leftTotal[f.from] += static_cast<int>(f.ids.size());
    rightTotal[f.to] += static_cast<int>(f.ids.size());
    total += static_cast<int>(f.ids.size());
  }
  const float gap = em * 0.4f;
  const float scale = (height - gap * 6) / static_cast<float>(std::max(total, 1));
  const float nodeWidth = em * 0.6f, leftX = at.x + em * 9, rightX = at.x + width - em * 9;
  std::map<std::string, float> leftTop, rightTop;
  float y = at.y;
  for (const auto& l : left) { leftTop[l] = y; y += leftTotal[l] * scale + (leftTotal[l] ? gap : 0); }
  y = at.y;
  for (const auto& r : right) { rightTop[r] = y; y += rightTotal[r] * scale + (rightTotal[r] ? gap : 0); }
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  // Labels beside their node, each at least a line below the one before.
  const float line = ImGui::GetTextLineHeight();
  float nextLabel = at.y;
  for (const auto& l : left) {
    if (!leftTotal[l]) continue;
    draw->AddRectFilled(ImVec2(leftX - nodeWidth, leftTop[l]), ImVec2(leftX, leftTop[l] + leftTotal[l] * scale), ImGui::GetColorU32(ImGuiCol_PlotHistogram));
    const float y = std::max(leftTop[l], nextLabel);
    draw->AddText(ImVec2(at.x, y), ink, (l + " " + std::to_string(leftTotal[l])).c_str());
    nextLabel = y + line;
  }
  nextLabel = at.y;
  for (const auto& r : right) {
    if (!rightTotal[r]) continue;
    draw->AddRectFilled(ImVec2(rightX, rightTop[r]), ImVec2(rightX + nodeWidth, rightTop[r] + rightTotal[r] * scale), ImGui::GetColorU32(ImGuiCol_PlotHistogram));
    const float y = std::max(rightTop[r], nextLabel);
    draw->AddText(ImVec2(rightX + nodeWidth + em * 0.4f, y), ink, (r + " " + std::to_string(rightTotal[r])).c_str());
    nextLabel = y + line;
  }
  std::map<std::string, float> leftUsed, rightUsed;
  for (const auto& f : s.flows) {
    const float h = static_cast<float>(f.ids.size()) * scale;
    const float y0 = leftTop[f.from] + leftUsed[f.from], y1 = rightTop[f.to] + rightUsed[f.to];
    leftUsed[f.from] += h;
    rightUsed[f.to] += h;
    const ImU32 colour = f.to == "Offer" ? IM_COL32(46, 158, 79, 110) : f.to == "Not this time" ? IM_COL32(214, 69, 69, 90)
                                                                                            : IM_COL32(120, 130, 150, 90);
    // The band: a smooth step from (leftX, y0) to (rightX, y1), as thin quads.
    constexpr int kSteps = 24;
    for (int k = 0; k < kSteps; ++k) {
      auto at_t = [&](float t) {
        const float e = t * t * (3 - 2 * t);  // smoothstep
        return ImVec2(leftX + (rightX - leftX) * t, y0 + (y1 - y0) * e);
      };
      const ImVec2 a = at_t(static_cast<float>(k) / kSteps), b = at_t(static_cast<float>(k + 1) / kSteps);
      draw->AddQuadFilled(a, b, ImVec2(b.x, b.y + h), ImVec2(a.x, a.y + h), colour);
    }
  }
}

std::string percent(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", share * 100);
  return buffer;
}
}  // namespace

void drawStatisticsView(UiState& state, const std::vector<model::CollectionEntry>& entries, std::uint64_t version,
                        UiCommands& commands) {
  auto& in = state.editor.insights;
  const float em = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(em * 7);
  std::vector<int> years;
  for (const auto& e : entries) {
    for (const auto& d : e.record.dates) {
      if (const auto p = calendar::parseDate(d.date); p.date) {
        if (std::find(years.begin(), years.end(), p.date->jalali.year) == years.end()) years.push_back(p.date->jalali.year);
        break;
      }
    }
  }
  std::sort(years.rbegin(), years.rend());
  if (beginCombo(state, "Year", in.year ? std::to_string(in.year).c_str() : "All years")) {
    if (ImGui::Selectable("All years", in.year == 0)) in.year = 0;
    for (int y : years) {
      if (ImGui::Selectable(std::to_string(y).c_str(), in.year == y)) in.year = y;
      anchorLastItem(state, ("stats.year." + std::to_string(y)).c_str());
    }
    endCombo(state);
  }
  anchorLastItem(state, "stats.year");
  ImGui::SameLine();
  TextFieldOptions keyword;
  keyword.width = em * 12;
  keyword.hint = "Position keyword";
  TextField(state, "stats.position", in.positionKeyword, keyword);

  if (in.statsVersion != version || in.statsYear != in.year || in.statsKeyword != in.positionKeyword) {
    in.stats = insights::computeStats(entries, {in.year, in.positionKeyword});
    in.statsVersion = version;
    in.statsYear = in.year;
    in.statsKeyword = in.positionKeyword;
  }
  const insights::Stats& s = in.stats;
  ImGui::Text("%d %s", s.records, s.records == 1 ? "record" : "records");
  anchorLastItem(state, "stats.records");
  if (ImGui::BeginChild("##stats")) {
    std::vector<std::string> rates;
    for (std::size_t i = 0; i < s.conversion.size(); ++i) rates.push_back(i == 0 ? "" : percent(s.conversion[i]) + " of the stage before");
    chartTitle(state, commands, "Stages reached", "stages-reached", s.funnel, rates);
    bars(state, "funnel", s.funnel, entries, rates);
    ImGui::SeparatorText("From the furthest stage to the outcome");
    sankey(state, s);
    chartTitle(state, commands, "Outcomes", "outcomes", s.outcomes);
    bars(state, "outcomes", s.outcomes, entries);
    chartTitle(state, commands, "Applications per month (Jalali)", "applications-per-month", s.perMonth);
    bars(state, "months", s.perMonth, entries);
    std::vector<std::string> responses;
    for (double r : s.responseByApplyWay) responses.push_back(percent(r) + " replied");
    chartTitle(state, commands, "Apply ways and how often they got a reply", "apply-ways", s.applyWays, responses);
    bars(state, "ways", s.applyWays, entries, responses);
    std::vector<std::string> byPosition;
    for (double r : s.responseByPosition) byPosition.push_back(percent(r) + " replied");
    chartTitle(state, commands, "Positions and how often they got a reply", "positions", s.positions, byPosition);
    bars(state, "positions", s.positions, entries, byPosition);
    chartTitle(state, commands, "Interview platforms", "platforms", s.platforms);
    bars(state, "platforms", s.platforms, entries);
    chartTitle(state, commands, "Scores (out of 10)", "scores", s.scores);
    bars(state, "scores", s.scores, entries);
    ImGui::SeparatorText("Days between stages");
    for (const auto& g : s.gaps) {
      if (g.samples == 0) ImGui::Text("%s: no dates yet", g.label.c_str());
      else ImGui::Text("%s: median %.1f days (from %ld to %ld, %d records)", g.label.c_str(), g.median, g.min, g.max, g.samples);
    }
  }
  ImGui::EndChild();
}

void drawQuestionBankView(UiState& state, const std::vector<model::CollectionEntry>& entries, std::uint64_t version,
                          UiCommands& commands) {
  auto& in = state.editor.insights;
  if (in.bankVersion != version) {
    in.bank = insights::buildQuestionBank(entries);
    in.bankVersion = version;
  }
  const float em = ImGui::GetFontSize();
  TextFieldOptions search;
  search.width = em * 18;
  search.hint = "Search the questions";
  TextField(state, "questions.search", in.questionSearch, search);
  sameLineIfFits(buttonWidth("Export as FAQ"));
  if (ImGui::Button("Export as FAQ")) commands.exportFaq = true;
  anchorLastItem(state, "questions.export");
  // The count is of the questions the search leaves.
  const std::string needle = insights::questionKey(in.questionSearch);
  std::vector<std::size_t> matching;
  for (std::size_t g = 0; g < in.bank.size(); ++g) {
    if (needle.empty() || insights::questionKey(in.bank[g].text).find(needle) != std::string::npos) matching.push_back(g);
  }
  const std::string count = needle.empty() ? std::to_string(in.bank.size()) + (in.bank.size() == 1 ? " question" : " questions")
                                           : std::to_string(matching.size()) + " of " + std::to_string(in.bank.size()) + " questions";
  sameLineIfFits(ImGui::CalcTextSize(count.c_str()).x);
  ImGui::TextDisabled("%s", count.c_str());
  anchorLastItem(state, "questions.count");
  if (ImGui::BeginChild("##bank")) {
    int shown = 0;
    for (std::size_t g : matching) {
      const auto& group = in.bank[g];
      ImGui::PushID(static_cast<int>(g));
      std::string where;
      for (std::size_t c = 0; c < group.companies.size(); ++c) where += (c ? ", " : "") + group.companies[c];
      const std::string title = state.visualText.visual(group.text) + "  (" + std::to_string(group.asked.size()) +
                                (group.asked.size() == 1 ? " time - " : " times - ") + where + ")###q";
      const bool open = ImGui::TreeNode(title.c_str());
      anchorLastItem(state, ("questions.group." + std::to_string(shown)).c_str());
      if (open) {
        for (std::size_t a = 0; a < group.asked.size(); ++a) {
          const auto& asked = group.asked[a];
          ImGui::PushID(static_cast<int>(a));
          if (inlineButton(state, ("Open " + asked.company).c_str())) {
            commands.openId = asked.recordId;
            state.editor.pendingWorkspace = Workspace::Record;
            showSearchHit(state, asked.recordId, "record.section." + std::to_string(asked.section) + ".item." + std::to_string(asked.item),
                          asked.question, in.questionSearch);
          }
          anchorLastItem(state, ("questions.group." + std::to_string(shown) + ".open." + std::to_string(a)).c_str());
          ImGui::SameLine();
          ImGui::TextUnformatted(state.visualText.visual(asked.question).c_str());
          if (!asked.answer.empty()) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
            ImGui::TextWrapped("%s", state.visualText.visual(asked.answer).c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
          }
          ImGui::PopID();
        }
        ImGui::TreePop();
      }
      ImGui::PopID();
      ++shown;
    }
  }
  ImGui::EndChild();
}

}  // namespace jobname::ui
