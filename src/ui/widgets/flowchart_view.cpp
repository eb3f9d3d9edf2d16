#include "ui/widgets/flowchart_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

#include "core/mermaid/svg.h"
#include "core/text/bidi.h"

namespace jobname::ui {

namespace {
constexpr float kLabelSize = 16.0f;
constexpr float kReadableZoom = 0.8f;  // labels of about 13 CSS px: the least a first look on a phone shows
constexpr float kEdgeLabelSize = 14.0f;

struct Palette {
  ImU32 nodeFill, nodeStroke, mutedFill, mutedStroke, ink, rejected, accepted, background;
};

Palette palette(bool dark) {
  if (dark) {
    return {IM_COL32(42, 48, 64, 255), IM_COL32(123, 147, 214, 255), IM_COL32(35, 38, 45, 255), IM_COL32(110, 116, 126, 255),
            IM_COL32(216, 221, 230, 255), IM_COL32(226, 88, 88, 255), IM_COL32(72, 190, 110, 255), IM_COL32(28, 30, 36, 235)};
  }
  return {IM_COL32(238, 242, 251, 255), IM_COL32(84, 112, 198, 255), IM_COL32(244, 244, 244, 255), IM_COL32(154, 160, 168, 255),
          IM_COL32(51, 58, 68, 255), IM_COL32(214, 69, 69, 255), IM_COL32(46, 158, 79, 255), IM_COL32(255, 255, 255, 230)};
}

struct Transform {
  ImVec2 origin;
  float scale;  // chart units to screen pixels
  ImVec2 operator()(mermaid::Point p) const { return {origin.x + p.x * scale, origin.y + p.y * scale}; }
};

// Whether chart-unit bounds, widened by `slack` chart units, fall inside the frame at all: what
// does not is not drawn (the clip rect would hide it anyway, after paying for its vertices).
bool visible(const Transform& t, const ImVec4& frame, mermaid::Point min, mermaid::Point max, float slack) {
  const ImVec2 a = t({min.x - slack, min.y - slack}), b = t({max.x + slack, max.y + slack});
  return a.x < frame.z && b.x > frame.x && a.y < frame.w && b.y > frame.y;
}

bool visible(const Transform& t, const ImVec4& frame, const mermaid::EdgePath& edge) {
  if (edge.points.empty()) return false;
  mermaid::Point min = edge.points.front(), max = min;
  for (const auto& p : edge.points) {
    min = {std::min(min.x, p.x), std::min(min.y, p.y)};
    max = {std::max(max.x, p.x), std::max(max.y, p.y)};
  }
  if (!edge.label.empty()) {
    const mermaid::Point c = edge.labelCenter;
    min = {std::min(min.x, c.x - edge.labelSize.w / 2), std::min(min.y, c.y - edge.labelSize.h / 2)};
    max = {std::max(max.x, c.x + edge.labelSize.w / 2), std::max(max.y, c.y + edge.labelSize.h / 2)};
  }
  return visible(t, frame, min, max, 12);  // arrow heads and line width reach a little beyond
}

// In place of a chart too large to draw: its sentence, centred, and that the text is kept.
void drawNotDrawn(UiState& state, ImDrawList* draw, const std::string& why, const char* id, ImVec2 topLeft, ImVec2 size,
                  const Palette& p) {
  ImFont* font = ImGui::GetFont();
  const float fontSize = ImGui::GetFontSize();
  const float wrap = std::max(size.x - 2 * fontSize, fontSize * 4);
  const std::string note = "Its text is kept as written: edit it, export it, share it.";
  const ImVec2 first = font->CalcTextSizeA(fontSize, FLT_MAX, wrap, why.c_str());
  const ImVec2 second = font->CalcTextSizeA(fontSize * 0.85f, FLT_MAX, wrap, note.c_str());
  const float top = topLeft.y + (size.y - first.y - second.y - fontSize * 0.4f) / 2;
  const ImVec2 at(topLeft.x + (size.x - first.x) / 2, top);
  draw->AddText(font, fontSize, at, p.ink, why.c_str(), nullptr, wrap);
  draw->AddText(font, fontSize * 0.85f, ImVec2(topLeft.x + (size.x - second.x) / 2, top + first.y + fontSize * 0.4f),
                p.mutedStroke, note.c_str(), nullptr, wrap);
  anchorRect(state, (std::string(id) + ".toolarge").c_str(), at, ImVec2(at.x + first.x, at.y + first.y));
}

// Zooms by `factor` (clamped as every zoom of the chart is) around `at`, CSS pixels from the
// frame's corner: the chart point there stays there.
void zoomAround(FlowchartViewState& view, ImVec2 at, float factor) {
  const float before = view.zoom;
  view.zoom = std::clamp(view.zoom * factor, 0.2f, 4.0f);
  view.pan.x = at.x - (at.x - view.pan.x) * view.zoom / before;
  view.pan.y = at.y - (at.y - view.pan.y) * view.zoom / before;
}

const std::string& visualLabel(UiState& state, const std::string& label) { return state.visualText.visual(label); }

void drawText(UiState& state, ImDrawList* draw, const std::string& label, ImVec2 centre, float size, ImU32 colour) {
  const std::string& visual = visualLabel(state, label);
  ImFont* font = ImGui::GetFont();
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = visual.find('\n', start);
    lines.push_back(std::string_view(visual).substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  const float lineHeight = size * 1.375f;
  float y = centre.y - lineHeight * static_cast<float>(lines.size()) / 2 + (lineHeight - size) / 2;
  for (auto line : lines) {
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, line.data(), line.data() + line.size());
    draw->AddText(font, size, ImVec2(centre.x - extent.x / 2, y), colour, line.data(), line.data() + line.size());
    y += lineHeight;
  }
}

void drawNode(UiState& state, ImDrawList* draw, const mermaid::NodeBox& box, const Transform& t, const Palette& p) {
  const ImVec2 a = t({box.x, box.y}), b = t({box.x + box.w, box.y + box.h});
  const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
  const float s = t.scale;
  const ImU32 fill = box.reached ? p.nodeFill : p.mutedFill;
  const ImU32 stroke = box.reached ? p.nodeStroke : p.mutedStroke;
  const float thickness = 1.5f * s;
  auto polygon = [&](std::vector<ImVec2> points) {
    draw->AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), fill);
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), stroke, ImDrawFlags_Closed, thickness);
  };
  switch (box.shape) {
    case mermaid::NodeShape::Circle:
    case mermaid::NodeShape::DoubleCircle:
      draw->AddCircleFilled(c, (b.x - a.x) / 2, fill, 48);
      draw->AddCircle(c, (b.x - a.x) / 2, stroke, 48, thickness);
      if (box.shape == mermaid::NodeShape::DoubleCircle) draw->AddCircle(c, (b.x - a.x) / 2 - 4 * s, stroke, 48, thickness);
      break;
    case mermaid::NodeShape::Diamond: polygon({{c.x, a.y}, {b.x, c.y}, {c.x, b.y}, {a.x, c.y}}); break;
    case mermaid::NodeShape::Hexagon:
      polygon({{a.x + 16 * s, a.y}, {b.x - 16 * s, a.y}, {b.x, c.y}, {b.x - 16 * s, b.y}, {a.x + 16 * s, b.y}, {a.x, c.y}});
      break;
    case mermaid::NodeShape::Parallelogram: polygon({{a.x + 14 * s, a.y}, {b.x, a.y}, {b.x - 14 * s, b.y}, {a.x, b.y}}); break;
    case mermaid::NodeShape::ParallelogramAlt: polygon({{a.x, a.y}, {b.x - 14 * s, a.y}, {b.x, b.y}, {a.x + 14 * s, b.y}}); break;
    case mermaid::NodeShape::Trapezoid: polygon({{a.x + 14 * s, a.y}, {b.x - 14 * s, a.y}, {b.x, b.y}, {a.x, b.y}}); break;
    case mermaid::NodeShape::TrapezoidAlt: polygon({{a.x, a.y}, {b.x, a.y}, {b.x - 14 * s, b.y}, {a.x + 14 * s, b.y}}); break;
    case mermaid::NodeShape::Asymmetric:
      draw->AddRectFilled(ImVec2(a.x + 14 * s, a.y), b, fill);
      draw->AddTriangleFilled(ImVec2(a.x, a.y), ImVec2(a.x + 14 * s, a.y), ImVec2(a.x + 14 * s, c.y), fill);
      draw->AddTriangleFilled(ImVec2(a.x, b.y), ImVec2(a.x + 14 * s, b.y), ImVec2(a.x + 14 * s, c.y), fill);
      draw->AddTriangleFilled(ImVec2(a.x + 14 * s, a.y), ImVec2(a.x + 14 * s, b.y), ImVec2(a.x + 14 * s, c.y), fill);
      {
        ImVec2 outline[] = {{a.x, a.y}, {b.x, a.y}, {b.x, b.y}, {a.x, b.y}, {a.x + 14 * s, c.y}};
        draw->AddPolyline(outline, 5, stroke, ImDrawFlags_Closed, thickness);
      }
      break;
    default: {
      float rounding = 0;
      if (box.shape == mermaid::NodeShape::Round || box.shape == mermaid::NodeShape::Cylinder) rounding = 8 * s;
      if (box.shape == mermaid::NodeShape::Stadium) rounding = (b.y - a.y) / 2;
      draw->AddRectFilled(a, b, fill, rounding);
      draw->AddRect(a, b, stroke, rounding, 0, thickness);
      if (box.shape == mermaid::NodeShape::Subroutine) {
        draw->AddLine(ImVec2(a.x + 8 * s, a.y), ImVec2(a.x + 8 * s, b.y), stroke, thickness);
        draw->AddLine(ImVec2(b.x - 8 * s, a.y), ImVec2(b.x - 8 * s, b.y), stroke, thickness);
      }
    }
  }
  drawText(state, draw, box.label, c, kLabelSize * s, p.ink);
}

void drawDashed(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 colour, float thickness, float dash, float gap) {
  float carry = 0;  // how far into the current dash+gap period the segment starts
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const ImVec2 a = points[i], b = points[i + 1];
    const float dx = b.x - a.x, dy = b.y - a.y, length = std::sqrt(dx * dx + dy * dy);
    if (length < 1e-3f) continue;
    float d = -carry;
    while (d < length) {
      const float from = std::max(d, 0.0f), to = std::min(d + dash, length);
      if (to > from) draw->AddLine(ImVec2(a.x + dx * from / length, a.y + dy * from / length), ImVec2(a.x + dx * to / length, a.y + dy * to / length), colour, thickness);
      d += dash + gap;
    }
    carry = length - (d - dash - gap);
    carry = std::fmod(length + carry, dash + gap);
  }
}

void drawHead(ImDrawList* draw, ImVec2 tip, ImVec2 from, mermaid::HeadKind head, ImU32 colour, ImU32 background, float s) {
  float dx = tip.x - from.x, dy = tip.y - from.y;
  const float length = std::sqrt(dx * dx + dy * dy);
  if (length < 1e-3f) return;
  dx /= length;
  dy /= length;
  const ImVec2 normal(-dy, dx);
  switch (head) {
    case mermaid::HeadKind::Arrow: {
      const float l = 10 * s, w = 5 * s;
      const ImVec2 base(tip.x - dx * l, tip.y - dy * l);
      draw->AddTriangleFilled(tip, ImVec2(base.x + normal.x * w, base.y + normal.y * w), ImVec2(base.x - normal.x * w, base.y - normal.y * w), colour);
      break;
    }
    case mermaid::HeadKind::Cross: {
      const float r = 5 * s;
      const ImVec2 c(tip.x - dx * r, tip.y - dy * r);
      const ImVec2 u((dx + normal.x) * r * 0.8f, (dy + normal.y) * r * 0.8f), v((dx - normal.x) * r * 0.8f, (dy - normal.y) * r * 0.8f);
      draw->AddLine(ImVec2(c.x - u.x, c.y - u.y), ImVec2(c.x + u.x, c.y + u.y), colour, 2 * s);
      draw->AddLine(ImVec2(c.x - v.x, c.y - v.y), ImVec2(c.x + v.x, c.y + v.y), colour, 2 * s);
      break;
    }
    case mermaid::HeadKind::Circle: {
      const float r = 4 * s;
      const ImVec2 c(tip.x - dx * r, tip.y - dy * r);
      draw->AddCircleFilled(c, r, background, 16);
      draw->AddCircle(c, r, colour, 16, 1.5f * s);
      break;
    }
    case mermaid::HeadKind::None: break;
  }
}

void drawEdge(UiState& state, ImDrawList* draw, const mermaid::EdgePath& edge, const Transform& t, const Palette& p) {
  if (edge.points.size() < 2) return;
  const mermaid::EdgeColour outcome = mermaid::edgeColour(edge);
  const ImU32 colour = outcome == mermaid::EdgeColour::Rejected ? p.rejected : outcome == mermaid::EdgeColour::Accepted ? p.accepted : p.ink;
  const float s = t.scale;
  const float thickness = (edge.line == mermaid::LineKind::Thick ? 3.5f : 1.5f) * s;
  std::vector<ImVec2> points;
  for (const auto& q : edge.points) points.push_back(t(q));
  // Stop the line where the head begins, so a thick line does not poke through the tip.
  std::vector<ImVec2> line = points;
  if (edge.head != mermaid::HeadKind::None) {
    ImVec2& end = line.back();
    const ImVec2 before = line[line.size() - 2];
    const float dx = end.x - before.x, dy = end.y - before.y, length = std::sqrt(dx * dx + dy * dy);
    const float back = std::min(length, (edge.head == mermaid::HeadKind::Arrow ? 8.0f : 4.0f) * s);
    if (length > 1e-3f) end = ImVec2(end.x - dx / length * back, end.y - dy / length * back);
  }
  if (edge.line == mermaid::LineKind::Dotted) drawDashed(draw, line, colour, thickness, 3 * s, 4 * s);
  else draw->AddPolyline(line.data(), static_cast<int>(line.size()), colour, ImDrawFlags_None, thickness);
  drawHead(draw, points.back(), points[points.size() - 2], edge.head, colour, p.background, s);
  if (edge.bothWays) drawHead(draw, points.front(), points[1], edge.head, colour, p.background, s);
  if (!edge.label.empty()) {
    const ImVec2 c = t(edge.labelCenter);
    const ImVec2 half(edge.labelSize.w * s / 2, edge.labelSize.h * s / 2);
    draw->AddRectFilled(ImVec2(c.x - half.x, c.y - half.y), ImVec2(c.x + half.x, c.y + half.y), p.background, 3 * s);
    drawText(state, draw, edge.label, c, kEdgeLabelSize * s, p.ink);
  }
}
}  // namespace

float chartLabelFontPx(const UiState& state) { return kLabelSize * state.fontEmPerPixelHeight; }

mermaid::Size measureChartLabel(UiState& state, const std::string& label) {
  const std::string& visual = visualLabel(state, label);
  const ImVec2 extent = ImGui::GetFont()->CalcTextSizeA(kLabelSize, FLT_MAX, 0.0f, visual.c_str());
  int lines = 1;
  for (char ch : visual) lines += ch == '\n';
  return {extent.x, kLabelSize * 1.375f * static_cast<float>(lines)};
}

void FlowchartView(UiState& state, const char* id, FlowchartViewState& view, const mermaid::FlowchartLayout& layout,
                   ImVec2 size) {
  ImGui::PushID(id);
  const ImVec2 topLeft = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##canvas", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  anchorLastItem(state, id);
  const float dpr = state.devicePixelRatio;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    view.fitPending = true;
    view.fitWhole = true;
    view.userMoved = false;
  }
  if (view.fitPending && layout.width > 0 && layout.height > 0) {
    const float cssW = size.x / dpr, cssH = size.y / dpr;
    const float whole = std::clamp(std::min((cssW - 16) / layout.width, (cssH - 16) / layout.height), 0.2f, 1.25f);
    // On a phone a chart fitted whole has labels too small to read: unless the whole chart was
    // asked for, it starts at a readable size from its first stage, and fingers pinch and pan it.
    view.zoom = state.narrow && !view.fitWhole ? std::max(whole, kReadableZoom) : whole;
    const float left = (cssW - layout.width * view.zoom) / 2;
    view.pan = ImVec2(left < 8 ? 8 : left, (cssH - layout.height * view.zoom) / 2);
    view.fitPending = false;
    view.fitWhole = false;
  }
  if (ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle))) {
    view.pan.x += io.MouseDelta.x / dpr;
    view.pan.y += io.MouseDelta.y / dpr;
    view.userMoved = true;
  }
  // The wheel scrolls the page over the chart too, unless Ctrl is held or the chart was clicked:
  // then it zooms, and the page keeps still.
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) view.wheelZooms = ImGui::IsItemHovered();
  const bool wheelZooms = io.KeyCtrl || view.wheelZooms;
  if (wheelZooms) ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
  if (ImGui::IsItemHovered() && wheelZooms && io.MouseWheel != 0) {
    zoomAround(view, ImVec2((io.MousePos.x - topLeft.x) / dpr, (io.MousePos.y - topLeft.y) / dpr), std::pow(1.15f, io.MouseWheel));
    view.userMoved = true;
  }
  // Two fingers that landed on the chart: it moves with their midpoint and zooms around it as they
  // spread or close, so the chart point between them stays between them.
  const TwoFingerGesture& fingers = state.twoFingers;
  if (fingers.active && ImGui::IsItemHovered() && (fingers.scale != 1.0f || fingers.moved.x != 0 || fingers.moved.y != 0)) {
    view.pan.x += fingers.moved.x / dpr;
    view.pan.y += fingers.moved.y / dpr;
    zoomAround(view, ImVec2((fingers.midpoint.x - topLeft.x) / dpr, (fingers.midpoint.y - topLeft.y) / dpr), fingers.scale);
    view.userMoved = true;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Palette p = palette(effectiveDarkTheme(state));
  // Everything is drawn inside the frame, whatever the zoom: clipped to it, on top of the
  // window's own clip rect (a frame scrolled half out of view is clipped there too).
  draw->PushClipRect(topLeft, ImVec2(topLeft.x + size.x, topLeft.y + size.y), true);
  draw->AddRectFilled(topLeft, ImVec2(topLeft.x + size.x, topLeft.y + size.y), p.background);
  if (!layout.notDrawn.empty()) {
    drawNotDrawn(state, draw, layout.notDrawn, id, topLeft, size, p);
  } else {
    const ImVec4 frame(draw->GetClipRectMin().x, draw->GetClipRectMin().y, draw->GetClipRectMax().x, draw->GetClipRectMax().y);
    const Transform t{ImVec2(topLeft.x + view.pan.x * dpr, topLeft.y + view.pan.y * dpr), view.zoom * dpr};
    for (const auto& edge : layout.edges) {
      if (visible(t, frame, edge)) drawEdge(state, draw, edge, t, p);
    }
    for (const auto& node : layout.nodes) {
      if (visible(t, frame, {node.x, node.y}, {node.x + node.w, node.y + node.h}, 4)) drawNode(state, draw, node, t, p);
    }
  }
  draw->PopClipRect();
  if (ImGui::IsItemHovered() && !fingers.active) ImGui::SetItemTooltip("Drag to move, Ctrl+wheel (or a click, then the wheel) to zoom, double-click to fit");
  ImGui::PopID();
}

}  // namespace jobname::ui
