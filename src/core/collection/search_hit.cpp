#include "core/collection/search_hit.h"

namespace jobname::collection {

std::optional<FieldHit> firstSearchHit(const model::Record& r, std::string_view search) {
  std::optional<FieldHit> hit;
  auto look = [&](const std::string& text, const std::string& field) {
    if (hit) return;
    if (const text::SearchHit span = text::findFolded(text, search); span.found()) hit = FieldHit{field, span};
  };
  look(r.company.name, "record.company");
  look(r.company.localName, "record.company.local");
  look(r.position, "record.position");
  for (const auto& way : r.applyWays) look(way, "record.apply.other");
  look(r.platform, "record.platform");
  for (std::size_t i = 0; i < r.dates.size(); ++i) {
    const std::string prefix = "record.date." + std::to_string(i);
    look(r.dates[i].label, prefix + ".label");
    look(r.dates[i].date, prefix + ".date");
    look(r.dates[i].note, prefix + ".note");
  }
  for (std::size_t s = 0; s < r.sections.size(); ++s) {
    const std::string prefix = "record.section." + std::to_string(s);
    look(r.sections[s].title, prefix + ".title");
    for (std::size_t q = 0; q < r.sections[s].items.size(); ++q) {
      const std::string item = prefix + ".item." + std::to_string(q);
      look(r.sections[s].items[q].text, item);
      look(r.sections[s].items[q].answer, item + ".answer");
    }
  }
  look(r.score.comment, "record.score.comment");
  return hit;
}

bool fieldWithin(std::string_view field, std::string_view part) {
  if (part.empty() || field.size() < part.size() || field.substr(0, part.size()) != part) return false;
  return field.size() == part.size() || field[part.size()] == '.';
}

}  // namespace jobname::collection
