#include "core/mermaid/write.h"

#include <algorithm>
#include <cctype>
#include <set>

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
  std::set<std::string> written;
  auto ref = [&](const std::string& id) {
    const auto index = chart.findNode(id);
    if (!index || written.count(id)) return id;
    written.insert(id);
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
  for (const auto& node : chart.nodes) {
    if (!written.count(node.id)) out += "\n    " + ref(node.id);
  }
  for (const auto& line : chart.verbatim) out += "\n    " + line;
  return out;
}

std::string writeFlowchart(const Flowchart& chart) {
  if (chart.source.empty()) return writeCanonicalFlowchart(chart);
  const ParseResult original = parseFlowchart(chart.source);
  if (!original.chart) return writeCanonicalFlowchart(chart);
  const Flowchart& was = *original.chart;
  if (!sameStructure(was, chart) || was.direction != chart.direction || was.keyword != chart.keyword) {
    return writeCanonicalFlowchart(chart);
  }
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
    // "a & b --> c" writes one arrow for two edges: both must change alike.
    for (std::size_t j = 0; j < chart.edges.size(); ++j) {
      if (j != i && was.edges[j].token.begin == t.begin && !sameArrow(chart.edges[j], chart.edges[i])) {
        return writeCanonicalFlowchart(chart);
      }
    }
    replacements.push_back({t.begin, t.end, arrowText(chart.edges[i])});
  }
  std::sort(replacements.begin(), replacements.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t pos = 0;
  for (const auto& r : replacements) {
    if (r.begin < pos) continue;  // the same span twice (a shared arrow)
    out.append(chart.source, pos, r.begin - pos);
    out += r.text;
    pos = r.end;
  }
  out.append(chart.source, pos, std::string::npos);
  return out;
}

}  // namespace jobname::mermaid
