// The journal's own edits, its load and its save (rules in journal.h). What another tab's writes
// mean for this tab (rules 1 to 4) is in journal_sync.cpp.
#include "core/store/journal.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/json/record_json.h"
#include "core/store/stored_text.h"

namespace jobname::store {

namespace {
std::string base36(std::uint64_t v) {
  const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  do { out.insert(out.begin(), digits[v % 36]); v /= 36; } while (v);
  return out;
}
constexpr std::int64_t kDayMs = 24 * 60 * 60 * 1000LL;
}  // namespace

std::optional<StoredIndex> parseIndex(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  StoredIndex index;
  if (const auto schema = j.find("schema"); schema != j.end()) {
    if (!schema->is_number_integer() || schema->get<long long>() < 1) return std::nullopt;
    index.schema = static_cast<int>(std::min<long long>(schema->get<long long>(), 1000000));
  }
  if (const auto ids = j.find("ids"); ids != j.end()) {
    if (!ids->is_array()) return std::nullopt;
    for (const auto& id : *ids) {
      if (!id.is_string()) return std::nullopt;
      index.ids.push_back(id.get<std::string>());
    }
  }
  if (const auto open = j.find("open"); open != j.end()) {
    if (!open->is_string()) return std::nullopt;
    index.open = open->get<std::string>();
  }
  return index;
}

Journal::Journal(KeyValueStore& store, std::string prefix) : store_(store), prefix_(std::move(prefix)) {
  std::random_device seed;
  random_.seed((static_cast<std::uint64_t>(seed()) << 32) ^ seed());
}

std::string Journal::newId(std::int64_t nowMs) {
  std::string id;
  do {
    id = base36(static_cast<std::uint64_t>(nowMs)) + "-" + base36(random_() & 0xFFFFFFFFFFull);
  } while (find(id) || removed_.count(id));
  return id;
}

const model::CollectionEntry* Journal::find(const std::string& id) const {
  for (const auto& e : entries_) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::size_t Journal::indexOf(const std::string& id) const {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].id == id) return i;
  }
  return entries_.size();
}

std::uint64_t Journal::baseOf(const std::string& id) const {
  const auto it = base_.find(id);
  return it == base_.end() ? 0 : it->second;
}

Journal::Stored Journal::readStored(const std::string& id) {
  Stored stored;
  auto text = store_.get(recordKey(id));
  if (!text) return stored;
  stored.hash = textHash(*text);
  stored.text = std::move(*text);
  auto imported = json::importJson(stored.text, recordKey(id));
  if (imported.records.size() == 1) {
    stored.kind = Stored::Kind::Readable;
    stored.entry = std::move(imported.records[0]);
    stored.entry.id = id;
    return stored;
  }
  stored.kind = newerFormatVersion(stored.text) ? Stored::Kind::Newer : Stored::Kind::Unreadable;
  stored.problem = imported.diagnostics.empty() ? "unreadable" : imported.diagnostics.front().message;
  return stored;
}

void Journal::becomeReadOnly(const std::string& why) {
  if (readOnly_) return;
  readOnly_ = true;
  readOnlyReason_ = "This journal was written by a newer version of Jobname Studio (" + why +
                    "). This version shows it but will not change it: nothing can be edited or saved here. "
                    "Open it with the newer version, or export it.";
  indexDirty_ = false;
}

std::string Journal::setAsideText(const std::string& name, const std::string& text) {
  std::string key = quarantinePrefix() + name;
  for (int n = 2; store_.get(key); ++n) key = quarantinePrefix() + name + "~" + std::to_string(n);
  return store_.set(key, text).ok() ? key : "";
}

std::optional<std::int64_t> Journal::tombstoneTime(const std::string& id) {
  const auto text = store_.get(tombstoneKey(id));
  if (!text) return std::nullopt;
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object() || !j.contains("deletedMs") || !j["deletedMs"].is_number_integer()) return std::nullopt;
  return j["deletedMs"].get<std::int64_t>();
}

void Journal::pruneTombstones(std::int64_t nowMs) {
  const std::string tombstones = prefix_ + "deleted/";
  for (const auto& key : store_.keys(tombstones)) {
    const auto time = tombstoneTime(key.substr(tombstones.size()));
    if (!time || *time < nowMs - kTombstoneDays * kDayMs) store_.remove(key);
  }
}

Journal::LoadReport Journal::load(std::int64_t nowMs) {
  LoadReport report;
  ++version_;
  entries_.clear();
  dirtyRecords_.clear();
  removed_.clear();
  base_.clear();
  deletedHere_.clear();
  notices_.clear();
  indexDirty_ = false;
  readOnly_ = false;
  readOnlyReason_.clear();
  openId_.clear();
  if (!store_.available()) {
    report.problems.push_back("This browser does not let the page keep data (storage is disabled or in private mode).");
    return report;
  }
  std::vector<std::string> order;
  const auto indexText = store_.get(indexKey());
  const auto index = indexText ? parseIndex(*indexText) : std::nullopt;
  if (index) {
    if (index->schema > kSchema) {
      becomeReadOnly("storage schema " + std::to_string(index->schema) + "; this version reads schema " + std::to_string(kSchema));
    }
    order = index->ids;
    openId_ = index->open;
  }
  // Records the index does not list (an index write that failed, a malformed index) are kept
  // too, after the others, in the order they were made (an id starts with its time).
  const std::string recordPrefix = prefix_ + "record/";
  std::vector<std::string> stored;
  for (const auto& key : store_.keys(recordPrefix)) stored.push_back(key.substr(recordPrefix.size()));
  std::sort(stored.begin(), stored.end(), [](const std::string& a, const std::string& b) {
    const std::string timeA = a.substr(0, a.find('-')), timeB = b.substr(0, b.find('-'));
    return timeA.size() != timeB.size() ? timeA.size() < timeB.size() : timeA != timeB ? timeA < timeB : a < b;
  });
  for (const auto& id : stored) {
    if (std::find(order.begin(), order.end(), id) == order.end()) { order.push_back(id); indexDirty_ = true; }
  }
  std::vector<std::pair<std::string, Stored>> unreadable;
  std::set<std::string> seen;
  for (const auto& id : order) {
    if (!seen.insert(id).second) { indexDirty_ = true; continue; }
    Stored record = readStored(id);
    switch (record.kind) {
      case Stored::Kind::Absent: indexDirty_ = true; break;  // listed but gone: nothing to keep
      case Stored::Kind::Readable:
        base_[id] = record.hash;
        entries_.push_back(std::move(record.entry));
        break;
      case Stored::Kind::Newer:
        becomeReadOnly("record " + id + ": " + record.problem);
        unreadable.emplace_back(id, std::move(record));
        break;
      case Stored::Kind::Unreadable: unreadable.emplace_back(id, std::move(record)); break;
    }
  }
  // Set aside only once it is known that this version may write at all.
  if (indexText && !index) {
    const std::string key = readOnly_ ? "" : setAsideText("index", *indexText);
    report.problems.push_back(key.empty() ? "The list of records could not be read; it is left where it is and the records were loaded without it."
                                          : "The list of records could not be read; it was set aside under '" + key +
                                                "' and rebuilt from the records themselves.");
    indexDirty_ = !readOnly_;
  }
  for (const auto& [id, record] : unreadable) {
    const std::string key = readOnly_ ? "" : setAsideText(id, record.text);
    if (!key.empty()) store_.remove(recordKey(id));
    report.problems.push_back("A saved record (" + id + ") could not be read (" + record.problem + "); " +
                              (key.empty() ? "it is left where it is." : "it was set aside under '" + key + "' and the others were loaded."));
  }
  if (readOnly_) {
    report.readOnly = true;
    report.problems.insert(report.problems.begin(), readOnlyReason_);
    indexDirty_ = false;
  } else if (nowMs > 0) {
    pruneTombstones(nowMs);
  }
  if (!find(openId_)) openId_ = entries_.empty() ? "" : entries_.front().id;
  return report;
}

// A record new to the store is written, and listed, at the next save; one read from the store
// (another tab's) is listed there already.
void Journal::insertEntry(std::size_t at, model::CollectionEntry entry, bool dirty) {
  ++version_;
  at = std::min(at, entries_.size());
  if (dirty) {
    dirtyRecords_.insert(entry.id);
    indexDirty_ = true;
  }
  if (openId_.empty()) openId_ = entry.id;  // nothing was open (an empty journal): show this one
  entries_.insert(entries_.begin() + static_cast<std::ptrdiff_t>(at), std::move(entry));
}

std::string Journal::add(model::Record record, std::int64_t nowMs) {
  if (readOnly_) return {};
  model::CollectionEntry entry;
  entry.id = newId(nowMs);
  entry.createdMs = entry.updatedMs = nowMs;
  entry.record = std::move(record);
  const std::string id = entry.id;
  insertEntry(entries_.size(), std::move(entry), true);
  return id;
}

bool Journal::restore(std::size_t index, model::CollectionEntry entry, std::int64_t nowMs) {
  if (readOnly_ || find(entry.id)) return false;
  removed_.erase(entry.id);  // not saved yet: the stored text is still its base
  entry.updatedMs = std::max(nowMs, entry.updatedMs + 1);
  insertEntry(index, std::move(entry), true);
  return true;
}

bool Journal::update(const std::string& id, const model::Record& record, std::int64_t nowMs) {
  if (readOnly_) return false;
  for (auto& e : entries_) {
    if (e.id != id) continue;
    ++version_;
    e.record = record;
    e.updatedMs = std::max(nowMs, e.updatedMs + 1);
    dirtyRecords_.insert(id);
    return true;
  }
  return false;
}

std::optional<model::CollectionEntry> Journal::remove(const std::string& id, std::int64_t nowMs) {
  const std::size_t i = indexOf(id);
  if (readOnly_ || i == entries_.size()) return std::nullopt;
  ++version_;
  model::CollectionEntry entry = std::move(entries_[i]);
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
  dirtyRecords_.erase(id);
  removed_[id] = Removal{std::max(nowMs, entry.updatedMs + 1), i, entry};
  indexDirty_ = true;
  if (openId_ == id) openId_ = entries_.empty() ? "" : entries_[std::min(i, entries_.size() - 1)].id;
  return entry;
}

void Journal::setOpen(const std::string& id) {
  if (openId_ == id) return;
  openId_ = id;
  if (!readOnly_) indexDirty_ = true;
}

std::string Journal::indexJson() const {
  nlohmann::json j;
  j["schema"] = kSchema;
  j["ids"] = nlohmann::json::array();
  for (const auto& e : entries_) j["ids"].push_back(e.id);
  j["open"] = openId_;
  return j.dump();
}

WriteResult Journal::saveRemoval(const std::string& id) {
  Stored stored = readStored(id);
  if (stored.hash != baseOf(id)) resolveRemoved(id, std::move(stored));  // rule 4: a version it did not see
  if (readOnly_) return {WriteError::Unavailable, readOnlyReason_};
  const auto removal = removed_.find(id);
  if (removal == removed_.end()) return {};  // kept after all
  if (baseOf(id) != 0) {
    // The tombstone first, so that a tab reading the deletion finds its time. One that cannot be
    // written (a full storage) is not worth failing the save for: without it, an edit elsewhere
    // keeps the record (rule 2), which loses nothing.
    store_.set(tombstoneKey(id), nlohmann::json{{"deletedMs", removal->second.deletedMs}}.dump());
    store_.remove(recordKey(id));
    deletedHere_.insert(id);
  }
  base_.erase(id);
  removed_.erase(removal);
  return {};
}

WriteResult Journal::saveRecord(const std::string& id) {
  if (!find(id)) { dirtyRecords_.erase(id); return {}; }
  Stored stored = readStored(id);
  if (stored.hash != baseOf(id)) resolveEdited(id, std::move(stored));  // rule 1
  if (readOnly_) return {WriteError::Unavailable, readOnlyReason_};
  const model::CollectionEntry* entry = find(id);
  if (!entry || !dirtyRecords_.count(id)) return {};  // theirs won; ours is a copy now
  const std::string text = json::compactEntryJson(*entry);
  const WriteResult result = store_.set(recordKey(id), text);
  if (!result.ok()) return result;
  if (baseOf(id) == 0) store_.remove(tombstoneKey(id));  // new here, or back from a deletion
  base_[id] = textHash(text);
  dirtyRecords_.erase(id);
  return {};
}

WriteResult Journal::save() {
  if (readOnly_) return {WriteError::Unavailable, readOnlyReason_};
  if (!store_.available()) return {WriteError::Unavailable, "storage is disabled"};
  while (!removed_.empty()) {
    if (const WriteResult result = saveRemoval(removed_.begin()->first); !result.ok()) return result;
  }
  // Resolving a conflict may add a copy to write: go on until nothing is left.
  for (std::set<std::string> failed; !dirtyRecords_.empty();) {
    const std::string id = *dirtyRecords_.begin();
    const WriteResult result = saveRecord(id);
    if (!result.ok()) return result;
    if (dirtyRecords_.count(id) && !failed.insert(id).second) break;
  }
  if (indexDirty_) {
    // Keep records another tab added whose storage event has not come yet (rule 5).
    if (const auto text = store_.get(indexKey())) {
      if (const auto stored = parseIndex(*text)) {
        for (const auto& id : stored->ids) {
          if (!find(id)) refreshRecord(id);
        }
      }
    }
    if (readOnly_) return {WriteError::Unavailable, readOnlyReason_};
    const WriteResult result = store_.set(indexKey(), indexJson());
    if (!result.ok()) return result;
    indexDirty_ = false;
  }
  return {};
}

std::vector<std::string> Journal::takeNotices() {
  std::vector<std::string> out;
  out.swap(notices_);
  return out;
}

std::vector<SetAsideText> Journal::setAside() {
  std::vector<SetAsideText> out;
  for (const auto& key : store_.keys(quarantinePrefix())) {
    if (auto text = store_.get(key)) out.push_back({key, std::move(*text)});
  }
  return out;
}

bool Journal::deleteSetAside(const std::string& key) {
  if (readOnly_ || key.rfind(quarantinePrefix(), 0) != 0 || !store_.get(key)) return false;
  store_.remove(key);
  ++version_;
  return true;
}

}  // namespace jobname::store
