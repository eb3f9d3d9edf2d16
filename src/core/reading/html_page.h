// The reading view as one standalone HTML page (inline CSS, the chart as inline SVG, no scripts,
// nothing loaded from anywhere), for people who print or mail a record and for `jobname html`.
// Safe by construction: written from the reading blocks, never from the record's HTML; every text
// escaped; only the tags the format uses are written; links only where isSafeLinkTarget allows;
// images as links with their alt text. The body is then checked by insights/active_content, and
// a Content-Security-Policy forbids scripts should anything still slip through.
#pragma once
#include <string>

#include "core/model/record.h"
#include "core/reading/document.h"

namespace jobname::reading {

struct HtmlPage {
  std::string html;   // empty when `problem` is set
  std::string problem;  // the check found active content in what was written (a bug here, never the record's)
};

// `chartSvg`: the Interview Process as an SVG document (inserted as it is: the caller's SVG
// writer escapes its labels), or empty.
HtmlPage readingHtmlPage(const ReadingDocument& document, const std::string& chartSvg);

// The record's page, its chart laid out with the SVG writer's own text measure.
HtmlPage recordHtmlPage(const model::Record& record);

}  // namespace jobname::reading
