#include "core/reading/html_page.h"

#include "core/insights/active_content.h"
#include "core/mermaid/flowchart.h"
#include "core/mermaid/layout.h"
#include "core/mermaid/svg.h"
#include "core/reading/html_tags.h"
#include "core/reading/record_blocks.h"
#include "core/text/xml.h"

namespace jobname::reading {

namespace {
// Only element selectors: the body carries no class or id for anything to hook on.
constexpr const char* kStyle =
    "body{font-family:'Noto Sans','Noto Sans Arabic',Vazirmatn,Tahoma,sans-serif;line-height:1.6;max-width:46em;"
    "margin:1.5em auto;padding:0 1em;color:#1f2328;background:#fff}"
    "h1,h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em}h1 a{color:inherit}"
    "p{margin:.4em 0}pre{background:#f6f8fa;padding:.6em .8em;overflow-x:auto;border-radius:6px}"
    "code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.9em}p code{background:#eff1f3;padding:0 .25em;border-radius:4px}"
    "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.25em .6em;vertical-align:top}"
    "th{background:#f6f8fa}details{margin:0;padding:0}summary{cursor:pointer;margin:.3em 0}"
    "blockquote{margin:0;padding:0 .8em;border-left:3px solid #d0d7de;color:#57606a}"
    "blockquote[dir=rtl]{border-left:0;border-right:3px solid #d0d7de}"
    "svg{max-width:100%;height:auto}mark{background:#fff3a3}"
    "@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}pre,th{background:#161b22}"
    "p code{background:#262c36}mark{background:#7a6a00;color:#fff}}"
    "@media print{body{max-width:none}details::details-content{content-visibility:visible;display:block}}";

// Text for the page's body, in content or in an attribute value. Beyond the markup characters,
// '[', ']' and '{' as references, so that no piece of text reads as a Markdown link or an mdBook
// directive to anything that takes the page for Markdown (the active content check does, and so
// might a book's CI). `lineBreaks`: '\n' as <br> (paragraphs), else kept (code, attributes).
std::string escapeHtml(std::string_view text, bool lineBreaks = false) {
  std::string out;
  for (char c : text::escapeXml(text)) {
    if (c == '[') out += "&#91;";
    else if (c == ']') out += "&#93;";
    else if (c == '{') out += "&#123;";
    else if (c == '\n' && lineBreaks) out += "<br>";
    else out += c;
  }
  return out;
}

const char* dirOf(text::BaseDirection d) { return d == text::BaseDirection::RightToLeft ? "rtl" : "ltr"; }

std::string dirAttribute(const Paragraph& p) { return std::string(" dir=\"") + dirOf(p.direction) + "\""; }

// The nesting of a block as a margin on the side its text starts from.
std::string indentStyle(const Block& block, std::string extra = {}) {
  if (block.indent > 0) {
    const bool rtl = block.text.direction == text::BaseDirection::RightToLeft;
    extra = std::string(rtl ? "margin-right:" : "margin-left:") + std::to_string(block.indent * 3 / 2) +
            (block.indent % 2 ? ".5em;" : "em;") + extra;
  }
  return extra.empty() ? "" : " style=\"" + extra + "\"";
}

std::string inlineHtml(const Paragraph& p, const ReadingDocument& doc) {
  std::string out;
  for (const Run& run : p.runs) {
    std::string open, close;
    const auto wrap = [&](const std::string& tag, const std::string& attributes = {}) {
      open += "<" + tag + attributes + ">";
      close = "</" + tag + ">" + close;
    };
    if (run.annotation >= 0 && static_cast<std::size_t>(run.annotation) < doc.annotations.size()) {
      const Annotation& note = doc.annotations[static_cast<std::size_t>(run.annotation)];
      const std::string target = escapeHtml(note.target);
      if (note.kind == Annotation::Kind::Hint) {
        wrap("span", " title=\"" + target + "\"");
      } else if (isSafeLinkTarget(note.target)) {
        const std::string title = note.kind == Annotation::Kind::Image ? " title=\"Image (not loaded): " + target + "\"" : "";
        wrap("a", " href=\"" + target + "\" rel=\"noopener noreferrer\" target=\"_blank\"" + title);
      }
    }
    if (run.style & kInert) wrap("span", " title=\"HTML the jobname format does not use, shown as text\" style=\"background-color:#fdecea;color:#b3261e\"");
    if (run.style & kCode) wrap("code");
    if (run.style & kBold) wrap("b");
    if (run.style & kItalic) wrap("i");
    if (run.style & kStrike) wrap("del");
    if (run.style & kMark) wrap("mark");
    out += open + escapeHtml(run.text, true) + close;
  }
  return out;
}

std::string tableHtml(const Block& block, const ReadingDocument& doc) {
  std::string out = "<table" + dirAttribute(block.text) + indentStyle(block) + ">\n";
  for (const auto& row : block.rows) {
    out += "<tr>";
    for (const TableCell& cell : row) {
      const char* tag = cell.header ? "th" : "td";
      const char* align = cell.align == Align::Left ? "left" : cell.align == Align::Right ? "right" : cell.align == Align::Center ? "center" : nullptr;
      out += std::string("<") + tag + dirAttribute(cell.text) + (align ? std::string(" style=\"text-align:") + align + "\"" : "") + ">" +
             inlineHtml(cell.text, doc) + "</" + tag + ">";
    }
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

// One block (not a summary: those open a <details>). `chartAt` gets where the chart goes.
std::string blockHtml(const Block& block, const ReadingDocument& doc, const std::string& chartSvg, std::size_t& chartAt,
                      std::size_t offset) {
  const std::string dir = dirAttribute(block.text);
  switch (block.kind) {
    case BlockKind::Heading: {
      const std::string tag = "h" + std::to_string(std::max(1, std::min(block.level, 6)));
      return "<" + tag + dir + indentStyle(block) + ">" + inlineHtml(block.text, doc) + "</" + tag + ">\n";
    }
    case BlockKind::ListItem:
      return "<p" + dir + indentStyle(block) + ">" + escapeHtml(block.marker) + "&nbsp;" + inlineHtml(block.text, doc) + "</p>\n";
    case BlockKind::Code: return "<pre dir=\"ltr\"" + indentStyle(block) + "><code>" + escapeHtml(block.code) + "</code></pre>\n";
    case BlockKind::Table: return tableHtml(block, doc);
    case BlockKind::Rule: return "<hr>\n";
    case BlockKind::Chart:
      if (chartSvg.empty()) return "<pre dir=\"ltr\"><code>" + escapeHtml(block.code) + "</code></pre>\n";
      chartAt = offset + std::string("<p dir=\"ltr\">").size();
      return "<p dir=\"ltr\"></p>\n";
    case BlockKind::Status: return "<p" + dir + " style=\"font-size:1.4em\">" + inlineHtml(block.text, doc) + "</p>\n";
    case BlockKind::Score: {
      // The colour is the format's own ("#4caf50"), never the record's text.
      const bool plainColour = block.colour.size() == 7 && block.colour[0] == '#' &&
                               block.colour.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
      return "<p" + dir + " style=\"font-size:1.4em" + (plainColour ? ";color:" + block.colour : "") + "\">" + inlineHtml(block.text, doc) + "</p>\n";
    }
    case BlockKind::Summary:
    case BlockKind::Paragraph: break;
  }
  return "<p" + dir + indentStyle(block) + ">" + inlineHtml(block.text, doc) + "</p>\n";
}

bool insideDetails(const ReadingDocument& doc, int details, int inner) {
  for (int d = inner; d >= 0 && static_cast<std::size_t>(d) < doc.details.size(); d = doc.details[static_cast<std::size_t>(d)].parent) {
    if (d == details) return true;
  }
  return false;
}
}  // namespace

HtmlPage readingHtmlPage(const ReadingDocument& doc, const std::string& chartSvg) {
  std::string body;
  std::vector<int> openDetails;
  std::size_t chartAt = std::string::npos;
  for (const Block& block : doc.blocks) {
    while (!openDetails.empty() && !insideDetails(doc, openDetails.back(), block.details)) {
      body += "</details>\n";
      openDetails.pop_back();
    }
    std::string html;
    if (block.kind == BlockKind::Summary) {
      const bool open = block.opens >= 0 && static_cast<std::size_t>(block.opens) < doc.details.size() && doc.details[static_cast<std::size_t>(block.opens)].open;
      html = std::string("<details") + (open ? " open" : "") + dirAttribute(block.text) + indentStyle(block) + "><summary>" +
             inlineHtml(block.text, doc) + "</summary>\n";
      openDetails.push_back(block.opens);
    } else {
      std::string quoteOpen, quoteClose;
      for (int q = 0; q < block.quote; ++q) {
        quoteOpen += "<blockquote" + dirAttribute(block.text) + ">";
        quoteClose += "</blockquote>";
      }
      html = quoteOpen + blockHtml(block, doc, chartSvg, chartAt, body.size() + quoteOpen.size()) + quoteClose;
      if (!quoteClose.empty()) html += "\n";
    }
    body += html;
  }
  for (std::size_t i = 0; i < openDetails.size(); ++i) body += "</details>\n";

  // Belt and braces: what was written must pass the check the book export uses.
  const insights::ActiveContentScan scan = insights::findActiveContent(body);
  if (scan.any()) return {{}, "the page would hold active content: " + scan.found.front().message};

  if (chartAt != std::string::npos) body.insert(chartAt, chartSvg);
  std::string page =
      "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"Jobname Studio\">\n<title>" +
      text::escapeXml(doc.title.empty() ? "Interview record" : doc.title) + "</title>\n<style>" + kStyle +
      "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  return {std::move(page), {}};
}

HtmlPage recordHtmlPage(const model::Record& record) {
  std::string svg;
  if (const auto parsed = mermaid::parseFlowchart(record.process); parsed.chart) {
    svg = mermaid::writeSvg(mermaid::layoutFlowchart(*parsed.chart));
  }
  return readingHtmlPage(buildReadingDocument(record), svg);
}

}  // namespace jobname::reading
