#include "core/book/book_export.h"

#include <doctest/doctest.h>

#include <map>

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
  const auto zip = book::bookZip(entries, "My interviews", 1764316800000);  // 2025-11-28
  REQUIRE(zip);
  const auto files = book::readZip(*zip);
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
                                            "Journal"));
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
        "    - [Front-end (junior)](./snapp/front-end-junior.md)\n"
        "- [FAQ](FAQ.md)\n");
  CHECK(files.at("src/snapp/README.md").find("- [Backend](backend-2.md)") != std::string::npos);
}

TEST_CASE("book: Persian names stay readable, empty ones get a name, a title cannot break book.toml") {
  const auto files = byPath(book::bookFiles({entry("دیجی‌کالا", "برنامه‌نویس"), entry("", "")}, "He said \"hi\""));
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
