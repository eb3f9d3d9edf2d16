#include "core/model/blank_record.h"

namespace jobname::model {

Record blankRecord() {
  Record r;
  r.status = {"resume"};
  r.process = "flowchart LR\n    sr(Send Resume) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)";
  r.dates.push_back({"Sent Resume", "", "", kNew});
  return r;
}

}  // namespace jobname::model
