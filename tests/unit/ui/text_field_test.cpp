// Which field Tab, Shift+Tab and Enter go to from the one being edited (widgets/text_field.h).
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "ui/widgets/text_field.h"

using jobname::ui::neighbourField;

TEST_CASE("Tab goes to the next field of the same form in the order drawn, Shift+Tab to the previous") {
  const std::vector<std::string> order = {"collection.search", "record.company", "record.company.local", "record.company.url",
                                          "share.field"};
  CHECK(neighbourField(order, "record.company", 1) == "record.company.local");
  CHECK(neighbourField(order, "record.company.local", -1) == "record.company");
  CHECK(neighbourField(order, "record.company.url", 1) == "");  // the record's last field: none after it
  CHECK(neighbourField(order, "record.company", -1) == "");     // the search is another form
  CHECK(neighbourField(order, "collection.search", 1) == "");   // Enter in the search never edits the record
  CHECK(neighbourField(order, "record.gone", 1) == "");         // a field no longer drawn
  CHECK(neighbourField(order, "record.company", 0) == "");      // left with Escape or a click: nowhere
}
