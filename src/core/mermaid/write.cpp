#include "core/mermaid/write.h"

#include "core/mermaid/reorder.h"

#include <algorithm>
#include <cctype>
#include <optional>
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

// The source with each span replaced; of spans that overlap the first wins (and `overlapped` says so).
std::string applyReplacements(const std::string& source, std::vector<Replacement> replacements, bool& overlapped) {
  std::stable_sort(replacements.begin(), replacements.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t pos = 0;
  for (const auto& r : replacements) {
    if (r.begin < pos) {
      overlapped = true;
      continue;
    }
    out.append(source, pos, r.begin - pos);
    out += r.text;
    pos = r.end;
  }
  out.append(source, pos, std::string::npos);
  return out;
}
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
  // One chain is written as one line, from its first stage, whatever order the arrows were added in.
  const std::vector<std::string> chain = chainOrder(chart);
  bool inChainOrder = true;
  for (std::size_t k = 0; k + 1 < chain.size(); ++k) inChainOrder = inChainOrder && chart.edges[k].from == chain[k];
  if (!inChainOrder) {
    Flowchart ordered = chart;
    ordered.edges.clear();
    for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
      ordered.edges.push_back(*std::find_if(chart.edges.begin(), chart.edges.end(), [&](const Edge& e) { return e.from == chain[k]; }));
    }
    return writeCanonicalFlowchart(ordered);
  }
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

namespace {
const Edge* leaving(const Flowchart& chart, const std::string& id) {
  const auto it = std::find_if(chart.edges.begin(), chart.edges.end(), [&](const Edge& e) { return e.from == id; });
  return it == chart.edges.end() ? nullptr : &*it;
}
const Edge* arrowBetween(const Flowchart& chart, const std::string& from, const std::string& to) {
  const auto it = std::find_if(chart.edges.begin(), chart.edges.end(), [&](const Edge& e) { return e.from == from && e.to == to; });
  return it == chart.edges.end() ? nullptr : &*it;
}
const Node* nodeOf(const Flowchart& chart, const std::string& id) {
  const auto index = chart.findNode(id);
  return index ? &chart.nodes[*index] : nullptr;
}

// Where the reference to `node` that follows `from` (spaces skipped) ends: its definition's end,
// or its bare id's; npos when the text there is not that stage.
std::size_t referenceEnd(const std::string& source, const Node& node, std::size_t from) {
  std::size_t at = from;
  while (at < source.size() && (source[at] == ' ' || source[at] == '\t')) ++at;
  for (const TextSpan& d : node.definitions) {
    if (d.begin == at) return d.end;
  }
  const std::size_t end = at + node.id.size();
  if (source.compare(at, node.id.size(), node.id) != 0) return std::string::npos;
  if (end < source.size() && (std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_' || source[end] == '(' ||
                              source[end] == '[' || source[end] == '{' || source[end] == ':' || static_cast<unsigned char>(source[end]) >= 0x80)) {
    return std::string::npos;
  }
  return end;
}

bool within(const Node& node, std::size_t begin, std::size_t end) {
  return std::all_of(node.definitions.begin(), node.definitions.end(), [&](const TextSpan& d) { return d.begin >= begin && d.end <= end; });
}

// Where the one reference to the stage at `position` of a chain stands in its text: between the
// arrows around it (the first stage: from its definition). None when the stage is also named
// elsewhere or the text there is not it.
std::optional<TextSpan> chainReference(const Flowchart& chart, const std::vector<std::string>& order, std::size_t position) {
  const Node& node = *nodeOf(chart, order[position]);
  if (!node.cssClass.empty()) return std::nullopt;
  TextSpan span;
  if (position == 0) {
    if (node.definitions.empty()) return std::nullopt;
    span = node.definitions.front();
  } else {
    const Edge* into = arrowBetween(chart, order[position - 1], order[position]);
    span.end = into ? referenceEnd(chart.source, node, into->token.end) : std::string::npos;
    if (span.end == std::string::npos) return std::nullopt;
    span.begin = into->token.end;
    while (chart.source[span.begin] == ' ' || chart.source[span.begin] == '\t') ++span.begin;
  }
  if (!within(node, span.begin, span.end)) return std::nullopt;
  return span;
}

// Two neighbouring stages of a chain changed places (reorder.h: the arrows keep their places):
// their references trade places, the arrows and all else as written.
bool chainSwapPatch(const Flowchart& was, const std::vector<std::string>& before, const std::vector<std::string>& after,
                    std::vector<Replacement>& out) {
  std::size_t k = 0;
  while (k < before.size() && before[k] == after[k]) ++k;
  if (k + 1 >= before.size() || before[k] != after[k + 1] || before[k + 1] != after[k] ||
      !std::equal(before.begin() + static_cast<std::ptrdiff_t>(k) + 2, before.end(), after.begin() + static_cast<std::ptrdiff_t>(k) + 2)) {
    return false;
  }
  const auto first = chainReference(was, before, k), second = chainReference(was, before, k + 1);
  if (!first || !second) return false;
  out.push_back({first->begin, first->end, was.source.substr(second->begin, second->end - second->begin)});
  out.push_back({second->begin, second->end, was.source.substr(first->begin, first->end - first->begin)});
  return true;
}

// One stage added to or removed from a chart that stays one chain, or two neighbours swapped, as
// the smallest change to its text: the new stage and its arrows written where the old arrow stood,
// the stage and one of its arrows cut out, or two references trading places. False when the change
// is anything else.
bool chainStructurePatch(const Flowchart& was, const Flowchart& now, std::vector<Replacement>& out) {
  const std::vector<std::string> before = chainOrder(was), after = chainOrder(now);
  if (before.empty() || after.empty()) return false;
  if (before.size() == after.size()) return chainSwapPatch(was, before, after, out);
  const bool added = after.size() == before.size() + 1;
  if (!added && after.size() + 1 != before.size()) return false;
  const std::vector<std::string>& longer = added ? after : before;
  const std::vector<std::string>& shorter = added ? before : after;
  std::size_t k = 0;
  while (k < shorter.size() && shorter[k] == longer[k]) ++k;
  if (!std::equal(shorter.begin() + static_cast<std::ptrdiff_t>(k), shorter.end(), longer.begin() + static_cast<std::ptrdiff_t>(k) + 1)) return false;
  const std::string& id = longer[k];
  const bool last = k + 1 == longer.size();
  if (k == 0) {
    if (added) return false;
    // The first stage: cut "sr(Send Resume) --> " up to the next stage.
    const Node& gone = *nodeOf(was, id);
    const Edge* out0 = leaving(was, id);
    if (gone.definitions.empty() || !gone.cssClass.empty() || !out0) return false;
    const std::size_t begin = gone.definitions.front().begin;
    std::size_t end = out0->token.end;
    while (end < was.source.size() && (was.source[end] == ' ' || was.source[end] == '\t')) ++end;
    if (!within(gone, begin, out0->token.begin)) return false;
    out.push_back({begin, end, ""});
    return true;
  }
  const std::string& previous = longer[k - 1];
  if (added) {
    const Node& node = *nodeOf(now, id);
    const std::string written = nodeText(node) + (node.cssClass.empty() ? "" : ":::" + node.cssClass);
    const Edge* into = arrowBetween(now, previous, id);
    if (!into) return false;
    if (last) {
      // After the chain's end: after the last stage's reference.
      const Node& end = *nodeOf(was, previous);
      if (!end.cssClass.empty()) return false;
      const Edge* reaching = before.size() > 1 ? arrowBetween(was, before[before.size() - 2], previous) : nullptr;
      std::size_t at = std::string::npos;
      if (reaching) at = referenceEnd(was.source, end, reaching->token.end);
      else if (!end.definitions.empty()) at = end.definitions.back().end;
      if (at == std::string::npos) return false;
      out.push_back({at, at, " " + arrowText(*into) + " " + written});
      return true;
    }
    const Edge* old = arrowBetween(was, previous, longer[k + 1]);
    const Edge* onwards = arrowBetween(now, id, longer[k + 1]);
    if (!old || !onwards) return false;
    out.push_back({old->token.begin, old->token.end, arrowText(*into) + " " + written + " " + arrowText(*onwards)});
    return true;
  }
  const Node& gone = *nodeOf(was, id);
  const Edge* in = arrowBetween(was, previous, id);
  if (!in || !gone.cssClass.empty()) return false;
  if (last) {
    const std::size_t end = referenceEnd(was.source, gone, in->token.end);
    if (end == std::string::npos || !within(gone, in->token.begin, end)) return false;
    std::size_t begin = in->token.begin;
    while (begin > 0 && (was.source[begin - 1] == ' ' || was.source[begin - 1] == '\t')) --begin;
    out.push_back({begin, end, ""});
    return true;
  }
  const Edge* onwards = arrowBetween(was, id, longer[k + 1]);
  const Edge* joined = arrowBetween(now, previous, longer[k + 1]);
  if (!onwards || !joined || !within(gone, in->token.begin, onwards->token.begin)) return false;
  out.push_back({in->token.begin, onwards->token.end, arrowText(*joined)});
  return true;
}

bool sameNode(const Node& a, const Node& b) { return a.id == b.id && a.label == b.label && a.shape == b.shape && a.cssClass == b.cssClass; }

// Does the text say what the chart holds (stages and arrows alike, in any order)?
bool saysTheSame(const std::string& text, const Flowchart& chart) {
  const ParseResult parsed = parseFlowchart(text);
  if (!parsed.chart || parsed.chart->nodes.size() != chart.nodes.size() || parsed.chart->edges.size() != chart.edges.size() ||
      parsed.chart->verbatim != chart.verbatim) {
    return false;
  }
  for (const Node& n : chart.nodes) {
    const Node* other = nodeOf(*parsed.chart, n.id);
    if (!other || !sameNode(n, *other)) return false;
  }
  for (const Edge& e : chart.edges) {
    const Edge* other = arrowBetween(*parsed.chart, e.from, e.to);
    if (!other || !sameArrow(e, *other)) return false;
  }
  return true;
}

// A stage added to or removed from a chain: that change, then each stage and arrow edited where
// it stands. Empty when the text could not be patched so.
std::string patchChain(const Flowchart& was, const Flowchart& chart) {
  std::vector<Replacement> replacements;
  if (!chainStructurePatch(was, chart, replacements)) return {};
  for (const Node& now : chart.nodes) {
    const Node* before = nodeOf(was, now.id);
    if (!before || (now.label == before->label && now.shape == before->shape)) continue;
    if (before->definitions.empty()) return {};
    for (const TextSpan& d : before->definitions) replacements.push_back({d.begin, d.end, nodeText(now)});
  }
  for (const Edge& now : chart.edges) {
    const Edge* before = arrowBetween(was, now.from, now.to);
    if (before && !sameArrow(now, *before)) replacements.push_back({before->token.begin, before->token.end, arrowText(now)});
  }
  bool overlapped = false;
  const std::string out = applyReplacements(was.source, std::move(replacements), overlapped);
  return !overlapped && saysTheSame(out, chart) ? out : std::string();
}
}  // namespace

std::string writeFlowchart(const Flowchart& chart) {
  // A chart too large to keep its arrows is only ever its text: nothing written from the model
  // would be whole.
  if (chart.arrowsNotKept > 0) return chart.source;
  if (chart.source.empty()) return writeCanonicalFlowchart(chart);
  const ParseResult original = parseFlowchart(chart.source);
  if (!original.chart) return writeCanonicalFlowchart(chart);
  const Flowchart& was = *original.chart;
  if (was.direction != chart.direction || was.keyword != chart.keyword) return writeCanonicalFlowchart(chart);
  if (!sameStructure(was, chart)) {
    const std::string patched = was.verbatim == chart.verbatim ? patchChain(was, chart) : std::string();
    return patched.empty() ? writeCanonicalFlowchart(chart) : patched;
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
  bool overlapped = false;
  return applyReplacements(chart.source, std::move(replacements), overlapped);
}

}  // namespace jobname::mermaid
