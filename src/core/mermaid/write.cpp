#include "core/mermaid/write.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace jobname::mermaid {

namespace {
struct Syntax {
  const char* open;
  const char* close;
};
Syntax syntaxOf(NodeShape shape) {
  switch (shape) {
    case NodeShape::Round: return {"(", ")"};
    case NodeShape::Stadium: return {"([", "])"};
    case NodeShape::Subroutine: return {"[[", "]]"};
    case NodeShape::Cylinder: return {"[(", ")]"};
    case NodeShape::Circle: return {"((", "))"};
    case NodeShape::DoubleCircle: return {"(((", ")))"};
    case NodeShape::Asymmetric: return {">", "]"};
    case NodeShape::Diamond: return {"{", "}"};
    case NodeShape::Hexagon: return {"{{", "}}"};
    case NodeShape::Parallelogram: return {"[/", "/]"};
    case NodeShape::ParallelogramAlt: return {"[\\", "\\]"};
    case NodeShape::Trapezoid: return {"[/", "\\]"};
    case NodeShape::TrapezoidAlt: return {"[\\", "/]"};
    case NodeShape::Rect: break;
  }
  return {"[", "]"};
}

bool needsQuotes(const std::string& label) {
  if (label.empty() || label.front() == ' ' || label.back() == ' ') return true;
  return label.find_first_of("()[]{}<>|\"&;%\n") != std::string::npos;
}

bool sameStructure(const Flowchart& a, const Flowchart& b) {
  if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size()) return false;
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    if (a.nodes[i].id != b.nodes[i].id) return false;
  }
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    if (a.edges[i].from != b.edges[i].from || a.edges[i].to != b.edges[i].to) return false;
  }
  return a.verbatim == b.verbatim;
}

bool sameArrow(const Edge& a, const Edge& b) {
  return a.label == b.label && a.line == b.line && a.head == b.head && a.bothWays == b.bothWays;
}

struct Replacement {
  std::size_t begin, end;
  std::string text;
};
}  // namespace

std::string nodeText(const Node& node) {
  if (node.shape == NodeShape::Rect && node.label == node.id) return node.id;
  const Syntax s = syntaxOf(node.shape);
  std::string label = node.label;
  if (needsQuotes(label)) {
    std::string escaped;
    for (char c : label) escaped += c == '"' ? std::string("#quot;") : std::string(1, c);
    label = "\"" + escaped + "\"";
  }
  return node.id + s.open + label + s.close;
}

namespace {
// Can the label stand between the dashes ("--rejected--x") and read back the same?
bool inlineLabel(const std::string& label) {
  if (label.empty() || label.find_first_of("-<>=.|\"\n%;&") != std::string::npos) return false;
  if (label.front() == ' ' || label.back() == ' ') return false;
  const bool headLike = (label[0] == 'x' || label[0] == 'o') &&
                        (label.size() == 1 || !std::isalnum(static_cast<unsigned char>(label[1])));
  return !headLike;
}

std::string pipeLabel(const std::string& label) {
  std::string out;
  for (char c : label) out += c == '|' ? std::string("#124;") : c == '\n' ? std::string(" ") : std::string(1, c);
  return "|" + out + "|";
}
}  // namespace

std::string arrowText(const Edge& edge) {
  if (!edge.label.empty() && !inlineLabel(edge.label)) {
    Edge plain = edge;
    plain.label.clear();
    return arrowText(plain) + pipeLabel(edge.label);
  }
  const char* head = edge.head == HeadKind::Arrow ? ">" : edge.head == HeadKind::Cross ? "x" : edge.head == HeadKind::Circle ? "o" : "";
  const std::string start = edge.bothWays ? "<" : "";
  switch (edge.line) {
    case LineKind::Dotted:
      if (edge.label.empty()) return start + "-.-" + head;
      return start + "-. " + edge.label + " .-" + head;
    case LineKind::Thick:
      if (edge.label.empty()) return start + (edge.head == HeadKind::None ? "===" : std::string("==") + head);
      return start + "== " + edge.label + (edge.head == HeadKind::None ? " ===" : std::string(" ==") + head);
    case LineKind::Solid: break;
  }
  if (edge.label.empty()) return start + (edge.head == HeadKind::None ? "---" : std::string("--") + head);
  return start + "--" + edge.label + (edge.head == HeadKind::None ? "---" : std::string("--") + head);
}

std::string writeCanonicalFlowchart(const Flowchart& chart) {
  std::string out = chart.keyword + " " + directionName(chart.direction);
  const NodeIndex nodes(chart);
  std::vector<bool> written(chart.nodes.size(), false);
  auto ref = [&](const std::string& id) {
    const auto index = nodes.find(id);
    if (!index || written[*index]) return id;
    written[*index] = true;
    const Node& node = chart.nodes[*index];
    return nodeText(node) + (node.cssClass.empty() ? "" : ":::" + node.cssClass);
  };
  // Chains: each edge continues the line when it starts where the line ends.
  std::string lastTo;
  for (std::size_t i = 0; i < chart.edges.size(); ++i) {
    const Edge& e = chart.edges[i];
    if (i == 0 || e.from != lastTo) out += "\n    " + ref(e.from);
    out += " " + arrowText(e) + " " + ref(e.to);
    lastTo = e.to;
  }
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
    if (!written[i]) out += "\n    " + ref(chart.nodes[i].id);
  }
  for (const auto& line : chart.verbatim) out += "\n    " + line;
  return out;
}

std::string writeFlowchart(const Flowchart& chart) {
  // A chart too large to keep its arrows is only ever its text: nothing written from the model
  // would be whole.
  if (chart.arrowsNotKept > 0) return chart.source;
  if (chart.source.empty()) return writeCanonicalFlowchart(chart);
  const ParseResult original = parseFlowchart(chart.source);
  if (!original.chart) return writeCanonicalFlowchart(chart);
  const Flowchart& was = *original.chart;
  if (!sameStructure(was, chart) || was.direction != chart.direction || was.keyword != chart.keyword) {
    return writeCanonicalFlowchart(chart);
  }
  // "a & b --> c" writes one arrow for two edges: the edges of each written arrow, by where it stands.
  std::unordered_map<std::size_t, std::vector<std::size_t>> sharing;
  for (std::size_t i = 0; i < was.edges.size(); ++i) sharing[was.edges[i].token.begin].push_back(i);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
    const Node& now = chart.nodes[i];
    const Node& before = was.nodes[i];
    if (now.label == before.label && now.shape == before.shape) continue;
    if (before.definitions.empty()) return writeCanonicalFlowchart(chart);  // "a --> b": b had no label
    for (const TextSpan& d : before.definitions) replacements.push_back({d.begin, d.end, nodeText(now)});
  }
  for (std::size_t i = 0; i < chart.edges.size(); ++i) {
    if (sameArrow(chart.edges[i], was.edges[i])) continue;
    const TextSpan t = was.edges[i].token;
    // The edges of one written arrow must change alike: checked once, at its first changed edge.
    auto& together = sharing[t.begin];
    if (together.empty()) continue;
    for (std::size_t j : together) {
      if (!sameArrow(chart.edges[j], chart.edges[i])) return writeCanonicalFlowchart(chart);
    }
    together.clear();
    replacements.push_back({t.begin, t.end, arrowText(chart.edges[i])});
  }
  std::sort(replacements.begin(), replacements.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t pos = 0;
  for (const auto& r : replacements) {
    if (r.begin < pos) continue;  // overlapping spans: the first wins
    out.append(chart.source, pos, r.begin - pos);
    out += r.text;
    pos = r.end;
  }
  out.append(chart.source, pos, std::string::npos);
  return out;
}

}  // namespace jobname::mermaid
