#include "core/json/record_json.h"

#include <nlohmann/json.hpp>
#include <unordered_map>
#include <optional>

#include "core/calendar/jalali.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/lines.h"
#include "core/markdown/source_document.h"
#include "core/text/utf8.h"

namespace jobname::json {

using Json = nlohmann::ordered_json;

namespace {

constexpr std::size_t kMaxStringBytes = 5 * 1024 * 1024;
constexpr std::size_t kMaxListLength = 100000;

const char* kindName(model::ItemKind kind) {
  switch (kind) {
    case model::ItemKind::Note: return "note";
    case model::ItemKind::Other: return "markdown";
    case model::ItemKind::Question: break;
  }
  return "question";
}

Json recordObject(const model::Record& r) {
  Json j;
  j["format"] = "jobname-record";
  j["version"] = kFormatVersion;
  j["company"] = {{"name", r.company.name}, {"localName", r.company.localName}, {"url", r.company.url}};
  j["position"] = r.position;
  j["status"] = r.status;
  j["process"] = {{"source", r.process}};
  j["applyWays"] = r.applyWays;
  j["dates"] = Json::array();
  for (const auto& d : r.dates) {
    Json date = {{"label", d.label}, {"date", d.date}, {"note", d.note}, {"jalali", nullptr}, {"gregorian", nullptr}};
    if (const auto parsed = calendar::parseDate(d.date); parsed.date) {
      date["jalali"] = calendar::formatJalali(parsed.date->jalali);
      date["gregorian"] = calendar::formatGregorian(calendar::toGregorian(parsed.date->jalali));
    }
    j["dates"].push_back(date);
  }
  j["durations"] = Json::array();
  for (const auto& d : r.durations) {
    Json duration = {{"label", d.label}, {"text", d.text}, {"minutes", nullptr}};
    if (const auto minutes = model::durationMinutes(d.text)) duration["minutes"] = *minutes;
    j["durations"].push_back(duration);
  }
  j["platform"] = r.platform;
  j["sections"] = Json::array();
  for (const auto& s : r.sections) {
    Json section = {{"title", s.title}, {"level", s.level}, {"questions", Json::array()}};
    for (const auto& item : s.items) {
      Json entry;
      if (item.kind != model::ItemKind::Question) entry["kind"] = kindName(item.kind);
      entry["text"] = item.text;
      if (item.kind == model::ItemKind::Question) entry["answer"] = item.answer;
      section["questions"].push_back(entry);
    }
    j["sections"].push_back(section);
  }
  const model::ScoreNumbers numbers = r.score.numbers();
  j["score"] = {{"text", r.score.text},
                {"value", numbers.value ? Json(*numbers.value) : Json(nullptr)},
                {"max", numbers.max ? Json(*numbers.max) : Json(nullptr)},
                {"comment", r.score.comment}};
  if (r.source) j["markdown"] = r.source->text;
  return j;
}

// ---- reading ------------------------------------------------------------------------------------

// Forwards to nlohmann's DOM builder, without exceptions, refusing deep nesting and huge strings
// as they come (before they cost memory or stack) and keeping the place of a syntax error.
struct GuardedSax {
  explicit GuardedSax(Json& r) : root(r) {}
  Json& root;
  nlohmann::detail::json_sax_dom_parser<Json> dom{root, false};
  int depth = 0;
  std::size_t errorPosition = 0;
  std::string error;

  bool null() { return dom.null(); }
  bool boolean(bool v) { return dom.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const std::string& s) { return dom.number_float(v, s); }
  bool string(std::string& v) {
    if (v.size() > kMaxStringBytes) return fail("a string is longer than 5 MiB");
    return dom.string(v);
  }
  bool binary(Json::binary_t& v) { return dom.binary(v); }
  bool start_object(std::size_t n) { return ++depth > kMaxDepth ? fail("nested deeper than " + std::to_string(kMaxDepth) + " levels") : dom.start_object(n); }
  bool key(std::string& k) { return dom.key(k); }
  bool end_object() { --depth; return dom.end_object(); }
  bool start_array(std::size_t n) { return ++depth > kMaxDepth ? fail("nested deeper than " + std::to_string(kMaxDepth) + " levels") : dom.start_array(n); }
  bool end_array() { --depth; return dom.end_array(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    errorPosition = position;
    error = e.what();
    // nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 2: "
    if (const std::size_t colon = error.find(": "); colon != std::string::npos) error = error.substr(colon + 2);
    return false;
  }
  bool fail(std::string message) {
    error = std::move(message);
    return false;
  }
};

struct Reader {
  const std::string& file;
  std::vector<Diagnostic>& diagnostics;
  JsonSource source;

  void problem(const std::string& path, const std::string& message) {
    diagnostics.push_back({file, 0, 0, Severity::Error, path + ": " + message});
  }

  const Json* member(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
  }

  // Fields the Markdown holds on one line (a heading, a list item, the score) cannot hold a line
  // break: written out, it would start new Markdown (`"position": "Go\n\n### Score"` is a section).
  // No field holds a NUL, which no Markdown file has.
  // Body: the lines under a field's heading (the platform), which may hold line breaks but no
  // line that would start a block of its own.
  enum class Lines { One, Body, Many };

  // `asInMarkdown`: what the record's own Markdown (its "markdown" member) gives this field at
  // this place. A value equal to it is no edit: the export keeps the Markdown's bytes there, so
  // it may hold what they hold (a duration whose text runs over two lines, as the Markdown
  // importer read it), and Markdown -> JSON -> Markdown gives back the same bytes.
  bool fits(const std::string& value, Lines lines, const std::string& path, const std::string* asInMarkdown = nullptr) {
    if (source == JsonSource::OwnStorage) return true;
    if (asInMarkdown && value == *asInMarkdown) return true;
    if (value.find('\0') != std::string::npos) {
      problem(path, "holds a NUL character (\\u0000), which a Markdown record cannot hold");
      return false;
    }
    // A Body keeps its lines as the Markdown importer gives them: joined by "\n" alone.
    const char* breaks = lines == Lines::One ? "\r\n" : lines == Lines::Body ? "\r" : "";
    if (lines != Lines::Many && value.find_first_of(breaks) != std::string::npos) {
      problem(path, "holds a line break (\\n or \\r), but this field is one line of the Markdown: "
                    "a line break would start new Markdown there");
      return false;
    }
    if (lines == Lines::Body && !markdown::staysUnderItsHeading(value)) {
      problem(path, "holds a line that reads as a heading, or a code fence it does not close: "
                    "written under its heading it would start new Markdown there");
      return false;
    }
    return true;
  }

  void readString(const Json& object, const char* key, const std::string& path, std::string& out, Lines lines = Lines::One,
                  const std::string* asInMarkdown = nullptr) {
    if (const Json* v = member(object, key)) {
      if (!v->is_string()) problem(path + "." + key, "expected a string");
      else if (fits(v->get_ref<const std::string&>(), lines, path + "." + key, asInMarkdown)) out = v->get<std::string>();
    }
  }

  void readStrings(const Json& object, const char* key, const std::string& path, std::vector<std::string>& out,
                   const std::vector<std::string>& inMarkdown) {
    const Json* v = member(object, key);
    if (!v) return;
    if (!v->is_array() || v->size() > kMaxListLength) { problem(path + "." + key, "expected a list of strings"); return; }
    out.clear();
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string at = path + "." + key + "[" + std::to_string(i) + "]";
      if (!(*v)[i].is_string()) problem(at, "expected a string");
      else if (fits((*v)[i].get_ref<const std::string&>(), Lines::One, at, placeIn(inMarkdown, i))) out.push_back((*v)[i].get<std::string>());
    }
  }

  // The element at `i` of what the record's own Markdown holds, if it has one.
  template <typename T>
  static const T* placeIn(const std::vector<T>& inMarkdown, std::size_t i) {
    return i < inMarkdown.size() ? &inMarkdown[i] : nullptr;
  }
  template <typename T>
  static const std::string* fieldAt(const std::vector<T>& inMarkdown, std::size_t i, std::string T::*field) {
    const T* element = placeIn(inMarkdown, i);
    return element ? &(element->*field) : nullptr;
  }

  const Json* list(const Json& object, const char* key, const std::string& path) {
    const Json* v = member(object, key);
    if (!v) return nullptr;
    if (!v->is_array()) { problem(path + "." + key, "expected a list"); return nullptr; }
    if (v->size() > kMaxListLength) { problem(path + "." + key, "more than 100000 entries"); return nullptr; }
    return v;
  }

  bool objectAt(const Json& v, const std::string& path) {
    if (v.is_object()) return true;
    problem(path, "expected an object");
    return false;
  }

  // Keys for matchOrigins: the fields each type's operator== compares, each with its length so
  // that no two different elements share a key.
  static std::string key(std::initializer_list<const std::string*> fields) {
    std::string out;
    for (const std::string* f : fields) out += std::to_string(f->size()) + ':' + *f;
    return out;
  }
  static std::string keyOf(const model::DatedStage& d) { return key({&d.label, &d.date, &d.note}); }
  static std::string keyOf(const model::Duration& d) { return key({&d.label, &d.text}); }
  static std::string keyOf(const model::SectionItem& i) { return std::to_string(static_cast<int>(i.kind)) + key({&i.text, &i.answer}); }
  static std::string keyOf(const model::Section& s) { return std::to_string(s.level) + key({&s.title}); }

  // Elements read from JSON take the origin of an identical element of the imported file (the
  // first not yet taken), else of the element at the same place, so that export keeps untouched
  // Markdown as it was. Identical means the same key: the base is indexed by key once, so a
  // record of 16,000 edited questions is matched in linear time (it took seconds pair by pair).
  template <typename T>
  static void matchOrigins(std::vector<T>& items, const std::vector<T>& base) {
    std::unordered_map<std::string, std::vector<std::size_t>> byKey;  // base indices, in order
    for (std::size_t b = 0; b < base.size(); ++b) byKey[keyOf(base[b])].push_back(b);
    std::unordered_map<std::string, std::size_t> taken;  // per key, how many of them are used
    std::vector<bool> used(base.size(), false);
    for (auto& item : items) {
      item.origin = model::kNew;
      const std::string k = keyOf(item);
      const auto same = byKey.find(k);
      if (same == byKey.end()) continue;
      std::size_t& next = taken[k];
      if (next < same->second.size()) {
        item.origin = static_cast<int>(same->second[next]);
        used[same->second[next++]] = true;
      }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].origin == model::kNew && i < base.size() && !used[i]) { items[i].origin = static_cast<int>(i); used[i] = true; }
    }
  }

  model::Record record(const Json& j, const std::string& path) {
    model::Record r;
    if (const Json* markdown = member(j, "markdown")) {
      if (!markdown->is_string()) {
        problem(path + ".markdown", "expected a string");
      } else {
        auto imported = markdown::importMarkdown(markdown->get<std::string>(), file);
        for (auto& d : imported.diagnostics) {
          d.message = path + ".markdown: " + d.message;
          diagnostics.push_back(d);
        }
        if (imported.record) r = *imported.record;
      }
    }
    const model::Record base = r;  // what the embedded file says; the fields below win

    if (const Json* company = member(j, "company"); company && objectAt(*company, path + ".company")) {
      readString(*company, "name", path + ".company", r.company.name, Lines::One, &base.company.name);
      readString(*company, "localName", path + ".company", r.company.localName, Lines::One, &base.company.localName);
      readString(*company, "url", path + ".company", r.company.url, Lines::One, &base.company.url);
    }
    readString(j, "position", path, r.position, Lines::One, &base.position);
    readStrings(j, "status", path, r.status, base.status);
    if (const Json* process = member(j, "process"); process && objectAt(*process, path + ".process")) {
      readString(*process, "source", path + ".process", r.process, Lines::Many);
    }
    readStrings(j, "applyWays", path, r.applyWays, base.applyWays);
    if (const Json* dates = list(j, "dates", path)) {
      r.dates.clear();
      for (std::size_t i = 0; i < dates->size(); ++i) {
        const std::string p = path + ".dates[" + std::to_string(i) + "]";
        if (!objectAt((*dates)[i], p)) continue;
        model::DatedStage d;
        readString((*dates)[i], "label", p, d.label, Lines::One, fieldAt(base.dates, i, &model::DatedStage::label));
        readString((*dates)[i], "date", p, d.date, Lines::One, fieldAt(base.dates, i, &model::DatedStage::date));
        readString((*dates)[i], "note", p, d.note, Lines::One, fieldAt(base.dates, i, &model::DatedStage::note));
        r.dates.push_back(d);
      }
      matchOrigins(r.dates, base.dates);
    }
    if (const Json* durations = list(j, "durations", path)) {
      r.durations.clear();
      for (std::size_t i = 0; i < durations->size(); ++i) {
        const std::string p = path + ".durations[" + std::to_string(i) + "]";
        if (!objectAt((*durations)[i], p)) continue;
        model::Duration d;
        readString((*durations)[i], "label", p, d.label, Lines::One, fieldAt(base.durations, i, &model::Duration::label));
        readString((*durations)[i], "text", p, d.text, Lines::One, fieldAt(base.durations, i, &model::Duration::text));
        r.durations.push_back(d);
      }
      matchOrigins(r.durations, base.durations);
    }
    readString(j, "platform", path, r.platform, Lines::Body, &base.platform);
    if (const Json* sections = list(j, "sections", path)) {
      r.sections.clear();
      for (std::size_t i = 0; i < sections->size(); ++i) {
        const std::string p = path + ".sections[" + std::to_string(i) + "]";
        const Json& s = (*sections)[i];
        if (!objectAt(s, p)) continue;
        model::Section section;
        readString(s, "title", p, section.title, Lines::One, fieldAt(base.sections, i, &model::Section::title));
        const model::Section* sectionInMarkdown = placeIn(base.sections, i);
        if (const Json* level = member(s, "level")) {
          if (level->is_number_integer() && level->get<int>() >= 1 && level->get<int>() <= 6) section.level = level->get<int>();
          else problem(p + ".level", "expected a heading level from 1 to 6");
        }
        if (const Json* items = list(s, "questions", p)) {
          for (std::size_t k = 0; k < items->size(); ++k) {
            const std::string q = p + ".questions[" + std::to_string(k) + "]";
            if (!objectAt((*items)[k], q)) continue;
            model::SectionItem item;
            item.kind = model::ItemKind::Question;
            std::string kind;
            readString((*items)[k], "kind", q, kind);
            if (kind == "note") item.kind = model::ItemKind::Note;
            else if (kind == "markdown") item.kind = model::ItemKind::Other;
            else if (!kind.empty() && kind != "question") problem(q + ".kind", "expected question, note or markdown");
            // A question is a list item's line; a note or other Markdown may span lines.
            readString((*items)[k], "text", q, item.text, item.kind == model::ItemKind::Question ? Lines::One : Lines::Many,
                       sectionInMarkdown ? fieldAt(sectionInMarkdown->items, k, &model::SectionItem::text) : nullptr);
            readString((*items)[k], "answer", q, item.answer, Lines::Many);
            section.items.push_back(item);
          }
        }
        r.sections.push_back(std::move(section));
      }
      matchOrigins(r.sections, base.sections);
      for (auto& section : r.sections) {
        if (section.origin >= 0) {
          matchOrigins(section.items, base.sections[section.origin].items);
        }
      }
    }
    if (const Json* score = member(j, "score"); score && objectAt(*score, path + ".score")) {
      readScore(*score, path + ".score", base.score, r.score);
    }
    return r;
  }

  // A number or null at `key`: nullopt for null, and `present` false when the key is absent.
  std::optional<double> optionalNumber(const Json& object, const char* key, const std::string& path, bool& present) {
    const auto it = object.find(key);
    present = it != object.end();
    if (!present || it->is_null()) return std::nullopt;
    if (!it->is_number()) {
      problem(path + "." + key, "expected a number or null");
      present = false;
      return std::nullopt;
    }
    return it->get<double>();
  }

  // One rule with Markdown: the score is its text as written (`text`, byte for byte, whatever it
  // says: checks flag what is out of range); `value` and `max` are what that text reads as. An
  // edit of the numbers (or a version 1 file, which has no `text`) rewrites the text from them,
  // unless the text was edited too (it differs from the embedded Markdown's) and disagrees.
  void readScore(const Json& score, const std::string& path, const model::Score& base, model::Score& out) {
    bool hasValue = false, hasMax = false;
    const std::optional<double> value = optionalNumber(score, "value", path, hasValue);
    const std::optional<double> max = optionalNumber(score, "max", path, hasMax);
    std::string text = base.text;
    bool textGiven = false;
    if (const Json* t = member(score, "text")) {
      if (!t->is_string()) {
        problem(path + ".text", "expected a string");
      } else if (fits(t->get_ref<const std::string&>(), Lines::One, path + ".text", &base.text)) {
        text = t->get<std::string>();
        textGiven = true;
      }
    }
    const model::ScoreNumbers read = model::scoreNumbers(text);
    const bool valueEdited = hasValue && value != read.value;
    const bool maxEdited = hasMax && max != read.max;
    out.text = text;
    if (!valueEdited && !maxEdited) {
      // the text as written
    } else if (textGiven && text != base.text) {
      problem(path + (valueEdited ? ".value" : ".max"),
              "disagrees with score.text \"" + text + "\" (the numbers are read from the text): change one of them only");
    } else {
      const std::optional<double> newValue = hasValue ? value : read.value;
      const double newMax = (hasMax ? max : read.max).value_or(10);
      out.text = newValue ? model::scoreText(*newValue, newMax) : std::string();
    }
    readString(score, "comment", path, out.comment, Lines::Many);
  }

  bool checkFormat(const Json& j, const char* expected, const std::string& path) {
    const Json* format = member(j, "format");
    if (!format || !format->is_string() || format->get<std::string>() != expected) {
      problem(path.empty() ? "format" : path + ".format", std::string("expected \"") + expected + "\"");
      return false;
    }
    const Json* version = member(j, "version");
    if (!version || !version->is_number_integer()) {
      problem(path.empty() ? "version" : path + ".version", "missing format version");
      return false;
    }
    if (version->get<long long>() > kFormatVersion) {
      problem(path.empty() ? "version" : path + ".version",
              "written by a newer Jobname Studio (format version " + std::to_string(version->get<long long>()) +
                  "); this one reads version " + std::to_string(kFormatVersion) + ": please update");
      return false;
    }
    if (version->get<long long>() < 1) {
      problem(path.empty() ? "version" : path + ".version", "unknown format version");
      return false;
    }
    return true;
  }
};


}  // namespace

std::string recordToJson(const model::Record& record) { return recordObject(record).dump(2) + "\n"; }

std::string collectionToJson(const model::Collection& collection) {
  Json j;
  j["format"] = "jobname-collection";
  j["version"] = kFormatVersion;
  j["records"] = Json::array();
  for (const auto& entry : collection.records) {
    Json r = recordObject(entry.record);
    r["id"] = entry.id;
    r["createdMs"] = entry.createdMs;
    r["updatedMs"] = entry.updatedMs;
    j["records"].push_back(std::move(r));
  }
  return j.dump(2) + "\n";
}

std::string entryToJson(const model::CollectionEntry& entry) {
  Json r = recordObject(entry.record);
  r["id"] = entry.id;
  r["createdMs"] = entry.createdMs;
  r["updatedMs"] = entry.updatedMs;
  return r.dump();
}

std::string compactEntryJson(const model::CollectionEntry& entry) {
  const std::string markdown = markdown::exportMarkdown(entry.record);
  const auto back = markdown::importMarkdown(markdown);
  if (!back.record || !model::sameContent(*back.record, entry.record)) return entryToJson(entry);
  Json r;
  r["format"] = "jobname-record";
  r["version"] = kFormatVersion;
  r["id"] = entry.id;
  r["createdMs"] = entry.createdMs;
  r["updatedMs"] = entry.updatedMs;
  r["markdown"] = markdown;
  return r.dump();
}

JsonImport importJson(std::string_view text, const std::string& fileName, JsonSource source) {
  JsonImport result;
  if (text.size() > kMaxJsonBytes) {
    result.diagnostics.push_back({fileName, 0, 0, Severity::Error, "file is larger than 64 MiB"});
    return result;
  }
  // Checked before the parser, which would say it in its own words, or not at all outside strings.
  if (const std::size_t bad = text::firstInvalidUtf8(text); bad != std::string_view::npos) {
    result.diagnostics.push_back(notUtf8At(fileName, text, bad));
    return result;
  }
  Json root;
  GuardedSax sax(root);
  if (!Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true)) {
    // The SAX parser reports the offset just past the bad token.
    const std::size_t at = sax.errorPosition > 0 ? sax.errorPosition - 1 : 0;
    result.diagnostics.push_back(diagnosticAt(fileName, text, at, "not valid JSON: " + sax.error));
    return result;
  }
  Reader reader{fileName, result.diagnostics, source};
  if (!root.is_object()) {
    reader.problem("(top level)", "expected an object with \"format\": \"jobname-record\" or \"jobname-collection\"");
    return result;
  }
  const Json* format = reader.member(root, "format");
  result.isCollection = format && format->is_string() && format->get<std::string>() == "jobname-collection";
  if (result.isCollection) {
    if (!reader.checkFormat(root, "jobname-collection", "")) return result;
    const Json* records = reader.list(root, "records", "collection");
    if (!records) {
      reader.problem("records", "missing list of records");
      return result;
    }
    for (std::size_t i = 0; i < records->size(); ++i) {
      const std::string path = "records[" + std::to_string(i) + "]";
      const Json& r = (*records)[i];
      if (!reader.objectAt(r, path)) continue;
      model::CollectionEntry entry;
      entry.record = reader.record(r, path);
      reader.readString(r, "id", path, entry.id);
      if (const Json* created = reader.member(r, "createdMs"); created && created->is_number_integer()) entry.createdMs = created->get<std::int64_t>();
      if (const Json* updated = reader.member(r, "updatedMs"); updated && updated->is_number_integer()) entry.updatedMs = updated->get<std::int64_t>();
      result.records.push_back(std::move(entry));
    }
  } else {
    if (!reader.checkFormat(root, "jobname-record", "")) return result;
    model::CollectionEntry entry;
    entry.record = reader.record(root, "record");
    reader.readString(root, "id", "record", entry.id);
    if (const Json* created = reader.member(root, "createdMs"); created && created->is_number_integer()) entry.createdMs = created->get<std::int64_t>();
    if (const Json* updated = reader.member(root, "updatedMs"); updated && updated->is_number_integer()) entry.updatedMs = updated->get<std::int64_t>();
    result.records.push_back(std::move(entry));
  }
  if (hasErrors(result.diagnostics)) result.records.clear();  // nothing half-imported
  return result;
}

}  // namespace jobname::json
