#include "core/store/journal.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::store;

namespace {
model::Record corpusRecord(const std::string& name) {
  return *markdown::importMarkdown(jobname::testing::readCorpus(name), name).record;
}
// A journal that has loaded its store and saved one record in it.
void loadAndSaveOne(Journal& journal) {
  journal.load();
  journal.add(corpusRecord("doctoreto.md"), 1);
  REQUIRE(journal.save().ok());
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
  record.score.value = 5;
  journal.update(a, record, 3);
  REQUIRE(journal.save().ok());
  CHECK(kv.writes == before + 1);
}

TEST_CASE("journal: a full storage keeps the data in memory and unsaved, and says so") {
  MemoryStore kv;
  Journal journal(kv);
  loadAndSaveOne(journal);
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
  auto removed = journal.remove(b, 4);
  REQUIRE(removed);
  journal.save();
  CHECK(kv.values.count(journal.recordKey(b)) == 0);
  journal.restore(at, std::move(*removed), 5);
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
    record.score.value = 3;
    tabB.update(id, record, 200);
    tabB.save();
    tabA.refreshFromStore(tabA.recordKey(id));
    CHECK(tabA.takeNotices().empty());
    CHECK(tabA.find(id)->record.score.value == 3.0);
  }
  SUBCASE("a stale tab does not write over fresher data") {
    auto newer = tabB.find(id)->record;
    newer.score.value = 3;
    tabB.update(id, newer, 300);
    tabB.save();
    auto stale = tabA.find(id)->record;
    stale.score.value = 9;
    tabA.update(id, stale, 200);  // edited before tab B's save, saved after it
    tabA.save();
    Journal fresh(kv);
    fresh.load();
    CHECK(fresh.find(id)->record.score.value == 3.0);
  }
  SUBCASE("simultaneous edits: the newer wins in place, the other is kept as a copy") {
    auto mine = tabA.find(id)->record;
    mine.score.value = 9;
    tabA.update(id, mine, 200);  // unsaved
    auto theirs = tabB.find(id)->record;
    theirs.score.value = 3;
    tabB.update(id, theirs, 300);
    tabB.save();
    tabA.refreshFromStore(tabA.recordKey(id));
    CHECK(tabA.takeNotices().size() == 1);
    CHECK(tabA.find(id)->record.score.value == 3.0);
    REQUIRE(tabA.entries().size() == 2);
    CHECK(tabA.entries()[1].record.score.value == 9.0);
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

TEST_CASE("journal: a malformed index (\"schema\": \"2\", null, ...) is set aside and rebuilt from the records; it threw") {
  for (const std::string index : {R"({"schema": "2", "ids": []})", R"({"schema": null, "ids": []})", "null", "[]", "42",
                                  R"({"schema": 1, "ids": "abc"})", R"({"schema": 1, "ids": [1, 2]})",
                                  R"({"schema": 1, "ids": [], "open": 7})", R"({"schema": 0})", R"({"schema": 1.5})",
                                  R"({"schema": true})", "{\"schema\": 1, \"ids\": [", ""}) {
    CAPTURE(index);
    MemoryStore kv;
    Journal writer(kv);
    writer.load();
    const std::string a = writer.add(corpusRecord("doctoreto.md"), 1000);
    const std::string b = writer.add(corpusRecord("gharar.md"), 2000);
    REQUIRE(writer.save().ok());
    kv.values[writer.indexKey()] = index;

    Journal journal(kv);
    Journal::LoadReport report;
    CHECK_NOTHROW(report = journal.load());
    CHECK_FALSE(report.readOnly);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].find("set aside under 'jobname-studio/quarantine/index'") != std::string::npos);
    CHECK(kv.values.at("jobname-studio/quarantine/index") == index);  // kept as it was, byte for byte
    REQUIRE(journal.entries().size() == 2);
    CHECK(journal.entries()[0].id == a);  // rebuilt in the order the records were made
    CHECK(journal.entries()[1].id == b);
    REQUIRE(journal.save().ok());
    CHECK(nlohmann::json::parse(kv.values.at(journal.indexKey()))["schema"] == 1);
  }
}

TEST_CASE("journal: a second index set aside does not overwrite the first") {
  MemoryStore kv;
  kv.values["jobname-studio/index"] = "first";
  Journal(kv).load();
  kv.values["jobname-studio/index"] = "second";
  Journal(kv).load();
  CHECK(kv.values.at("jobname-studio/quarantine/index") == "first");
  CHECK(kv.values.at("jobname-studio/quarantine/index~2") == "second");
}

TEST_CASE("journal: another tab writing a malformed index changes nothing here and does not throw") {
  MemoryStore kv;
  Journal journal(kv);
  loadAndSaveOne(journal);
  for (const std::string index : {R"({"schema": "2", "ids": []})", "null", R"({"ids": [1]})"}) {
    kv.values[journal.indexKey()] = index;
    CHECK_NOTHROW(journal.refreshFromStore(journal.indexKey()));
    CHECK(journal.entries().size() == 1);
    journal.setOpen("");
    CHECK_NOTHROW(journal.save());
  }
}

// Two Journals over one MemoryStore play two tabs. A tab hears of the other's writes only when
// the test calls refreshFromStore (the browser's storage event), or finds them when it saves.
namespace {
struct TwoTabs {
  MemoryStore kv;
  Journal a{kv}, b{kv};
  std::string id;
  TwoTabs() {
    a.load();
    id = a.add(corpusRecord("doctoreto.md"), 100);
    REQUIRE(a.save().ok());
    b.load();
    REQUIRE(b.find(id));
  }
  static void score(Journal& tab, const std::string& id, double value, std::int64_t at) {
    auto record = tab.find(id)->record;
    record.score.value = value;
    REQUIRE(tab.update(id, record, at));
  }
  // B edits (unsaved) at `editMs`; A deletes at 300 and saves; B hears of it.
  void editInBThenDeleteInA(std::int64_t editMs) {
    score(b, id, 9, editMs);
    REQUIRE(a.remove(id, 300));
    REQUIRE(a.save().ok());
    b.refreshFromStore(b.recordKey(id));
  }
  // What a tab opened now would show.
  std::vector<model::CollectionEntry> fresh() {
    Journal reader(kv);
    reader.load();
    return reader.entries();
  }
};

const model::CollectionEntry* withScore(const std::vector<model::CollectionEntry>& entries, double value) {
  for (const auto& e : entries) {
    if (e.record.score.value == value) return &e;
  }
  return nullptr;
}

bool isConflictCopy(const model::CollectionEntry& e) { return e.record.position.find("(conflict copy)") != std::string::npos; }
}  // namespace

TEST_CASE("journal: an unsaved edit is not dropped when the stored copy is newer (it was dropped at save)") {
  TwoTabs tabs;
  TwoTabs::score(tabs.a, tabs.id, 9, 200);  // A's edit, unsaved
  TwoTabs::score(tabs.b, tabs.id, 3, 300);  // B's, newer, saved first
  REQUIRE(tabs.b.save().ok());
  REQUIRE(tabs.a.save().ok());  // A saves (its tab is closing) before the storage event came
  const auto entries = tabs.fresh();
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].id == tabs.id);
  CHECK(entries[0].record.score.value == 3.0);  // the newer stays the record
  CHECK(entries[1].record.score.value == 9.0);  // A's edit, kept beside it
  CHECK(isConflictCopy(entries[1]));
  const auto notices = tabs.a.takeNotices();
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].find("yours is kept as") != std::string::npos);
}

TEST_CASE("journal: a tab that saved first is not silently overwritten by a newer write (it was)") {
  TwoTabs tabs;
  TwoTabs::score(tabs.a, tabs.id, 9, 200);
  REQUIRE(tabs.a.save().ok());              // A saved first
  TwoTabs::score(tabs.b, tabs.id, 3, 300);  // B edited the version before A's, and saves later
  REQUIRE(tabs.b.save().ok());
  const auto entries = tabs.fresh();
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].record.score.value == 3.0);  // B's, the newer, stays the record
  CHECK(entries[1].record.score.value == 9.0);  // A's saved edit is kept as a copy
  CHECK(isConflictCopy(entries[1]));
  CHECK(tabs.b.takeNotices().size() == 1);
  // A follows: B's version in place, its own as the copy; nothing of A's left unsaved.
  tabs.a.refreshFromStore(tabs.a.recordKey(tabs.id));
  for (const auto& e : entries) tabs.a.refreshFromStore(tabs.a.recordKey(e.id));
  CHECK(tabs.a.find(tabs.id)->record.score.value == 3.0);
  CHECK(tabs.a.entries().size() == 2);
  CHECK_FALSE(tabs.a.dirty());
}

TEST_CASE("journal: the older edit saved last is kept as a copy too, whichever tab finds it") {
  TwoTabs tabs;
  TwoTabs::score(tabs.b, tabs.id, 3, 300);
  REQUIRE(tabs.b.save().ok());
  TwoTabs::score(tabs.a, tabs.id, 9, 400);  // A's edit is newer than what B saved, but never saw it
  tabs.a.refreshFromStore(tabs.a.recordKey(tabs.id));  // the event comes before A's save
  CHECK(tabs.a.find(tabs.id)->record.score.value == 9.0);  // A's, the newer, stays
  CHECK(tabs.a.takeNotices().size() == 1);
  REQUIRE(tabs.a.save().ok());
  const auto entries = tabs.fresh();
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].record.score.value == 9.0);
  CHECK(entries[1].record.score.value == 3.0);
  CHECK(isConflictCopy(entries[1]));
}

TEST_CASE("journal: the same edit made in two tabs is one version, not a conflict") {
  TwoTabs tabs;
  TwoTabs::score(tabs.a, tabs.id, 7, 200);
  TwoTabs::score(tabs.b, tabs.id, 7, 300);
  REQUIRE(tabs.b.save().ok());
  REQUIRE(tabs.a.save().ok());
  CHECK(tabs.fresh().size() == 1);
  CHECK(tabs.a.takeNotices().empty());
}

TEST_CASE("journal: a deletion does not erase another tab's newer edit (it did)") {
  TwoTabs tabs;
  REQUIRE(tabs.b.remove(tabs.id, 300));     // B deletes, unsaved
  TwoTabs::score(tabs.a, tabs.id, 9, 400);  // A edits afterwards, and saves first
  REQUIRE(tabs.a.save().ok());
  REQUIRE(tabs.b.save().ok());              // B's deletion meets a version it never saw
  auto entries = tabs.fresh();
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].id == tabs.id);
  CHECK(entries[0].record.score.value == 9.0);
  CHECK(tabs.b.find(tabs.id));  // B has it back, and says so
  const auto notices = tabs.b.takeNotices();
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].find("after you deleted it here: it is kept") != std::string::npos);
  CHECK(tabs.kv.values.count("jobname-studio/deleted/" + tabs.id) == 0);
}

TEST_CASE("journal: a deletion newer than an edit it did not see stands, and the edit is kept as a copy") {
  TwoTabs tabs;
  TwoTabs::score(tabs.a, tabs.id, 9, 200);
  REQUIRE(tabs.a.save().ok());
  REQUIRE(tabs.b.remove(tabs.id, 300));  // B deletes the version before A's, later
  REQUIRE(tabs.b.save().ok());
  const auto entries = tabs.fresh();
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].id != tabs.id);
  CHECK(entries[0].record.score.value == 9.0);
  CHECK(isConflictCopy(entries[0]));
  CHECK(tabs.b.takeNotices().size() == 1);
}

TEST_CASE("journal: a deletion leaves a tombstone with its time, and a deleted record reaches the other tab") {
  TwoTabs tabs;
  REQUIRE(tabs.a.remove(tabs.id, 300));
  REQUIRE(tabs.a.save().ok());
  CHECK(tabs.kv.values.count(tabs.a.recordKey(tabs.id)) == 0);
  CHECK(nlohmann::json::parse(tabs.kv.values.at(tabs.a.tombstoneKey(tabs.id)))["deletedMs"] == 300);
  tabs.b.refreshFromStore(tabs.b.recordKey(tabs.id));
  CHECK(tabs.b.entries().empty());
  CHECK(tabs.b.takeNotices().empty());
}

TEST_CASE("journal: an unsaved edit meets a deletion: time decides, and the edit is never lost") {
  TwoTabs tabs;
  SUBCASE("the edit is newer: it keeps the record, and the deleting tab gets it back") {
    tabs.editInBThenDeleteInA(400);
    CHECK(tabs.b.find(tabs.id));
    CHECK(tabs.b.takeNotices().size() == 1);
    REQUIRE(tabs.b.save().ok());
    CHECK(tabs.kv.values.count(tabs.b.tombstoneKey(tabs.id)) == 0);
    tabs.a.refreshFromStore(tabs.a.recordKey(tabs.id));
    REQUIRE(tabs.a.find(tabs.id));
    CHECK(tabs.a.find(tabs.id)->record.score.value == 9.0);
    const auto notices = tabs.a.takeNotices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].find("it is back") != std::string::npos);
  }
  SUBCASE("the deletion is newer: it stands, and the edit is kept as a copy") {
    tabs.editInBThenDeleteInA(200);
    CHECK_FALSE(tabs.b.find(tabs.id));
    REQUIRE(tabs.b.entries().size() == 1);
    CHECK(isConflictCopy(tabs.b.entries()[0]));
    CHECK(tabs.b.openId() == tabs.b.entries()[0].id);
    CHECK(tabs.b.takeNotices().size() == 1);
    REQUIRE(tabs.b.save().ok());
    const auto entries = tabs.fresh();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].record.score.value == 9.0);
  }
  SUBCASE("the tab with the edit saves before the event comes: the same") {
    TwoTabs::score(tabs.b, tabs.id, 9, 200);
    REQUIRE(tabs.a.remove(tabs.id, 300));
    REQUIRE(tabs.a.save().ok());
    REQUIRE(tabs.b.save().ok());
    const auto entries = tabs.fresh();
    REQUIRE(entries.size() == 1);
    CHECK(isConflictCopy(entries[0]));
    CHECK(entries[0].record.score.value == 9.0);
  }
  SUBCASE("no tombstone (an older version deleted it): the edit is written back") {
    TwoTabs::score(tabs.b, tabs.id, 9, 200);
    tabs.kv.values.erase(tabs.a.recordKey(tabs.id));
    tabs.b.refreshFromStore(tabs.b.recordKey(tabs.id));
    REQUIRE(tabs.b.save().ok());
    REQUIRE(tabs.fresh().size() == 1);
    CHECK(tabs.fresh()[0].id == tabs.id);
  }
}

TEST_CASE("journal: both tabs delete the same record: it is gone once, with no copy") {
  TwoTabs tabs;
  REQUIRE(tabs.a.remove(tabs.id, 300));
  REQUIRE(tabs.b.remove(tabs.id, 310));
  REQUIRE(tabs.a.save().ok());
  REQUIRE(tabs.b.save().ok());
  CHECK(tabs.fresh().empty());
  CHECK(tabs.a.takeNotices().empty());
  CHECK(tabs.b.takeNotices().empty());
}

TEST_CASE("journal: undoing a saved deletion writes the record back and lifts its tombstone") {
  TwoTabs tabs;
  auto removed = tabs.a.remove(tabs.id, 300);
  REQUIRE(tabs.a.save().ok());
  REQUIRE(tabs.a.restore(0, *removed, 400));
  REQUIRE(tabs.a.save().ok());
  CHECK(tabs.kv.values.count(tabs.a.tombstoneKey(tabs.id)) == 0);
  REQUIRE(tabs.fresh().size() == 1);
  CHECK(tabs.fresh()[0].updatedMs == 400);
  CHECK_FALSE(tabs.a.restore(0, *removed, 500));  // it is there already
}

TEST_CASE("journal: a tab back after a long while (back-forward cache) re-reads every key") {
  TwoTabs tabs;
  const std::string added = tabs.b.add(corpusRecord("gharar.md"), 200);
  TwoTabs::score(tabs.b, tabs.id, 4, 300);
  REQUIRE(tabs.b.save().ok());
  REQUIRE(tabs.b.remove(added, 400));
  const std::string kept = tabs.b.add(corpusRecord("hermes.md"), 500);
  REQUIRE(tabs.b.save().ok());
  tabs.a.refreshFromStore("");  // no event came while it slept
  REQUIRE(tabs.a.entries().size() == 2);
  CHECK(tabs.a.find(tabs.id)->record.score.value == 4.0);
  CHECK(tabs.a.find(kept));
  CHECK_FALSE(tabs.a.find(added));
  CHECK_FALSE(tabs.a.dirty());
}

TEST_CASE("journal: another tab's unreadable version is set aside, and the version shown here is kept") {
  TwoTabs tabs;
  tabs.kv.values[tabs.a.recordKey(tabs.id)] = "{\"format\": \"jobname-record\", \"version\": 1, \"company\": ";
  tabs.b.refreshFromStore(tabs.b.recordKey(tabs.id));
  CHECK(tabs.b.find(tabs.id));
  CHECK(tabs.b.takeNotices().size() == 1);
  CHECK(tabs.kv.values.at("jobname-studio/quarantine/" + tabs.id).find("\"company\": ") != std::string::npos);
  REQUIRE(tabs.b.save().ok());
  CHECK(tabs.fresh().size() == 1);
}

TEST_CASE("journal: tombstones older than kTombstoneDays are dropped at load; newer ones stay") {
  MemoryStore kv;
  const std::int64_t day = 24 * 60 * 60 * 1000LL, now = 1000 * day;
  kv.values["jobname-studio/deleted/old"] = "{\"deletedMs\":" + std::to_string(now - 200 * day) + "}";
  kv.values["jobname-studio/deleted/new"] = "{\"deletedMs\":" + std::to_string(now - 2 * day) + "}";
  kv.values["jobname-studio/deleted/bad"] = "not json";
  Journal journal(kv);
  journal.load(now);
  CHECK(kv.values.count("jobname-studio/deleted/old") == 0);
  CHECK(kv.values.count("jobname-studio/deleted/bad") == 0);
  CHECK(kv.values.count("jobname-studio/deleted/new") == 1);
}

TEST_CASE("journal: a record back from another tab's newer edit is open when nothing else was") {
  MemoryStore shared;
  Journal a(shared), b(shared);
  a.load();
  a.add(model::Record{}, 1000);
  REQUIRE(a.save().ok());
  b.load();
  const std::string id = b.entries()[0].id;
  REQUIRE(a.remove(id, 2000));
  CHECK(a.openId().empty());
  model::Record edited = b.entries()[0].record;
  edited.position = "Edited later";
  REQUIRE(b.update(id, edited, 3000));
  REQUIRE(b.save().ok());
  a.refreshFromStore(a.recordKey(id));
  REQUIRE(a.entries().size() == 1);
  CHECK(a.openId() == id);
}
