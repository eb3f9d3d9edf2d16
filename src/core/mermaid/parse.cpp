#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

std::optional<std::size_t> Flowchart::findNode(const std::string& id) const {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].id == id) return i;
  }
  return std::nullopt;
}

NodeIndex::NodeIndex(const Flowchart& chart) {
  index_.reserve(chart.nodes.size());
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) index_.emplace(chart.nodes[i].id, i);  // the first of a twice-used id, as findNode
}

std::optional<std::size_t> NodeIndex::find(std::string_view id) const {
  const auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

const char* shapeName(NodeShape shape) {
  static const char* kNames[] = {"rect", "round", "stadium", "subroutine", "cylinder", "circle", "double-circle",
                                 "asymmetric", "diamond", "hexagon", "parallelogram", "parallelogram-alt",
                                 "trapezoid", "trapezoid-alt"};
  return kNames[static_cast<int>(shape)];
}
const char* lineName(LineKind line) { return line == LineKind::Solid ? "solid" : line == LineKind::Dotted ? "dotted" : "thick"; }
const char* headName(HeadKind head) {
  return head == HeadKind::Arrow ? "arrow" : head == HeadKind::Cross ? "cross" : head == HeadKind::Circle ? "circle" : "none";
}
const char* directionName(Direction d) {
  return d == Direction::LeftRight ? "LR" : d == Direction::RightLeft ? "RL" : d == Direction::TopBottom ? "TB" : "BT";
}

namespace {

struct ShapeSyntax {
  const char* open;
  const char* close;
  NodeShape shape;
};
// Longest openers first, so "((" is not read as "(".
constexpr ShapeSyntax kShapes[] = {
    {"(((", ")))", NodeShape::DoubleCircle}, {"((", "))", NodeShape::Circle},  {"([", "])", NodeShape::Stadium},
    {"[[", "]]", NodeShape::Subroutine},     {"[(", ")]", NodeShape::Cylinder}, {"{{", "}}", NodeShape::Hexagon},
    {"[/", "/]", NodeShape::Parallelogram},  {"[\\", "\\]", NodeShape::ParallelogramAlt},
    {"(", ")", NodeShape::Round},            {"[", "]", NodeShape::Rect},       {"{", "}", NodeShape::Diamond},
    {">", "]", NodeShape::Asymmetric},
};

const char* const kVerbatimKeywords[] = {"classDef", "class", "style", "linkStyle", "click", "subgraph", "end", "direction"};

// The first occurrence of a text at or after a position, remembered: asked again from a later
// position before that occurrence, it answers without scanning again. The parser asks from
// positions that only move forward, so finding line ends and closing dashes for every arrow of
// a long line stays linear.
class NextOccurrence {
 public:
  NextOccurrence(const std::string& text, std::string needle, WorkMeter* meter) : s_(text), needle_(std::move(needle)), meter_(meter) {}
  std::size_t from(std::size_t pos) {
    if (pos < asked_ || pos > found_) {
      asked_ = pos;
      found_ = std::min(s_.find(needle_, pos), s_.size());
      countSteps(meter_, found_ - pos + 1);
    }
    return found_;
  }

 private:
  const std::string& s_;
  std::string needle_;
  WorkMeter* meter_;
  std::size_t asked_ = std::string::npos, found_ = 0;
};

class Parser {
 public:
  Parser(const std::string& s, WorkMeter* meter, std::uint64_t maxKeptArrows)
      : s_(s), meter_(meter), maxKeptArrows_(maxKeptArrows), lineEnd_(s, "\n", meter), dashes_(s, "--", meter), equals_(s, "==", meter) {}

  ParseResult run() {
    ParseResult result;
    Flowchart chart;
    chart.source = s_;
    skipBlankAndComments();
    if (!parseHeader(chart)) {
      result.diagnostics.push_back(errorMessage_.empty()
          ? error(pos_, "expected 'flowchart' or 'graph' and a direction (LR, RL, TB, TD, BT)")
          : error(errorAt_, errorMessage_));
      return result;
    }
    while (pos_ < s_.size()) {
      skipSpaces();
      if (pos_ >= s_.size()) break;
      const char c = s_[pos_];
      if (c == '\n' || c == '\r' || c == ';') { ++pos_; continue; }
      if (startsWith("%%")) { skipToLineEnd(); continue; }
      if (isVerbatimStatement()) {
        const std::size_t start = pos_;
        skipToLineEnd();
        chart.verbatim.push_back(trimmed(start, pos_));
        continue;
      }
      if (!parseStatement(chart)) {
        result.diagnostics.push_back(error(errorAt_, errorMessage_));
        return result;
      }
    }
    result.chart = std::move(chart);
    return result;
  }

 private:
  const std::string& s_;
  WorkMeter* meter_;
  std::uint64_t maxKeptArrows_;
  mutable NextOccurrence lineEnd_, dashes_, equals_;  // mutable: they only remember
  std::unordered_map<std::string_view, std::size_t> nodeIds_;  // views of s_
  std::size_t pos_ = 0;
  std::size_t errorAt_ = 0;
  std::string errorMessage_;

  bool startsWith(const char* text) const { return s_.compare(pos_, std::strlen(text), text) == 0; }
  bool at(std::size_t p, char c) const { return p < s_.size() && s_[p] == c; }
  void skipSpaces() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  void skipToLineEnd() {
    while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
  }
  void skipBlankAndComments() {
    while (pos_ < s_.size()) {
      skipSpaces();
      if (pos_ < s_.size() && (s_[pos_] == '\n' || s_[pos_] == '\r')) { ++pos_; continue; }
      if (startsWith("%%")) { skipToLineEnd(); continue; }
      break;
    }
  }
  std::string trimmed(std::size_t begin, std::size_t end) const {
    while (begin < end && std::isspace(static_cast<unsigned char>(s_[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(s_[end - 1]))) --end;
    return s_.substr(begin, end - begin);
  }
  Diagnostic error(std::size_t at, std::string message) const { return diagnosticAt({}, s_, at, std::move(message)); }
  bool fail(std::size_t at, std::string message) {
    errorAt_ = at;
    errorMessage_ = std::move(message);
    return false;
  }

  static bool isIdChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || u >= 0x80;
  }

  bool parseHeader(Flowchart& chart) {
    for (const char* keyword : {"flowchart", "graph"}) {
      if (!startsWith(keyword)) continue;
      const std::size_t after = pos_ + std::strlen(keyword);
      if (after < s_.size() && isIdChar(s_[after])) continue;
      chart.keyword = keyword;
      pos_ = after;
      skipSpaces();
      const std::size_t start = pos_;
      while (pos_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[pos_]))) ++pos_;
      const std::string dir = s_.substr(start, pos_ - start);
      if (dir == "LR") chart.direction = Direction::LeftRight;
      else if (dir == "RL") chart.direction = Direction::RightLeft;
      else if (dir == "TB" || dir == "TD" || dir.empty()) chart.direction = Direction::TopBottom;
      else if (dir == "BT") chart.direction = Direction::BottomTop;
      else return fail(start, "unknown direction '" + dir + "'");
      skipSpaces();
      if (pos_ < s_.size() && s_[pos_] == ';') ++pos_;
      return true;
    }
    return false;
  }

  bool isVerbatimStatement() const {
    for (const char* keyword : kVerbatimKeywords) {
      const std::size_t n = std::strlen(keyword);
      if (s_.compare(pos_, n, keyword) == 0 && (pos_ + n >= s_.size() || !isIdChar(s_[pos_ + n]))) return true;
    }
    return false;
  }

  // id, optional shape with its label, optional ":::class"
  bool parseNodeRef(Flowchart& chart, std::string& id) {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && isIdChar(s_[pos_])) {
      // "a--b" has no spaces: an id stops before an arrow.
      ++pos_;
    }
    if (pos_ == start) return fail(start, "expected a node id");
    countSteps(meter_, pos_ - start);
    id = s_.substr(start, pos_ - start);
    for (const char* keyword : kVerbatimKeywords) {
      if (id == keyword) return fail(start, "'" + id + "' is a Mermaid keyword and cannot name a stage");
    }
    const auto [known, added] = nodeIds_.emplace(std::string_view(s_).substr(start, pos_ - start), chart.nodes.size());
    if (added) chart.nodes.push_back({id, id, NodeShape::Rect, {}, {}});
    const std::optional<std::size_t> index = known->second;
    for (const ShapeSyntax& shape : kShapes) {
      if (!startsWith(shape.open)) continue;
      const std::size_t open = pos_;
      pos_ += std::strlen(shape.open);
      std::string label;
      if (!parseLabel(shape.close, label)) return false;
      Node& node = chart.nodes[*index];
      node.label = label;
      node.shape = shape.shape;
      node.definitions.push_back({start, pos_});
      (void)open;
      break;
    }
    if (startsWith(":::")) {
      pos_ += 3;
      const std::size_t classStart = pos_;
      while (pos_ < s_.size() && (isIdChar(s_[pos_]) || s_[pos_] == '-')) ++pos_;
      if (pos_ == classStart) return fail(classStart, "expected a class name after ':::'");
      chart.nodes[*index].cssClass = s_.substr(classStart, pos_ - classStart);
    }
    return true;
  }

  bool parseLabel(const char* close, std::string& label) {
    const std::size_t n = std::strlen(close);
    skipSpaces();
    if (pos_ < s_.size() && s_[pos_] == '"') {
      const std::size_t quote = pos_;
      const std::size_t end = s_.find('"', pos_ + 1);
      if (end == std::string::npos) return fail(quote, "unclosed quoted label");
      label = s_.substr(pos_ + 1, end - pos_ - 1);
      pos_ = end + 1;
      skipSpaces();
      if (s_.compare(pos_, n, close) != 0) return fail(pos_, std::string("expected '") + close + "' after the label");
      pos_ += n;
      return true;
    }
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_.compare(pos_, n, close) != 0) {
      if (s_[pos_] == '\n') return fail(start - 1, std::string("label not closed with '") + close + "' on its line");
      ++pos_;
    }
    if (pos_ >= s_.size()) return fail(start - 1, std::string("label not closed with '") + close + "'");
    countSteps(meter_, pos_ - start);
    label = trimmed(start, pos_);
    pos_ += n;
    return true;
  }

  // Is s_[p] an arrow head ('x' or 'o') rather than the start of a label word? "--x b" and
  // "--xB" (Mermaid's own examples) are heads; "--xml-->" is a label.
  bool headLetterAt(std::size_t p, char dash = '-') const {
    if (p >= s_.size() || (s_[p] != 'x' && s_[p] != 'o')) return false;
    if (p + 1 >= s_.size() || !isIdChar(s_[p + 1])) return true;
    return (dash == '=' ? equals_ : dashes_).from(p) >= lineEnd_.from(p);
  }

  HeadKind readHead() {
    if (at(pos_, '>')) { ++pos_; return HeadKind::Arrow; }
    if (headLetterAt(pos_)) return s_[pos_++] == 'x' ? HeadKind::Cross : HeadKind::Circle;
    return HeadKind::None;
  }

  // An arrow, with its label in either form. Returns false (no error) when there is none here.
  bool parseEdge(Edge& edge, bool& found) {
    found = false;
    const std::size_t start = pos_;
    std::size_t p = pos_;
    if (at(p, '<')) { edge.bothWays = true; ++p; }
    const char c = p < s_.size() ? s_[p] : '\0';
    const char next = p + 1 < s_.size() ? s_[p + 1] : '\0';
    if (!((c == '-' && (next == '-' || next == '.')) || (c == '=' && next == '='))) {
      edge.bothWays = false;
      return true;
    }
    found = true;
    pos_ = p;
    if (c == '=') {
      edge.line = LineKind::Thick;
      return finishLine('=', start, edge);
    }
    if (next == '.') {
      edge.line = LineKind::Dotted;
      pos_ += 2;
      while (at(pos_, '.')) ++pos_;
      if (at(pos_, '-')) {
        ++pos_;
        edge.head = readHead();
      } else {
        // "-. label .->"
        const std::size_t labelStart = pos_;
        const std::size_t close = s_.find(".-", pos_);
        if (close == std::string::npos || lineEnd_.from(pos_) < close) return fail(start, "dotted arrow not closed with '.->' or '.-'");
        countSteps(meter_, close - pos_);
        edge.label = trimmed(labelStart, close);
        pos_ = close + 2;
        edge.head = readHead();
      }
      edge.token = {start, pos_};
      return true;
    }
    edge.line = LineKind::Solid;
    return finishLine('-', start, edge);
  }

  // "--" / "==" runs: a head, a longer run with no head ("---"), or a label and a closing run.
  bool finishLine(char dash, std::size_t start, Edge& edge) {
    std::size_t run = 0;
    while (at(pos_, dash)) { ++pos_; ++run; }
    if (at(pos_, '>') || headLetterAt(pos_, dash)) {
      edge.head = readHead();
    } else if (run >= 3) {
      edge.head = HeadKind::None;
    } else {
      // A label between the runs: "--rejected--x", "-- rejected --x", "== label ==>".
      const std::size_t labelStart = pos_;
      std::size_t p = pos_;
      const std::size_t lineEnd = lineEnd_.from(pos_);
      while (p + 1 < lineEnd && !(s_[p] == dash && s_[p + 1] == dash)) ++p;
      countSteps(meter_, p - labelStart);
      if (p + 1 >= lineEnd) return fail(start, std::string("arrow label not closed with '") + dash + dash + ">'");
      edge.label = trimmed(labelStart, p);
      pos_ = p;
      run = 0;
      while (at(pos_, dash)) { ++pos_; ++run; }
      edge.head = readHead();
      if (edge.head == HeadKind::None && run < 3) return fail(pos_, "arrow has no head: expected '>', 'x', 'o' or a third dash");
    }
    edge.token = {start, pos_};
    return true;
  }

  bool parseGroup(Flowchart& chart, std::vector<std::string>& ids) {
    while (true) {
      std::string id;
      if (!parseNodeRef(chart, id)) return false;
      ids.push_back(id);
      skipSpaces();
      if (!at(pos_, '&')) return true;
      ++pos_;
      skipSpaces();
    }
  }

  // "a & b --> c & d" is an arrow from each on the left to each on the right. Past
  // maxKeptArrows_ they are only counted: the chart is kept as its text, not drawn.
  void addArrows(Flowchart& chart, const Edge& edge, const std::vector<std::string>& left, const std::vector<std::string>& right) {
    const std::uint64_t count = static_cast<std::uint64_t>(left.size()) * right.size();
    if (chart.arrowsNotKept == 0 && chart.edges.size() + count <= maxKeptArrows_) {
      for (const auto& from : left) {
        for (const auto& to : right) {
          Edge e = edge;
          e.from = from;
          e.to = to;
          chart.edges.push_back(std::move(e));
        }
      }
      countSteps(meter_, count);
      return;
    }
    const std::uint64_t most = std::numeric_limits<std::uint64_t>::max();
    chart.arrowsNotKept += chart.edges.size();
    chart.edges = {};
    chart.arrowsNotKept = chart.arrowsNotKept > most - count ? most : chart.arrowsNotKept + count;
  }

  bool parseStatement(Flowchart& chart) {
    std::vector<std::string> left;
    if (!parseGroup(chart, left)) return false;
    while (true) {
      skipSpaces();
      Edge edge;
      bool found = false;
      if (!parseEdge(edge, found)) return false;
      if (!found) break;
      if (at(pos_, '|')) {  // "-->|label|"
        const std::size_t close = s_.find('|', pos_ + 1);
        if (close == std::string::npos || lineEnd_.from(pos_) < close) return fail(pos_, "edge label not closed with '|'");
        countSteps(meter_, close - pos_);
        edge.label = trimmed(pos_ + 1, close);
        pos_ = close + 1;
        edge.token.end = pos_;
      }
      skipSpaces();
      std::vector<std::string> right;
      if (!parseGroup(chart, right)) return false;
      addArrows(chart, edge, left, right);
      left = std::move(right);
    }
    skipSpaces();
    if (pos_ < s_.size() && s_[pos_] != '\n' && s_[pos_] != '\r' && s_[pos_] != ';' && !startsWith("%%")) {
      return fail(pos_, "expected an arrow (-->, ---, -.->, ==>, --x, --o) or the end of the line");
    }
    return true;
  }
};

}  // namespace

ParseResult parseFlowchart(const std::string& source, WorkMeter* meter, std::uint64_t maxKeptArrows) {
  return Parser(source, meter, maxKeptArrows).run();
}

}  // namespace jobname::mermaid
