// Repairs UTF-8 text that was once mis-decoded as Windows-1252 or Windows-1254 and saved again
// ("Ø¯Ú©ØªØ±ØªÙˆ" for "دکترتو", "ðŸ“œ" for "📜"), only where the evidence is overwhelming: every
// non-ASCII character of a line goes back to a byte, the bytes are UTF-8, what they spell is
// ordinary text (letters, punctuation, emoji; no script glued inside a Latin word), and the file
// holds at least kMinimumEvidence such coincidences. Legitimate text ("CAFÉ’S", "„Straße“",
// "DAĞ’DA") is never touched. Bytes the code pages leave undefined, which some decoders drop, are
// restored only where one choice is possible: a status-row emoji, a word-initial Persian ف.
// Everything else that looks mis-decoded is kept as it was and reported.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace jobname::markdown {

// Continuation bytes that fell into place across the file ("Ã©" is one, "ðŸ“œ" three): below
// this, a line that would decode is left alone (two-letter coincidences happen in real text).
constexpr int kMinimumEvidence = 3;

struct MojibakeFinding {
  enum class Kind {
    Repaired,           // the line was mis-decoded text and now reads as it was written
    Restored,           // a byte the mis-decoding dropped was put back (part of a repaired line)
    Unrecoverable,      // the line looks mis-decoded but does not decode back: kept as it was
    TooLittleEvidence,  // the line would decode, but the file holds too little evidence: kept
  };
  Kind kind = Kind::Repaired;
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in bytes of the text as given
  std::string message;
};

struct MojibakeRepair {
  std::string text;
  std::vector<MojibakeFinding> findings;
  bool changed = false;
};

MojibakeRepair repairMojibake(std::string_view text);
// The same, when the caller already scanned the text (importMarkdown validates it first):
// `mayBeMisdecoded` is text::Utf8Scan::mayBeMisdecoded.
MojibakeRepair repairMojibake(std::string_view text, bool mayBeMisdecoded);

}  // namespace jobname::markdown
