#include "core/book/file_names.h"

#include <doctest/doctest.h>

#include "core/text/utf8.h"

using namespace jobname::book;

TEST_CASE("file names: a stem keeps letters and digits, safe on every disk") {
  struct Case {
    const char* name;  // the bug or the habit it pins
    std::string input;
    const char* stem;
  };
  const Case cases[] = {
      {"ASCII lower-cased", "Snapp Market", "snapp-market"},
      {"accents dropped: Äpfel and äpfel are one name", "Äpfel", "apfel"},
      {"decomposed (NFD) like composed (NFC)", "A\xCC\x88pfel", "apfel"},
      {"two letters for one", "Straße Œuvre Æther", "strasse-oeuvre-aether"},
      {"Turkish dotted and dotless i", "İstanbul ıi", "istanbul-ii"},
      {"Vietnamese", "Nguyễn", "nguyen"},
      {"Persian kept, the zero-width non-joiner a dash", "دیجی‌کالا", "دیجی-کالا"},
      {"Persian madda composed (NFD like NFC)", "\xD8\xA7\xD9\x93\xD8\xA8", "آب"},
      {"Persian and Arabic digits as ASCII", "۱۴۰۲ ٣", "1402-3"},
      {"Arabic vowel marks and tatweel dropped", "مُحَمّـد", "محمد"},
      {"CJK, kana and Hangul kept", "東京 とうきょう 서울", "東京-とうきょう-서울"},
      {"full-width slash and dots are no path", "／．．／etc／passwd", "etc-passwd"},
      {"full-width letters are letters", "ＡＢＣ", "abc"},
      {"division slash, one dot leader, ideographic full stop", "a\xE2\x88\x95" "b\xE2\x80\xA4" "c\xE3\x80\x82" "d", "a-b-c-d"},
      {"bidi override (RLO) and other controls", "\xE2\x80\xAE" "cod.exe\x1B[0m", "cod-exe-0m"},
      {"zero-width and BOM", "a\xE2\x80\x8B" "b\xEF\xBB\xBF" "c", "a-b-c"},
      {"HTML", "<script>alert(1)</script>", "script-alert-1-script"},
      {"Windows' forbidden characters", "a<b>c:d\"e|f?g*h\\i", "a-b-c-d-e-f-g-h-i"},
      {"no dot, so no extension and no trailing dot", "v1.2. ", "v1-2"},
      {"cased scripts without a transliteration", "Ωmega Яндекс", "mega"},
      {"nothing left: the fallback", "!!!", "interview"},
      {"broken UTF-8", "a\xFF\xFE" "b", "a-b"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(fileStem(c.input) == c.stem);
    CHECK(unsafeZipPath(fileStem(c.input)).empty());
  }
}

TEST_CASE("file names: a 70,000-character name is cut to a short one, on a character boundary") {
  CHECK(fileStem(std::string(70000, 'x')).size() == kMaxStemBytes);
  std::string persian;
  for (int i = 0; i < 1000; ++i) persian += "ب ";
  const std::string stem = fileStem(persian);
  CHECK(stem.size() <= kMaxStemBytes);
  CHECK(jobname::text::firstInvalidUtf8(stem) == std::string::npos);
  CHECK(stem.back() != '-');
  CHECK(fileStem(persian, "x", std::string::npos).size() > 1000);  // the whole stem, for keys
}

TEST_CASE("file names: names in a folder are unique ignoring case, never a device name, never reserved") {
  FolderNames names{"readme.md", "index.md"};
  struct Case {
    const char* stem;
    const char* name;
  };
  const Case cases[] = {
      {"readme", "readme-2.md"},  // README.md is the chapter's page: readme.md would overwrite it on Windows and macOS
      {"index", "index-2.md"},    // mdBook writes README.md as index.html
      {"backend", "backend.md"},   {"backend", "backend-2.md"}, {"backend", "backend-3.md"},
      {"con", "con-2.md"},         {"nul", "nul-2.md"},         {"com1", "com1-2.md"},       {"lpt9", "lpt9-2.md"},
      {"aux", "aux-2.md"},         {"prn", "prn-2.md"},         {"console", "console.md"},   {"com10", "com10.md"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.stem);
    CHECK(names.take(c.stem, ".md") == c.name);
  }
  // A long stem keeps its suffix within the bound.
  const std::string longStem = fileStem(std::string(200, 'y'));
  CHECK(names.take(longStem, ".md") == longStem + ".md");
  const std::string second = names.take(longStem, ".md");
  CHECK(second.size() <= kMaxStemBytes + 3);
  CHECK(second.compare(second.size() - 5, 5, "-2.md") == 0);
  FolderNames folders;
  CHECK(folders.take("snapp", "") == "snapp");
  CHECK(folders.take("snapp", "") == "snapp-2");
}

TEST_CASE("file names: what is unsafe to extract somewhere is said") {
  struct Case {
    std::string path;
    const char* why;  // a word of the reason; "" when safe
  };
  const Case cases[] = {
      {"src/acme/backend.md", ""},
      {"src/دیجی-کالا/برنامه-نویس.md", ""},
      {"", "empty"},
      {"/etc/passwd", "empty name"},
      {"src//a.md", "empty name"},
      {"src/../a.md", "'..'"},
      {"src/" + std::string(256, 'a') + ".md", "255"},
      {std::string(70000, 'a'), "65,535"},
      {"src/CON.md", "device"},
      {"src/lpt1.tar.gz", "device"},
      {"src/a./b.md", "ending in '.'"},
      {"src/a /b.md", "ending in '.' or ' '"},
      {"src/a:b.md", "unsafe"},
      {"src\\a.md", "unsafe"},
      {"src/\xEF\xBC\x8F\xEF\xBC\x8E.md", "unsafe"},      // full-width / and .
      {"src/\xE2\x80\xAEgpj.exe", "unsafe"},              // RLO
      {"src/A\xCC\x88pfel.md", "unsafe"},                 // a combining mark
      {"src/a\x01.md", "unsafe"},
      {"src/\xFF.md", "UTF-8"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.path.substr(0, 40));
    const std::string why = unsafeZipPath(c.path);
    CAPTURE(why);
    if (*c.why == '\0') CHECK(why.empty());
    else CHECK(why.find(c.why) != std::string::npos);
  }
}
