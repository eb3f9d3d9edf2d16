#include "core/text/bidi.h"

#include <doctest/doctest.h>

#include "core/text/utf8.h"

using namespace jobname::text;

TEST_CASE("bidi: Latin text is left as it is") {
  CHECK(toVisual("Technical Interview") == "Technical Interview");
  CHECK(toVisual("") == "");
}

TEST_CASE("bidi: Persian is shaped into presentation forms and reversed") {
  // پ alone takes its isolated form.
  CHECK(toUtf32(toVisual("پ")) == U"\uFB56");
  // سلام: seen initial, lam-alef ligature (its U+FEFF placeholder dropped), meem isolated;
  // visual order runs left to right, so the first letter comes last.
  CHECK(toUtf32(toVisual("سلام")) == U"\uFEE1\uFEFC\uFEB3");
}

TEST_CASE("bidi: digits and Latin keep their own order inside a Persian line") {
  CHECK(toUtf32(toVisual("سلام 123")) == U"123 \uFEE1\uFEFC\uFEB3");
  CHECK(toUtf32(toVisual("سلام Go")) == U"Go \uFEE1\uFEFC\uFEB3");
}

TEST_CASE("bidi: each line is reordered on its own") {
  CHECK(toUtf32(toVisual("پ\nab")) == U"\uFB56\nab");
}

TEST_CASE("bidi: direction is detected from the first strong letter") {
  CHECK(containsRightToLeft("Go و Python"));
  CHECK_FALSE(containsRightToLeft("Go, Python 3.12"));
  CHECK(paragraphDirection("123 سلام abc") == BaseDirection::RightToLeft);
  CHECK(paragraphDirection("abc سلام") == BaseDirection::LeftToRight);
  CHECK(paragraphDirection("123") == BaseDirection::LeftToRight);
}

TEST_CASE("bidi: the cache returns the same text as a direct conversion and evicts the oldest") {
  VisualTextCache cache(2);
  CHECK(cache.visual("سلام") == toVisual("سلام"));
  CHECK(cache.visual("سلام", BaseDirection::LeftToRight) == toVisual("سلام", BaseDirection::LeftToRight));
  CHECK(cache.size() == 2);
  cache.visual("abc");
  CHECK(cache.size() == 2);
  CHECK(cache.visual("سلام") == toVisual("سلام"));
}

TEST_CASE("bidi: emoji sequences are made drawable glyph by glyph; the stored text is untouched") {
  CHECK(toVisual("👱🏻‍♀️") == "👱♀");
  CHECK(toVisual("⚖️") == "⚖");
  CHECK(toVisual("📜📞🔧❌") == "📜📞🔧❌");
}

TEST_CASE("bidi: a logical range of a line is found where it is drawn, split where the direction changes") {
  const auto drawn = [](std::string_view line, std::string_view found) {
    const std::size_t at = line.find(found);
    const std::string visual = toVisual(line);
    std::vector<std::string> pieces;
    for (const VisualRun& run : visualRuns(line, at, at + found.size())) pieces.push_back(visual.substr(run.begin, run.end - run.begin));
    return pieces;
  };
  CHECK(drawn("Snapp Food", "Food") == std::vector<std::string>{"Food"});
  // A Persian line is drawn from the right: its first word is the last drawn.
  CHECK(drawn("اسنپ فود", "اسنپ") == std::vector<std::string>{toVisual("اسنپ")});
  CHECK(drawn("اسنپ فود", "فود") == std::vector<std::string>{toVisual("فود")});
  // The Latin words keep their order on the left; the range crosses from Persian into them.
  CHECK(toVisual("اسنپ فود Snapp Food") == "Snapp Food " + toVisual("فود") + " " + toVisual("اسنپ"));
  CHECK(drawn("اسنپ فود Snapp Food", "فود Snapp") == std::vector<std::string>{"Snapp", " " + toVisual("فود")});
  CHECK(visualRuns("اسنپ", 0, 0).empty());
}
