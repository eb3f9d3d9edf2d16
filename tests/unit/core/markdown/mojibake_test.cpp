// Mojibake repair: legitimate text is never touched; text really mis-decoded as Windows-1252 or
// -1254 (with the undefined bytes passed through as C1 controls, or dropped) is repaired, and a
// dropped byte is restored only where one choice is possible, with a diagnostic at line:col.
#include "core/markdown/mojibake.h"

#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using Kind = markdown::MojibakeFinding::Kind;

namespace {
enum class Page { Windows1252, Windows1254 };
enum class Undefined { PassedThrough, Dropped };

// What a Windows-1252 or -1254 decoder makes of UTF-8 bytes, saved again as UTF-8. Undefined
// bytes become C1 controls (the WHATWG decoder) or vanish (decoders told to ignore errors).
std::string misdecode(const std::string& utf8, Page page, Undefined undefined = Undefined::PassedThrough) {
  constexpr char32_t kUndefined = 0;
  static const char32_t k1252[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                     0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                     0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
  std::string out;
  for (unsigned char c : utf8) {
    char32_t cp = c;
    if (c >= 0x80 && c < 0xA0) {
      cp = k1252[c - 0x80];
      if (page == Page::Windows1254 && (c == 0x8E || c == 0x9E)) cp = kUndefined;  // Ž ž are not in 1254
    } else if (page == Page::Windows1254) {
      switch (c) {
        case 0xD0: cp = 0x011E; break; case 0xDD: cp = 0x0130; break; case 0xDE: cp = 0x015E; break;
        case 0xF0: cp = 0x011F; break; case 0xFD: cp = 0x0131; break; case 0xFE: cp = 0x015F; break;
        default: break;
      }
    }
    if (cp == kUndefined) {
      if (undefined == Undefined::Dropped) continue;
      cp = c;  // a C1 control
    }
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  }
  return out;
}

int count(const markdown::MojibakeRepair& r, Kind kind) {
  int n = 0;
  for (const auto& f : r.findings) n += f.kind == kind ? 1 : 0;
  return n;
}

const markdown::MojibakeFinding* first(const markdown::MojibakeRepair& r, Kind kind) {
  for (const auto& f : r.findings) {
    if (f.kind == kind) return &f;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("mojibake: CAFÉ’S, valid UTF-8, is not 'repaired' to CAFɒS") {
  const std::string text = "# [CAFÉ’S](https://cafes.example)\n\n### Status\n#### 📜\n";
  const auto repair = markdown::repairMojibake(text);
  CHECK(repair.text == text);
  CHECK_FALSE(repair.changed);
  CHECK(repair.findings.empty());
  const auto r = markdown::importMarkdown(text, "cafe.md");
  REQUIRE(r.record);
  CHECK(r.record->company.name == "CAFÉ’S");
  CHECK(r.diagnostics.empty());
  CHECK(markdown::exportMarkdown(*r.record) == text);
}

TEST_CASE("mojibake: ordinary French, German, Turkish, Persian and emoji text is never touched") {
  const char* legitimate[] = {
      "CAFÉ’S", "L’ÉTÉ À PARIS", "Café, naïve, Ünal", "« Où est la bibliothèque ? » — C’était l’été à Besançon.",
      "Ça coûte 25 € — très cher…", "CHÂTEAU D’EAU", "Il a dit : « OÙ ? »", "Ligne 1° étage, 2ᵉ porte",
      "„Straße“ und „Grüße“", "GROSSE MÄNNER’S", "Übermäßig “Ärger” über Öl", "Größe: 10 × 20 cm",
      "Türkçe’de İstanbul’a gidiyorum.", "DAĞ’DA KAR VAR", "ŞİŞLİ’DE, IĞDIR’DA, ÇAĞ’IN", "Işık, ağaç, dağ, göğüs",
      "مصاحبه‌ی خوبی بود، ولی «نتیجه» نداد.", "درِ گوشی گفت: سَمبَلیک", "stringها تو go", "📜📞🔧❌ 👱🏻‍♀️ ⚖️ ✅ ❎",
      "Café ☕ and 🍰", "Øre, Ærø, Åland — Søren’s", "ÑANDÚ’S “AÑO”", "© 2024 Acme® — ™", "Mr. Müller’s “Bücher”",
  };
  for (const char* line : legitimate) {
    CAPTURE(line);
    const std::string text = std::string("# [x](https://x.example)\n\n### Technical Interview\n- ") + line + "\n";
    const auto repair = markdown::repairMojibake(text);
    CHECK(repair.text == text);
    CHECK(repair.findings.empty());
    const auto r = markdown::importMarkdown(text);
    REQUIRE(r.record);
    CHECK(r.diagnostics.empty());
    CHECK(markdown::exportMarkdown(*r.record) == text);
  }
  // Every corpus record: untouched, without a word.
  for (const auto& path : jobname::testing::corpusFiles()) {
    CAPTURE(path.filename().string());
    const std::string text = jobname::testing::readFile(path);
    CHECK(markdown::repairMojibake(text).findings.empty());
  }
}

TEST_CASE("mojibake: text mis-decoded as Windows-1252 is repaired with a warning per line") {
  const std::string original = jobname::testing::readCorpus("doctoreto.md");
  const std::string garbled = misdecode(original, Page::Windows1252);
  REQUIRE(garbled.find("Ø¯Ú©ØªØ±ØªÙˆ") != std::string::npos);
  REQUIRE(garbled.find("ðŸ“œ") != std::string::npos);
  const auto r = markdown::importMarkdown(garbled, "doctoreto.md");
  REQUIRE(r.record);
  CHECK(r.record->company.localName == "دکترتو");
  CHECK(r.record->status.front() == "resume");
  CHECK(markdown::exportMarkdown(*r.record) == original);
  bool warned = false;
  for (const auto& d : r.diagnostics) {
    warned |= d.severity == Severity::Warning && d.line == 1 && d.column == 16 &&
              d.message == "repaired text that had been mis-decoded as Windows-1252 (mojibake)";
  }
  CHECK(warned);
}

TEST_CASE("mojibake: real mis-decoded texts are repaired") {
  struct Case {
    const char* original;
    Page page;
  };
  const Case cases[] = {
      {"résumé envoyé à l’équipe", Page::Windows1252},
      {"دکترتو", Page::Windows1252},
      {"مصاحبه‌ی خوبی بود، ولی «نتیجه» نداد.", Page::Windows1252},
      {"درِ گوشی گفت", Page::Windows1252},  // kasra: D9 90, a byte 1252 leaves undefined
      {"👱🏻‍♀️ ⚖️ ❌ ❎ 📝", Page::Windows1252},  // 0x8D 0x8F 0x9D inside
      {"İstanbul’a gidiyorum, çok güzel", Page::Windows1254},
      {"سَمبَلیک", Page::Windows1254},  // fatha: D9 8E, undefined in 1254 only
      {"📞📜🔧❌", Page::Windows1254},
      {"Привет, мир", Page::Windows1252},
  };
  for (const Case& c : cases) {
    const std::string garbled = misdecode(c.original, c.page);
    CAPTURE(c.original);
    CAPTURE(garbled);
    REQUIRE(garbled != c.original);
    const auto repair = markdown::repairMojibake("# [x](y)\n\n" + garbled + "\n");
    CHECK(repair.text == std::string("# [x](y)\n\n") + c.original + "\n");
    CHECK(count(repair, Kind::Repaired) == 1);
    REQUIRE(first(repair, Kind::Repaired));
    CHECK(first(repair, Kind::Repaired)->line == 3);
    CHECK(first(repair, Kind::Repaired)->message.find(c.page == Page::Windows1252 ? "Windows-1252" : "Windows-1254") !=
          std::string::npos);
  }
}

TEST_CASE("mojibake: a dropped byte of a status-row emoji is restored and said, at line:col") {
  // ❌ is E2 9D 8C and 📝 F0 9F 93 9D: 0x9D is undefined in Windows-1252.
  const std::string original = "# [Acme](https://acme.example)\n\n### Status\n#### 📜📝❌\n## Dev\n";
  const std::string garbled = misdecode(original, Page::Windows1252, Undefined::Dropped);
  REQUIRE(garbled.find("ðŸ“œðŸ“âŒ") != std::string::npos);
  const auto r = markdown::importMarkdown(garbled, "acme.md");
  REQUIRE(r.record);
  CHECK(r.record->status == std::vector<std::string>{"resume", "task", "rejected"});
  CHECK(markdown::exportMarkdown(*r.record) == original);
  std::vector<std::string> restored;
  for (const auto& d : r.diagnostics) {
    if (d.message.rfind("restored the status emoji", 0) == 0) restored.push_back(formatDiagnostic(d));
  }
  REQUIRE(restored.size() == 2);
  // "#### " (5 bytes) then ðŸ“œ (9 bytes): ðŸ“ is at column 15, âŒ after it (7 bytes) at 22.
  CHECK(restored[0] == "acme.md:4:15: warning: restored the status emoji 📝: the mis-decoding had dropped its byte 0x9D, "
                       "and no other stage fits");
  CHECK(restored[1].rfind("acme.md:4:22: warning: restored the status emoji ❌", 0) == 0);

  // The HR interview emoji loses two bytes (0x8F, 0x8D); ⚖️ one (0x8F).
  const std::string hr = "# [A](https://a.example)\n\n### Status\n#### 📜👱🏻‍♀️⚖️\n";
  const auto again = markdown::repairMojibake(misdecode(hr, Page::Windows1252, Undefined::Dropped));
  CHECK(again.text == hr);
  CHECK(count(again, Kind::Restored) == 2);
}

TEST_CASE("mojibake: a status row that two stages could spell is kept as it was and reported") {
  // In Windows-1254 📝 (…93 9D) and 📞 (…93 9E) both lose their last byte: no certain choice.
  const std::string original = "# [A](https://a.example)\n\n### Status\n#### 📜📝\n";
  const std::string garbled = misdecode(original, Page::Windows1254, Undefined::Dropped);
  const auto repair = markdown::repairMojibake(garbled);
  CHECK(count(repair, Kind::Restored) == 0);
  REQUIRE(first(repair, Kind::Unrecoverable));
  CHECK(first(repair, Kind::Unrecoverable)->line == 4);
  CHECK(repair.text.find("ğŸ“œğŸ“") != std::string::npos);  // kept as it was
}

TEST_CASE("mojibake: a dropped byte of ف is restored where it begins a word, and only there") {
  // ف is D9 81; 0x81 is undefined in both code pages. At the start of a word nothing else fits;
  // after a letter it could as well be a kasra (D9 90) or a damma (D9 8F).
  const std::string original = "# [x](y)\n\n### Technical Interview\n- فردا دکتر\n";
  const std::string garbled = misdecode(original, Page::Windows1252, Undefined::Dropped);
  const auto repair = markdown::repairMojibake(garbled);
  CHECK(repair.text == original);
  REQUIRE(first(repair, Kind::Restored));
  CHECK(first(repair, Kind::Restored)->line == 4);
  CHECK(first(repair, Kind::Restored)->column == 3);
  CHECK(first(repair, Kind::Restored)->message.find("'ف'") != std::string::npos);

  const std::string inWord = "# [x](y)\n\n### Technical Interview\n- حرف دکتر\n";
  const std::string garbledInWord = misdecode(inWord, Page::Windows1252, Undefined::Dropped);
  const auto kept = markdown::repairMojibake(garbledInWord);
  CHECK(kept.text == garbledInWord);
  CHECK(count(kept, Kind::Unrecoverable) == 1);
  CHECK(count(kept, Kind::Restored) == 0);
}

TEST_CASE("mojibake: a whole file mis-decoded with dropped bytes: what is certain is repaired, the rest reported") {
  const std::string original = jobname::testing::readCorpus("doctoreto.md");
  const std::string garbled = misdecode(original, Page::Windows1252, Undefined::Dropped);
  const auto r = markdown::importMarkdown(garbled, "doctoreto.md");
  REQUIRE(r.record);
  CHECK(r.record->company.localName == "دکترتو");
  CHECK(r.record->status.back() == "rejected");  // ❌ lost its 0x9D
  int unrecoverable = 0;
  for (const auto& d : r.diagnostics) unrecoverable += d.message.find("cannot be recovered") != std::string::npos ? 1 : 0;
  CHECK(unrecoverable > 0);  // lines with a ف or a kasra inside a word
}

TEST_CASE("mojibake: text that does not decode back is kept as it was and reported by line") {
  // "Ø¯" followed by a Persian letter: no Windows code page produced that line.
  const std::string text = "# [x](y)\n\nØ¯ Ú© دکتر\n";
  const auto repair = markdown::repairMojibake(text);
  CHECK(repair.text == text);
  REQUIRE(count(repair, Kind::Unrecoverable) == 1);
  CHECK(first(repair, Kind::Unrecoverable)->line == 3);
  const auto r = markdown::importMarkdown(text);
  REQUIRE(r.record);
  bool reported = false;
  for (const auto& d : r.diagnostics) reported |= d.line == 3 && d.message.find("cannot be recovered") != std::string::npos;
  CHECK(reported);
}

TEST_CASE("mojibake: a lone coincidence is too little evidence: kept, and said") {
  const std::string text = "# [x](y)\n\n- IRMÃ”\n";  // would read "IRMÔ"
  const auto repair = markdown::repairMojibake(text);
  CHECK(repair.text == text);
  CHECK(count(repair, Kind::TooLittleEvidence) == 1);
  CHECK(first(repair, Kind::TooLittleEvidence)->column == 6);
}
