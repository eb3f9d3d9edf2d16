// What a version this tab has not seen means for it: another tab's write or deletion, found by
// the storage event or by a save (rules 1 to 4 in journal.h). Nothing here loses a version: the
// one that does not stay the record is kept as a conflict copy, and the user is told.
#include <nlohmann/json.hpp>

#include "core/store/journal.h"

namespace jobname::store {

namespace {
// How a notice names a record: “Acme, Go developer”.
std::string recordLabel(const model::Record& record) {
  std::string label = record.company.name.empty() ? "a record with no company" : record.company.name;
  if (!record.position.empty()) label += ", " + record.position;
  return "\u201c" + label + "\u201d";
}
}  // namespace

std::string Journal::keepAsCopy(model::CollectionEntry version, std::size_t at) {
  version.id = newId(std::max<std::int64_t>(version.updatedMs, 1));
  auto& position = version.record.position;
  position += position.empty() ? "(conflict copy)" : " (conflict copy)";
  const std::string id = version.id;
  insertEntry(at, std::move(version), true);
  return id;
}

void Journal::setAsideUnreadable(const std::string& id, const Stored& stored) {
  if (readOnly_) return;
  const std::string key = setAsideText(id, stored.text);
  if (key.empty()) return;  // left where it is: the next load tries again
  store_.remove(recordKey(id));
  base_.erase(id);
  const model::CollectionEntry* ours = find(id);
  if (ours) dirtyRecords_.insert(id);  // the last version this tab could read is written back
  notices_.push_back("Another tab stored a version of " + (ours ? recordLabel(ours->record) : "record " + id) +
                     " that this one cannot read (" + stored.problem + "); it was set aside under '" + key + "'" +
                     (ours ? " and the version shown here is kept." : "."));
}

void Journal::resolveEdited(const std::string& id, Stored stored) {
  const std::size_t i = indexOf(id);
  if (i == entries_.size()) return;
  ++version_;
  const std::string label = recordLabel(entries_[i].record);
  switch (stored.kind) {
    case Stored::Kind::Newer: becomeReadOnly(stored.problem); return;
    case Stored::Kind::Unreadable: setAsideUnreadable(id, stored); return;
    case Stored::Kind::Absent: {
      base_.erase(id);
      const auto deletedMs = tombstoneTime(id);
      if (!deletedMs || entries_[i].updatedMs > *deletedMs) {
        // The edit is newer than the deletion (or no tombstone says when it was): it keeps the
        // record; the save writes it back.
        notices_.push_back(label + " was deleted in another tab" + (deletedMs ? " before your latest edit here" : "") +
                           ": your edit keeps it.");
        return;
      }
      // The deletion is newer: it stands, and the edit is kept as a copy where the record was.
      model::CollectionEntry mine = std::move(entries_[i]);
      entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
      dirtyRecords_.erase(id);
      const std::string copy = keepAsCopy(std::move(mine), i);
      if (openId_ == id) openId_ = copy;
      notices_.push_back(label + " was deleted in another tab after your last edit here: your version is kept as " +
                         recordLabel(find(copy)->record) + ".");
      return;
    }
    case Stored::Kind::Readable: {
      base_[id] = stored.hash;
      model::CollectionEntry& ours = entries_[i];
      if (model::sameContent(stored.entry.record, ours.record)) {  // the same edit in both: one version
        if (stored.entry.updatedMs >= ours.updatedMs) {
          ours = std::move(stored.entry);
          dirtyRecords_.erase(id);
        }
        return;
      }
      std::string copy;
      if (stored.entry.updatedMs > ours.updatedMs) {  // theirs is newer: it stays the record
        model::CollectionEntry mine = std::move(ours);
        ours = std::move(stored.entry);
        dirtyRecords_.erase(id);
        copy = keepAsCopy(std::move(mine), i + 1);
        notices_.push_back(label + " was changed in another tab while you edited it here: theirs, the newer, is shown; yours is kept as " +
                           recordLabel(find(copy)->record) + ".");
      } else {  // ours is newer: the save writes it over theirs, kept as a copy first
        copy = keepAsCopy(std::move(stored.entry), i + 1);
        notices_.push_back(label + " was changed in another tab while you edited it here: yours, the newer, stays; theirs is kept as " +
                           recordLabel(find(copy)->record) + ".");
      }
      return;
    }
  }
}

void Journal::resolveRemoved(const std::string& id, Stored stored) {
  const auto removal = removed_.find(id);
  if (removal == removed_.end()) return;
  ++version_;
  switch (stored.kind) {
    case Stored::Kind::Absent: base_.erase(id); return;  // deleted there too
    case Stored::Kind::Newer: becomeReadOnly(stored.problem); return;
    case Stored::Kind::Unreadable: setAsideUnreadable(id, stored); return;  // kept, but not as a record
    case Stored::Kind::Readable: {
      base_[id] = stored.hash;
      if (model::sameContent(stored.entry.record, removal->second.entry.record)) return;  // the version deleted here
      const std::string label = recordLabel(stored.entry.record);
      if (stored.entry.updatedMs > removal->second.deletedMs) {  // an edit newer than the deletion keeps the record
        const std::size_t at = removal->second.index;
        removed_.erase(removal);
        insertEntry(at, std::move(stored.entry), false);
        indexDirty_ = true;  // back in its place
        notices_.push_back(label + " was changed in another tab after you deleted it here: it is kept.");
        return;
      }
      const std::string copy = keepAsCopy(std::move(stored.entry), removal->second.index);
      notices_.push_back(label + ", deleted here, had been changed in another tab before: that version is kept as " +
                         recordLabel(find(copy)->record) + ".");
      return;
    }
  }
}

void Journal::refreshRecord(const std::string& id) {
  Stored stored = readStored(id);
  if (stored.hash == baseOf(id)) return;  // nothing this tab has not seen
  ++version_;
  if (removed_.count(id)) return resolveRemoved(id, std::move(stored));
  const std::size_t i = indexOf(id);
  if (i < entries_.size() && dirtyRecords_.count(id)) return resolveEdited(id, std::move(stored));
  switch (stored.kind) {
    case Stored::Kind::Newer: becomeReadOnly(stored.problem); return;
    case Stored::Kind::Unreadable: setAsideUnreadable(id, stored); return;
    case Stored::Kind::Absent:  // deleted there, unedited here: follow (rule 2)
      base_.erase(id);
      if (i < entries_.size()) {
        entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
        if (openId_ == id) openId_ = entries_.empty() ? "" : entries_[std::min(i, entries_.size() - 1)].id;
      }
      return;
    case Stored::Kind::Readable:
      base_[id] = stored.hash;
      if (i < entries_.size()) {
        entries_[i] = std::move(stored.entry);
        return;
      }
      if (deletedHere_.erase(id)) {
        notices_.push_back(recordLabel(stored.entry.record) + ", deleted here, was changed in another tab after that: it is back.");
      }
      insertEntry(entries_.size(), std::move(stored.entry), false);
      return;
  }
}

void Journal::refreshIndex() {
  const auto text = store_.get(indexKey());
  const auto index = text ? parseIndex(*text) : std::nullopt;
  if (!index) return;  // the next load sets a malformed index aside; here it changes nothing
  if (index->schema > kSchema) {
    becomeReadOnly("storage schema " + std::to_string(index->schema) + "; this version reads schema " + std::to_string(kSchema));
    ++version_;
    return;
  }
  for (const auto& id : index->ids) {
    if (!find(id) && !removed_.count(id)) refreshRecord(id);
  }
}

void Journal::refreshAll() {
  ++version_;
  refreshIndex();
  std::set<std::string> ids;
  for (const auto& e : entries_) ids.insert(e.id);
  for (const auto& [id, removal] : removed_) ids.insert(id);
  for (const auto& [id, hash] : base_) ids.insert(id);
  const std::string recordPrefix = prefix_ + "record/";
  for (const auto& key : store_.keys(recordPrefix)) ids.insert(key.substr(recordPrefix.size()));
  for (const auto& id : ids) refreshRecord(id);
}

void Journal::refreshFromStore(const std::string& key) {
  const std::string recordPrefix = prefix_ + "record/";
  if (key.empty()) return refreshAll();
  if (key == indexKey()) return refreshIndex();
  if (key.rfind(recordPrefix, 0) == 0) return refreshRecord(key.substr(recordPrefix.size()));
  if (key.rfind(quarantinePrefix(), 0) == 0) ++version_;  // the set-aside list changed
}

}  // namespace jobname::store
