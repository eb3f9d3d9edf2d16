#include "core/store/undo_history.h"

#include <doctest/doctest.h>

#include "core/store/key_value_store.h"

using namespace jobname;
using namespace jobname::store;

namespace {
model::Record named(const std::string& company) {
  model::Record r;
  r.company.name = company;
  r.position = "Backend";
  return r;
}

// An empty journal over memory, loaded.
struct EmptyJournal {
  MemoryStore kv;
  Journal journal{kv};
  EmptyJournal() { journal.load(); }
};
}  // namespace

TEST_CASE("undo history: an edit undone writes the record back, and redo writes the edit again") {
  EmptyJournal empty;
  Journal& journal = empty.journal;
  const std::string id = journal.add(named("Acme"), 1);
  std::vector<UndoStep> undo, redo;
  undo.push_back({UndoStep::Kind::Edit, journal.indexOf(id), *journal.find(id)});
  journal.update(id, named("Acme Corp"), 2);

  CHECK(undoLastStep(journal, undo, redo, 3) == id);
  CHECK(journal.find(id)->record.company.name == "Acme");
  CHECK(undo.empty());
  REQUIRE(redo.size() == 1);
  CHECK(redo.back().entry.record.company.name == "Acme Corp");

  CHECK(undoLastStep(journal, redo, undo, 4) == id);
  CHECK(journal.find(id)->record.company.name == "Acme Corp");
  CHECK(undo.size() == 1);
  CHECK(journal.dirty());  // saved like any edit
}

TEST_CASE("undo history: an add undone removes the record; redone, it is back in its place and open") {
  EmptyJournal empty;
  Journal& journal = empty.journal;
  journal.add(named("First"), 1);
  const std::string id = journal.add(named("Second"), 2);
  std::vector<UndoStep> undo{{UndoStep::Kind::Add, journal.indexOf(id), *journal.find(id)}}, redo;

  CHECK(undoLastStep(journal, undo, redo, 3) == id);
  CHECK(journal.find(id) == nullptr);
  REQUIRE(redo.size() == 1);
  CHECK(redo.back().kind == UndoStep::Kind::Remove);

  CHECK(undoLastStep(journal, redo, undo, 4) == id);
  REQUIRE(journal.find(id) != nullptr);
  CHECK(journal.indexOf(id) == 1);
  CHECK(journal.openId() == id);
  CHECK(undo.back().kind == UndoStep::Kind::Add);
}

TEST_CASE("undo history: nothing to undo, or an edited record gone, undoes nothing") {
  EmptyJournal empty;
  Journal& journal = empty.journal;
  std::vector<UndoStep> undo, redo;
  CHECK_FALSE(undoLastStep(journal, undo, redo, 1).has_value());

  const std::string id = journal.add(named("Acme"), 1);
  undo.push_back({UndoStep::Kind::Edit, journal.indexOf(id), *journal.find(id)});
  journal.remove(id, 2);
  CHECK_FALSE(undoLastStep(journal, undo, redo, 3).has_value());
  CHECK(undo.empty());
  CHECK(redo.empty());
}
