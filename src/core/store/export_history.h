// What the journal knows of its exports: when it was last exported whole, and since when it has
// changes that are in no export. WebKit (Safari) deletes a site's storage after seven days without
// a visit unless the site is on the home screen, and any browser may evict under pressure: the app
// shows the first, and after a week of changes in no export reminds gently. Facts, their JSON and
// the sentences; storing them and drawing them are the app's.
#pragma once
#include <cstdint>
#include <string>

namespace jobname::store {

struct ExportHistory {
  std::int64_t lastExportMs = 0;       // the last whole-journal export; 0: never
  std::int64_t unexportedSinceMs = 0;  // the first change after it; 0: every change is in an export
};

inline constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
// Safari's seven days without a visit.
inline constexpr std::int64_t kExportReminderAfterMs = 7 * kDayMs;

// A change saved at `nowMs`: from then on the journal holds something no export has.
void noteChange(ExportHistory& history, std::int64_t nowMs);
// The whole journal exported at `nowMs`: every change so far is in it.
void noteExport(ExportHistory& history, std::int64_t nowMs);
// A change has been in no export for a week or more.
bool exportReminderDue(const ExportHistory& history, std::int64_t nowMs);

// "Last exported today." / "... 3 days ago." / "Never exported."
std::string describeLastExport(const ExportHistory& history, std::int64_t nowMs);
// The reminder's sentence (meant for when exportReminderDue()).
std::string exportReminderText(const ExportHistory& history, std::int64_t nowMs);

std::string exportHistoryToJson(const ExportHistory& history);
// What cannot be read (absent, damaged, another shape) is an empty history: it is the app's own
// bookkeeping, not the user's records, and the worst it costs is a reminder a week late.
ExportHistory exportHistoryFromJson(const std::string& text);

}  // namespace jobname::store
