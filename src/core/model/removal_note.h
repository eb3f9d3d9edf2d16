// What a removal took away, in one sentence for the notice that offers its Undo ("Removed the
// stage section Technical Interview (2 questions, 1 note)."). Words only: the undo itself is the
// app's history.
#pragma once
#include <string>

#include "core/model/record.h"

namespace jobname::model {

std::string describeRemovedRecord(const Record& record);
std::string describeRemovedSection(const Section& section);

}  // namespace jobname::model
