// The journal's undo and redo: each step keeps a record as it was before an edit, an add or a
// removal, and undoing it writes that back through the Journal (so it is saved like any edit).
// When steps are taken and grouped (typing within a second is one step) is the app's choice.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/record.h"
#include "core/store/journal.h"

namespace jobname::store {

struct UndoStep {
  enum class Kind { Edit, Add, Remove } kind = Kind::Edit;
  std::size_t index = 0;        // the record's place in the journal
  model::CollectionEntry entry;  // the record as it was before the step
};

// Takes the last step off `from`, undoes it in `journal` and pushes its inverse onto `to` (undo
// onto redo, redo onto undo). Returns the id of the record the step was about, or nothing when
// no step was undone (none left, or the edited record is gone). A removal undone is opened.
std::optional<std::string> undoLastStep(Journal& journal, std::vector<UndoStep>& from, std::vector<UndoStep>& to, std::int64_t nowMs);

}  // namespace jobname::store
