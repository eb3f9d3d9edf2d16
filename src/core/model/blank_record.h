// The record File > New starts from: the first stage sent, the usual process drawn ahead of it.
// The fields the user fills in are the editor's.
#pragma once
#include "core/model/record.h"

namespace jobname::model {

Record blankRecord();

}  // namespace jobname::model
