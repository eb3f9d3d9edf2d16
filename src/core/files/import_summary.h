// What one import of many files did, told once: how many records were imported, replaced and
// skipped (the duplicate prompt's answers included) and which files failed, each with its reason.
// Reading the files is record_file.h's, telling duplicates apart import_duplicates.h's, asking
// the user about them the app's.
#pragma once
#include <string>
#include <vector>

#include "core/files/record_file.h"

namespace jobname::files {

struct ImportSummary {
  int files = 0;
  int imported = 0;  // new records, "Keep both" included
  int replaced = 0;  // records that took an existing one's place
  int skipped = 0;   // duplicates the user skipped
  std::vector<std::string> failed;  // "name: reason", one per file that gave no record
  std::vector<std::string> notes;   // other lines worth reading (warnings of imported files)
  int duplicatesWaiting = 0;        // still to be decided: the summary waits for them
  bool activeContent = false;       // a record holds some: the lines end with what that means
};

// What one file read for the import says: a file that gave no record failed, for its first
// error's reason (or for having none); every other diagnostic is a note, and so is each record's
// active content (imported as written: it would run where the record is published).
void summarizeLoadedFile(ImportSummary& summary, const std::string& fileName, const LoadedFile& loaded);

// The lines to show: a headline ("3 files: 2 records imported, 1 replaced, 1 skipped, 1 file
// failed."), then each failure with its reason ("latin1.md:3:7: error: ..."), then the notes,
// then (when a record holds active content) what to do about it before publishing.
std::vector<std::string> summaryLines(const ImportSummary& summary);

}  // namespace jobname::files
