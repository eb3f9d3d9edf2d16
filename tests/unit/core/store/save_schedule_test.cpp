#include "core/store/save_schedule.h"

#include <doctest/doctest.h>

using jobname::store::SaveSchedule;

TEST_CASE("save schedule: a save is due a short while after the first change, with what changed meanwhile") {
  SaveSchedule schedule;
  CHECK_FALSE(schedule.takeDue(100));  // nothing changed
  schedule.changed(10.0);
  schedule.changed(10.3);  // goes with the first: the save is not put off
  CHECK_FALSE(schedule.takeDue(10.3));
  CHECK(schedule.takeDue(10.0 + SaveSchedule::kDelaySeconds));
  CHECK_FALSE(schedule.takeDue(11.0));  // once
}

TEST_CASE("save schedule: a failed write is tried again a few seconds later, not at every frame") {
  SaveSchedule schedule;
  schedule.changed(0);
  REQUIRE(schedule.takeDue(1));
  schedule.failed(1);
  CHECK_FALSE(schedule.takeDue(1 + SaveSchedule::kRetrySeconds - 0.5));
  schedule.changed(2);  // a change meanwhile does not hurry the retry
  CHECK_FALSE(schedule.takeDue(2 + SaveSchedule::kDelaySeconds));
  CHECK(schedule.takeDue(1 + SaveSchedule::kRetrySeconds));
}

TEST_CASE("save schedule: a page being hidden saves what is scheduled, and nothing when nothing is") {
  SaveSchedule schedule;
  CHECK_FALSE(schedule.takeDue(1e18));
  schedule.changed(5);
  CHECK(schedule.takeDue(1e18));
}
