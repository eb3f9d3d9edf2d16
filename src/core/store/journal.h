// The user's records in a KeyValueStore that every open tab of the app shares: a key per record,
// an index, a tombstone per deletion and the text it could not read, set aside. It never throws,
// never writes over a version it has not seen and never drops what it cannot read.
// Not here: when to save (the app), the browser's localStorage (platform/web).
//
// Keys under the prefix ("jobname-studio/"), schema 1. Earlier versions wrote the same keys but
// the tombstones, which they ignore: a journal they wrote loads unchanged, and they can still
// open one written here.
//   index              {"schema": 1, "ids": [...], "open": id}: order and open record. A cache:
//                      a record it does not list is loaded all the same; a malformed one is set
//                      aside and rebuilt from the record keys.
//   record/<id>        the record's JSON with its id and times (json::compactEntryJson).
//   deleted/<id>       {"deletedMs": t}: a tombstone, the time the record was deleted.
//   quarantine/<name>  text that could not be read, kept byte for byte (name~2... when taken):
//                      listed for the user to restore, export or delete; never read by load.
//
// Two tabs, A and B, share the store. A tab learns of the other's writes only from the browser's
// storage event, which never comes for its own writes. Each tab remembers, per record, which
// stored text its copy comes from (its base, by hash). Every interleaving ends in these rules:
//  1. A save writes a record only over its base. When the stored text is another one, the other
//     tab wrote since (whichever saved first): a conflict, resolved by rule 3 or 4. The check is
//     also made when the storage event comes while this tab holds unsaved edits of the record.
//  2. A record without unsaved edits here follows the store: the other tab's version replaces
//     it, its deletion removes it. A record gone with no tombstone (an older version deleted it,
//     or the storage was cleared) is followed too, unless it has unsaved edits here: then those
//     are written back.
//  3. edit/edit: both are kept. The newer version (by updatedMs) stays the record; the other
//     becomes a new record "… (conflict copy)" beside it. Two versions of the same content are
//     one. The tab that finds the conflict says so in a notice.
//  4. edit/delete and delete/edit: a deletion removes only the version its tab saw, and leaves a
//     tombstone. Against a version it did not see, time decides: an edit newer than the deletion
//     keeps the record (the deleting tab gets it back, with a notice); a deletion newer than the
//     edit stands, and the edit is kept as a conflict copy, with a notice. Never lost either way.
//  5. create/create: an id is the time and 40 random bits, so both records are kept; an index
//     write keeps the ids the other tab listed.
//  6. A tab closed or hidden with unsaved edits saves then (the app calls save()) under the same
//     rules; a conflict copy made then is written, and the other tabs show it.
//  7. A tab opened later reads everything afresh. A tab back from the browser's back-forward
//     cache, or whose storage was cleared, re-reads every key (refreshAll()).
//  8. Undoing a deletion is a new version of the record, at the time of the undo.
//  9. A store written by a newer version (index schema above kSchema, or a record in a newer
//     format) opens read-only: nothing is written, not even a set-aside; edits are refused.
// Limit: localStorage has no compare-and-set between tabs. Two saves of one record in the few
// milliseconds a write takes to reach the other tab cannot see each other; the later replaces
// the earlier. A person at one keyboard would need two windows side by side, each saving the
// same record within those milliseconds (a tab saves 0.4 s after an edit, or as it hides).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/model/record.h"
#include "core/store/key_value_store.h"

namespace jobname::store {

// The index key's contents; nullopt from parseIndex() when malformed in any way.
struct StoredIndex {
  int schema = 1;
  std::vector<std::string> ids;
  std::string open;
};
std::optional<StoredIndex> parseIndex(const std::string& text);

// Text set aside under a quarantine key.
struct SetAsideText {
  std::string key;
  std::string text;
};

class Journal {
 public:
  static constexpr int kSchema = 1;
  static constexpr std::int64_t kTombstoneDays = 180;  // older tombstones are dropped at load

  explicit Journal(KeyValueStore& store, std::string prefix = "jobname-studio/");

  struct LoadReport {
    std::vector<std::string> problems;  // one sentence each
    bool readOnly = false;              // written by a newer version: nothing will be written
  };
  // `nowMs` (when given) drops tombstones older than kTombstoneDays.
  LoadReport load(std::int64_t nowMs = 0);

  const std::vector<model::CollectionEntry>& entries() const { return entries_; }
  const model::CollectionEntry* find(const std::string& id) const;
  std::size_t indexOf(const std::string& id) const;
  // Edits. Each is refused (returns empty / false / nullopt) when the journal is read-only.
  std::string add(model::Record record, std::int64_t nowMs);
  bool update(const std::string& id, const model::Record& record, std::int64_t nowMs);
  std::optional<model::CollectionEntry> remove(const std::string& id, std::int64_t nowMs);
  // Undo of a removal: the entry back in its place, as a new version. False when its id is back
  // already (another tab's newer edit brought it back: rule 4).
  bool restore(std::size_t index, model::CollectionEntry entry, std::int64_t nowMs);

  const std::string& openId() const { return openId_; }
  void setOpen(const std::string& id);

  bool dirty() const { return !dirtyRecords_.empty() || !removed_.empty() || indexDirty_; }
  // Changes whenever the records change (in this tab or from another): views cache by it.
  std::uint64_t version() const { return version_; }
  bool readOnly() const { return readOnly_; }
  const std::string& readOnlyReason() const { return readOnlyReason_; }  // a sentence for a banner
  // Writes what changed. On failure the data stays in memory, still marked unsaved.
  WriteResult save();

  // Another tab changed `key` (the browser's storage event; "" for any or all keys).
  void refreshFromStore(const std::string& key);
  void refreshAll();
  // What the user should be told since the last call (a conflict copy made, a record back).
  std::vector<std::string> takeNotices();

  // Quarantined text, oldest key first, and its removal (refused when read-only).
  std::vector<SetAsideText> setAside();
  bool deleteSetAside(const std::string& key);

  std::string recordKey(const std::string& id) const { return prefix_ + "record/" + id; }
  std::string tombstoneKey(const std::string& id) const { return prefix_ + "deleted/" + id; }
  std::string indexKey() const { return prefix_ + "index"; }
  std::string quarantinePrefix() const { return prefix_ + "quarantine/"; }
  const std::string& prefix() const { return prefix_; }

 private:
  // A record's key as read from the store.
  struct Stored {
    enum class Kind { Absent, Readable, Unreadable, Newer } kind = Kind::Absent;
    std::uint64_t hash = 0;  // 0: absent
    std::string text;
    model::CollectionEntry entry;  // when Readable
    std::string problem;           // when Unreadable or Newer
  };
  struct Removal {
    std::int64_t deletedMs = 0;
    std::size_t index = 0;  // where it stood, to put it back
    model::CollectionEntry entry;
  };

  KeyValueStore& store_;
  std::string prefix_;
  std::vector<model::CollectionEntry> entries_;
  std::set<std::string> dirtyRecords_;
  std::map<std::string, Removal> removed_;       // deleted here, not saved yet
  std::map<std::string, std::uint64_t> base_;    // id -> hash of the stored text our copy comes from
  std::set<std::string> deletedHere_;            // deletions this tab saved (to say when one comes back)
  bool indexDirty_ = false;
  std::uint64_t version_ = 0;
  bool readOnly_ = false;
  std::string readOnlyReason_;
  std::string openId_;
  std::vector<std::string> notices_;
  std::mt19937_64 random_;

  std::string newId(std::int64_t nowMs);
  std::uint64_t baseOf(const std::string& id) const;
  Stored readStored(const std::string& id);
  std::string indexJson() const;
  void becomeReadOnly(const std::string& why);
  // Sets `text` aside under quarantine/<name> (a free name); the key, or "" when it failed.
  std::string setAsideText(const std::string& name, const std::string& text);
  std::optional<std::int64_t> tombstoneTime(const std::string& id);
  void insertEntry(std::size_t at, model::CollectionEntry entry, bool dirty);
  std::string keepAsCopy(model::CollectionEntry version, std::size_t at);
  void pruneTombstones(std::int64_t nowMs);
  WriteResult saveRemoval(const std::string& id);
  WriteResult saveRecord(const std::string& id);

  // journal_sync.cpp: a version this tab has not seen (rules 1 to 4).
  void refreshRecord(const std::string& id);
  void refreshIndex();
  void resolveEdited(const std::string& id, Stored stored);
  void resolveRemoved(const std::string& id, Stored stored);
  void setAsideUnreadable(const std::string& id, const Stored& stored);
};

}  // namespace jobname::store
