#include "core/book/book_export.h"

#include <algorithm>
#include <map>

#include "core/insights/active_content.h"
#include "core/insights/question_bank.h"
#include "core/markdown/export.h"

namespace jobname::book {

std::string recordFileStem(const model::Record& r) { return fileStem(r.company.name + " " + r.position); }

std::string markdownText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) out += ' ';
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    // Emphasis, code, links, headings' closing '#', mdBook's {{#directives}}: taken literally.
    else if (std::string_view("\\`*_{}[]#~|!").find(c) != std::string_view::npos) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

namespace {
struct Page {
  std::string title;  // the position as written
  std::string file;   // its unique name in the chapter's folder
};

struct Chapter {
  std::string title;   // the company as written in its first record
  std::string folder;  // its unique folder under src/
  FolderNames names{"readme.md", "index.md"};  // mdBook turns README.md into index.html
  std::vector<Page> pages;
};

// A TOML basic string: quotes and backslashes escaped, control characters as \uXXXX.
std::string tomlString(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7F) {
      static const char* const kHex = "0123456789ABCDEF";
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string orEmpty(const std::string& text, const char* fallback) { return text.empty() ? fallback : text; }

std::vector<Diagnostic> pageDiagnostics(const std::string& path, const std::string& content, const insights::ActiveContentScan& scan) {
  std::vector<std::size_t> offsets;
  for (const auto& finding : scan.found) offsets.push_back(finding.offset);
  const auto places = lineColumnsAt(content, offsets);
  std::vector<Diagnostic> diagnostics;
  for (std::size_t i = 0; i < scan.found.size(); ++i) {
    diagnostics.push_back({path, places[i].line, places[i].column, Severity::Error, "active content: " + scan.found[i].message});
  }
  if (scan.count > scan.found.size()) {
    diagnostics.push_back({path, 0, 0, Severity::Error, "and " + std::to_string(scan.count - scan.found.size()) + " more pieces of active content"});
  }
  return diagnostics;
}
}  // namespace

Book bookFiles(const std::vector<model::CollectionEntry>& records, const BookOptions& options) {
  Book book;
  // Chapters by the company's whole stem, which sorts them for the summary; folders given out in
  // the order of the records, unique (two long names may share their first kMaxStemBytes).
  std::map<std::string, Chapter> chapters;
  FolderNames folders;
  std::vector<ZipEntry> pages;
  std::map<std::string, std::size_t> recordOfPage;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const model::Record& r = records[i].record;
    Chapter& chapter = chapters[fileStem(r.company.name, "company", std::string::npos)];
    if (chapter.folder.empty()) {
      chapter.folder = folders.take(fileStem(r.company.name, "company"), "");
      chapter.title = orEmpty(r.company.name, "Company");
    }
    // Two interviews for the same position at one company: the second one gets "-2".
    const std::string file = chapter.names.take(fileStem(r.position, chapter.folder.c_str()), ".md");
    chapter.pages.push_back({orEmpty(r.position, "Interview"), file});
    const std::string path = "src/" + chapter.folder + "/" + file;
    recordOfPage[path] = i;
    pages.push_back({path, markdown::exportMarkdown(r)});
  }

  std::string summary = "# Summary\n\n[Introduction](README.md)\n";
  for (const auto& [key, chapter] : chapters) {
    const std::string& folder = chapter.folder;
    if (chapter.pages.size() == 1) {
      summary += "- [" + markdownText(chapter.title) + "](./" + folder + "/" + chapter.pages.front().file + ")\n";
      continue;
    }
    summary += "- [" + markdownText(chapter.title) + "](./" + folder + "/README.md)\n";
    std::string readme = "# " + markdownText(chapter.title) + "\n\n";
    for (const auto& page : chapter.pages) {
      summary += "    - [" + markdownText(page.title) + "](./" + folder + "/" + page.file + ")\n";
      readme += "- [" + markdownText(page.title) + "](" + page.file + ")\n";
    }
    pages.push_back({"src/" + folder + "/README.md", readme});
  }
  summary += "- [FAQ](FAQ.md)\n";

  const std::string intro = "# " + markdownText(options.title) + "\n\n" + std::to_string(records.size()) + " interview" +
                            (records.size() == 1 ? "" : "s") + ", written with Jobname Studio in the format of the jobname book.\n";
  // The jobname book draws its flowcharts with mdbook-mermaid; without it they show as code.
  const std::string toml = "[book]\ntitle = " + tomlString(options.title) + "\nsrc = \"src\"\n\n"
                           "# To draw the flowcharts as the jobname book does: mdbook-mermaid install .\n";
  book.files = {{"book.toml", toml}, {"src/SUMMARY.md", summary}, {"src/README.md", intro},
                {"src/FAQ.md", insights::questionBankMarkdown(insights::buildQuestionBank(records))}};
  std::sort(pages.begin(), pages.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.path < b.path; });
  book.files.insert(book.files.end(), pages.begin(), pages.end());

  // Every page as published, the generated ones too (the FAQ puts questions of several records
  // side by side): checked, and refused or neutralised.
  for (auto& file : book.files) {
    if (file.path.size() < 3 || file.path.compare(file.path.size() - 3, 3, ".md") != 0) continue;
    const auto scan = insights::findActiveContent(file.content);
    if (!scan.any()) continue;
    const auto record = recordOfPage.find(file.path);
    book.activeContent.push_back({file.path, record == recordOfPage.end() ? PageActiveContent{}.record : record->second,
                                  pageDiagnostics(file.path, file.content, scan)});
    if (options.neutraliseActiveContent) file.content = insights::neutraliseActiveContent(file.content);
  }
  book.refused = !book.activeContent.empty() && !options.neutraliseActiveContent;
  if (book.refused) book.files.clear();
  return book;
}

BookZip bookZip(const std::vector<model::CollectionEntry>& records, const BookOptions& options, std::int64_t unixMs) {
  Book book = bookFiles(records, options);
  BookZip result;
  result.refused = book.refused;
  result.activeContent = std::move(book.activeContent);
  if (!book.refused) result.zip = writeZip(book.files, unixMs);
  return result;
}

}  // namespace jobname::book
