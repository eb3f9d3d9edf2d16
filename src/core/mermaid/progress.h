// How far an interview got, on a chart that is one chain in the jobname book's style:
//   sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x hri(HR Interview) -.-> o(Offer)
// Plain arrows join the stages reached; the arrow that leaves the last one carries a rejection or
// a withdrawal (--rejected--x, --declined--x) or, while waiting, is dotted like every arrow after
// it; an offer is the arrow into the last stage reached (--Accepted--> o(Offer)). Only arrow kinds
// and labels change here (and a final stage when an outcome needs an arrow the chain lacks); the
// text is written by write.h. Charts that are no chain have no progress here.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/mermaid/flowchart.h"
#include "core/model/outcome.h"

namespace jobname::mermaid {

struct ChainProgress {
  std::vector<std::string> order;  // stage ids along the chain
  std::size_t lastReached = 0;     // a position in `order`
  model::Outcome outcome = model::Outcome::Pending;
  // Where the outcome was decided: the last stage reached, but for an offer the stage before it.
  std::size_t outcomeStage() const {
    return outcome == model::Outcome::Accepted && lastReached > 0 ? lastReached - 1 : lastReached;
  }
};

// None when the chart is not one chain.
std::optional<ChainProgress> readProgress(const Flowchart& chart);

// Rewrites the chain's arrows so that the stages up to `stage` (a position along the chain) are
// reached and `outcome` is decided there: on the arrow that leaves it, which an offer follows to
// the next stage (then reached too). An outcome at the last stage adds the stage its arrow leads
// to ("Offer", or the book's blank circle when the chain has an offer). False, with nothing
// changed, when the chart is not one chain.
bool writeProgress(Flowchart& chart, std::size_t stage, model::Outcome outcome);

}  // namespace jobname::mermaid
