#include "core/book/book_export.h"

#include <doctest/doctest.h>

#include <cctype>
#include <map>
#include <set>

#include "core/insights/active_content.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readFile;

namespace {
model::CollectionEntry entry(const std::string& company, const std::string& position) {
  model::CollectionEntry e;
  e.record.company.name = company;
  e.record.position = position;
  return e;
}

book::BookOptions titled(const std::string& title) {
  book::BookOptions options;
  options.title = title;
  return options;
}

std::map<std::string, std::string> byPath(const std::vector<book::ZipEntry>& files) {
  std::map<std::string, std::string> map;
  for (const auto& f : files) map[f.path] = f.content;
  return map;
}
}  // namespace

TEST_CASE("book: every corpus record is a file under its company, byte for byte, and listed in SUMMARY.md") {
  std::vector<model::CollectionEntry> entries;
  std::vector<std::string> originals;
  for (const auto& path : corpusFiles()) {
    model::CollectionEntry e;
    e.record = *markdown::importMarkdown(readFile(path)).record;
    entries.push_back(e);
    originals.push_back(readFile(path));
  }
  REQUIRE(!entries.empty());
  const auto book = book::bookZip(entries, titled("My interviews"), 1764316800000);  // 2025-11-28
  REQUIRE(book.zip);
  CHECK(book.activeContent.empty());
  const auto files = book::readZip(*book.zip);
  REQUIRE(files);
  const auto map = byPath(*files);
  CHECK(map.count("book.toml"));
  CHECK(map.count("src/README.md"));
  CHECK(map.count("src/FAQ.md"));
  const std::string& summary = map.at("src/SUMMARY.md");
  CHECK(summary.rfind("# Summary\n\n[Introduction](README.md)\n", 0) == 0);
  int records = 0;
  for (const auto& file : map) {
    const std::string& path = file.first;  // not a structured binding: CAPTURE takes it in a lambda
    const std::string& content = file.second;
    if (path.rfind("src/", 0) != 0 || path == "src/SUMMARY.md" || path == "src/README.md" || path == "src/FAQ.md" ||
        path.size() < 10 || path.compare(path.size() - 10, 10, "/README.md") == 0) {
      continue;
    }
    ++records;
    CAPTURE(path);
    CHECK(std::count(path.begin(), path.end(), '/') == 2);  // src/<company>/<file>.md
    CHECK(std::find(originals.begin(), originals.end(), content) != originals.end());
    CHECK(summary.find("(./" + path.substr(4) + ")") != std::string::npos);
  }
  CHECK(records == static_cast<int>(entries.size()));
}

TEST_CASE("book: several interviews at one company are one chapter with a README, in order") {
  const auto files = byPath(book::bookFiles({entry("Snapp", "Backend"), entry("Acme", "Go Developer"), entry("Snapp", "Backend"),
                                             entry("snapp", "Front-end [junior]")},
                                            titled("Journal")).files);
  CHECK(files.count("src/snapp/backend.md"));
  CHECK(files.count("src/snapp/backend-2.md"));
  CHECK(files.count("src/snapp/front-end-junior.md"));
  CHECK(files.count("src/acme/go-developer.md"));
  CHECK(files.at("src/SUMMARY.md") ==
        "# Summary\n\n[Introduction](README.md)\n"
        "- [Acme](./acme/go-developer.md)\n"
        "- [Snapp](./snapp/README.md)\n"
        "    - [Backend](./snapp/backend.md)\n"
        "    - [Backend](./snapp/backend-2.md)\n"
        "    - [Front-end \\[junior\\]](./snapp/front-end-junior.md)\n"
        "- [FAQ](FAQ.md)\n");
  CHECK(files.at("src/snapp/README.md").find("- [Backend](backend-2.md)") != std::string::npos);
}

TEST_CASE("book: Persian names stay readable, empty ones get a name, a title cannot break book.toml") {
  const auto files = byPath(book::bookFiles({entry("دیجی‌کالا", "برنامه‌نویس"), entry("", "")}, titled("He said \"hi\"")).files);
  CHECK(files.count("src/company/company.md"));
  bool persian = false;
  for (const auto& [path, content] : files) persian |= path.find("دیجی") != std::string::npos;
  CHECK(persian);
  CHECK(files.at("book.toml").find("title = \"He said \\\"hi\\\"\"") != std::string::npos);
}

TEST_CASE("zip: what is written reads back; what is not a zip does not") {
  const std::vector<book::ZipEntry> entries = {{"a.txt", "alpha"}, {"src/ب.md", std::string(100000, 'x')}, {"empty", ""}};
  const auto zip = book::writeZip(entries, 0);
  REQUIRE(zip);
  CHECK(zip->size() < 2000);  // deflated
  const auto back = book::readZip(*zip);
  REQUIRE(back);
  REQUIRE(back->size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK((*back)[i].path == entries[i].path);
    CHECK((*back)[i].content == entries[i].content);
  }
  CHECK_FALSE(book::readZip("not a zip at all"));
}

namespace {
// A record as a user would import it: from its Markdown file.
model::CollectionEntry imported(const std::string& markdown) {
  model::CollectionEntry e;
  e.record = *markdown::importMarkdown(markdown).record;
  return e;
}
}  // namespace

TEST_CASE("book: a company named <script> is refused with where it stands, or written as text on request") {
  const std::vector<model::CollectionEntry> records = {imported("# [<script>alert(1)</script>](https://x.example)\n\n## Dev\n"),
                                                       entry("Acme", "Backend")};
  const auto refused = book::bookZip(records, book::BookOptions{}, 0);
  CHECK(refused.refused);
  CHECK_FALSE(refused.zip);
  REQUIRE(refused.activeContent.size() == 1);
  CHECK(refused.activeContent[0].record == 0);
  REQUIRE_FALSE(refused.activeContent[0].diagnostics.empty());
  CHECK(formatDiagnostic(refused.activeContent[0].diagnostics[0]).find(":1:4: error: active content: the <script> tag") != std::string::npos);

  book::BookOptions neutralise;
  neutralise.neutraliseActiveContent = true;
  const auto written = book::bookZip(records, neutralise, 0);
  REQUIRE(written.zip);
  CHECK_FALSE(written.activeContent.empty());  // still said
  const auto files = byPath(*book::readZip(*written.zip));
  const std::string& summary = files.at("src/SUMMARY.md");
  CHECK(summary.find("- [&lt;script&gt;alert(1)&lt;/script&gt;](./script-alert-1-script/dev.md)") != std::string::npos);
  CHECK(files.at("src/script-alert-1-script/dev.md").rfind("# [&lt;script>alert(1)</script>](https://x.example)", 0) == 0);
  for (const auto& file : files) {
    const std::string& path = file.first;  // not a structured binding: CAPTURE takes it in a lambda
    CAPTURE(path);
    CHECK_FALSE(insights::findActiveContent(file.second).any());
  }
  CHECK(records[0].record.company.name == "<script>alert(1)</script>");  // the record itself never changes
}

TEST_CASE("book: names in the generated Markdown are escaped") {
  auto options = titled("T <i>\n[x]");
  options.neutraliseActiveContent = true;  // the record pages hold the name as written: {{#include}} in it
  const auto files = byPath(book::bookFiles({entry("A*b*_c_ `d` [e](f) {{#include x}} <b> & #", "p1"),
                                             entry("A*b*_c_ `d` [e](f) {{#include x}} <b> & #", "p2")},
                                            options)
                                .files);
  const std::string escaped = "A\\*b\\*\\_c\\_ \\`d\\` \\[e\\](f) \\{\\{\\#include x\\}\\} &lt;b&gt; &amp; \\#";
  CHECK(files.at("src/SUMMARY.md").find("- [" + escaped + "](./") != std::string::npos);
  CHECK(files.at("src/README.md").rfind("# T &lt;i&gt; \\[x\\]\n", 0) == 0);
  bool readme = false;
  for (const auto& [path, content] : files) {
    if (path.size() > 10 && path.compare(path.size() - 10, 10, "/README.md") == 0 && path != "src/README.md") {
      CHECK(content.rfind("# " + escaped + "\n", 0) == 0);
      readme = true;
    }
  }
  CHECK(readme);
}

TEST_CASE("book: hostile names give a zip whose names are short, unique and safe, and SUMMARY.md links to them") {
  const std::string nfc = "\xC3\x84pfel", nfd = "A\xCC\x88pfel";
  std::vector<model::CollectionEntry> records = {
      entry(std::string(70000, 'x'), "a"), entry(std::string(70000, 'x') + "y", "a"),  // same first 64 bytes
      entry("Acme", "README"), entry("Acme", "readme"), entry("Acme", "index"),
      entry(nfc, "Dev"), entry("äpfel", "Dev"), entry(nfd, "Dev"),
      entry("CON", "NUL"), entry("com1", "LPT1.txt"), entry("／．．／", "．．"),
      entry("\xE2\x80\xAEtxt.exe", "\xE2\x80\xAE" "dm.exe"), entry("a\x01\x1B[31mb", "c\x7F"), entry("", ""),
  };
  const auto book = book::bookZip(records, book::BookOptions{}, 0);
  REQUIRE(book.zip);
  const auto files = book::readZip(*book.zip);
  REQUIRE(files);
  const auto lowerCase = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::set<std::string> lower;
  std::string summary;
  for (const auto& file : *files) {
    CAPTURE(file.path);
    CHECK(book::unsafeZipPath(file.path).empty());
    CHECK(file.path.size() < 160);
    CHECK(lower.insert(lowerCase(file.path)).second);
    if (file.path == "src/SUMMARY.md") summary = file.content;
  }
  // Every link of SUMMARY.md names a file of the zip.
  int links = 0;
  for (std::size_t at = summary.find("](./"); at != std::string::npos; at = summary.find("](./", at + 1)) {
    const std::string target = "src/" + summary.substr(at + 4, summary.find(')', at) - at - 4);
    CAPTURE(target);
    CHECK(lower.count(lowerCase(target)) == 1);
    ++links;
  }
  CHECK(links >= static_cast<int>(records.size()));
}

TEST_CASE("zip: a name longer than the 16-bit length field is refused, not written corrupt; long names read back whole") {
  CHECK_FALSE(book::writeZip({{std::string(70000, 'a'), "x"}}, 0));
  const std::string name(1500, 'n');
  const auto zip = book::writeZip({{name, "x"}}, 0);
  REQUIRE(zip);
  const auto back = book::readZip(*zip);
  REQUIRE(back);
  CHECK(back->front().path == name);
}
