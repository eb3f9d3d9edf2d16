#include "ui/views/process_panel.h"

#include <imgui.h>

#include <algorithm>

#include "core/mermaid/edit.h"
#include "core/mermaid/reorder.h"
#include "core/mermaid/write.h"
#include "core/model/outcome.h"
#include "ui/widgets/flowchart_view.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
// The record's chart for its text as it is now (laid out again only when it changed). A chart
// with more or fewer stages is fitted to the view again, unless the user moved it.
const mermaid::RecordChart& refresh(UiState& state, const std::string& id, const std::string& source) {
  auto& panel = state.editor.process;
  const auto& chart = state.charts.chartFor(id, source, [&](const std::string& s) { return measureChartLabel(state, s); });
  if (chart.chart && chart.chart->nodes.size() != panel.nodesShown) {
    if (!panel.view.userMoved) panel.view.fitPending = true;
    panel.nodesShown = chart.chart->nodes.size();
  }
  return chart;
}

// The outcomes the panel offers at the last stage reached, in its order.
constexpr model::Outcome kStageOutcomes[] = {model::Outcome::Pending, model::Outcome::Rejected, model::Outcome::Declined,
                                             model::Outcome::Accepted};
}  // namespace

bool drawProcessPanel(UiState& state, const std::string& id, model::Record& record, UiCommands& commands) {
  auto& panel = state.editor.process;
  const mermaid::RecordChart* shown = &refresh(state, id, record.process);
  bool changed = false;
  const float em = ImGui::GetFontSize();
  const float height = em * 14;
  const float sourceWidth = std::max(em * 16, ImGui::GetContentRegionAvail().x * 0.36f);

  ImGui::BeginGroup();
  ImGui::TextDisabled("Mermaid source");
  TextFieldOptions source;
  source.width = sourceWidth;
  source.lines = (height - ImGui::GetFrameHeightWithSpacing()) / ImGui::GetTextLineHeight() - 1;
  source.readOnly = state.editor.readOnly;
  if (TextField(state, "record.process.source", record.process, source)) {
    changed = true;
    shown = &refresh(state, id, record.process);  // redrawn in this very frame
  }
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  if (ImGui::SmallButton("Fit")) {
    panel.view.fitPending = true;
    panel.view.userMoved = false;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Export SVG")) commands.exportSvg = true;
  anchorLastItem(state, "record.process.svg");
  ImGui::SameLine();
  if (ImGui::SmallButton("Export PNG")) commands.exportPng = true;
  anchorLastItem(state, "record.process.png");
  if (!shown->error.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.85f, 0.3f, 0.3f, 1), "%s", shown->error.c_str());
    anchorLastItem(state, "record.process.error");
  }
  const ImVec2 avail(ImGui::GetContentRegionAvail().x, height - ImGui::GetFrameHeightWithSpacing());
  if (shown->chart) {
    FlowchartView(state, "record.flowchart", panel.view, shown->layout, avail);
  } else {
    ImGui::Dummy(avail);
    anchorLastItem(state, "record.flowchart");
  }
  ImGui::EndGroup();

  // Stages: rename, add, remove, and the outcome at the last stage reached. Not for a chart too
  // large to draw: its stages are edited in the text.
  if (!shown->chart || !shown->error.empty() || !shown->layout.notDrawn.empty()) return changed;
  mermaid::Flowchart chart = *shown->chart;
  bool chartChanged = false;
  ImGui::TextDisabled("Stages");
  const bool chain = !mermaid::chainOrder(chart).empty();
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    std::string label = chart.nodes[i].label;
    TextFieldOptions stage;
    stage.width = em * 14;
    stage.readOnly = state.editor.readOnly;
    if (TextField(state, ("record.stage." + std::to_string(i)).c_str(), label, stage)) {
      chart.nodes[i].label = label;
      chartChanged = true;
    }
    if (chain) {
      ImGui::SameLine();
      if (ImGui::ArrowButton("##earlier", ImGuiDir_Up) && mermaid::moveStage(chart, chart.nodes[i].id, -1)) {
        chartChanged = true;
        ImGui::PopID();
        break;
      }
      anchorLastItem(state, ("record.stage." + std::to_string(i) + ".up").c_str());
      ImGui::SameLine();
      if (ImGui::ArrowButton("##later", ImGuiDir_Down) && mermaid::moveStage(chart, chart.nodes[i].id, 1)) {
        chartChanged = true;
        ImGui::PopID();
        break;
      }
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove") && mermaid::removeStage(chart, i)) {
      chartChanged = true;
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  if (ImGui::SmallButton("Add a stage after the last one reached")) {
    mermaid::addStageAfter(chart, mermaid::lastReachedStage(shown->layout));
    chartChanged = true;
  }
  anchorLastItem(state, "record.stage.add");
  // The outcome is the arrow that leaves the last stage reached.
  if (mermaid::Edge* leaving = mermaid::outcomeArrow(chart, mermaid::lastReachedStage(shown->layout))) {
    const model::Outcome current = mermaid::arrowOutcome(*leaving);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 10);
    if (ImGui::BeginCombo("Outcome", model::outcomeAtStageWord(current))) {
      for (model::Outcome outcome : kStageOutcomes) {
        if (ImGui::Selectable(model::outcomeAtStageWord(outcome), outcome == current)) {
          mermaid::setArrowOutcome(*leaving, outcome);
          chartChanged = true;
        }
        anchorLastItem(state, (std::string("record.stage.outcome.") + model::outcomeCode(outcome)).c_str());
      }
      ImGui::EndCombo();
    }
    anchorLastItem(state, "record.stage.outcome");
  }
  if (chartChanged) {
    record.process = mermaid::writeFlowchart(chart);
    refresh(state, id, record.process);
    changed = true;
  }
  return changed;
}

}  // namespace jobname::ui
