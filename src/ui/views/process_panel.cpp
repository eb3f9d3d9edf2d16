#include "ui/views/process_panel.h"

#include <imgui.h>

#include <algorithm>

#include "core/mermaid/edit.h"
#include "core/mermaid/progress.h"
#include "core/mermaid/reorder.h"
#include "core/mermaid/status_check.h"
#include "core/mermaid/write.h"
#include "core/model/outcome.h"
#include "ui/widgets/flowchart_view.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tap_rows.h"

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

// The outcome at the last stage reached: for a chain, where progress.h decides it (a stage is
// added after the end when needed); for another chart, on the arrow that leaves that stage.
bool outcomeCombo(UiState& state, mermaid::Flowchart& chart, const std::optional<mermaid::ChainProgress>& progress, std::size_t lastReached,
                  bool editable) {
  mermaid::Edge* leaving = progress ? nullptr : mermaid::outcomeArrow(chart, lastReached);
  if (!progress && !leaving) return false;
  const model::Outcome current = progress ? progress->outcome : mermaid::arrowOutcome(*leaving);
  bool changed = false;
  sameLineIfFits(labelledWidth(ImGui::GetFontSize() * 10, "Outcome"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (beginCombo(state, "Outcome", model::outcomeAtStageWord(current))) {
    for (model::Outcome outcome : kStageOutcomes) {
      if (ImGui::Selectable(model::outcomeAtStageWord(outcome), outcome == current) && outcome != current && editable) {
        if (progress) changed = mermaid::writeProgress(chart, progress->outcomeStage(), outcome);
        else { mermaid::setArrowOutcome(*leaving, outcome); changed = true; }
      }
      anchorLastItem(state, (std::string("record.stage.outcome.") + model::outcomeCode(outcome)).c_str());
    }
    endCombo(state);
  }
  anchorLastItem(state, "record.stage.outcome");
  return changed;
}
}  // namespace

bool drawProcessPanel(UiState& state, const std::string& id, model::Record& record, UiCommands& commands) {
  auto& panel = state.editor.process;
  const mermaid::RecordChart* shown = &refresh(state, id, record.process);
  bool changed = false;
  const float em = ImGui::GetFontSize();
  const float height = em * 14;
  // The source beside the chart; above it, each the whole width, in the narrow layout or where the
  // chart would be left less than the source (a tablet's record pane).
  const float besideWidth = std::max(em * 16, ImGui::GetContentRegionAvail().x * 0.36f);
  const bool stacked = state.narrow || ImGui::GetContentRegionAvail().x - besideWidth < em * 16;
  const float sourceWidth = stacked ? -1.0f : besideWidth;

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
  if (!stacked) ImGui::SameLine();
  ImGui::BeginGroup();
  if (inlineButton(state, "Fit")) {
    panel.view.fitPending = true;
    panel.view.fitWhole = true;
    panel.view.userMoved = false;
  }
  anchorLastItem(state, "record.process.fit");
  sameLineIfFits(buttonWidth("Export SVG"));
  if (inlineButton(state, "Export SVG")) commands.exportSvg = true;
  anchorLastItem(state, "record.process.svg");
  sameLineIfFits(buttonWidth("Export PNG"));
  if (inlineButton(state, "Export PNG")) commands.exportPng = true;
  anchorLastItem(state, "record.process.png");
  if (!shown->error.empty()) {
    sameLineIfFits(stacked ? ImGui::CalcTextSize(shown->error.c_str()).x : 0.0f);
    if (stacked) ImGui::PushTextWrapPos(0.0f);  // a phone's line is shorter than most messages
    ImGui::TextColored(ImVec4(0.85f, 0.3f, 0.3f, 1), "%s", shown->error.c_str());
    if (stacked) ImGui::PopTextWrapPos();
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

  // Stages: reached or not, rename, move, add, remove, and the outcome at the last stage reached.
  // Not for a chart too large to draw: its stages are edited in the text.
  if (!shown->chart || !shown->error.empty() || !shown->layout.notDrawn.empty()) return changed;
  mermaid::Flowchart chart = *shown->chart;
  // A chain in the book's style: each stage's check marks it reached, and the status row follows.
  const std::optional<mermaid::ChainProgress> progress = mermaid::readProgress(chart);
  // The chain's last stage reached, or for another chart the end of its solid path.
  const std::size_t lastReached = progress ? *chart.findNode(progress->order[progress->lastReached]) : mermaid::lastReachedStage(shown->layout);
  bool chartChanged = false, typed = false;
  std::string newStage;  // its name field opens, ready for the name, once the chart is written
  ImGui::TextDisabled("Stages");
  // Every row is drawn each frame (the frame may be the last before the app sleeps); once one edit
  // is made in a frame, the others wait for the next.
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string row = "record.stage." + std::to_string(i);
    if (progress) {
      const std::size_t at = static_cast<std::size_t>(
          std::find(progress->order.begin(), progress->order.end(), chart.nodes[i].id) - progress->order.begin());
      bool reached = at <= progress->lastReached;
      ImGui::BeginDisabled(at == 0 || state.editor.readOnly);  // the journey starts at the first stage
      if (ImGui::Checkbox("##reached", &reached) && !chartChanged) {
        // A changed journey keeps its rejection or withdrawal at its new end; an offer is decided again.
        const model::Outcome outcome = progress->outcome == model::Outcome::Accepted ? model::Outcome::Pending : progress->outcome;
        chartChanged = mermaid::writeProgress(chart, reached ? at : at - 1, outcome);
      }
      ImGui::EndDisabled();
      ImGui::SetItemTooltip("Reached: on the status row and drawn solid in the chart");
      anchorLastItem(state, (row + ".reached").c_str());
      ImGui::SameLine();
    }
    std::string label = chart.nodes[i].label;
    TextFieldOptions stage;
    stage.width = em * 14;
    stage.readOnly = state.editor.readOnly;
    if (TextField(state, row.c_str(), label, stage) && !chartChanged) {
      chart.nodes[i].label = label;
      chartChanged = typed = true;
    }
    if (progress) {
      sameLineIfFits(ImGui::GetFrameHeight() * 2 + ImGui::GetStyle().ItemSpacing.x);  // the two arrows together
      if (ImGui::ArrowButton("##earlier", ImGuiDir_Up) && !chartChanged) chartChanged = mermaid::moveStage(chart, chart.nodes[i].id, -1);
      anchorLastItem(state, (row + ".up").c_str());
      ImGui::SameLine();
      if (ImGui::ArrowButton("##later", ImGuiDir_Down) && !chartChanged) chartChanged = mermaid::moveStage(chart, chart.nodes[i].id, 1);
      anchorLastItem(state, (row + ".down").c_str());
    }
    sameLineIfFits(buttonWidth("Remove"));
    if (inlineButton(state, "Remove") && !chartChanged) chartChanged = mermaid::removeStage(chart, i);
    anchorLastItem(state, (row + ".remove").c_str());
    ImGui::PopID();
  }
  if (inlineButton(state, stacked ? "Add a stage###addstage" : "Add a stage after the last one reached###addstage") && !chartChanged) {
    newStage = mermaid::addStageAfter(chart, lastReached);
    chartChanged = true;
  }
  anchorLastItem(state, "record.stage.add");
  chartChanged = outcomeCombo(state, chart, progress, lastReached, !chartChanged) || chartChanged;
  if (chartChanged) {
    const std::vector<std::string> statusBefore = mermaid::statusRowForChart(record.status, *shown->chart);
    record.process = mermaid::writeFlowchart(chart);
    const auto& written = refresh(state, id, record.process);
    if (written.chart) {
      const std::vector<std::string> statusAfter = mermaid::statusRowForChart(record.status, *written.chart);
      if (statusAfter != statusBefore) record.status = statusAfter;
      if (const auto index = newStage.empty() ? std::nullopt : written.chart->findNode(newStage)) {
        state.overlay.activeId = "record.stage." + std::to_string(*index);
        state.overlay.pendingOpen = true;
        state.overlay.selectAll = true;
      }
    }
    changed = true;
    commands.editStep = commands.editStep || !typed;  // a button's edit is undone on its own
  }
  return changed;
}

}  // namespace jobname::ui
