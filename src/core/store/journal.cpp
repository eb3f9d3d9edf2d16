#include "core/store/journal.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/json/record_json.h"

namespace jobname::store {

namespace {
std::string base36(std::uint64_t v) {
  const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  do { out.insert(out.begin(), digits[v % 36]); v /= 36; } while (v);
  return out;
}
}  // namespace

Journal::Journal(KeyValueStore& store, std::string prefix) : store_(store), prefix_(std::move(prefix)) {
  std::random_device seed;
  random_.seed((static_cast<std::uint64_t>(seed()) << 32) ^ seed());
}

std::string Journal::newId(std::int64_t nowMs) {
  std::string id;
  do {
    id = base36(static_cast<std::uint64_t>(nowMs)) + "-" + base36(random_() & 0xFFFFFFFFFFull);
  } while (find(id));
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

std::optional<model::CollectionEntry> Journal::readEntry(const std::string& id, std::string& problem) {
  const auto raw = store_.get(recordKey(id));
  if (!raw) return std::nullopt;
  auto imported = json::importJson(*raw, recordKey(id), json::JsonSource::OwnStorage);
  if (imported.records.size() != 1) {
    problem = imported.diagnostics.empty() ? "unreadable" : imported.diagnostics.front().message;
    return std::nullopt;
  }
  model::CollectionEntry entry = std::move(imported.records[0]);
  entry.id = id;
  return entry;
}

Journal::LoadReport Journal::load() {
  LoadReport report;
  ++version_;
  entries_.clear();
  dirtyRecords_.clear();
  removed_.clear();
  indexDirty_ = false;
  readOnly_ = false;
  if (!store_.available()) {
    report.problems.push_back("This browser does not let the page keep data (storage is disabled or in private mode).");
    return report;
  }
  std::vector<std::string> order;
  if (const auto index = store_.get(indexKey())) {
    const auto j = nlohmann::json::parse(*index, nullptr, false);
    if (j.is_object()) {
      if (j.value("schema", 0) > kSchema) {
        readOnly_ = report.readOnly = true;
        report.problems.push_back("These records were saved by a newer Jobname Studio; this one shows them but will not write over them.");
      }
      if (j.contains("ids") && j["ids"].is_array()) {
        for (const auto& id : j["ids"]) {
          if (id.is_string()) order.push_back(id.get<std::string>());
        }
      }
      if (j.contains("open") && j["open"].is_string()) openId_ = j["open"].get<std::string>();
    } else {
      report.problems.push_back("The list of records could not be read; it is rebuilt from the records themselves.");
      indexDirty_ = true;
    }
  }
  // Records the index does not list (an index write that failed) are kept too, after the others.
  const std::string recordPrefix = prefix_ + "record/";
  std::vector<std::string> stored;
  for (const auto& key : store_.keys(recordPrefix)) stored.push_back(key.substr(recordPrefix.size()));
  std::sort(stored.begin(), stored.end());
  for (const auto& id : stored) {
    if (std::find(order.begin(), order.end(), id) == order.end()) { order.push_back(id); indexDirty_ = true; }
  }
  for (const auto& id : order) {
    if (find(id)) continue;
    std::string problem;
    auto entry = readEntry(id, problem);
    if (entry) {
      entries_.push_back(std::move(*entry));
      continue;
    }
    indexDirty_ = true;
    if (problem.empty()) continue;  // listed but gone: nothing to keep
    const std::string raw = store_.get(recordKey(id)).value_or("");
    const std::string quarantine = prefix_ + "quarantine/" + id;
    if (!readOnly_ && store_.set(quarantine, raw).ok()) {
      store_.remove(recordKey(id));
      report.problems.push_back("A saved record (" + id + ") could not be read (" + problem + "); it was set aside under '" +
                                quarantine + "' and the others were loaded.");
    } else {
      report.problems.push_back("A saved record (" + id + ") could not be read (" + problem + "); it is left where it is.");
    }
  }
  if (!find(openId_)) openId_ = entries_.empty() ? "" : entries_.front().id;
  if (readOnly_) indexDirty_ = false;
  return report;
}

std::string Journal::add(model::Record record, std::int64_t nowMs) {
  ++version_;
  model::CollectionEntry entry;
  entry.id = newId(nowMs);
  entry.createdMs = entry.updatedMs = nowMs;
  entry.record = std::move(record);
  entries_.push_back(std::move(entry));
  dirtyRecords_.insert(entries_.back().id);
  removed_.erase(entries_.back().id);
  indexDirty_ = true;
  return entries_.back().id;
}

void Journal::restore(std::size_t index, model::CollectionEntry entry) {
  ++version_;
  index = std::min(index, entries_.size());
  dirtyRecords_.insert(entry.id);
  removed_.erase(entry.id);
  entries_.insert(entries_.begin() + static_cast<std::ptrdiff_t>(index), std::move(entry));
  indexDirty_ = true;
}

bool Journal::update(const std::string& id, const model::Record& record, std::int64_t nowMs) {
  ++version_;
  for (auto& e : entries_) {
    if (e.id != id) continue;
    e.record = record;
    e.updatedMs = std::max(nowMs, e.updatedMs + 1);
    dirtyRecords_.insert(id);
    return true;
  }
  return false;
}

std::optional<model::CollectionEntry> Journal::remove(const std::string& id) {
  ++version_;
  const std::size_t i = indexOf(id);
  if (i == entries_.size()) return std::nullopt;
  model::CollectionEntry entry = std::move(entries_[i]);
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
  dirtyRecords_.erase(id);
  removed_.insert(id);
  indexDirty_ = true;
  if (openId_ == id) openId_ = entries_.empty() ? "" : entries_[std::min(i, entries_.size() - 1)].id;
  return entry;
}

void Journal::setOpen(const std::string& id) {
  if (openId_ == id) return;
  openId_ = id;
  indexDirty_ = true;
}

std::string Journal::indexJson() const {
  nlohmann::json j;
  j["schema"] = kSchema;
  j["ids"] = nlohmann::json::array();
  for (const auto& e : entries_) j["ids"].push_back(e.id);
  j["open"] = openId_;
  return j.dump();
}

WriteResult Journal::save() {
  if (readOnly_) return {WriteError::Unavailable, "saved by a newer version of the app"};
  if (!store_.available()) return {WriteError::Unavailable, "storage is disabled"};
  for (auto it = dirtyRecords_.begin(); it != dirtyRecords_.end();) {
    const model::CollectionEntry* entry = find(*it);
    if (!entry) { it = dirtyRecords_.erase(it); continue; }
    // A fresher version written by another tab is never overwritten by an older edit. Only its
    // time is read: parsing the whole record on every save would cost more than the save.
    if (const auto raw = store_.get(recordKey(*it))) {
      const std::size_t at = raw->find("\"updatedMs\":");
      const std::int64_t storedMs = at == std::string::npos ? 0 : std::strtoll(raw->c_str() + at + 12, nullptr, 10);
      if (storedMs > entry->updatedMs) {
        it = dirtyRecords_.erase(it);
        continue;
      }
    }
    const WriteResult result = store_.set(recordKey(*it), json::compactEntryJson(*entry));
    if (!result.ok()) return result;
    it = dirtyRecords_.erase(it);
  }
  for (const auto& id : removed_) store_.remove(recordKey(id));
  removed_.clear();
  if (indexDirty_) {
    // Keep records another tab added since we read the index.
    if (const auto stored = store_.get(indexKey())) {
      const auto j = nlohmann::json::parse(*stored, nullptr, false);
      if (j.is_object() && j.contains("ids") && j["ids"].is_array()) {
        for (const auto& id : j["ids"]) {
          if (!id.is_string() || find(id.get<std::string>())) continue;
          std::string problem;
          if (auto entry = readEntry(id.get<std::string>(), problem)) entries_.push_back(std::move(*entry));
        }
      }
    }
    const WriteResult result = store_.set(indexKey(), indexJson());
    if (!result.ok()) return result;
    indexDirty_ = false;
  }
  return {};
}

std::string Journal::refreshFromStore(const std::string& key) {
  ++version_;
  const std::string recordPrefix = prefix_ + "record/";
  if (key == indexKey()) {
    const auto stored = store_.get(indexKey());
    if (!stored) return {};
    const auto j = nlohmann::json::parse(*stored, nullptr, false);
    if (!j.is_object() || !j.contains("ids") || !j["ids"].is_array()) return {};
    for (const auto& id : j["ids"]) {
      if (!id.is_string() || find(id.get<std::string>()) || removed_.count(id.get<std::string>())) continue;
      std::string problem;
      if (auto entry = readEntry(id.get<std::string>(), problem)) {
        entries_.push_back(std::move(*entry));
      }
    }
    return {};
  }
  if (key.rfind(recordPrefix, 0) != 0) return {};
  const std::string id = key.substr(recordPrefix.size());
  std::string problem;
  auto theirs = readEntry(id, problem);
  const std::size_t i = indexOf(id);
  if (!theirs) {
    // Removed in the other tab: follow, unless we hold unsaved edits to it.
    if (i < entries_.size() && !dirtyRecords_.count(id) && problem.empty()) {
      entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
      if (openId_ == id) openId_ = entries_.empty() ? "" : entries_.front().id;
    }
    return {};
  }
  if (i == entries_.size()) {
    entries_.push_back(std::move(*theirs));
    return {};
  }
  model::CollectionEntry& ours = entries_[i];
  if (theirs->updatedMs <= ours.updatedMs) return {};  // ours is newer: our next save wins
  if (dirtyRecords_.count(id)) {
    // Both edited; theirs is newer. Keep ours as a copy rather than lose it.
    model::Record copy = ours.record;
    copy.position += " (conflict copy)";
    const std::int64_t now = ours.updatedMs;
    ours = std::move(*theirs);
    dirtyRecords_.erase(id);
    add(std::move(copy), now);
    return "This record was changed in another tab at the same time: their version is shown, yours is kept as a copy.";
  }
  ours = std::move(*theirs);
  return {};
}

}  // namespace jobname::store
