// `jobname share`, `jobname book` and `jobname html`: the share link, the book .zip and the reading
// view's HTML page of the web app, from the command line (the same core code, so a link made here
// opens in the app and back, and a page made here is the page the app downloads).
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "input.h"
#include "core/book/book_export.h"
#include "core/insights/active_content.h"
#include "core/markdown/export.h"
#include "core/reading/html_page.h"
#include "core/share/share_link.h"

namespace jobname::cli {

namespace {
bool writeFile(const std::string& path, const std::string& bytes, std::ostream& out, std::ostream& err) {
  if (path == "-") {
    out << bytes;
    return true;
  }
  std::ofstream file(path, std::ios::binary);
  if (!(file << bytes)) {
    err << path << ": error: cannot write the file\n";
    return false;
  }
  return true;
}
}  // namespace

int share(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (hasHelp(args) || args.empty()) {
    (args.empty() ? err : out) << "usage: jobname share FILE            print the share link fragment ('#r=...') of a record\n"
                                  "       jobname share --open LINK     print the record a link holds, as Markdown\n"
                                  "  Append the fragment to the address of the page that hosts Jobname Studio.\n"
                                  "  A damaged link, or one holding active HTML, exits 1 and says why.\n";
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--open") {
    if (args.size() != 2) { err << "jobname share --open: give one link\n"; return 2; }
    const std::string& link = args[1];
    const std::size_t hash = link.find('#');
    const auto shared = share::readShareFragment(hash == std::string::npos ? link : link.substr(hash));
    if (!shared.record) { err << shared.error << '\n'; return 1; }
    for (const auto& w : shared.warnings) err << w << '\n';
    out << markdown::exportMarkdown(*shared.record);
    if (!shared.activeContent.empty()) {
      err << "warning: the record holds active content, which would run in a published book:\n";
      report(shared.activeContent, err);
      return 1;
    }
    return 0;
  }
  std::string text;
  if (!readAll(args[0], in, text, err)) return 1;
  files::LoadedFile loaded = files::loadRecordFile(args[0], text, files::formatOfFile(args[0]));
  report(loaded.diagnostics, err);
  if (loaded.records.size() != 1 || loaded.isCollection) {
    if (!hasErrors(loaded.diagnostics)) err << args[0] << ": error: a share link holds one record\n";
    return 1;
  }
  const std::string fragment = share::shareFragment(loaded.records.front().record);
  const std::size_t chars = fragment.size() + 1;
  if (chars > share::kMaxLinkChars) {
    err << args[0] << ": error: the link would be " << chars << " characters, too long to share (at most "
        << share::kMaxLinkChars << "); share the file instead\n";
    return 1;
  }
  out << '#' << fragment << '\n';
  if (chars > share::kChatMessageChars) {
    err << args[0] << ": warning: the link is " << chars << " characters; Telegram splits messages over "
        << share::kChatMessageChars << ", so send the file there\n";
  }
  return 0;
}

int bookCommand(const Args& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> inputs;
  std::string output;
  book::BookOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
    else if (args[i] == "--title" && i + 1 < args.size()) options.title = args[++i];
    else if (args[i] == "--neutralise" || args[i] == "--neutralize") options.neutraliseActiveContent = true;
    else if (args[i] != "--help" && args[i] != "-h") inputs.push_back(args[i]);
  }
  if (hasHelp(args) || inputs.empty() || output.empty()) {
    (hasHelp(args) ? out : err) << "usage: jobname book FILES... -o BOOK.zip [--title TITLE] [--neutralise]\n"
                                   "  Records (.md, .json, journal .json) as a .zip laid out like the jobname book:\n"
                                   "  book.toml, src/SUMMARY.md, src/<company>/<file>.md, src/FAQ.md. Nothing is\n"
                                   "  written if any file has an error, or if a record holds active content (HTML,\n"
                                   "  links or mdBook directives that would run or load in a reader's browser or\n"
                                   "  on the machine that builds the book): each is listed as file:line:col.\n"
                                   "  --neutralise writes it as plain text in the book instead; your files are\n"
                                   "  never changed.\n";
    return hasHelp(args) ? 0 : 2;
  }
  std::vector<model::CollectionEntry> records;
  std::vector<std::string> fileOf;  // the input each record came from
  bool anyError = false;
  for (const auto& path : inputs) {
    std::string text;
    std::istringstream none;
    if (!readAll(path, none, text, err)) { anyError = true; continue; }
    files::LoadedFile loaded = files::loadRecordFile(path, text, files::formatOfFile(path));
    report(loaded.diagnostics, err);
    anyError |= hasErrors(loaded.diagnostics);
    for (auto& r : loaded.records) {
      records.push_back(std::move(r));
      fileOf.push_back(path);
    }
  }
  if (anyError) return 1;
  const auto book = book::bookZip(records, options, 0);
  // Where the active content is: in the input file (or the record's Markdown) for a record's
  // page, in the book for a page the book makes (the question bank, a chapter's README).
  const Severity severity = options.neutraliseActiveContent ? Severity::Warning : Severity::Error;
  std::size_t withActive = 0;
  for (const auto& page : book.activeContent) {
    std::vector<Diagnostic> diagnostics = page.record < records.size()
        ? insights::activeContentDiagnostics(records[page.record].record, fileOf[page.record], severity)
        : page.diagnostics;
    for (auto& d : diagnostics) {
      if (page.record >= records.size()) d.file = "book " + d.file;
      d.severity = severity;
    }
    report(diagnostics, err);
    ++withActive;
  }
  if (book.refused) {
    err << "jobname book: error: " << withActive << (withActive == 1 ? " page holds" : " pages hold")
        << " active content, which would run in the browser of whoever reads the book; nothing was written. Remove it, "
           "or pass --neutralise to write it as plain text in the book (your files are not changed).\n";
    return 1;
  }
  if (withActive) err << "jobname book: warning: active content written as plain text in the book; your files are not changed\n";
  if (!book.zip) { err << "jobname book: error: out of memory while writing the zip\n"; return 1; }
  return writeFile(output, *book.zip, out, err) ? 0 : 1;
}

int htmlCommand(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string input, output = "-";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
    else if (args[i] != "--help" && args[i] != "-h" && input.empty()) input = args[i];
    else if (args[i] != "--help" && args[i] != "-h") { err << "jobname html: unexpected argument '" << args[i] << "'\n"; return 2; }
  }
  if (hasHelp(args) || input.empty()) {
    (hasHelp(args) ? out : err) << "usage: jobname html FILE [-o PAGE.html]\n"
                                   "  A record (.md or .json) as the reading view shows it, on one standalone HTML page:\n"
                                   "  inline CSS, the chart as inline SVG, no scripts and nothing loaded from elsewhere\n"
                                   "  (every text escaped; HTML the format does not use is shown as text). The page the\n"
                                   "  app's 'Save as HTML page' writes. '-' reads standard input; no -o writes to\n"
                                   "  standard output. Nothing is written if the file has an error.\n";
    return hasHelp(args) ? 0 : 2;
  }
  std::string text;
  if (!readAll(input, in, text, err)) return 1;
  files::LoadedFile loaded = files::loadRecordFile(input, text, files::formatOfFile(input));  // "-" reads as Markdown
  report(loaded.diagnostics, err);
  if (hasErrors(loaded.diagnostics)) return 1;
  if (loaded.records.size() != 1 || loaded.isCollection) {
    err << input << ": error: a page shows one record\n";
    return 1;
  }
  const reading::HtmlPage page = reading::recordHtmlPage(loaded.records.front().record);
  if (!page.problem.empty()) {
    err << input << ": error: " << page.problem << "; nothing was written\n";
    return 1;
  }
  return writeFile(output, page.html, out, err) ? 0 : 1;
}

}  // namespace jobname::cli
