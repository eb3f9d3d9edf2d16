#include "core/mermaid/svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text/bidi.h"
#include "core/text/xml.h"

namespace jobname::mermaid {

EdgeColour edgeColour(const EdgePath& edge) {
  switch (model::outcomeOfArrow(edge.label, edge.head == HeadKind::Cross)) {
    case model::Outcome::Rejected:
    case model::Outcome::Declined: return EdgeColour::Rejected;
    case model::Outcome::Accepted: return EdgeColour::Accepted;
    case model::Outcome::Pending:
    case model::Outcome::Ghosted: break;
  }
  return EdgeColour::Neutral;
}

namespace {
std::string number(float v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  std::string s = buffer;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}


std::string points(const std::vector<Point>& ps) {
  std::string out;
  for (const Point& p : ps) out += (out.empty() ? "" : " ") + number(p.x) + "," + number(p.y);
  return out;
}

std::string shape(const NodeBox& b) {
  const float x = b.x, y = b.y, w = b.w, h = b.h, cx = x + w / 2, cy = y + h / 2;
  const std::string xywh = "x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(w) + "\" height=\"" + number(h) + "\"";
  switch (b.shape) {
    case NodeShape::Round: return "<rect " + xywh + " rx=\"8\"/>";
    case NodeShape::Stadium: return "<rect " + xywh + " rx=\"" + number(h / 2) + "\"/>";
    case NodeShape::Circle: return "<circle cx=\"" + number(cx) + "\" cy=\"" + number(cy) + "\" r=\"" + number(w / 2) + "\"/>";
    case NodeShape::DoubleCircle:
      return "<circle cx=\"" + number(cx) + "\" cy=\"" + number(cy) + "\" r=\"" + number(w / 2) + "\"/><circle cx=\"" +
             number(cx) + "\" cy=\"" + number(cy) + "\" r=\"" + number(w / 2 - 4) + "\"/>";
    case NodeShape::Diamond:
      return "<polygon points=\"" + points({{cx, y}, {x + w, cy}, {cx, y + h}, {x, cy}}) + "\"/>";
    case NodeShape::Hexagon:
      return "<polygon points=\"" + points({{x + 16, y}, {x + w - 16, y}, {x + w, cy}, {x + w - 16, y + h}, {x + 16, y + h}, {x, cy}}) + "\"/>";
    case NodeShape::Asymmetric:
      return "<polygon points=\"" + points({{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x + 14, cy}}) + "\"/>";
    case NodeShape::Parallelogram:
      return "<polygon points=\"" + points({{x + 14, y}, {x + w, y}, {x + w - 14, y + h}, {x, y + h}}) + "\"/>";
    case NodeShape::ParallelogramAlt:
      return "<polygon points=\"" + points({{x, y}, {x + w - 14, y}, {x + w, y + h}, {x + 14, y + h}}) + "\"/>";
    case NodeShape::Trapezoid:
      return "<polygon points=\"" + points({{x + 14, y}, {x + w - 14, y}, {x + w, y + h}, {x, y + h}}) + "\"/>";
    case NodeShape::TrapezoidAlt:
      return "<polygon points=\"" + points({{x, y}, {x + w, y}, {x + w - 14, y + h}, {x + 14, y + h}}) + "\"/>";
    case NodeShape::Subroutine:
      return "<rect " + xywh + "/><line x1=\"" + number(x + 8) + "\" y1=\"" + number(y) + "\" x2=\"" + number(x + 8) +
             "\" y2=\"" + number(y + h) + "\"/><line x1=\"" + number(x + w - 8) + "\" y1=\"" + number(y) + "\" x2=\"" +
             number(x + w - 8) + "\" y2=\"" + number(y + h) + "\"/>";
    case NodeShape::Cylinder:
      return "<path d=\"M" + number(x) + "," + number(y + 6) + " a" + number(w / 2) + ",6 0 0,0 " + number(w) + ",0 a" +
             number(w / 2) + ",6 0 0,0 " + number(-w) + ",0 v" + number(h - 12) + " a" + number(w / 2) + ",6 0 0,0 " +
             number(w) + ",0 v" + number(-(h - 12)) + "\"/>";
    case NodeShape::Rect: break;
  }
  return "<rect " + xywh + "/>";
}

// Multi-line text centred on a point; right-to-left lines get direction="rtl" and the browser shapes them.
std::string text(const std::string& label, Point centre, const char* cls) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = label.find('\n', start);
    lines.push_back(label.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  const float lineHeight = 22;
  float y = centre.y - lineHeight * (static_cast<float>(lines.size()) - 1) / 2;
  std::string out = std::string("<text class=\"") + cls + "\" x=\"" + number(centre.x) + "\"";
  if (text::containsRightToLeft(label)) out += " direction=\"rtl\"";
  out += ">";
  for (const auto& line : lines) {
    out += "<tspan x=\"" + number(centre.x) + "\" y=\"" + number(y) + "\" dy=\"0.35em\">" + text::escapeXml(line) + "</tspan>";
    y += lineHeight;
  }
  return out + "</text>";
}
}  // namespace

std::string writeSvg(const FlowchartLayout& layout, bool dark, float labelFontPx) {
  const char* ink = dark ? "#d8dde6" : "#333a44";
  const char* nodeFill = dark ? "#2a3040" : "#eef2fb";
  const char* nodeStroke = dark ? "#7b93d6" : "#5470c6";
  const char* mutedFill = dark ? "#23262d" : "#f4f4f4";
  const char* background = dark ? "#1c1e24" : "#ffffff";
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(layout.width) + "\" height=\"" +
                    number(layout.height) + "\" viewBox=\"0 0 " + number(layout.width) + " " + number(layout.height) +
                    "\" font-family=\"'Noto Sans', 'Noto Sans Arabic', sans-serif\" font-size=\"" + number(labelFontPx) + "\">\n";
  svg += std::string("<style>") + ".node{fill:" + nodeFill + ";stroke:" + nodeStroke + ";stroke-width:1.5}" +
         ".node.muted{fill:" + mutedFill + ";stroke:#9aa0a8;stroke-dasharray:4 3}" + ".edge{fill:none;stroke:" + ink +
         ";stroke-width:1.5}" + ".edge.dotted{stroke-dasharray:3 4}.edge.thick{stroke-width:3.5}" +
         ".rejected{stroke:#d64545}.accepted{stroke:#2e9e4f}" + ".label{fill:" + ink + ";text-anchor:middle}" +
         ".edge-label{fill:" + ink + ";text-anchor:middle;font-size:" + number(labelFontPx * 14 / 16) + "px}" + ".label-bg{fill:" + background +
         ";opacity:0.9}</style>\n";
  svg += "<defs>";
  for (const char* outcome : {"neutral", "rejected", "accepted"}) {
    const std::string colour = std::string(outcome) == "rejected" ? "#d64545" : std::string(outcome) == "accepted" ? "#2e9e4f" : ink;
    svg += std::string("<marker id=\"arrow-") + outcome + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour + "\"/></marker>";
    svg += std::string("<marker id=\"cross-") + outcome + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" markerHeight=\"12\" orient=\"auto\"><path d=\"M1,1 L9,9 M9,1 L1,9\" stroke=\"" + colour + "\" stroke-width=\"2\"/></marker>";
    svg += std::string("<marker id=\"circle-") + outcome + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"" + background + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\"/></marker>";
  }
  svg += "</defs>\n";
  for (const auto& e : layout.edges) {
    const EdgeColour colour = edgeColour(e);
    const char* name = colour == EdgeColour::Rejected ? "rejected" : colour == EdgeColour::Accepted ? "accepted" : "neutral";
    std::string cls = "edge";
    if (e.line == LineKind::Dotted) cls += " dotted";
    if (e.line == LineKind::Thick) cls += " thick";
    if (colour != EdgeColour::Neutral) cls += std::string(" ") + name;
    svg += "<polyline class=\"" + cls + "\" points=\"" + points(e.points) + "\"";
    const char* head = e.head == HeadKind::Arrow ? "arrow" : e.head == HeadKind::Cross ? "cross" : e.head == HeadKind::Circle ? "circle" : nullptr;
    if (head) svg += std::string(" marker-end=\"url(#") + head + "-" + name + ")\"";
    if (e.bothWays && head) svg += std::string(" marker-start=\"url(#") + head + "-" + name + ")\"";
    svg += "/>\n";
    if (!e.label.empty()) {
      svg += "<rect class=\"label-bg\" x=\"" + number(e.labelCenter.x - e.labelSize.w / 2) + "\" y=\"" +
             number(e.labelCenter.y - e.labelSize.h / 2) + "\" width=\"" + number(e.labelSize.w) + "\" height=\"" +
             number(e.labelSize.h) + "\" rx=\"3\"/>";
      svg += text(e.label, e.labelCenter, "edge-label") + "\n";
    }
  }
  for (const auto& b : layout.nodes) {
    svg += std::string("<g class=\"node") + (b.reached ? "" : " muted") + "\">" + shape(b) + "</g>";
    svg += text(b.label, b.center(), "label") + "\n";
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace jobname::mermaid
