// Reads a jobname Markdown record into the model, keeping the file in the record's
// SourceDocument so that export can give it back byte for byte. Lenient where the corpus is
// (missing sections, spelling variants); refuses what is not a record at all.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/model/record.h"

namespace jobname::markdown {

constexpr std::size_t kMaxRecordBytes = 5 * 1024 * 1024;

struct ImportResult {
  std::optional<model::Record> record;  // empty when there are errors
  std::vector<Diagnostic> diagnostics;
};

ImportResult importMarkdown(std::string_view input, const std::string& fileName = {});

// True for the headings that name a field of the format ("Status", "Interview Date", "Score"...):
// a stage section with such a title cannot be told from the field when written anew.
bool isFieldHeading(std::string_view title);

// Splits "Jobinja & Jobvision" or "Linkedin, Site" into apply ways.
std::vector<std::string> splitApplyWays(std::string_view text);

}  // namespace jobname::markdown
