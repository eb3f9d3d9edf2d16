#include "core/model/stages.h"

#include "core/text/ascii_case.h"
#include "core/text/utf8.h"

namespace jobname::model {

const std::vector<StageKind>& knownStages() {
  static const std::vector<StageKind> stages = {
      {"resume", "📜", "Resume sent"},
      {"hr_call", "📞", "HR call"},
      {"hr_interview", "👱🏻‍♀️", "HR interview"},
      {"technical", "🔧", "Technical interview"},
      {"task", "📝", "Task"},
      {"task_review", "⚖️", "Task review"},
      {"accepted", "✅", "Offer accepted"},
      {"rejected", "❌", "Not this time"},
      {"declined", "❎", "I declined"},
      // Beyond the book's legend, what people ask trackers for; written as these emoji.
      {"no_reply", "⏳", "No reply yet"},
      {"ghosted", "👻", "Ghosted"},
  };
  return stages;
}

const StageKind* stageByCode(std::string_view code) {
  for (const auto& stage : knownStages()) {
    if (code == stage.code) return &stage;
  }
  return nullptr;
}

namespace {
bool isEmojiContinuation(char32_t cp) {
  return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3 ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

// Matches a known emoji at `pos`, also without its variation selector (⚖ for ⚖️).
const StageKind* matchKnown(std::string_view row, std::size_t pos, std::size_t& length) {
  const StageKind* best = nullptr;
  for (const auto& stage : knownStages()) {
    std::string_view emoji = stage.emoji;
    if (row.substr(pos, emoji.size()) == emoji && (!best || emoji.size() > length)) {
      best = &stage;
      length = emoji.size();
    }
    constexpr std::string_view kVariation = "\xEF\xB8\x8F";
    if (emoji.size() > kVariation.size() && emoji.substr(emoji.size() - kVariation.size()) == kVariation) {
      emoji.remove_suffix(kVariation.size());
      if (!best && row.substr(pos, emoji.size()) == emoji) {
        best = &stage;
        length = emoji.size();
      }
    }
  }
  return best;
}
}  // namespace

std::vector<std::string> parseStatusRow(std::string_view row) {
  std::vector<std::string> codes;
  std::size_t pos = 0;
  while (pos < row.size()) {
    if (row[pos] == ' ' || row[pos] == '\t' || row[pos] == '\r') { ++pos; continue; }
    std::size_t length = 0;
    if (const StageKind* stage = matchKnown(row, pos, length)) {
      codes.emplace_back(stage->code);
      pos += length;
      continue;
    }
    // One unknown grapheme: a code point with its modifiers and ZWJ-joined followers.
    const std::size_t start = pos;
    text::decodeUtf8(row, pos);
    while (pos < row.size()) {
      std::size_t next = pos;
      const char32_t cp = text::decodeUtf8(row, next);
      if (!isEmojiContinuation(cp)) break;
      pos = next;
      if (cp == 0x200D && pos < row.size()) text::decodeUtf8(row, pos);  // the joined emoji
    }
    codes.emplace_back(row.substr(start, pos - start));
  }
  return codes;
}

std::string writeStatusRow(const std::vector<std::string>& codes) {
  std::string row;
  for (const auto& code : codes) {
    const StageKind* stage = stageByCode(code);
    row += stage ? stage->emoji : code;
  }
  return row;
}

std::string stageCodeOfName(std::string_view name) {
  const std::string n = text::lowerAscii(name);
  const auto has = [&](const char* word) { return n.find(word) != std::string::npos; };
  if (has("resume")) return "resume";
  if (has("review")) return "task_review";
  if (has("task")) return "task";
  if (has("technical") || has("live cod")) return "technical";
  if (has("hr") && has("interview")) return "hr_interview";
  if (has("call")) return "hr_call";
  return {};
}

}  // namespace jobname::model
