#include "core/files/import_duplicates.h"

#include <doctest/doctest.h>

using namespace jobname;
using namespace jobname::files;

namespace {
model::Record interview(const std::string& company, const std::string& position, const std::string& firstDate) {
  model::Record r;
  r.company.name = company;
  r.position = position;
  if (!firstDate.empty()) r.dates.push_back({"Sent Resume", firstDate, "", model::kNew});
  return r;
}
}  // namespace

TEST_CASE("import duplicates: same company, position and first date, whatever the case and the spaces around") {
  std::vector<model::CollectionEntry> kept(2);
  kept[0].id = "a";
  kept[0].record = interview("doctoreto", "Senior Back-End Developer", "1404.04.09");
  kept[1].id = "b";
  kept[1].record = interview("Gharar", "Backend", "1403.01.02");

  const model::CollectionEntry* found = findDuplicate(kept, interview("  Doctoreto ", "senior back-end developer", "1404.04.09"));
  REQUIRE(found != nullptr);
  CHECK(found->id == "a");
  CHECK(findDuplicate(kept, interview("doctoreto", "Senior Back-End Developer", "1404.05.01")) == nullptr);  // another date
  CHECK(findDuplicate(kept, interview("doctoreto", "Frontend", "1404.04.09")) == nullptr);
  CHECK(findDuplicate({}, interview("doctoreto", "", "")) == nullptr);
}

TEST_CASE("import duplicates: the prompt names the record by company, position and first date") {
  CHECK(describeDuplicate(interview("doctoreto", "Senior Back-End Developer", "1404.04.09")) == "doctoreto, Senior Back-End Developer, 1404.04.09");
  CHECK(describeDuplicate(interview("Acme", "Backend", "")) == "Acme, Backend");
}
