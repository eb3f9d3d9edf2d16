// Which imported record is one the journal keeps already: same company, position and first
// date (letter case and surrounding spaces aside). Asking the user what to do is the app's.
#pragma once
#include <string>
#include <vector>

#include "core/model/record.h"

namespace jobname::files {

// Same key: the same interview.
std::string duplicateKey(const model::Record& record);
// The kept record `record` duplicates, or null.
const model::CollectionEntry* findDuplicate(const std::vector<model::CollectionEntry>& kept, const model::Record& record);
// How the duplicate prompt names it: "doctoreto, Senior Back-End Developer, 1404.04.09".
std::string describeDuplicate(const model::Record& record);

}  // namespace jobname::files
