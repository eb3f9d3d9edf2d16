#include "ui/views/reading_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>

#include "core/mermaid/flowchart.h"
#include "core/reading/record_blocks.h"
#include "ui/widgets/flowchart_view.h"
#include "ui/widgets/font_measure.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/inline_button.h"

namespace jobname::ui {

namespace {
using reading::Block;
using reading::BlockKind;
using reading::LaidOutBlock;
using reading::WrappedText;

constexpr float kMaxWidthEm = 46;  // a line of reading text, not the width of a wide screen

reading::LayoutMetrics metricsFor(float em) {
  reading::LayoutMetrics m;
  m.lineHeight = em * 1.45f;
  m.indentStep = em * 1.5f;
  m.padding = em * 0.4f;
  m.chartHeight = em * 12;
  m.minimumBoxWidth = em * 8;
  return m;
}

ImU32 hexColour(const std::string& hex, ImU32 fallback) {
  if (hex.size() != 7 || hex[0] != '#') return fallback;
  const unsigned long v = std::strtoul(hex.c_str() + 1, nullptr, 16);
  return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 0xFF);
}

bool isOpenableLink(const std::string& target) {
  return target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0 || target.rfind("mailto:", 0) == 0;
}

void ensureDocument(UiState& state, ReadingViewState& view, const model::Record& record, const std::string& key) {
  if (view.key == key) return;
  // The same record at a new version (edited in another tab, undone): answers the reader opened
  // stay open. The key is "id@version".
  const bool sameRecord = view.key.substr(0, view.key.rfind('@')) == key.substr(0, key.rfind('@'));
  view.key = key;
  view.document = reading::buildReadingDocument(record);
  if (!sameRecord || view.open.size() != view.document.details.size()) {
    view.open.clear();
    for (const auto& d : view.document.details) view.open.push_back(d.open);
  }
  view.laidOutWidth = -1;
  view.selected = -1;
}

void ensureLayout(UiState& state, ReadingViewState& view, float width, float em) {
  if (view.laidOutWidth == width && view.laidOutFontSize == em) return;
  const reading::LayoutMetrics metrics = metricsFor(em);
  view.layout = reading::layoutReading(view.document, width, measureWithFont(ImGui::GetFont(), state.monoFont, em), metrics);
  // A code block wider than its box gets a scroll bar under its lines.
  for (std::size_t i = 0; i < view.layout.blocks.size(); ++i) {
    LaidOutBlock& b = view.layout.blocks[i];
    if (view.document.blocks[i].kind == BlockKind::Code && b.contentWidth > b.width) b.height += ImGui::GetStyle().ScrollbarSize;
  }
  reading::placeBlocks(view.document, view.layout, view.open, metrics);
  view.laidOutWidth = width;
  view.laidOutFontSize = em;
}

// Draws one piece of text, with the look its style bits ask for.
void drawSegmentText(ImDrawList* draw, ImFont* mono, ImVec2 pos, float size, ImU32 colour, std::string_view text, std::uint8_t style) {
  const int firstVertex = draw->VtxBuffer.Size;
  ImFont* font = (style & reading::kCode) && mono ? mono : ImGui::GetFont();
  draw->AddText(font, size, pos, colour, text.data(), text.data() + text.size());
  if (style & reading::kBold) draw->AddText(font, size, ImVec2(pos.x + std::max(1.0f, size / 18), pos.y), colour, text.data(), text.data() + text.size());
  if (style & reading::kItalic) {
    // No italic face is loaded: the letters are slanted, about the angle an oblique font takes.
    const float baseline = pos.y + size * 0.8f;
    for (int v = firstVertex; v < draw->VtxBuffer.Size; ++v) draw->VtxBuffer[v].pos.x += (baseline - draw->VtxBuffer[v].pos.y) * 0.2f;
  }
}

struct TextContext {
  UiState& state;
  ReadingViewState& view;
  const char* id;
  bool& linkClicked;
};

// The lines of a wrapped paragraph with their top-left at `origin`; links, images and hints react
// to the pointer.
void drawWrapped(TextContext& ctx, const WrappedText& wrapped, ImVec2 origin, float lineHeight, float scale, ImU32 colour) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float size = ImGui::GetFontSize() * scale;
  const ImGuiStyle& style = ImGui::GetStyle();
  const auto& annotations = ctx.view.document.annotations;
  for (std::size_t k = 0; k < wrapped.lines.size(); ++k) {
    const float top = origin.y + static_cast<float>(k) * lineHeight;
    const float textY = top + (lineHeight - size) * 0.5f;
    for (const reading::Segment& s : wrapped.lines[k].segments) {
      const ImVec2 min(origin.x + s.x, textY), max(origin.x + s.x + s.width, textY + size);
      ImU32 ink = colour;
      if (s.style & reading::kMark) draw->AddRectFilled(min, max, IM_COL32(255, 214, 0, 110), 2);
      if (s.style & reading::kCode) draw->AddRectFilled(ImVec2(min.x - 2, min.y), ImVec2(max.x + 2, max.y), ImGui::GetColorU32(ImGuiCol_FrameBg), 3);
      if (s.style & reading::kInert) {
        draw->AddRectFilled(min, max, IM_COL32(220, 60, 60, 40), 2);
        ink = IM_COL32(200, 60, 60, 255);
      }
      const reading::Annotation* note = s.annotation >= 0 && static_cast<std::size_t>(s.annotation) < annotations.size()
                                            ? &annotations[static_cast<std::size_t>(s.annotation)]
                                            : nullptr;
      if (note && note->kind != reading::Annotation::Kind::Hint) ink = ImGui::GetColorU32(ImGuiCol_TextLink);
      drawSegmentText(draw, ctx.state.monoFont, min, size, ink, wrapped.text(s), s.style);
      if (s.style & reading::kStrike) draw->AddLine(ImVec2(min.x, (min.y + max.y) / 2), ImVec2(max.x, (min.y + max.y) / 2), ink, 1);
      if (!note) continue;
      if (note->kind != reading::Annotation::Kind::Hint) draw->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ink, 1);
      anchorRect(ctx.state, std::string(ctx.id) + ".link." + std::to_string(s.annotation), min, max);
      if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) || !ImGui::IsMouseHoveringRect(min, max)) continue;
      if (note->kind == reading::Annotation::Kind::Hint) {
        ImGui::SetTooltip("%s", note->target.c_str());
        continue;
      }
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("%s%s", note->kind == reading::Annotation::Kind::Image ? "Image (not loaded): " : "", note->target.c_str());
      if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetIO().MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 16) {
        ctx.view.linkShown = s.annotation;
        ctx.linkClicked = true;
      }
    }
    (void)style;
  }
}

void drawCode(TextContext& ctx, const LaidOutBlock& b, ImVec2 pos, const reading::LayoutMetrics& m, UiCommands& commands,
              const Block& block) {
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  if (ImGui::BeginChild("##code", ImVec2(b.width, b.height), ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar)) {
    const ImVec2 inner = ImGui::GetCursorScreenPos();
    drawWrapped(ctx, b.text, ImVec2(inner.x + m.padding, inner.y + m.padding), m.lineHeight, 1.0f, ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(b.contentWidth, b.height - ImGui::GetStyle().ScrollbarSize * (b.contentWidth > b.width ? 1.0f : 0.0f)));
    // The copy button stays at the visible right edge however far the lines are scrolled.
    const float buttonWidth = ImGui::CalcTextSize("Copy").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPos(ImVec2(ImGui::GetScrollX() + b.width - buttonWidth - m.padding * 0.5f, m.padding * 0.25f));
    if (ImGui::SmallButton("Copy")) commands.copyText = block.code;  // inside a block one line high
    anchorLastItem(ctx.state, (std::string(ctx.id) + ".code.copy").c_str());
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void drawTable(TextContext& ctx, const Block& block, const LaidOutBlock& b, ImVec2 pos, const reading::LayoutMetrics& m) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const auto& t = b.table;
  float tableWidth = 0;
  for (float w : t.columnWidth) tableWidth += w;
  const float left = block.text.direction == text::BaseDirection::RightToLeft ? pos.x + b.width - tableWidth : pos.x;
  const ImU32 border = ImGui::GetColorU32(ImGuiCol_TableBorderLight);
  for (std::size_t r = 0; r < t.cells.size() && r < block.rows.size(); ++r) {
    const float top = pos.y + t.rowY[r];
    const bool header = !block.rows[r].empty() && block.rows[r][0].header;
    if (header) draw->AddRectFilled(ImVec2(left, top), ImVec2(left + tableWidth, top + t.rowHeight[r]), ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    else if (r % 2 == 0) draw->AddRectFilled(ImVec2(left, top), ImVec2(left + tableWidth, top + t.rowHeight[r]), ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    for (std::size_t c = 0; c < t.cells[r].size() && c < t.columnX.size(); ++c) {
      const ImVec2 cell(left + t.columnX[c] + m.padding, top + m.padding);
      drawWrapped(ctx, t.cells[r][c], cell, m.lineHeight, 1.0f, ImGui::GetColorU32(ImGuiCol_Text));
    }
    draw->AddLine(ImVec2(left, top + t.rowHeight[r]), ImVec2(left + tableWidth, top + t.rowHeight[r]), border);
  }
  draw->AddRect(ImVec2(left, pos.y), ImVec2(left + tableWidth, pos.y + b.height), border);
  for (std::size_t c = 1; c < t.columnX.size(); ++c) draw->AddLine(ImVec2(left + t.columnX[c], pos.y), ImVec2(left + t.columnX[c], pos.y + b.height), border);
}

// A block's text and its decorations: list marker, answer arrow, quote bar, score colour.
void drawTextBlock(TextContext& ctx, const Block& block, const LaidOutBlock& b, ImVec2 pos, const reading::LayoutMetrics& m) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float scale = reading::fontScale(block);
  const float lineHeight = m.lineHeight * scale;
  const bool rtl = block.text.direction == text::BaseDirection::RightToLeft;
  ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  if (block.kind == BlockKind::Score) ink = hexColour(block.colour, ink);
  if (block.kind == BlockKind::Summary) {
    // The disclosure arrow sits in the gutter before the summary's text.
    const float em = ImGui::GetFontSize();
    const float cx = rtl ? pos.x + b.width + em * 0.6f : pos.x - em * 0.6f;
    const float cy = pos.y + lineHeight * 0.5f;
    const bool open = block.opens >= 0 && static_cast<std::size_t>(block.opens) < ctx.view.open.size() && ctx.view.open[block.opens];
    const float r = em * 0.28f;
    if (open) draw->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.6f), ImVec2(cx + r, cy - r * 0.6f), ImVec2(cx, cy + r * 0.8f), ink);
    else if (rtl) draw->AddTriangleFilled(ImVec2(cx + r * 0.6f, cy - r), ImVec2(cx + r * 0.6f, cy + r), ImVec2(cx - r * 0.8f, cy), ink);
    else draw->AddTriangleFilled(ImVec2(cx - r * 0.6f, cy - r), ImVec2(cx - r * 0.6f, cy + r), ImVec2(cx + r * 0.8f, cy), ink);
  }
  if (block.kind == BlockKind::ListItem && !block.marker.empty()) {
    const float size = ImGui::GetFontSize();
    draw->AddText(ImGui::GetFont(), size, ImVec2(pos.x - b.x + b.markerX, pos.y + (m.lineHeight - size) * 0.5f), ink, block.marker.c_str());
  }
  drawWrapped(ctx, b.text, pos, lineHeight, scale, ink);
  if (block.kind == BlockKind::Heading && block.level <= 2) {
    const float y = pos.y + b.height + 2;
    draw->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + b.width, y), ImGui::GetColorU32(ImGuiCol_Separator));
  }
}

void linkPopup(ReadingViewState& view, const char* id, UiState& state, UiCommands& commands) {
  if (!ImGui::BeginPopup("##reading.link")) return;
  const auto& annotations = view.document.annotations;
  if (view.linkShown >= 0 && static_cast<std::size_t>(view.linkShown) < annotations.size()) {
    const reading::Annotation& note = annotations[static_cast<std::size_t>(view.linkShown)];
    ImGui::TextDisabled(note.kind == reading::Annotation::Kind::Image ? "An image (not loaded here), at:" : "This link goes to:");
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted(note.target.c_str());
    ImGui::PopTextWrapPos();
    anchorLastItem(state, (std::string(id) + ".link.address").c_str());
    if (isOpenableLink(note.target)) {
      if (ImGui::Button("Open in a new tab")) {
        commands.openUrl = note.target;
        ImGui::CloseCurrentPopup();
      }
      anchorLastItem(state, (std::string(id) + ".link.open").c_str());
      ImGui::SameLine();
    } else {
      ImGui::TextDisabled("Only web and mail addresses are opened from here.");
    }
    if (ImGui::Button("Copy address")) {
      commands.copyText = note.target;
      ImGui::CloseCurrentPopup();
    }
    anchorLastItem(state, (std::string(id) + ".link.copy").c_str());
  }
  ImGui::EndPopup();
}

void toolbar(UiState& state, ReadingViewState& view, const char* id, UiCommands& commands) {
  const std::string prefix(id);
  if (!view.document.details.empty()) {
    const bool anyClosed = std::find(view.open.begin(), view.open.end(), false) != view.open.end();
    if (inlineButton(state, anyClosed ? "Open all answers" : "Close all answers")) {
      std::fill(view.open.begin(), view.open.end(), anyClosed);
      if (view.laidOutWidth >= 0) reading::placeBlocks(view.document, view.layout, view.open, metricsFor(view.laidOutFontSize));
    }
    anchorLastItem(state, (prefix + ".open").c_str());
    sameLineIfFits(buttonWidth("Copy all"));
  }
  if (inlineButton(state, "Copy all")) {
    std::string all;
    for (const Block& block : view.document.blocks) all += block.plainText() + "\n\n";
    commands.copyText = all;
  }
  anchorLastItem(state, (prefix + ".copyall").c_str());
  sameLineIfFits(buttonWidth("Save as HTML page"));
  if (inlineButton(state, "Save as HTML page")) commands.exportHtml = true;
  anchorLastItem(state, (prefix + ".html").c_str());
}
}  // namespace

void drawReadingView(UiState& state, ReadingViewState& view, const model::Record& record, const std::string& key,
                     const char* id, UiCommands& commands) {
  ensureDocument(state, view, record, key);
  toolbar(state, view, id, commands);
  const std::string prefix(id);
  if (!ImGui::BeginChild((prefix + ".view").c_str(), ImVec2(0, 0), ImGuiChildFlags_Borders)) {
    ImGui::EndChild();
    return;
  }
  anchorRect(state, prefix + ".view", ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
  const float em = ImGui::GetFontSize();
  const float gutter = em * 1.2f;  // room for the answers' arrows and the list markers of the outer level
  const float available = ImGui::GetContentRegionAvail().x;
  const float width = std::max(em * 6, std::min(available - 2 * gutter, em * kMaxWidthEm));
  ensureLayout(state, view, width, em);
  const reading::LayoutMetrics m = metricsFor(em);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float left = origin.x + gutter + std::max(0.0f, (available - 2 * gutter - width) * 0.5f);
  const float top = origin.y + em * 0.5f;
  const float visibleTop = ImGui::GetWindowPos().y - top, visibleBottom = visibleTop + ImGui::GetWindowHeight();
  const auto [first, last] = reading::visibleBlocks(view.layout, visibleTop, visibleBottom);

  bool linkClicked = false;
  int toggled = -1, picked = -1;
  TextContext ctx{state, view, id, linkClicked};
  for (std::size_t i = first; i < last; ++i) {
    const LaidOutBlock& b = view.layout.blocks[i];
    const Block& block = view.document.blocks[i];
    if (!b.shown) continue;
    const ImVec2 pos(left + b.x, top + b.y);
    const ImVec2 end(pos.x + b.width, pos.y + b.height);
    ImGui::PushID(static_cast<int>(i));
    if (block.quote > 0) {
      const float x = block.text.direction == text::BaseDirection::RightToLeft ? end.x + m.indentStep * 0.4f : pos.x - m.indentStep * 0.4f;
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x - 1.5f, pos.y), ImVec2(x + 1.5f, end.y), ImGui::GetColorU32(ImGuiCol_Separator));
    }
    if (static_cast<int>(i) == view.selected) ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x - 4, pos.y - 2), ImVec2(end.x + 4, end.y + 2), ImGui::GetColorU32(ImGuiCol_TextSelectedBg), 4);
    switch (block.kind) {
      case BlockKind::Code: drawCode(ctx, b, pos, m, commands, block); break;
      case BlockKind::Chart:
        ImGui::SetCursorScreenPos(pos);
        // The chart has one owner, UiState::charts, keyed by the record's id (the key before '@'):
        // the process panel and the export see the same layout.
        if (const mermaid::RecordChart& chart = state.charts.chartFor(view.key.substr(0, view.key.rfind('@')), record.process,
                                                                      [&](const std::string& s) { return measureChartLabel(state, s); });
            chart.chart && (!chart.layout.nodes.empty() || !chart.layout.notDrawn.empty())) {  // too large: the frame says so
          FlowchartView(state, (prefix + ".flowchart").c_str(), view.chartView, chart.layout, ImVec2(b.width, b.height));
        } else {
          ImGui::TextDisabled("The Interview Process chart has an error in its source and is not drawn.");
        }
        break;
      case BlockKind::Table: drawTable(ctx, block, b, pos, m); break;
      case BlockKind::Rule:
        ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, pos.y + b.height / 2), ImVec2(end.x, pos.y + b.height / 2), ImGui::GetColorU32(ImGuiCol_Separator));
        break;
      default: drawTextBlock(ctx, block, b, pos, m); break;
    }
    if (block.kind != BlockKind::Code && block.kind != BlockKind::Chart) {
      // The whole block answers a click: an answer's summary opens it, any other block is picked
      // for copying (a canvas has no selectable text).
      ImGui::SetCursorScreenPos(pos);
      ImGui::SetNextItemAllowOverlap();
      if (ImGui::InvisibleButton("##block", ImVec2(b.width, std::max(1.0f, b.height))) && !linkClicked) {
        if (block.kind == BlockKind::Summary) toggled = block.opens;
        else picked = static_cast<int>(i);
      }
      anchorLastItem(state, (prefix + ".block." + std::to_string(i)).c_str());
      if (block.kind == BlockKind::Summary && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      if (static_cast<int>(i) == view.selected) {
        const float buttonWidth = ImGui::CalcTextSize("Copy").x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SetCursorScreenPos(ImVec2(end.x - buttonWidth, std::max(pos.y - ImGui::GetFrameHeight(), origin.y)));
        if (inlineButton(state, "Copy")) commands.copyText = block.plainText();
        anchorLastItem(state, (prefix + ".copy").c_str());
      }
    }
    ImGui::PopID();
  }
  if (linkClicked) ImGui::OpenPopup("##reading.link");
  linkPopup(view, id, state, commands);
  if (picked >= 0) view.selected = picked == view.selected ? -1 : picked;
  if (toggled >= 0 && static_cast<std::size_t>(toggled) < view.open.size()) {
    view.open[static_cast<std::size_t>(toggled)] = !view.open[static_cast<std::size_t>(toggled)];
    reading::placeBlocks(view.document, view.layout, view.open, m);
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(std::max(1.0f, available), view.layout.height + em * 1.5f));
  ImGui::EndChild();
}

}  // namespace jobname::ui
