#include "core/model/record.h"

#include <doctest/doctest.h>

using namespace jobname::model;

TEST_CASE("record: durations are read into minutes the way people write them") {
  CHECK(durationMinutes("1 hour") == 60);
  CHECK(durationMinutes("About 45 minutes") == 45);
  CHECK(durationMinutes("1 hour and 30 minutes") == 90);
  CHECK(durationMinutes("1 hour & 30 minutes") == 90);
  CHECK(durationMinutes("1.5 hours") == 90);
  CHECK(durationMinutes("5 days") == 5 * 24 * 60);
  CHECK(durationMinutes("1 week") == 7 * 24 * 60);
  CHECK_FALSE(durationMinutes("IDK"));
  CHECK_FALSE(durationMinutes("a while"));
}
