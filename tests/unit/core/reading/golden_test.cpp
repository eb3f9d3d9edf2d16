// Golden tests of the reading view: a record in, the laid-out block list out as text (kind,
// direction, nesting, wrapped lines at 60 columns with a fixed advance per letter, the visual
// order of every line that is not plain left-to-right text). One expected file per corpus record
// and per focused case in tests/golden/reading/. After a deliberate change, regenerate with
//   JN_UPDATE_GOLDEN=1 build/native/tests/unit/jn_unit_tests -tc='reading golden*'
// and read the diff before committing it.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/markdown/import.h"
#include "core/mermaid/flowchart.h"
#include "core/reading/layout.h"
#include "core/reading/record_blocks.h"
#include "core/text/utf8.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::reading;
using jobname::testing::corpusFiles;
using jobname::testing::readFile;

namespace {
constexpr float kWidth = 60;

std::filesystem::path goldenDir() { return std::filesystem::path(JN_TEST_DATA_DIR).parent_path() / "golden" / "reading"; }

// One column per drawn letter, whatever the font; larger text takes proportionally more.
float fixedAdvance(std::u32string_view s, FontStyle font) {
  float n = 0;
  for (char32_t cp : s) n += text::isInvisibleForDisplay(cp) ? 0 : 1;
  return n * font.scale;
}

LayoutMetrics goldenMetrics() {
  LayoutMetrics m;
  m.lineHeight = 1;
  m.indentStep = 2;
  m.padding = 1;
  m.chartHeight = 4;
  m.minimumBoxWidth = 10;
  return m;
}

std::string number(float v) {
  std::ostringstream out;
  out << std::round(v * 100) / 100;
  return out.str();
}

std::string styleTags(const Segment& s, const ReadingDocument& doc) {
  std::string tags;
  auto add = [&](const std::string& t) { tags += (tags.empty() ? "" : ",") + t; };
  if (s.style & kBold) add("b");
  if (s.style & kItalic) add("i");
  if (s.style & kCode) add("code");
  if (s.style & kStrike) add("s");
  if (s.style & kMark) add("mark");
  if (s.style & kInert) add("inert");
  if (s.annotation >= 0) {
    const Annotation& a = doc.annotations[static_cast<std::size_t>(s.annotation)];
    add((a.kind == Annotation::Kind::Link ? "link:" : a.kind == Annotation::Kind::Image ? "image:" : "hint:") + a.target);
  }
  return tags.empty() ? "" : "{" + tags + "}";
}

void printLines(std::ostream& out, const WrappedText& text, const ReadingDocument& doc, const std::string& indent) {
  for (const TextLine& line : text.lines) {
    const float x = line.segments.empty() ? 0 : line.segments.front().x;
    out << indent << "@" << number(x) << " |" << text.text(line) << "\n";
    const bool plain = line.segments.size() == 1 && line.segments[0].style == kPlain && line.segments[0].annotation < 0 &&
                       text.text(line.segments[0]) == text.text(line);
    if (plain || line.segments.empty()) continue;
    out << indent << "   =";
    for (const Segment& s : line.segments) out << " «" << text.text(s) << "»" << styleTags(s, doc);
    out << "\n";
  }
}

const char* directionName(text::BaseDirection d) {
  return d == text::BaseDirection::RightToLeft ? "rtl" : d == text::BaseDirection::LeftToRight ? "ltr" : "auto";
}

std::string describe(const ReadingDocument& doc, const ReadingLayout& layout) {
  std::ostringstream out;
  out << "width " << number(layout.width) << ", " << doc.blocks.size() << " blocks, height " << number(layout.height)
      << " with answers closed\n";
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const LaidOutBlock& l = layout.blocks[i];
    out << "\n" << blockKindName(b.kind);
    if (b.kind == BlockKind::Heading) out << b.level;
    out << " " << directionName(b.text.direction);
    if (b.indent) out << " indent=" << b.indent;
    if (b.quote) out << " quote=" << b.quote;
    if (b.details >= 0) out << " in=" << b.details;
    if (b.opens >= 0) out << " opens=" << b.opens;
    if (!b.marker.empty()) out << " marker=" << b.marker << "@" << number(l.markerX);
    if (!b.colour.empty()) out << " colour=" << b.colour;
    out << " box=" << number(l.x) << "+" << number(l.width) << (l.shown ? "" : " hidden") << "\n";
    switch (b.kind) {
      case BlockKind::Chart: {
        const auto parsed = mermaid::parseFlowchart(b.code);
        if (parsed.chart) out << "  " << parsed.chart->nodes.size() << " nodes, " << parsed.chart->edges.size() << " edges\n";
        else out << "  (does not parse)\n";
        break;
      }
      case BlockKind::Table:
        out << "  columns";
        for (std::size_t c = 0; c < l.table.columnX.size(); ++c) out << " " << number(l.table.columnX[c]) << "+" << number(l.table.columnWidth[c]);
        out << "\n";
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
          for (std::size_t c = 0; c < b.rows[r].size(); ++c) {
            out << "  [" << r << "," << c << "] " << directionName(b.rows[r][c].text.direction) << (b.rows[r][c].header ? " header" : "") << "\n";
            printLines(out, l.table.cells[r][c], doc, "    ");
          }
        }
        break;
      case BlockKind::Rule: break;
      default: printLines(out, l.text, doc, "  "); break;
    }
  }
  if (!doc.details.empty()) out << "\n";
  for (std::size_t d = 0; d < doc.details.size(); ++d) {
    out << "details " << d << ": parent=" << doc.details[d].parent << (doc.details[d].open ? " open" : " closed") << "\n";
  }
  return out.str();
}

std::string layOut(const std::string& markdown, const std::string& name) {
  const auto imported = markdown::importMarkdown(markdown, name);
  if (!imported.record) return "not a record\n";
  const ReadingDocument doc = buildReadingDocument(*imported.record);
  const ReadingLayout layout = layoutReading(doc, kWidth, fixedAdvance, goldenMetrics());
  return describe(doc, layout);
}

bool updating() {
  const char* flag = std::getenv("JN_UPDATE_GOLDEN");
  return flag && std::string(flag) == "1";
}

// The first line where two texts differ, for a message that says where.
std::string firstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string x, y;
  for (int line = 1;; ++line) {
    const bool moreA = static_cast<bool>(std::getline(a, x));
    const bool moreB = static_cast<bool>(std::getline(b, y));
    if (!moreA && !moreB) return "identical";
    if (x != y || moreA != moreB) {
      return "line " + std::to_string(line) + ":\n  expected: " + (moreA ? x : "(end)") + "\n  actual:   " + (moreB ? y : "(end)");
    }
  }
}

void checkGolden(const std::filesystem::path& input, const std::filesystem::path& expectedPath) {
  CAPTURE(input.filename().string());
  const std::string actual = layOut(readFile(input), input.filename().string());
  if (updating()) {
    std::filesystem::create_directories(expectedPath.parent_path());
    std::ofstream(expectedPath, std::ios::binary) << actual;
    MESSAGE("wrote ", expectedPath.string());
    return;
  }
  REQUIRE_MESSAGE(std::filesystem::exists(expectedPath), "no golden file ", expectedPath.string(),
                  " (JN_UPDATE_GOLDEN=1 writes it)");
  const std::string expected = readFile(expectedPath);
  CHECK_MESSAGE(expected == actual, expectedPath.filename().string(), " differs at ", firstDifference(expected, actual));
}
}  // namespace

TEST_CASE("reading golden: every corpus record") {
  const auto files = corpusFiles();
  REQUIRE(files.size() == 32);
  for (const auto& path : files) checkGolden(path, goldenDir() / "corpus" / (path.stem().string() + ".txt"));
}

TEST_CASE("reading golden: focused cases") {
  std::vector<std::filesystem::path> cases;
  for (const auto& entry : std::filesystem::directory_iterator(goldenDir() / "cases")) {
    if (entry.path().extension() == ".md") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 6);
  for (const auto& path : cases) checkGolden(path, path.parent_path() / (path.stem().string() + ".txt"));
}

TEST_CASE("reading golden: every expected file has its input") {
  // A renamed or removed case must take its expected output with it.
  for (const char* folder : {"corpus", "cases"}) {
    for (const auto& entry : std::filesystem::directory_iterator(goldenDir() / folder)) {
      if (entry.path().extension() != ".txt") continue;
      const std::string stem = entry.path().stem().string();
      const bool hasInput = std::string(folder) == "cases" ? std::filesystem::exists(entry.path().parent_path() / (stem + ".md"))
                                                           : std::filesystem::exists(jobname::testing::corpusDir() / (stem + ".md"));
      CHECK_MESSAGE(hasInput, entry.path().string(), " has no input");
    }
  }
}
