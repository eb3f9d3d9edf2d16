#include "core/collection/list_rows.h"

#include <algorithm>
#include <chrono>
#include <string_view>
#include <unordered_map>

#include "core/text/ascii_case.h"
#include "core/text/search_fold.h"

namespace jobname::collection {

namespace {
std::size_t pairBit(unsigned char a, unsigned char b) { return ((a * 31u) ^ b) & 4095u; }

// The records whose text holds `needle`. A record missing any of the needle's byte pairs is
// ruled out without reading its text; typing extends the search, so when the previous search
// is part of this one only its matches are looked at again.
std::vector<std::size_t> searchRecords(const ListRows& list, const std::string& needle, const std::string& previous) {
  std::vector<std::size_t> bits;
  for (std::size_t i = 0; i + 1 < needle.size(); ++i) {
    bits.push_back(pairBit(static_cast<unsigned char>(needle[i]), static_cast<unsigned char>(needle[i + 1])));
  }
  const auto holds = [&](std::size_t r) {
    const auto& index = list.records[r];
    for (std::size_t bit : bits) {
      if (!(index.pairs[bit / 64] & (1ull << (bit % 64)))) return false;
    }
    return index.text.find(needle) != std::string::npos;
  };
  std::vector<std::size_t> found;
  if (!previous.empty() && needle.find(previous) != std::string::npos) {
    for (std::size_t r : list.matches) if (holds(r)) found.push_back(r);
  } else {
    for (std::size_t r = 0; r < list.records.size(); ++r) if (holds(r)) found.push_back(r);
  }
  return found;
}

// The records shown, in the chosen order (stable: ties keep the journal's order).
std::vector<std::size_t> visibleRows(const std::vector<model::CollectionEntry>& entries, const std::string& search,
                                     const Filter& filter, ListRows& list, const std::string& previousNeedle) {
  const std::string needle = text::foldForSearch(search);
  std::vector<std::size_t> candidates;
  if (needle.empty()) {
    for (std::size_t i = 0; i < entries.size(); ++i) candidates.push_back(i);
  } else {
    candidates = searchRecords(list, needle, previousNeedle);
  }
  list.matches = candidates;
  std::vector<std::size_t> order;
  for (std::size_t i : candidates) {
    if (passes(entries[i].id, entries[i].record, filter)) order.push_back(i);
  }
  const auto& last = list.records;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ra = entries[a].record;
    const auto& rb = entries[b].record;
    switch (filter.sort) {
      case SortOrder::Company: return text::lowerAscii(ra.company.name) < text::lowerAscii(rb.company.name);
      case SortOrder::Score: return ra.score.numbers().outOfTen().value_or(-1) > rb.score.numbers().outOfTen().value_or(-1);
      case SortOrder::Edited: return entries[a].updatedMs > entries[b].updatedMs;
      case SortOrder::LastDate: break;
    }
    return last[a].lastDay > last[b].lastDay;
  });
  return order;
}
}  // namespace

std::string searchableText(const model::Record& r) {
  std::string all;
  auto add = [&](const std::string& field) {
    all += text::foldForSearch(field);
    all += '\n';
  };
  add(r.company.name);
  add(r.company.localName);
  add(r.position);
  add(r.platform);
  add(r.score.comment);
  for (const auto& w : r.applyWays) add(w);
  for (const auto& d : r.dates) { add(d.label); add(d.date); add(d.note); }
  for (const auto& s : r.sections) {
    add(s.title);
    for (const auto& item : s.items) { add(item.text); add(item.answer); }
  }
  return all;
}

RecordIndex indexRecord(const model::CollectionEntry& entry) {
  RecordIndex index;
  index.id = entry.id;
  index.updatedMs = entry.updatedMs;
  index.text = searchableText(entry.record);
  for (std::size_t i = 0; i + 1 < index.text.size(); ++i) {
    const std::size_t bit = pairBit(static_cast<unsigned char>(index.text[i]), static_cast<unsigned char>(index.text[i + 1]));
    index.pairs[bit / 64] |= 1ull << (bit % 64);
  }
  index.lastDay = lastDay(entry.record);
  return index;
}

const std::vector<std::size_t>& updateRows(ListRows& list, const std::vector<model::CollectionEntry>& entries,
                                           std::uint64_t version, const std::string& search, const Filter& filter) {
  if (list.version != version) {
    // Reuse the index of every record unchanged since the last time; build the others.
    std::vector<RecordIndex> previous = std::move(list.records);
    std::unordered_map<std::string_view, RecordIndex*> old;
    for (auto& index : previous) old.emplace(index.id, &index);
    list.records.clear();
    list.records.reserve(entries.size());
    for (const auto& e : entries) {
      const auto it = old.find(e.id);
      if (it != old.end() && it->second->updatedMs == e.updatedMs) {
        list.records.push_back(std::move(*it->second));
      } else {
        list.records.push_back(indexRecord(e));
      }
    }
    list.search.clear();  // nothing to narrow from
  }
  if (list.version != version || list.search != search || !(list.filter == filter)) {
    const auto started = std::chrono::steady_clock::now();
    const std::string previous = list.version == version ? text::foldForSearch(list.search) : std::string();
    list.version = version;
    list.search = search;
    list.filter = filter;
    list.rows = visibleRows(entries, search, filter, list, previous);
    list.lastSearchMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  }
  return list.rows;
}

}  // namespace jobname::collection
