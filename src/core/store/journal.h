// The user's records, kept in a KeyValueStore: one key per record (its JSON with id and times)
// and an index (order, schema version, open record), so a save writes only what changed.
// A record that cannot be read is set aside under a quarantine key and reported, never
// overwritten or dropped. Another tab's writes are merged; an edit older than what is stored
// never overwrites it, and the losing version of a conflict is kept as a copy.
#pragma once
#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/model/record.h"
#include "core/store/key_value_store.h"

namespace jobname::store {

class Journal {
 public:
  static constexpr int kSchema = 1;

  explicit Journal(KeyValueStore& store, std::string prefix = "jobname-studio/");

  struct LoadReport {
    std::vector<std::string> problems;  // one sentence each
    bool readOnly = false;              // written by a newer version: nothing will be written
  };
  LoadReport load();

  const std::vector<model::CollectionEntry>& entries() const { return entries_; }
  const model::CollectionEntry* find(const std::string& id) const;
  std::string add(model::Record record, std::int64_t nowMs);
  void restore(std::size_t index, model::CollectionEntry entry);  // undo of a removal
  bool update(const std::string& id, const model::Record& record, std::int64_t nowMs);
  std::optional<model::CollectionEntry> remove(const std::string& id);
  std::size_t indexOf(const std::string& id) const;

  const std::string& openId() const { return openId_; }
  void setOpen(const std::string& id);

  bool dirty() const { return !dirtyRecords_.empty() || !removed_.empty() || indexDirty_; }
  // Changes whenever the records change (in this tab or from another): views cache by it.
  std::uint64_t version() const { return version_; }
  bool readOnly() const { return readOnly_; }
  // Writes what changed. On failure the data stays in memory, still marked unsaved.
  WriteResult save();

  // Another tab changed `key` (the browser's storage event). Returns a sentence for the user
  // when something they should know happened (e.g. a conflict copy was made), else empty.
  std::string refreshFromStore(const std::string& key);

  std::string recordKey(const std::string& id) const { return prefix_ + "record/" + id; }
  std::string indexKey() const { return prefix_ + "index"; }
  const std::string& prefix() const { return prefix_; }

 private:
  KeyValueStore& store_;
  std::string prefix_;
  std::vector<model::CollectionEntry> entries_;
  std::set<std::string> dirtyRecords_, removed_;
  bool indexDirty_ = false;
  std::uint64_t version_ = 0;
  bool readOnly_ = false;
  std::string openId_;
  std::mt19937_64 random_;

  std::string newId(std::int64_t nowMs);
  std::optional<model::CollectionEntry> readEntry(const std::string& id, std::string& problem);
  std::string indexJson() const;
};

}  // namespace jobname::store
