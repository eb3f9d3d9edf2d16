// Any bytes as a Markdown record: the reading view's HTML page never crashes, is always written
// (the active content check finds nothing in what it writes: a finding is a bug of the writer),
// and its body holds no tag outside the few it writes and no event handler attribute.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/markdown/import.h"
#include "core/reading/html_page.h"

namespace {
constexpr std::string_view kWrittenTags[] = {"a", "b", "i", "p", "h1", "h2", "h3", "h4", "h5", "h6", "br", "del", "mark", "code",
                                             "pre", "span", "details", "summary", "table", "tr", "th", "td", "blockquote", "hr"};

bool written(std::string_view name) {
  for (std::string_view tag : kWrittenTags) {
    if (name == tag) return true;
  }
  return false;
}
// Whether an attribute outside quotes is named on…: a quoted value may hold " on" (an address
// with a space, a title), which is text, not an attribute.
bool hasEventAttribute(std::string_view tag) {
  char quote = 0;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if (quote) {
      if (tag[i] == quote) quote = 0;
    } else if (tag[i] == '"' || tag[i] == '\'') {
      quote = tag[i];
    } else if (tag.compare(i, 3, " on") == 0) {
      return true;
    }
  }
  return false;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  auto imported = jobname::markdown::importMarkdown(input);
  if (!imported.record) return 0;
  imported.record->process.clear();  // the chart's SVG has its own fuzzing; the body is what is checked here
  const jobname::reading::HtmlPage page = jobname::reading::recordHtmlPage(*imported.record);
  if (!page.problem.empty()) std::abort();
  const std::size_t begin = page.html.find("<body>\n"), end = page.html.rfind("</body>");
  if (begin == std::string::npos || end == std::string::npos || end < begin) std::abort();
  const std::string_view body = std::string_view(page.html).substr(begin + 7, end - begin - 7);
  // Text has its '<' escaped: every '<' left starts a tag the writer wrote.
  for (std::size_t at = body.find('<'); at != std::string_view::npos; at = body.find('<', at + 1)) {
    const std::size_t close = body.find('>', at);
    if (close == std::string_view::npos) std::abort();
    std::string_view tag = body.substr(at + 1, close - at - 1);
    if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
    if (!written(tag.substr(0, tag.find(' ')))) std::abort();
    if (hasEventAttribute(tag)) std::abort();
  }
  return 0;
}
