#include "core/store/journal.h"

#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::store;

namespace {
model::Record corpusRecord(const std::string& name) {
  return *markdown::importMarkdown(jobname::testing::readCorpus(name), name).record;
}
}  // namespace

TEST_CASE("journal: records saved are read back exactly, the open record included") {
  MemoryStore kv;
  Journal journal(kv);
  CHECK(journal.load().problems.empty());
  const std::string a = journal.add(corpusRecord("doctoreto.md"), 1000);
  const std::string b = journal.add(corpusRecord("gharar.md"), 2000);
  journal.setOpen(b);
  REQUIRE(journal.save().ok());
  CHECK_FALSE(journal.dirty());

  Journal reloaded(kv);
  CHECK(reloaded.load().problems.empty());
  REQUIRE(reloaded.entries().size() == 2);
  CHECK(reloaded.entries()[0].id == a);
  CHECK(reloaded.openId() == b);
  CHECK(reloaded.entries()[0].createdMs == 1000);
  CHECK(markdown::exportMarkdown(reloaded.entries()[0].record) == jobname::testing::readCorpus("doctoreto.md"));
}

TEST_CASE("journal: a save writes only the record that changed") {
  MemoryStore kv;
  Journal journal(kv);
  journal.load();
  const std::string a = journal.add(corpusRecord("doctoreto.md"), 1);
  journal.add(corpusRecord("gharar.md"), 2);
  journal.save();
  const int before = kv.writes;
  auto record = journal.find(a)->record;
  record.score.set(5, 10);
  journal.update(a, record, 3);
  REQUIRE(journal.save().ok());
  CHECK(kv.writes == before + 1);
}

TEST_CASE("journal: a full storage keeps the data in memory and unsaved, and says so") {
  MemoryStore kv;
  Journal journal(kv);
  journal.load();
  journal.add(corpusRecord("doctoreto.md"), 1);
  REQUIRE(journal.save().ok());
  kv.quota = kv.usedBytes() + 100;
  const std::string b = journal.add(corpusRecord("snapp__snappshop.md"), 2);
  const WriteResult result = journal.save();
  CHECK(result.error == WriteError::QuotaExceeded);
  CHECK(journal.dirty());
  CHECK(journal.find(b));
  kv.quota = 0;
  CHECK(journal.save().ok());
  CHECK_FALSE(journal.dirty());
}

TEST_CASE("journal: storage that is disabled is reported and nothing is lost") {
  MemoryStore kv;
  kv.unavailable = true;
  Journal journal(kv);
  CHECK_FALSE(journal.load().problems.empty());
  journal.add(corpusRecord("gharar.md"), 1);
  CHECK(journal.save().error == WriteError::Unavailable);
  CHECK(journal.entries().size() == 1);
}

TEST_CASE("journal: a corrupt record is set aside under a quarantine key; the rest load") {
  MemoryStore kv;
  Journal journal(kv);
  journal.load();
  const std::string good = journal.add(corpusRecord("doctoreto.md"), 1);
  const std::string bad = journal.add(corpusRecord("gharar.md"), 2);
  journal.save();
  kv.values[journal.recordKey(bad)] = "{\"format\": \"jobname-record\", \"version\": 1, \"position\": ";  // truncated

  Journal reloaded(kv);
  const auto report = reloaded.load();
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0].find("set aside under 'jobname-studio/quarantine/" + bad + "'") != std::string::npos);
  CHECK(reloaded.entries().size() == 1);
  CHECK(reloaded.entries()[0].id == good);
  CHECK(kv.values.at("jobname-studio/quarantine/" + bad).find("\"position\": ") != std::string::npos);
  CHECK(kv.values.count(reloaded.recordKey(bad)) == 0);
}

TEST_CASE("journal: records missing from the index are still found") {
  MemoryStore kv;
  Journal journal(kv);
  journal.load();
  const std::string id = journal.add(corpusRecord("hermes.md"), 1);
  journal.save();
  kv.values.erase(journal.indexKey());
  Journal reloaded(kv);
  reloaded.load();
  REQUIRE(reloaded.entries().size() == 1);
  CHECK(reloaded.entries()[0].id == id);
}

TEST_CASE("journal: data from a newer schema is shown but never written over") {
  MemoryStore kv;
  kv.values["jobname-studio/index"] = R"({"schema": 99, "ids": []})";
  Journal journal(kv);
  CHECK(journal.load().readOnly);
  journal.add(corpusRecord("gharar.md"), 1);
  CHECK_FALSE(journal.save().ok());
  CHECK(kv.values.at("jobname-studio/index") == R"({"schema": 99, "ids": []})");
}

TEST_CASE("journal: a removed record comes back with undo, in its place") {
  MemoryStore kv;
  Journal journal(kv);
  journal.load();
  journal.add(corpusRecord("doctoreto.md"), 1);
  const std::string b = journal.add(corpusRecord("gharar.md"), 2);
  journal.add(corpusRecord("hermes.md"), 3);
  journal.save();
  const std::size_t at = journal.indexOf(b);
  auto removed = journal.remove(b);
  REQUIRE(removed);
  journal.save();
  CHECK(kv.values.count(journal.recordKey(b)) == 0);
  journal.restore(at, std::move(*removed));
  journal.save();
  Journal reloaded(kv);
  reloaded.load();
  CHECK(reloaded.entries()[1].id == b);
}

TEST_CASE("journal: two tabs see each other's changes and neither overwrites a newer edit") {
  MemoryStore kv;
  Journal tabA(kv), tabB(kv);
  tabA.load();
  const std::string id = tabA.add(corpusRecord("doctoreto.md"), 100);
  tabA.save();
  tabB.load();
  REQUIRE(tabB.find(id));

  SUBCASE("an edit in one tab reaches the other") {
    auto record = tabB.find(id)->record;
    record.score.set(3, 10);
    tabB.update(id, record, 200);
    tabB.save();
    CHECK(tabA.refreshFromStore(tabA.recordKey(id)).empty());
    CHECK(tabA.find(id)->record.score.text == "3/10");
  }
  SUBCASE("a stale tab does not write over fresher data") {
    auto newer = tabB.find(id)->record;
    newer.score.set(3, 10);
    tabB.update(id, newer, 300);
    tabB.save();
    auto stale = tabA.find(id)->record;
    stale.score.set(9, 10);
    tabA.update(id, stale, 200);  // edited before tab B's save, saved after it
    tabA.save();
    Journal fresh(kv);
    fresh.load();
    CHECK(fresh.find(id)->record.score.text == "3/10");
  }
  SUBCASE("simultaneous edits: the newer wins in place, the other is kept as a copy") {
    auto mine = tabA.find(id)->record;
    mine.score.set(9, 10);
    tabA.update(id, mine, 200);  // unsaved
    auto theirs = tabB.find(id)->record;
    theirs.score.set(3, 10);
    tabB.update(id, theirs, 300);
    tabB.save();
    CHECK_FALSE(tabA.refreshFromStore(tabA.recordKey(id)).empty());
    CHECK(tabA.find(id)->record.score.text == "3/10");
    REQUIRE(tabA.entries().size() == 2);
    CHECK(tabA.entries()[1].record.score.text == "9/10");
    CHECK(tabA.entries()[1].record.position.find("(conflict copy)") != std::string::npos);
  }
  SUBCASE("records added in both tabs all survive the index writes") {
    tabA.add(corpusRecord("gharar.md"), 400);
    tabB.add(corpusRecord("hermes.md"), 401);
    tabA.save();
    tabB.save();
    Journal fresh(kv);
    fresh.load();
    CHECK(fresh.entries().size() == 3);
  }
}

TEST_CASE("journal: a record is kept as its Markdown when that reads back the same, in full otherwise") {
  MemoryStore kv;
  Journal journal(kv);
  journal.load();
  const std::string plain = journal.add(corpusRecord("doctoreto.md"), 1);
  model::Record odd;
  odd.company.name = "Odd";
  odd.sections.push_back({"Technical", 3, {{model::ItemKind::Question, "a question\nover two lines", "", model::kNew}}, model::kNew});
  const std::string full = journal.add(odd, 2);
  REQUIRE(journal.save().ok());
  const std::string compact = kv.values.at(journal.recordKey(plain));
  CHECK(compact.find("\"sections\"") == std::string::npos);  // Markdown only
  CHECK(compact.size() < jobname::testing::readCorpus("doctoreto.md").size() + 400);
  CHECK(kv.values.at(journal.recordKey(full)).find("\"sections\"") != std::string::npos);  // could not be Markdown alone

  Journal reloaded(kv);
  reloaded.load();
  CHECK(model::sameContent(reloaded.find(plain)->record, journal.find(plain)->record));
  CHECK(model::sameContent(reloaded.find(full)->record, odd));
}
