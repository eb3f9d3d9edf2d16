// The rows of the journal's list: the records holding the search text, that pass the filter, in
// the chosen order. Each record's searchable text is indexed once and again only when it
// changes; typing that extends the search narrows the last matches instead of searching all.
// `make bench` prints what a keystroke costs over a thousand records (search_ms_1000_records).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/collection/filter.h"
#include "core/model/record.h"

namespace jobname::collection {

// One record's searchable text, folded for search (text/search_fold.h); the set of byte pairs in it (4096 bits), to rule a
// record out before reading its text; its last date, for sorting.
struct RecordIndex {
  std::string id;
  std::int64_t updatedMs = 0;
  std::string text;
  std::array<std::uint64_t, 64> pairs{};
  long lastDay = 0;
};

// Every text field of the record in one string folded for search (case, digits, letter variants), fields kept apart by a line break
// (so a search never matches across two fields).
std::string searchableText(const model::Record& record);
RecordIndex indexRecord(const model::CollectionEntry& entry);

// The rows shown, kept until the records, the search or the filter change.
struct ListRows {
  std::uint64_t version = ~0ull;       // the journal's version the index was built for
  std::vector<RecordIndex> records;    // one per entry, in the journal's order
  std::vector<std::size_t> matches;    // records holding the search text, for narrowing as it grows
  std::string search;
  Filter filter;
  std::vector<std::size_t> rows;       // indices into the entries, in display order
  double lastSearchMs = 0;             // how long the last recompute took (for `make bench`)
};

// The indices of `entries` (the journal at `version`) to show for `search` and `filter`:
// computed again only when one of them changed since the last call.
const std::vector<std::size_t>& updateRows(ListRows& list, const std::vector<model::CollectionEntry>& entries,
                                           std::uint64_t version, const std::string& search, const Filter& filter);

}  // namespace jobname::collection
