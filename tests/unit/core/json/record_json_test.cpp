#include "core/json/record_json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

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
  CHECK(j["version"] == 1);
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
  CHECK(errorOf(R"({"format": "jobname-record", "version": 2})").find("newer Jobname Studio (format version 2)") != std::string::npos);
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
