#include "core/share/share_link.h"

#include "core/insights/active_content.h"
#include "core/json/record_json.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/share/deflate.h"
#include "core/share/link_dictionary.h"
#include "core/text/base64.h"

namespace jobname::share {

namespace {
constexpr std::string_view kPrefix = "r=";

std::string_view withoutHash(std::string_view fragment) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  return fragment;
}

// The smallest text that reads back to this record.
std::string payloadOf(const model::Record& record) {
  std::string markdown = markdown::exportMarkdown(record);
  const auto back = markdown::importMarkdown(markdown);
  if (back.record && model::sameContent(*back.record, record)) return markdown;
  return json::recordToJson(record);
}

SharedRecord failure(std::string why) {
  SharedRecord result;
  result.error = "This share link cannot be opened: " + std::move(why) + ". Nothing was changed.";
  return result;
}
}  // namespace

std::string shareFragment(const model::Record& record) {
  const std::string packed = zlibCompress(payloadOf(record), linkDictionary(kLinkVersion));
  return std::string(kPrefix) + std::to_string(kLinkVersion) + "." + text::base64UrlEncode(packed);
}

bool isShareFragment(std::string_view fragment) { return withoutHash(fragment).substr(0, kPrefix.size()) == kPrefix; }

SharedRecord readShareFragment(std::string_view fragment) {
  fragment = withoutHash(fragment);
  if (!isShareFragment(fragment)) return failure("it does not hold a record");
  fragment.remove_prefix(kPrefix.size());
  const std::size_t dot = fragment.find('.');
  if (dot == std::string_view::npos || dot == 0) return failure("it has no version (it may have been cut)");
  const std::string_view version = fragment.substr(0, dot);
  if (version.find_first_not_of("0123456789") != std::string_view::npos) return failure("its version is not a number");
  int versionNumber = 0;
  for (char c : version.substr(0, 8)) versionNumber = versionNumber * 10 + (c - '0');
  const std::string shown(version.substr(0, 8));
  if (version.size() > 8 || versionNumber > kLinkVersion) {
    return failure("it was made by a newer version of Jobname Studio (link version " + shown + "); open it with the newest version");
  }
  if (versionNumber < 1 || version.front() == '0') return failure("its version (" + shown + ") is not one Jobname Studio makes");
  const std::string_view data = fragment.substr(dot + 1);
  if (data.empty()) return failure("it is empty after the version (it may have been cut)");
  const auto compressed = text::base64UrlDecode(data);
  if (!compressed) return failure("it has characters that a share link never has (it was changed or cut)");
  std::string why;
  const auto payload = zlibDecompress(*compressed, kMaxRecordBytes, &why, linkDictionary(versionNumber));
  if (!payload) return failure(why);

  const bool isJson = !payload->empty() && payload->front() == '{';
  std::vector<Diagnostic> diagnostics;
  std::optional<model::Record> record;
  if (isJson) {
    auto imported = json::importJson(*payload, "shared record");
    diagnostics = std::move(imported.diagnostics);
    if (imported.records.size() == 1 && !imported.isCollection) record = std::move(imported.records.front().record);
  } else {
    auto imported = markdown::importMarkdown(*payload, "shared record");
    diagnostics = std::move(imported.diagnostics);
    record = std::move(imported.record);
  }
  if (!record) {
    for (const auto& d : diagnostics) {
      if (d.severity == Severity::Error) return failure("the record in it does not read (" + formatDiagnostic(d) + ")");
    }
    return failure("it does not hold exactly one record");
  }
  SharedRecord result;
  // What would be published: the Markdown this record exports to, every field of it.
  result.activeContent = insights::activeContentDiagnostics(*record, "shared record", Severity::Warning);
  for (const auto& d : diagnostics) result.warnings.push_back(formatDiagnostic(d));
  result.record = std::move(record);
  return result;
}

}  // namespace jobname::share
