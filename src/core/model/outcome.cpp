#include "core/model/outcome.h"

#include "core/text/ascii_case.h"

namespace jobname::model {

const char* outcomeCode(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted: return "accepted";
    case Outcome::Rejected: return "rejected";
    case Outcome::Declined: return "declined";
    case Outcome::Ghosted: return "ghosted";
    case Outcome::Pending: break;
  }
  return "pending";
}

std::optional<Outcome> outcomeOfCode(std::string_view code) {
  for (Outcome outcome : kOutcomes) {
    if (outcome != Outcome::Pending && code == outcomeCode(outcome)) return outcome;
  }
  return std::nullopt;
}

Outcome outcomeOfStatus(const std::vector<std::string>& codes) {
  for (auto it = codes.rbegin(); it != codes.rend(); ++it) {
    if (const auto outcome = outcomeOfCode(*it)) return *outcome;
  }
  return Outcome::Pending;
}

const char* outcomeWord(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted: return "Offer";
    case Outcome::Rejected: return "Not this time";
    case Outcome::Declined: return "I declined";
    case Outcome::Ghosted: return "Ghosted";
    case Outcome::Pending: break;
  }
  return "In progress";
}

const char* outcomeAtStageWord(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted: return "Accepted here";
    case Outcome::Rejected: return "Rejected here";
    case Outcome::Declined: return "I declined here";
    case Outcome::Ghosted: return "No answer after this";
    case Outcome::Pending: break;
  }
  return "Still waiting";
}

Outcome outcomeOfArrow(std::string_view label, bool crossedHead) {
  const std::string l = text::lowerAscii(label);
  const auto has = [&](const char* word) { return l.find(word) != std::string::npos; };
  if (has("declin")) return Outcome::Declined;
  if (has("reject") || crossedHead) return Outcome::Rejected;
  if (has("accept") || has("offer")) return Outcome::Accepted;
  return Outcome::Pending;
}

const char* arrowLabel(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted: return "Accepted";  // as the book writes it: --Accepted--> o(Offer)
    case Outcome::Rejected: return "rejected";
    case Outcome::Declined: return "declined";
    case Outcome::Ghosted:
    case Outcome::Pending: break;
  }
  return "";
}

}  // namespace jobname::model
