#include "core/json/record_json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <functional>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readCorpus;
using jobname::testing::readFile;

namespace {
model::Record load(const std::string& name) { return *markdown::importMarkdown(readCorpus(name), name).record; }

json::JsonImport reimport(const std::string& text) {
  auto result = json::importJson(text, "r.json");
  for (const auto& d : result.diagnostics) MESSAGE(formatDiagnostic(d));
  return result;
}
}  // namespace

TEST_CASE("json: Markdown -> JSON -> Markdown is byte for byte for every corpus record") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    const std::string input = readFile(path);
    const auto record = *markdown::importMarkdown(input).record;
    const auto back = reimport(json::recordToJson(record));
    REQUIRE(back.records.size() == 1);
    CHECK(markdown::exportMarkdown(back.records[0].record) == input);
  }
}

TEST_CASE("json: the documented field names are there") {
  const auto j = nlohmann::json::parse(json::recordToJson(load("doctoreto.md")));
  CHECK(j["format"] == "jobname-record");
  CHECK(j["version"] == 2);
  CHECK(j["company"]["name"] == "doctoreto");
  CHECK(j["company"]["url"] == "https://doctoreto.com/");
  CHECK(j["position"] == "Senior Back-End Developer (Golang)");
  CHECK(j["status"] == nlohmann::json({"resume", "hr_call", "technical", "rejected"}));
  CHECK(j["process"]["source"].get<std::string>().rfind("flowchart LR", 0) == 0);
  CHECK(j["applyWays"] == nlohmann::json({"Jobinja", "Jobvision"}));
  CHECK(j["dates"][0]["label"] == "Sent Resume");
  CHECK(j["dates"][0]["date"] == "1404.04.09");
  CHECK(j["dates"][0]["gregorian"] == "2025-06-30");
  CHECK(j["durations"][0]["minutes"] == 60);
  CHECK(j["platform"] == "Google Meet");
  CHECK(j["sections"][0]["title"] == "Technical Interview");
  CHECK(j["sections"][0]["questions"][2]["text"] == "What mechanisms do you use to make message processing resilient?");
  CHECK(j["sections"][0]["questions"][2]["answer"].get<std::string>().find("Transactional outbox") != std::string::npos);
  CHECK(j["score"]["value"] == 8.0);
  CHECK(j["score"]["max"] == 10.0);
  CHECK(j["score"]["text"] == "8/10");
}

TEST_CASE("json: an edit made in the JSON is a minimal diff in the Markdown") {
  const std::string original = readCorpus("doctoreto.md");
  auto j = nlohmann::json::parse(json::recordToJson(load("doctoreto.md")));
  j["score"]["value"] = 6.5;
  const auto back = reimport(j.dump());
  REQUIRE(back.records.size() == 1);
  const std::string out = markdown::exportMarkdown(back.records[0].record);
  CHECK(out.size() == original.size() + 2);  // "8" became "6.5"; the colour keeps its length
  CHECK(out.find("#ff9800; color:#ffffff; padding:4px 8px; border-radius:4px\">6.5/10</mark>") != std::string::npos);

  SUBCASE("a question deleted in the JSON removes just that question") {
    auto k = nlohmann::json::parse(json::recordToJson(load("doctoreto.md")));
    const std::string removed = k["sections"][0]["questions"][1]["text"];
    k["sections"][0]["questions"].erase(1);
    const std::string md = markdown::exportMarkdown(reimport(k.dump()).records[0].record);
    CHECK(md.find(removed) == std::string::npos);
    CHECK(md.size() < original.size());
    CHECK(md.find("Tell me about the main challenges") != std::string::npos);
  }
}

TEST_CASE("json: a record without its Markdown is written in the canonical layout") {
  const auto back = reimport(R"({"format": "jobname-record", "version": 1,
    "company": {"name": "Acme", "url": "https://acme.example"}, "position": "Go developer",
    "status": ["resume", "rejected"], "score": {"value": 4, "max": 10}})");
  REQUIRE(back.records.size() == 1);
  const std::string md = markdown::exportMarkdown(back.records[0].record);
  CHECK(md.rfind("# [Acme](https://acme.example)\n\n### Status\n#### 📜❌\n\n## Go developer\n", 0) == 0);
  CHECK(md.find("4/10") != std::string::npos);
}

TEST_CASE("json: collections keep ids and times") {
  model::Collection collection;
  collection.records.push_back({"r1", 1000, 2000, load("gharar.md")});
  collection.records.push_back({"r2", 3000, 4000, load("hermes.md")});
  const auto back = reimport(json::collectionToJson(collection));
  CHECK(back.isCollection);
  REQUIRE(back.records.size() == 2);
  CHECK(back.records[1].id == "r2");
  CHECK(back.records[1].updatedMs == 4000);
  CHECK(markdown::exportMarkdown(back.records[1].record) == readCorpus("hermes.md"));
}

TEST_CASE("json: bad input is refused with a reason and imports nothing") {
  auto errorOf = [](const std::string& text) {
    const auto r = json::importJson(text, "bad.json");
    CHECK(r.records.empty());
    REQUIRE(hasErrors(r.diagnostics));
    return formatDiagnostic(r.diagnostics.back());
  };
  CHECK(errorOf("{\"format\": \"jobname-record\",\n \"version\": 1,\n \"position\": tru }").rfind("bad.json:3:", 0) == 0);
  CHECK(errorOf(R"({"format": "jobname-record", "version": 3})").find("newer Jobname Studio (format version 3)") != std::string::npos);
  CHECK(errorOf(R"({"format": "something-else", "version": 1})").find("format") != std::string::npos);
  CHECK(errorOf(R"({"format": "jobname-record", "version": 1, "score": {"value": "high"}})").find("record.score.value") != std::string::npos);
  CHECK(errorOf(R"({"format": "jobname-record", "version": 1, "dates": [{"label": 3}]})").find("record.dates[0].label: expected a string") != std::string::npos);
  CHECK(errorOf("[1, 2]").find("expected an object") != std::string::npos);
  CHECK(errorOf(std::string(100000, '[') + std::string(100000, ']')).find("nested deeper") != std::string::npos);
  CHECK(errorOf(R"({"format": "jobname-collection", "version": 1, "records": [{"format": "jobname-record", "version": 1, "position": 5}, {}]})")
            .find("records[0].position") != std::string::npos);
}

TEST_CASE("json: edited questions keep the origin of an identical question, the first not taken (freeze: a 3.6 MB JSON record took 9.5 s)") {
  // Each question read from JSON was compared with every question of the embedded file: 16,000
  // edited questions made 256 million comparisons. Now matched by key, with the same result.
  std::string body;
  for (int i = 0; i < 16000; ++i) body += "- question " + std::to_string(i % 8000) + "?\n";
  const std::string md = "# [Acme](https://acme.example)\n\n## Developer\n\n### Technical Interview\n" + body;
  const auto record = *markdown::importMarkdown(md).record;
  auto j = nlohmann::ordered_json::parse(json::recordToJson(record));
  auto& questions = j["sections"][0]["questions"];
  REQUIRE(questions.size() == 16000);
  questions[0]["text"] = "question 0? edited";   // new text
  std::swap(questions[1], questions[2]);           // moved: keep their own origins
  const auto back = reimport(j.dump());
  REQUIRE(back.records.size() == 1);
  const auto& items = back.records[0].record.sections.at(0).items;
  CHECK(items[1].origin == 2);
  CHECK(items[2].origin == 1);
  CHECK(items[8000].origin == 0);  // now the first "question 0?", so it takes the first one's origin
  CHECK(items[0].origin == model::kNew);  // and the edited one is new: its place is taken
  CHECK(items[15999].origin == 15999);
}

TEST_CASE("json: a file with a UTF-8 BOM is accepted, and a Markdown BOM survives Markdown -> JSON -> Markdown") {
  const std::string markdown = "\xEF\xBB\xBF" + readCorpus("gharar.md");
  const auto record = markdown::importMarkdown(markdown, "gharar.md");
  REQUIRE(record.record);
  const std::string jsonText = json::recordToJson(*record.record);
  const auto back = reimport(jsonText);
  REQUIRE(back.records.size() == 1);
  CHECK(markdown::exportMarkdown(back.records[0].record) == markdown);
  const auto withBom = reimport("\xEF\xBB\xBF" + jsonText);
  REQUIRE(withBom.records.size() == 1);
  CHECK(markdown::exportMarkdown(withBom.records[0].record) == markdown);
}

namespace {
// gharar.md with its score ("7/10") written otherwise
std::string gharar(const std::string& score) {
  std::string text = readCorpus("gharar.md");
  const std::string was = ">7/10</mark>";
  text.replace(text.find(was), was.size(), ">" + score + "</mark>");
  return text;
}
}  // namespace

TEST_CASE("json: scores nan/10, inf/10 and 1e999/10 are not erased: Markdown -> JSON -> Markdown keeps them as written") {
  for (const std::string score : {"nan/10", "inf/10", "1e999/10", "NaN/10", "-inf/10", "0x1p3/10", "/10", "7/"}) {
    CAPTURE(score);
    const std::string markdown = gharar(score);
    const auto record = markdown::importMarkdown(markdown, "gharar.md").record;
    REQUIRE(record);
    CHECK(record->score.text == score);
    CHECK_FALSE(record->score.numbers().inRange());
    const auto back = reimport(json::recordToJson(*record));
    REQUIRE(back.records.size() == 1);
    CHECK(markdown::exportMarkdown(back.records[0].record) == markdown);
  }
}

TEST_CASE("json: scores 2000/10, -3/10, 7/0 and 7/abc give JSON our own import reads, and a collection backup holding them imports") {
  model::Collection collection;
  for (const std::string score : {"2000/10", "-3/10", "7/0", "7/abc", "1e308/10", "7.50/10", "7", "7 / 10"}) {
    CAPTURE(score);
    const std::string markdown = gharar(score);
    const auto record = markdown::importMarkdown(markdown, "gharar.md").record;
    REQUIRE(record);
    CHECK(record->score.text == score);
    const auto back = reimport(json::recordToJson(*record));
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].record.score.text == score);
    CHECK(markdown::exportMarkdown(back.records[0].record) == markdown);
    collection.records.push_back({"r" + std::to_string(collection.records.size()), 1, 2, *record});
  }
  const auto back = reimport(json::collectionToJson(collection));
  REQUIRE(back.records.size() == collection.records.size());
  for (std::size_t i = 0; i < back.records.size(); ++i) {
    CHECK(markdown::exportMarkdown(back.records[i].record) == markdown::exportMarkdown(collection.records[i].record));
  }
}

TEST_CASE("json: the score's numbers are read from its text; editing the numbers rewrites the text") {
  auto j = nlohmann::json::parse(json::recordToJson(load("gharar.md")));
  SUBCASE("a number out of range is kept, not refused") {
    j["score"]["value"] = 2000;
    const auto back = reimport(j.dump());
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].record.score.text == "2000/10");
  }
  SUBCASE("null value: no score") {
    j["score"]["value"] = nullptr;
    const auto back = reimport(j.dump());
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].record.score.text.empty());
  }
  SUBCASE("text edited: the text wins when the numbers are left out") {
    j["score"]["text"] = "6.5/10";
    j["score"].erase("value");
    j["score"].erase("max");
    const auto back = reimport(j.dump());
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].record.score.text == "6.5/10");
  }
  SUBCASE("text and numbers edited so that they disagree: refused, with the field's place") {
    j["score"]["text"] = "6.5/10";
    j["score"]["value"] = 3;
    const auto back = json::importJson(j.dump(), "r.json");
    CHECK(back.records.empty());
    REQUIRE(hasErrors(back.diagnostics));
    CHECK(formatDiagnostic(back.diagnostics.back()).find("record.score.value: disagrees with score.text \"6.5/10\"") != std::string::npos);
  }
  SUBCASE("a version 1 file (no text) with numbers out of range is read") {
    const auto back = reimport(R"({"format": "jobname-record", "version": 1, "position": "Go", "score": {"value": -3, "max": 10}})");
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].record.score.text == "-3/10");
  }
}

TEST_CASE("json: bytes that are not UTF-8 are refused with file:line:col of the first bad byte, nothing imported") {
  const std::string text = "{\"format\": \"jobname-record\", \"version\": 2,\n  \"position\": \"Go \xFF developer\"}";
  const auto r = json::importJson(text, "bad.json");
  CHECK(r.records.empty());
  REQUIRE(hasErrors(r.diagnostics));
  CHECK(formatDiagnostic(r.diagnostics.back()) == "bad.json:2:19: error: not UTF-8 text (byte 0xFF); save the file as UTF-8");
  // Outside a string too, where the parser would only say "syntax error".
  const auto outside = json::importJson("{\"format\": \"jobname-record\",\xC3 \"version\": 2}", "o.json");
  CHECK(outside.records.empty());
  REQUIRE(hasErrors(outside.diagnostics));
  CHECK(formatDiagnostic(outside.diagnostics.back()).rfind("o.json:1:29: error: not UTF-8 text (byte 0xC3)", 0) == 0);
}

TEST_CASE("json: a position holding a line break cannot inject a section: refused with the field's place, nothing imported") {
  auto j = nlohmann::json::parse(json::recordToJson(load("gharar.md")));
  j["position"] = "Go developer\n\n### Score\n<h4><mark>10/10</mark></h4>";
  const auto r = json::importJson(j.dump(), "inject.json");
  CHECK(r.records.empty());
  REQUIRE(hasErrors(r.diagnostics));
  CHECK(formatDiagnostic(r.diagnostics.back()).rfind("inject.json: error: record.position: holds a line break", 0) == 0);
}

TEST_CASE("json: every one-line field refuses a line break, and every field refuses NUL") {
  const std::string base = json::recordToJson(load("doctoreto.md"));
  auto refused = [&](const std::function<void(nlohmann::json&)>& edit, const std::string& place, const std::string& what) {
    auto j = nlohmann::json::parse(base);
    edit(j);
    const auto r = json::importJson(j.dump(), "r.json");
    CAPTURE(place);
    CHECK(r.records.empty());
    REQUIRE(hasErrors(r.diagnostics));
    CHECK(formatDiagnostic(r.diagnostics.back()).find(place + ": holds " + what) != std::string::npos);
  };
  for (const std::string br : {"\n", "\r", "\r\n"}) {
    refused([&](auto& j) { j["company"]["name"] = "a" + br + "b"; }, "record.company.name", "a line break");
    refused([&](auto& j) { j["company"]["localName"] = br; }, "record.company.localName", "a line break");
    refused([&](auto& j) { j["company"]["url"] = "https://x" + br; }, "record.company.url", "a line break");
    refused([&](auto& j) { j["status"][1] = "hr" + br; }, "record.status[1]", "a line break");
    refused([&](auto& j) { j["applyWays"][0] = br + "x"; }, "record.applyWays[0]", "a line break");
    refused([&](auto& j) { j["dates"][0]["note"] = "At 5" + br + "- **x**"; }, "record.dates[0].note", "a line break");
    refused([&](auto& j) { j["dates"][0]["label"] = br; }, "record.dates[0].label", "a line break");
    refused([&](auto& j) { j["durations"][0]["text"] = br; }, "record.durations[0].text", "a line break");
    if (br != "\n") refused([&](auto& j) { j["platform"] = "Meet" + br + "# x"; }, "record.platform", "a line break");
    refused([&](auto& j) { j["sections"][0]["title"] = "T" + br; }, "record.sections[0].title", "a line break");
    refused([&](auto& j) { j["sections"][0]["questions"][0]["text"] = "Q?" + br + "## x"; }, "record.sections[0].questions[0].text",
            "a line break");
    refused([&](auto& j) { j["score"]["text"] = "7/10" + br; }, "record.score.text", "a line break");
  }
  const std::string nul(1, '\0');
  refused([&](auto& j) { j["position"] = "Go" + nul; }, "record.position", "a NUL character");
  refused([&](auto& j) { j["process"]["source"] = "flowchart LR" + nul; }, "record.process.source", "a NUL character");
  refused([&](auto& j) { j["sections"][0]["questions"][0]["answer"] = nul; }, "record.sections[0].questions[0].answer", "a NUL character");
  refused([&](auto& j) { j["score"]["comment"] = nul; }, "record.score.comment", "a NUL character");

  // The platform is the lines under its heading: several lines are its own, a heading is not.
  refused([&](auto& j) { j["platform"] = "Meet\n# x"; }, "record.platform", "a line that reads as a heading");
  refused([&](auto& j) { j["platform"] = "Meet\n```"; }, "record.platform", "a line that reads as a heading, or a code fence");

  // Fields the Markdown holds over several lines keep their line breaks.
  auto j = nlohmann::json::parse(base);
  j["sections"][0]["questions"][0]["answer"] = "one\ntwo";
  j["score"]["comment"] = "یک\nدو";
  const auto ok = reimport(j.dump());
  REQUIRE(ok.records.size() == 1);
  CHECK(ok.records[0].record.score.comment == "یک\nدو");
}

TEST_CASE("json: a platform of several lines, as the Markdown holds it, reads back from its own JSON") {
  // Found by fuzz_json_import: a record whose platform spans two lines (read from its Markdown)
  // wrote JSON that its own JSON import refused ("holds a line break").
  auto record = load("doctoreto.md");
  record.platform = "Google Meet\nnote: camera on";
  const auto again = reimport(json::recordToJson(record));
  REQUIRE(again.records.size() == 1);
  CHECK(again.records[0].record.platform == "Google Meet\nnote: camera on");
}

TEST_CASE("json: a score or a duration that runs over lines in the Markdown reads back from its own JSON") {
  // Found by the smoke run of fuzz_json_import: a score line whose '</mark>' was mistyped
  // ('</iark>') took as its text everything up to a '</mark>' in the note below, line breaks and
  // all, and the record's JSON was then refused by its own import ("holds a line break"), so
  // Markdown -> JSON -> Markdown failed. The same with a bare duration whose text runs on to the
  // next line (found by fuzz_markdown_import once it checked that round trip). A value equal to
  // what the record's own Markdown gives that field is no edit and reads back as it was.
  const std::string score = gharar("6.5/10</iark></h4>\n<p dir=\"rtl\">\nnote 6.5/10");
  std::string duration = readCorpus("gharar.md");
  const std::string entry = "### Interview duration\n- **Technical Interview** <br>About 1 hour\n";
  REQUIRE(duration.find(entry) != std::string::npos);
  duration.replace(duration.find(entry), entry.size(), "### Interview duration\n-This [link](https://example.com/) is good.\nAnd this\n");
  for (const std::string& markdown : {score, duration}) {
    const auto imported = markdown::importMarkdown(markdown, "gharar.md");
    REQUIRE(imported.record);
    const auto back = reimport(json::recordToJson(*imported.record));
    CHECK(back.records.size() == 1);
    if (back.records.size() == 1) CHECK(markdown::exportMarkdown(back.records[0].record) == markdown);
  }
  CHECK(markdown::importMarkdown(duration, "gharar.md").record->durations.at(0).text.find('\n') != std::string::npos);
  const auto record = *markdown::importMarkdown(score, "gharar.md").record;
  CHECK(record.score.text.find('\n') != std::string::npos);
  // Edited, such a text is still refused: written out, its line break would start new Markdown.
  auto j = nlohmann::json::parse(json::recordToJson(record));
  j["score"]["text"] = record.score.text + " edited";
  const auto edited = json::importJson(j.dump(), "r.json");
  CHECK(edited.records.empty());
}
