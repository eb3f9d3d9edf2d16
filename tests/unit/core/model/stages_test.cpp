#include "core/model/stages.h"

#include <doctest/doctest.h>

using namespace jobname::model;

TEST_CASE("stages: every status emoji of the format reads as its code and writes back") {
  const auto codes = parseStatusRow("📜📞👱🏻‍♀️🔧📝⚖️✅❌❎");
  CHECK(codes == std::vector<std::string>{"resume", "hr_call", "hr_interview", "technical", "task", "task_review",
                                          "accepted", "rejected", "declined"});
  CHECK(writeStatusRow(codes) == "📜📞👱🏻‍♀️🔧📝⚖️✅❌❎");
}

TEST_CASE("stages: the balance scale without its variation selector is still a task review") {
  CHECK(parseStatusRow("⚖") == std::vector<std::string>{"task_review"});
}

TEST_CASE("stages: unknown emoji are kept whole, joiners and skin tones included") {
  const auto codes = parseStatusRow("📜 🤷🏽‍♂️ ❌");
  REQUIRE(codes.size() == 3);
  CHECK(codes[1] == "🤷🏽‍♂️");
  CHECK(writeStatusRow(codes) == "📜🤷🏽‍♂️❌");
  CHECK(stageByCode("🤷🏽‍♂️") == nullptr);
}
