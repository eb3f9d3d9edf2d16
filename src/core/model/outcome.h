// Where an interview ended, and every word the app has for it: the status row's codes, the words
// of the list and the statistics, the process panel's choices, and what an arrow of the Interview
// Process flowchart says. The list, the statistics, the record checks, the SVG, the screen's chart
// and the panel all ask here, so an arrow cannot draw green while the panel says "Still waiting".
// Not here: which stages were reached (the chart's layout) or the colours (each drawing's own).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::model {

enum class Outcome { Pending, Accepted, Rejected, Declined, Ghosted };

// In the order the list's filter and the statistics show them.
constexpr std::array<Outcome, 5> kOutcomes = {Outcome::Pending, Outcome::Accepted, Outcome::Rejected, Outcome::Declined,
                                              Outcome::Ghosted};

// "pending", "accepted", "rejected", "declined", "ghosted": the status row's codes (stages.h)
// for the four that end an interview.
const char* outcomeCode(Outcome outcome);
// The outcome a status code stands for; none for a stage that is not an outcome ("resume").
std::optional<Outcome> outcomeOfCode(std::string_view code);
// Where a status row ended: its last outcome code, Pending when it has none.
Outcome outcomeOfStatus(const std::vector<std::string>& codes);

// For the list and the statistics: "In progress", "Offer", "Not this time", "I declined", "Ghosted".
const char* outcomeWord(Outcome outcome);
// For the process panel, at the last stage reached: "Still waiting", "Rejected here", ...
const char* outcomeAtStageWord(Outcome outcome);

// What an arrow leaving a stage says, from its label (any case) and its head: "declin" is a
// decline; "reject" or a crossed head a rejection; "accept" or "offer" an acceptance; anything
// else Pending.
Outcome outcomeOfArrow(std::string_view label, bool crossedHead);
// The label an arrow gets for an outcome, as the book writes them ("rejected", "declined",
// "Accepted"; "" while pending).
const char* arrowLabel(Outcome outcome);

}  // namespace jobname::model
