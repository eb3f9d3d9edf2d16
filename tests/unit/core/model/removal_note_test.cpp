#include <doctest/doctest.h>

#include "core/model/removal_note.h"

using namespace jobname::model;

TEST_CASE("a removed record is named by its company and position") {
  Record r;
  r.company.name = "Acme";
  r.position = "Go developer";
  CHECK(describeRemovedRecord(r) == "Deleted the record Acme, Go developer.");
  CHECK(describeRemovedRecord(Record{}) == "Deleted the record (no company).");
}

TEST_CASE("a removed stage section says what it held") {
  Section s;
  s.title = "Technical Interview";
  CHECK(describeRemovedSection(s) == "Removed the stage section Technical Interview (empty).");
  s.items.push_back({ItemKind::Question, "Why Go?", "Simple.", kNew});
  s.items.push_back({ItemKind::Question, "Why not Rust?", "", kNew});
  s.items.push_back({ItemKind::Note, "Friendly team", "", kNew});
  CHECK(describeRemovedSection(s) == "Removed the stage section Technical Interview (2 questions, 1 answer, 1 note).");
}
