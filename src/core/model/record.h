// One interview record as the jobname format holds it, and a collection of them. Plain values:
// what was parsed from a file and how it was written (spans, for lossless export) lives in the
// record's SourceDocument, shared and immutable; the fields here are what the user edits.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::model {

// Elements of a list remember which element of the imported file they came from (-1: new), so
// that export can keep untouched elements byte for byte even when the list is reordered.
using Origin = int;
constexpr Origin kNew = -1;

struct Company {
  std::string name;       // "doctoreto"
  std::string localName;  // "دکترتو": the part after '|' in the heading, often Persian
  std::string url;
  friend bool operator==(const Company& a, const Company& b) {
    return a.name == b.name && a.localName == b.localName && a.url == b.url;
  }
};

struct DatedStage {
  std::string label;  // "Sent Resume"
  std::string date;   // the date as written: "1404.04.09", "2025/08/17"; empty when none ("IDK")
  std::string note;   // the rest of the entry: "At 5 PM", "IDK"
  Origin origin = kNew;
  friend bool operator==(const DatedStage& a, const DatedStage& b) {
    return a.label == b.label && a.date == b.date && a.note == b.note;
  }
};

struct Duration {
  std::string label;  // "Technical Interview"; empty for a bare "1 hour" line
  std::string text;   // "About 1 hour"
  Origin origin = kNew;
  friend bool operator==(const Duration& a, const Duration& b) { return a.label == b.label && a.text == b.text; }
};

// Minutes in a duration such as "1 hour and 30 minutes", "About 45 minutes", "5 days", "1 week".
std::optional<int> durationMinutes(const std::string& text);

enum class ItemKind { Question, Note, Other };

// A piece of a stage section: a question (with an optional answer), a right-to-left note, or any
// other Markdown (code, images, links, paragraphs), kept as written.
struct SectionItem {
  ItemKind kind = ItemKind::Other;
  std::string text;    // the question; the note's text; the raw Markdown of anything else
  std::string answer;  // questions only; empty when none
  Origin origin = kNew;
  friend bool operator==(const SectionItem& a, const SectionItem& b) {
    return a.kind == b.kind && a.text == b.text && a.answer == b.answer;
  }
};

struct Section {
  std::string title;  // "Technical Interview"
  int level = 3;      // the heading's number of '#'
  std::vector<SectionItem> items;
  Origin origin = kNew;
};

// The numbers of a score, read from its text: never stored beside it, so they cannot disagree.
struct ScoreNumbers {
  std::optional<double> value;  // before the '/', when it is a finite number: "7.5/10" -> 7.5
  std::optional<double> max;    // after the '/', when it is a finite number; 10 when there is no '/'
  // What the format means by a score: a number from 0 to a positive maximum.
  bool inRange() const { return value && max && *max > 0 && *value >= 0 && *value <= *max; }
  // The score scaled to 0..10 ("3/5" -> 6), for sorting, colours and charts; none when out of range.
  std::optional<double> outOfTen() const {
    return inRange() ? std::optional<double>(*value * 10 / *max) : std::nullopt;
  }
};

// The score as written between the <mark> tags, byte for byte ("7.5/10", but also "nan/10",
// "2000/10", "7/abc": kept as written, flagged by the checks, never erased). Markdown and JSON
// read and write this text; the numbers are a view of it.
struct Score {
  std::string text;     // empty when there is no score
  std::string comment;  // the right-to-left paragraph under the score
  ScoreNumbers numbers() const;
  void set(double value, double max);  // writes the text: "7.5/10"
  friend bool operator==(const Score& a, const Score& b) { return a.text == b.text && a.comment == b.comment; }
};

// "7/10", "7.5/10": how a score the user sets is written.
std::string scoreText(double value, double max);
ScoreNumbers scoreNumbers(std::string_view text);

struct SourceDocument;

struct Record {
  Company company;
  std::string position;
  std::vector<std::string> status;  // stage codes, see stages.h
  std::string process;              // the Mermaid flowchart source inside the fence
  std::vector<std::string> applyWays;
  std::vector<DatedStage> dates;
  std::vector<Duration> durations;
  std::string platform;
  std::vector<Section> sections;
  Score score;

  // The imported file, when there was one: export patches it instead of writing anew.
  std::shared_ptr<const SourceDocument> source;
};

// Same content in every field (origins and the imported file are not content).
bool sameContent(const Record& a, const Record& b);

struct CollectionEntry {
  std::string id;  // stable across edits and sessions
  std::int64_t createdMs = 0;
  std::int64_t updatedMs = 0;
  Record record;
};

struct Collection {
  std::vector<CollectionEntry> records;
};

}  // namespace jobname::model
