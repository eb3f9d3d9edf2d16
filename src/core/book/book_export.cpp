#include "core/book/book_export.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/insights/question_bank.h"
#include "core/markdown/export.h"

namespace jobname::book {

std::string fileStem(const std::string& text, const char* fallback) {
  std::string stem;
  for (unsigned char c : text) {
    const bool keep = std::isalnum(c) || c >= 0x80;
    if (keep) stem += static_cast<char>(c >= 0x80 ? c : std::tolower(c));
    else if (!stem.empty() && stem.back() != '-') stem += '-';
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  return stem.empty() ? fallback : stem;
}

std::string recordFileStem(const model::Record& r) { return fileStem(r.company.name + " " + r.position); }

namespace {
struct Chapter {
  std::string title;  // the company as written in its first record
  std::vector<std::pair<std::string, std::string>> pages;  // (title, file name)
};

// A Markdown link text: brackets would end it early.
std::string linkText(std::string text) {
  for (char& c : text) {
    if (c == '[' || c == ']') c = c == '[' ? '(' : ')';
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

std::string tomlString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c != '\n' && c != '\r') out += c;
  }
  return out + "\"";
}

std::string orEmpty(const std::string& text, const char* fallback) { return text.empty() ? fallback : text; }
}  // namespace

std::vector<ZipEntry> bookFiles(const std::vector<model::CollectionEntry>& records, const std::string& title) {
  std::vector<ZipEntry> files;
  std::map<std::string, Chapter> chapters;  // by folder, which sorts them for the summary
  std::map<std::string, std::set<std::string>> taken;
  for (const auto& entry : records) {
    const model::Record& r = entry.record;
    const std::string folder = fileStem(r.company.name, "company");
    Chapter& chapter = chapters[folder];
    if (chapter.title.empty()) chapter.title = orEmpty(r.company.name, "Company");
    // Two interviews for the same position at one company: the second one gets "-2".
    const std::string stem = fileStem(r.position, folder.c_str());
    std::string name = stem + ".md";
    for (int n = 2; taken[folder].count(name) || name == "README.md"; ++n) name = stem + "-" + std::to_string(n) + ".md";
    taken[folder].insert(name);
    chapter.pages.emplace_back(orEmpty(r.position, "Interview"), name);
    files.push_back({"src/" + folder + "/" + name, markdown::exportMarkdown(r)});
  }

  std::string summary = "# Summary\n\n[Introduction](README.md)\n";
  for (const auto& [folder, chapter] : chapters) {
    if (chapter.pages.size() == 1) {
      summary += "- [" + linkText(chapter.title) + "](./" + folder + "/" + chapter.pages.front().second + ")\n";
      continue;
    }
    summary += "- [" + linkText(chapter.title) + "](./" + folder + "/README.md)\n";
    std::string readme = "# " + chapter.title + "\n\n";
    for (const auto& [page, file] : chapter.pages) {
      summary += "    - [" + linkText(page) + "](./" + folder + "/" + file + ")\n";
      readme += "- [" + linkText(page) + "](" + file + ")\n";
    }
    files.push_back({"src/" + folder + "/README.md", readme});
  }
  summary += "- [FAQ](FAQ.md)\n";

  const std::string intro = "# " + title + "\n\n" + std::to_string(records.size()) + " interview" +
                            (records.size() == 1 ? "" : "s") + ", written with Jobname Studio in the format of the jobname book.\n";
  // The jobname book draws its flowcharts with mdbook-mermaid; without it they show as code.
  const std::string toml = "[book]\ntitle = " + tomlString(title) + "\nsrc = \"src\"\n\n"
                           "# To draw the flowcharts as the jobname book does: mdbook-mermaid install .\n";
  std::vector<ZipEntry> book = {{"book.toml", toml}, {"src/SUMMARY.md", summary}, {"src/README.md", intro},
                                {"src/FAQ.md", insights::questionBankMarkdown(insights::buildQuestionBank(records))}};
  std::sort(files.begin(), files.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.path < b.path; });
  book.insert(book.end(), files.begin(), files.end());
  return book;
}

std::optional<std::string> bookZip(const std::vector<model::CollectionEntry>& records, const std::string& title, std::int64_t unixMs) {
  return writeZip(bookFiles(records, title), unixMs);
}

}  // namespace jobname::book
