// Any bytes: the active content check never crashes and places every finding inside the text;
// what it accepts has, read again by the browser's own pass, no tag or attribute outside the
// allow-list; and what neutralising writes is accepted (and is the text itself when nothing was
// found).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/insights/active_content.h"
#include "core/text/html_scan.h"

namespace {
void requireAllowedTags(const std::string& text) {
  for (const auto& tag : jobname::text::readHtmlTags(text)) {
    if (!jobname::insights::htmlTagProblems(tag).empty()) std::abort();
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto scan = jobname::insights::findActiveContent(input);
  if (scan.count < scan.found.size() || scan.found.size() > jobname::insights::kMaxActiveContentReported) std::abort();
  if (scan.count > 0 && scan.found.empty()) std::abort();
  for (const auto& finding : scan.found) {
    if (finding.offset >= input.size() || finding.message.empty()) std::abort();
  }
  const std::string neutral = jobname::insights::neutraliseActiveContent(input);
  if (jobname::insights::findActiveContent(neutral).any()) std::abort();
  requireAllowedTags(neutral);
  if (!scan.any()) {
    if (neutral != input) std::abort();
    requireAllowedTags(input);
  }
  return 0;
}
