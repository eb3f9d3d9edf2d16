#include "core/model/blank_record.h"

#include <doctest/doctest.h>

using namespace jobname;

TEST_CASE("blank record: a new record starts with its resume sent and the usual process ahead, nothing else filled in") {
  const model::Record r = model::blankRecord();
  CHECK(r.status == std::vector<std::string>{"resume"});
  CHECK(r.process == "flowchart LR\n    sr(Send Resume) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)");
  REQUIRE(r.dates.size() == 1);
  CHECK(r.dates[0].label == "Sent Resume");
  CHECK(r.dates[0].date.empty());
  CHECK(r.company.name.empty());
  CHECK(r.position.empty());
}
