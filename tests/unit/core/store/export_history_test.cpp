#include "core/store/export_history.h"

#include <doctest/doctest.h>

using namespace jobname::store;

namespace {
constexpr std::int64_t kStart = 1'750'000'000'000;  // June 2025
}

TEST_CASE("a journal never exported says so, and reminds a week after its first change") {
  ExportHistory history;
  CHECK(describeLastExport(history, kStart) == "Never exported.");
  CHECK_FALSE(exportReminderDue(history, kStart + 30 * kDayMs));  // no change yet: nothing to lose
  noteChange(history, kStart);
  noteChange(history, kStart + 3 * kDayMs);  // later changes do not move the first one
  CHECK_FALSE(exportReminderDue(history, kStart + 7 * kDayMs - 1));
  CHECK(exportReminderDue(history, kStart + 7 * kDayMs));
  CHECK(exportReminderText(history, kStart + 8 * kDayMs).rfind("Changes made 8 days ago are in no export yet.", 0) == 0);
}

TEST_CASE("an export takes every change so far, and the next change starts a new week") {
  ExportHistory history;
  noteChange(history, kStart);
  noteExport(history, kStart + 9 * kDayMs);
  CHECK_FALSE(exportReminderDue(history, kStart + 20 * kDayMs));
  CHECK(describeLastExport(history, kStart + 9 * kDayMs + 1000) == "Last exported today.");
  CHECK(describeLastExport(history, kStart + 10 * kDayMs) == "Last exported yesterday.");
  CHECK(describeLastExport(history, kStart + 14 * kDayMs) == "Last exported 5 days ago.");
  noteChange(history, kStart + 10 * kDayMs);
  CHECK_FALSE(exportReminderDue(history, kStart + 16 * kDayMs));
  CHECK(exportReminderDue(history, kStart + 17 * kDayMs));
}

TEST_CASE("the export history round-trips through JSON, and what cannot be read is an empty history") {
  ExportHistory history{kStart, kStart + kDayMs};
  const ExportHistory back = exportHistoryFromJson(exportHistoryToJson(history));
  CHECK(back.lastExportMs == history.lastExportMs);
  CHECK(back.unexportedSinceMs == history.unexportedSinceMs);
  for (const char* bad : {"", "not json", "[]", "{\"lastExportMs\": \"yesterday\"}", "{\"lastExportMs\": -5}"}) {
    const ExportHistory empty = exportHistoryFromJson(bad);
    CHECK(empty.lastExportMs == 0);
    CHECK(empty.unexportedSinceMs == 0);
  }
}
