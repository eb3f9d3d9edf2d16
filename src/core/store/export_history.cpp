#include "core/store/export_history.h"

#include <nlohmann/json.hpp>

namespace jobname::store {

namespace {
std::string daysAgo(std::int64_t thenMs, std::int64_t nowMs) {
  const std::int64_t days = nowMs > thenMs ? (nowMs - thenMs) / kDayMs : 0;
  if (days == 0) return "today";
  if (days == 1) return "yesterday";
  return std::to_string(days) + " days ago";
}
}  // namespace

void noteChange(ExportHistory& history, std::int64_t nowMs) {
  if (history.unexportedSinceMs == 0) history.unexportedSinceMs = nowMs;
}

void noteExport(ExportHistory& history, std::int64_t nowMs) {
  history.lastExportMs = nowMs;
  history.unexportedSinceMs = 0;
}

bool exportReminderDue(const ExportHistory& history, std::int64_t nowMs) {
  return history.unexportedSinceMs != 0 && nowMs - history.unexportedSinceMs >= kExportReminderAfterMs;
}

std::string describeLastExport(const ExportHistory& history, std::int64_t nowMs) {
  if (history.lastExportMs == 0) return "Never exported.";
  return "Last exported " + daysAgo(history.lastExportMs, nowMs) + ".";
}

std::string exportReminderText(const ExportHistory& history, std::int64_t nowMs) {
  return "Changes made " + daysAgo(history.unexportedSinceMs, nowMs) +
         " are in no export yet. Browsers may delete a site's data (Safari after seven days without a visit): "
         "export everything to keep a copy of your own.";
}

std::string exportHistoryToJson(const ExportHistory& history) {
  return nlohmann::json{{"lastExportMs", history.lastExportMs}, {"unexportedSinceMs", history.unexportedSinceMs}}.dump();
}

ExportHistory exportHistoryFromJson(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  ExportHistory history;
  if (!j.is_object()) return history;
  const auto read = [&j](const char* name, std::int64_t& out) {
    const auto it = j.find(name);
    if (it != j.end() && it->is_number_integer() && it->get<std::int64_t>() >= 0) out = it->get<std::int64_t>();
  };
  read("lastExportMs", history.lastExportMs);
  read("unexportedSinceMs", history.unexportedSinceMs);
  return history;
}

}  // namespace jobname::store
