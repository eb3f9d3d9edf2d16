// Where in a record the search text is: the first field holding it, in the order the editor shows
// the fields, named as the editor names them ("record.company", "record.date.2.note",
// "record.section.1.item.3.answer"), with the hit's span in that field. What the list and the
// question bank open a record scrolled to; drawing the highlight is the editor's.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/model/record.h"
#include "core/text/search_fold.h"

namespace jobname::collection {

struct FieldHit {
  std::string field;
  text::SearchHit span;  // in the field's text as written
};

// Folded as the list's search is (text/search_fold.h): "۱۴۰۴" finds "1404", "كار" finds "کار".
std::optional<FieldHit> firstSearchHit(const model::Record& record, std::string_view search);

// True when the field named `field` is drawn inside the part named `part`: the part itself, or a
// name that goes on from it after a dot ("record.section.1.item.3.answer" is inside
// "record.section.1", not inside "record.section.10"). What a collapsed part opens for.
bool fieldWithin(std::string_view field, std::string_view part);

}  // namespace jobname::collection
