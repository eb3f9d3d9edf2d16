// Active content: whatever in a record's Markdown could run, load or act in a published book or a
// browser, found with where it stands. HTML is read as a browser reads it (text/html_scan) and
// only what the jobname format uses passes: a few tags, a few attributes, http(s), mailto and
// relative links, http(s) and relative images, plain colours and spacing in style=. Also Markdown
// links and autolinks to other schemes (javascript:, data:, vbscript:...), and mdBook's
// {{#include}} directives, which copy files from the computer that builds the book. Nothing here
// changes a record: the book writer asks for a neutralised copy of a page (each offending piece
// written as plain text).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/model/record.h"
#include "core/text/html_scan.h"

namespace jobname::insights {

struct ActiveContent {
  std::size_t offset = 0;  // where it begins in the text checked
  std::string message;     // "<img src=x onerror=…>: the onerror attribute runs a script"
};

struct ActiveContentScan {
  std::vector<ActiveContent> found;  // the first kMaxActiveContentReported, in the order found
  std::size_t count = 0;             // how many there are in all
  bool any() const { return count > 0; }
};
constexpr std::size_t kMaxActiveContentReported = 100;

// Everything in `markdown` (a record as published, a book page) that is not allowed. Every '<'
// that starts a tag for some reader (a browser, a Markdown renderer that leaves the outer tag as
// text) is read as a tag: a <script> inside an attribute or a comment counts too. Linear time.
ActiveContentScan findActiveContent(std::string_view markdown);

// `markdown` with every piece findActiveContent reports made plain text: a tag's '<' written as
// "&lt;" (so the tag shows as text), a link's "](" as "]\(", an mdBook directive escaped. What it
// returns has no active content.
std::string neutraliseActiveContent(std::string_view markdown);

// What the allow-list says about one tag as a browser read it: a message per problem (empty when
// it passes). End tags never have problems (browsers ignore their attributes).
std::vector<std::string> htmlTagProblems(const text::HtmlTag& tag);

// A record checked as it would be published: the whole of its Markdown (every field and the text
// outside sections). For an imported record the Markdown is its file byte for byte until edited.
struct RecordActiveContent {
  std::string markdown;       // the record as it exports
  bool isSourceText = false;  // `markdown` is the imported file as read: offsets are the file's
  ActiveContentScan scan;
};
RecordActiveContent checkRecordActiveContent(const model::Record& record);

// The editor field each reported finding stands in ("record.section.2.item.0.answer"), in the
// order of `checked.scan.found`; "record.preview" for text that is no field's.
std::vector<std::string> activeContentFields(const model::Record& record, const RecordActiveContent& checked);

// The findings as diagnostics, with the line and column where each stands: in `file` when the
// Markdown is the file as read, else in the record's Markdown (and the message says so). A last
// line says how many more there are beyond the reported ones.
std::vector<Diagnostic> activeContentDiagnostics(const model::Record& record, const RecordActiveContent& checked,
                                                 const std::string& file, Severity severity);
std::vector<Diagnostic> activeContentDiagnostics(const model::Record& record, const std::string& file, Severity severity);

}  // namespace jobname::insights
