#include "core/markdown/source_edits.h"

#include <algorithm>

namespace jobname::markdown {

using model::NodeSpan;
using model::Span;

bool editWrittenFirst(const Edit& a, const Edit& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; }

std::string applyEdits(std::string_view text, std::size_t begin, std::size_t end, std::vector<Edit> edits) {
  std::stable_sort(edits.begin(), edits.end(), editWrittenFirst);
  std::string out;
  out.reserve(end - begin + 64);
  std::size_t pos = begin;
  for (const Edit& e : edits) {
    if (e.begin < begin || e.end > end) continue;  // outside [begin, end): another element's edit
    if (e.begin < pos) {
      // Text added at a place an edit before it rewrote (a removed element's trailing blank
      // lines) goes right after that edit: added text is never dropped.
      if (e.begin == e.end) out += e.text;
      continue;
    }
    out.append(text.substr(pos, e.begin - pos));
    out += e.text;
    pos = e.end;
  }
  out.append(text.substr(pos, end - pos));
  return out;
}

std::string withNewline(std::string_view text, const std::string& newline) {
  if (newline == "\n") return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += newline;
    else out += text[i];
  }
  return out;
}

namespace {

// Marks the elements of a longest run whose origins increase: the elements that keep their
// order, and so their place. Patience sorting, O(n log n): lists may be long.
std::vector<bool> longestOrderedRun(const std::vector<int>& from) {
  std::vector<std::size_t> tails;  // tails[l]: the element ending a run of length l + 1 with the least origin
  std::vector<std::ptrdiff_t> previous(from.size(), -1);
  for (std::size_t k = 0; k < from.size(); ++k) {
    if (from[k] < 0) continue;
    const auto at = std::lower_bound(tails.begin(), tails.end(), from[k],
                                     [&](std::size_t t, int origin) { return from[t] < origin; });
    if (at != tails.begin()) previous[k] = static_cast<std::ptrdiff_t>(*(at - 1));
    if (at == tails.end()) tails.push_back(k);
    else *at = k;
  }
  std::vector<bool> kept(from.size(), false);
  for (std::ptrdiff_t k = tails.empty() ? -1 : static_cast<std::ptrdiff_t>(tails.back()); k >= 0; k = previous[k]) {
    kept[static_cast<std::size_t>(k)] = true;
  }
  return kept;
}

bool neighbours(const NodeSpan& a, const NodeSpan& b) { return a.after.end == b.begin; }

// The length of the line ending at `at` ("\r\n" 2, "\n" 1), 0 when none starts there.
std::size_t lineEndingAt(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '\n') return 1;
  if (at + 1 < text.size() && text[at] == '\r' && text[at + 1] == '\n') return 2;
  return 0;
}

std::size_t lineEndings(std::string_view gap) { return static_cast<std::size_t>(std::count(gap.begin(), gap.end(), '\n')); }

// Removes each run of neighbouring old elements that do not stay, with the blank lines towards
// the neighbour after the run (so the blank lines before the run stay), else with those above it
// (so the run's last element's ending newline and what follows stay), else, at the file's start,
// with those below it. Between two elements that must be kept apart, the wider of the run's two
// gaps stays, and at least a blank line.
void removeElements(std::string_view text, const std::vector<NodeSpan>& old, const std::vector<bool>& stays,
                    const ListLayout& layout, std::vector<Edit>& edits) {
  for (std::size_t i = 0; i < old.size();) {
    if (stays[i]) { ++i; continue; }
    std::size_t j = i;
    while (j + 1 < old.size() && !stays[j + 1] && neighbours(old[j], old[j + 1])) ++j;
    const bool nextNeighbour = j + 1 < old.size() && neighbours(old[j], old[j + 1]);
    if (nextNeighbour && layout.keepApart && i > 0 && neighbours(old[i - 1], old[i])) {
      const Span above = old[i].before, below = old[j].after;
      std::string_view gap = text.substr(above.begin, above.end - above.begin);
      if (lineEndings(text.substr(below.begin, below.end - below.begin)) > lineEndings(gap)) gap = text.substr(below.begin, below.end - below.begin);
      edits.push_back({above.begin, below.end, lineEndings(gap) > 1 ? std::string(gap) : layout.newline + layout.newline});
    } else if (nextNeighbour) {
      edits.push_back({old[i].begin, old[j + 1].begin, {}});
    } else if (old[i].before.begin > 0) {
      std::size_t from = old[i].before.begin;
      // The run ends the file: the line above keeps its own line ending, or removing the last
      // section would take the ending of the line above it (the platform's, say) with it.
      if (old[j].end >= text.size()) from += lineEndingAt(text, from);
      edits.push_back({from, old[j].end, {}});
    } else {
      edits.push_back({old[i].begin, old[j].after.end, {}});
    }
    i = j + 1;
  }
}

// Line endings to write after elements inserted before a gap of the file, so that at least a
// separator's worth stands between them and what follows.
std::string padding(std::string_view text, const Span& gap, const ListLayout& layout) {
  if (gap.end >= text.size()) return {};  // nothing follows
  const std::size_t have = lineEndings(text.substr(gap.begin, gap.end - gap.begin));
  std::string out;
  for (std::size_t need = lineEndings(layout.separator); need > have; --need) out += layout.newline;
  return out;
}

}  // namespace

std::vector<Edit> editList(std::string_view text, const std::vector<NodeSpan>& old,
                           const std::vector<model::Origin>& origins, const ListLayout& layout,
                           const std::function<std::vector<Edit>(std::size_t k)>& nodeEdits,
                           const std::function<std::string(std::size_t k)>& freshText) {
  const std::size_t n = origins.size();
  std::vector<int> from(n, model::kNew);
  std::vector<bool> claimed(old.size(), false);
  for (std::size_t k = 0; k < n; ++k) {
    const int o = origins[k];
    if (o >= 0 && static_cast<std::size_t>(o) < old.size() && !claimed[static_cast<std::size_t>(o)]) {
      from[k] = o;
      claimed[static_cast<std::size_t>(o)] = true;
    }
  }
  const std::vector<bool> kept = longestOrderedRun(from);
  std::vector<bool> stays(old.size(), false);
  for (std::size_t k = 0; k < n; ++k) {
    if (kept[k]) stays[static_cast<std::size_t>(from[k])] = true;
  }

  std::vector<Edit> edits;
  removeElements(text, old, stays, layout, edits);
  auto textOf = [&](std::size_t k) {
    if (from[k] < 0) return freshText(k);
    const NodeSpan& was = old[static_cast<std::size_t>(from[k])];
    return applyEdits(text, was.begin, was.end, nodeEdits(k));
  };
  std::ptrdiff_t lastKept = -1;
  for (std::size_t k = 0; k < n;) {
    if (kept[k]) {
      for (Edit& e : nodeEdits(k)) edits.push_back(std::move(e));
      lastKept = static_cast<std::ptrdiff_t>(k++);
      continue;
    }
    std::string group;
    std::size_t next = k;
    for (; next < n && !kept[next]; ++next) group += (next > k ? layout.separator : std::string()) + textOf(next);
    if (lastKept >= 0) {
      const NodeSpan& before = old[static_cast<std::size_t>(from[static_cast<std::size_t>(lastKept)])];
      edits.push_back({before.end, before.end, layout.separator + group + padding(text, before.after, layout)});
    } else if (next < n) {
      const std::size_t at = old[static_cast<std::size_t>(from[next])].begin;
      edits.push_back({at, at, group + layout.separator});
    } else {
      edits.push_back({layout.insertAt, layout.insertAt, layout.lead + group});
    }
    k = next;
  }
  return edits;
}

}  // namespace jobname::markdown
