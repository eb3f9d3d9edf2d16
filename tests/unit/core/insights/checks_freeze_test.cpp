// The checks over hostile records (issue 12): what they find, and that the work they take is in
// proportion to the record, counted with a WorkMeter, never timed. Beside checks_test.cpp so
// that the checks' own cases stay in one table there.
#include <doctest/doctest.h>

#include "core/insights/checks.h"
#include "core/markdown/import.h"
#include "../../support/hostile_input.h"

using namespace jobname;
using namespace jobname::insights;

TEST_CASE("checks: broken link syntax, as before") {
  CHECK(brokenLink("see [the site](https://a.example) and [b](c)").empty());
  CHECK(brokenLink("[a]()") == "]()");
  CHECK(brokenLink("[a](https://a.example") == "](https://a.example");
  CHECK(brokenLink("[a](x\n)") == "](x");
  CHECK(brokenLink("[a](x) [b](y\n[c](z)") == "](y");
  CHECK(brokenLink("](x)").empty());
  CHECK(brokenLink("](x").empty() == false);
}

TEST_CASE("checks: the broken-link check reads a 4 MB one-line record once (freeze: jobname check took 66 s)") {
  // Every link looked for the end of its line: 100,000 links on a 4 MB line.
  const std::string line = testing::linksLine(4u << 20);
  WorkMeter meter;
  CHECK(brokenLink(line, &meter).empty());
  CHECK(meter.steps <= 3 * line.size());
  // And with no closing parenthesis anywhere after the first link, it stops at that link.
  const std::string open = "- " + std::string(100000, 'x') + line.substr(0, 1000) + "[x](" + std::string(1u << 20, 'y');
  WorkMeter meterOpen;
  CHECK(brokenLink(open, &meterOpen) == "](" + std::string(38, 'y'));
  CHECK(meterOpen.steps <= 3 * open.size());
  // The whole record through the checks, as `jobname check` reads it.
  const auto imported = markdown::importMarkdown(testing::recordWith("flowchart LR\n a --> b\n", line));
  REQUIRE(imported.record);
  CHECK(checkRecord(*imported.record).size() >= 1);  // no company link problem here: the record has one
}
