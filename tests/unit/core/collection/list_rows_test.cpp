#include "core/collection/list_rows.h"

#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::collection;

namespace {
model::CollectionEntry entry(std::string id, std::string company, std::string position, std::string date,
                             std::optional<double> score = {}, std::int64_t updatedMs = 0) {
  model::CollectionEntry e;
  e.id = std::move(id);
  e.updatedMs = updatedMs;
  e.record.company.name = std::move(company);
  e.record.position = std::move(position);
  e.record.dates.push_back({"Sent Resume", std::move(date), "", model::kNew});
  if (score) e.record.score.set(*score, 10);
  return e;
}

std::vector<model::CollectionEntry> journal() {
  return {entry("a", "Snapp", "Back-End Developer", "1403.02.01", 6, 30),
          entry("b", "doctoreto", "Golang Developer", "1404.04.09", 8, 10),
          entry("c", "Bitex", "Front-End Developer", "1402.11.20", {}, 20)};
}

std::vector<std::string> ids(const std::vector<std::size_t>& rows, const std::vector<model::CollectionEntry>& entries) {
  std::vector<std::string> out;
  for (std::size_t i : rows) out.push_back(entries[i].id);
  return out;
}
}  // namespace

TEST_CASE("list rows: the searchable text is every field, lower-cased, one per line") {
  model::Record r;
  r.company = {"Doctoreto", "دکترتو", "https://doctoreto.com/"};
  r.position = "Senior Back-End";
  r.sections.push_back({"Technical Interview", 3, {{model::ItemKind::Question, "What is CAP?", "Consistency", model::kNew}}, model::kNew});
  const std::string text = searchableText(r);
  CHECK(text.find("doctoreto\nدکترتو\nsenior back-end\n") == 0);
  CHECK(text.find("what is cap?\nconsistency\n") != std::string::npos);
  CHECK(text.find("https://") == std::string::npos);  // the link is not searched
}

TEST_CASE("list rows: with no search and no filter, the latest first") {
  const auto entries = journal();
  ListRows list;
  CHECK(ids(updateRows(list, entries, 1, "", {}), entries) == std::vector<std::string>{"b", "a", "c"});
}

TEST_CASE("list rows: the search matches any field in any case, never across two fields") {
  const auto entries = journal();
  ListRows list;
  CHECK(ids(updateRows(list, entries, 1, "DEVELOPER", {}), entries) == std::vector<std::string>{"b", "a", "c"});
  CHECK(ids(updateRows(list, entries, 1, "end dev", {}), entries) == std::vector<std::string>{"a", "c"});
  CHECK(ids(updateRows(list, entries, 1, "snapp\nback", {}), entries).empty());
  CHECK(ids(updateRows(list, entries, 1, "nothing like it", {}), entries).empty());
}

TEST_CASE("list rows: typing more narrows the last matches; a new search looks at every record") {
  const auto entries = journal();
  ListRows list;
  updateRows(list, entries, 1, "go", {});
  CHECK(list.matches == std::vector<std::size_t>{1});
  updateRows(list, entries, 1, "golang", {});
  CHECK(list.matches == std::vector<std::size_t>{1});
  updateRows(list, entries, 1, "front", {});
  CHECK(list.matches == std::vector<std::size_t>{2});
}

TEST_CASE("list rows: each sort order, ties keeping the journal's order") {
  const auto entries = journal();
  ListRows list;
  Filter f;
  f.sort = SortOrder::Company;
  CHECK(ids(updateRows(list, entries, 1, "", f), entries) == std::vector<std::string>{"c", "b", "a"});
  f.sort = SortOrder::Score;  // no score sorts last
  CHECK(ids(updateRows(list, entries, 1, "", f), entries) == std::vector<std::string>{"b", "a", "c"});
  f.sort = SortOrder::Edited;
  CHECK(ids(updateRows(list, entries, 1, "", f), entries) == std::vector<std::string>{"a", "c", "b"});
  auto same = journal();
  for (auto& e : same) e.record.dates.clear();
  f.sort = SortOrder::LastDate;
  ListRows undated;
  CHECK(ids(updateRows(undated, same, 1, "", f), same) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("list rows: only a record that changed is indexed again") {
  auto entries = journal();
  ListRows list;
  updateRows(list, entries, 1, "", {});
  const std::string before = list.records[2].text;
  entries[0].record.company.name = "Tapsi";
  entries[0].updatedMs = 99;
  entries[2].record.company.name = "not seen: same updatedMs";
  CHECK(ids(updateRows(list, entries, 2, "tapsi", {}), entries) == std::vector<std::string>{"a"});
  CHECK(list.records[2].text == before);
  CHECK(list.lastSearchMs >= 0);
}

TEST_CASE("list rows: the same inputs are not computed again; a changed filter is") {
  const auto entries = journal();
  ListRows list;
  updateRows(list, entries, 1, "", {});
  list.rows.clear();  // as if computed: an unchanged call keeps what it has
  CHECK(updateRows(list, entries, 1, "", {}).empty());
  Filter f;
  f.year = 1404;
  CHECK(ids(updateRows(list, entries, 1, "", f), entries) == std::vector<std::string>{"b"});
}

TEST_CASE("list rows: the corpus is found by a Persian word and by a company name") {
  std::vector<model::CollectionEntry> entries;
  for (const auto& path : testing::corpusFiles()) {
    auto imported = markdown::importMarkdown(testing::readFile(path), path.filename().string());
    REQUIRE(imported.record);
    entries.push_back({path.filename().string(), 0, 0, std::move(*imported.record)});
  }
  REQUIRE(entries.size() == 32);
  ListRows list;
  CHECK(ids(updateRows(list, entries, 1, "doctoreto", {}), entries) == std::vector<std::string>{"doctoreto.md"});
  CHECK(updateRows(list, entries, 1, "مصاحبه", {}).size() > 1);
}

TEST_CASE("list rows: search with persian digits or arabic letter variants finds the record (۱۴۰۴, ك/ک)") {
  auto entries = journal();
  entries[0].record.position = "برنامه‌نويس";  // Arabic yeh, as some keyboards type it
  ListRows list;
  CHECK(ids(updateRows(list, entries, 1, "۱۴۰۴", {}), entries) == std::vector<std::string>{"b"});
  CHECK(ids(updateRows(list, entries, 1, "برنامه‌نویس", {}), entries) == std::vector<std::string>{"a"});
  CHECK(ids(updateRows(list, entries, 1, "SNAPP", {}), entries) == std::vector<std::string>{"a"});
}
