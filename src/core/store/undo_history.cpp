#include "core/store/undo_history.h"

#include <utility>

namespace jobname::store {

std::optional<std::string> undoLastStep(Journal& journal, std::vector<UndoStep>& from, std::vector<UndoStep>& to, std::int64_t nowMs) {
  if (from.empty()) return std::nullopt;
  UndoStep step = std::move(from.back());
  from.pop_back();
  switch (step.kind) {
    case UndoStep::Kind::Edit: {
      const model::CollectionEntry* now = journal.find(step.entry.id);
      if (!now) return std::nullopt;
      to.push_back({UndoStep::Kind::Edit, step.index, *now});
      journal.update(step.entry.id, step.entry.record, nowMs);
      break;
    }
    case UndoStep::Kind::Add: {  // undo of an add removes it; redo of it adds it back
      if (auto removed = journal.remove(step.entry.id, nowMs)) {
        to.push_back({UndoStep::Kind::Remove, step.index, std::move(*removed)});
      }
      break;
    }
    case UndoStep::Kind::Remove: {
      // False when another tab's newer edit has brought it back already (journal.h, rule 4).
      if (journal.restore(step.index, step.entry, nowMs)) {
        to.push_back({UndoStep::Kind::Add, step.index, step.entry});
        journal.setOpen(step.entry.id);
      }
      break;
    }
  }
  return step.entry.id;
}

}  // namespace jobname::store
