// placeAmongTheUsersText, on plain text: what the export's edits look like once placed among the
// user's lines. Cases no edit of the app makes today, kept here so that one made later is safe.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/markdown/edit_placement.h"
#include "core/markdown/source_edits.h"

using namespace jobname::markdown;

namespace {

std::string placedAndApplied(const std::string& text, std::vector<Edit> edits) {
  placeAmongTheUsersText(text, "\n", edits, SIZE_MAX);
  return applyEdits(text, 0, text.size(), edits);
}

}  // namespace

TEST_CASE("edit placement: a fence line written after an edit that joins two lines no longer runs into the next line") {
  // The edit takes "A\n```\n" (the end of one line and a fence line) and writes "Q" in the middle
  // of the first line, so the user's line "B" starts right after text that does not end its line.
  // The fence that was open before "B" is opened again, on a line of its own: it was written as
  // "\n```" with nothing after it, and "B" became its info string.
  const std::string text = "xA\n```\nB\n```\nC\n";
  const std::string placed = placedAndApplied(text, {Edit{1, 7, "Q"}});
  CHECK(placed == "xQ\n```\nB\n```\nC\n");
}

TEST_CASE("edit placement: an edit that ends at a line end leaves the line end after the fence line it writes") {
  const std::string text = "xA\n```\nB\n```\nC\n";
  // "A\n```\nB" replaced by "Q": the fence state after it (open) is written back before "\n```".
  const std::string placed = placedAndApplied(text, {Edit{1, 8, "Q"}});
  CHECK(placed == "xQ\n```\n```\nC\n");
}
