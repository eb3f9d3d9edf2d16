#include "core/book/file_names.h"

#include <algorithm>
#include <cstring>

#include "core/text/utf8.h"

namespace jobname::book {

namespace {
// U+00C0..U+024F (Latin-1 Supplement letters, Latin Extended-A and -B) as ASCII: the letter
// without its accents, '-' where there is none, '*' for two letters (kLatinPairs). Made from each
// character's compatibility decomposition, with the letters that have none written by hand.
constexpr char kLatin[] =
    "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
    "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "------------------f-------------oo-------------uu---------------"
    "----*********aaiioouuuuuuuuuu-aaaa----ggkkoooo--j***gg--nnaa----"
    "aaaaeeeeiiiioooorrrruuuusstt--hh------aaeeooooooooyy------------"
    "----------------";
static_assert(sizeof kLatin == 0x190 + 1, "one entry per code point of U+00C0..U+024F");
struct LatinPair {
  char32_t letter;
  const char* ascii;
};
constexpr LatinPair kLatinPairs[] = {{0xC6, "ae"},  {0xDE, "th"},  {0xDF, "ss"},  {0xE6, "ae"},  {0xFE, "th"},  {0x132, "ij"},
                                     {0x133, "ij"}, {0x152, "oe"}, {0x153, "oe"}, {0x1C4, "dz"}, {0x1C5, "dz"}, {0x1C6, "dz"},
                                     {0x1C7, "lj"}, {0x1C8, "lj"}, {0x1C9, "lj"}, {0x1CA, "nj"}, {0x1CB, "nj"}, {0x1CC, "nj"},
                                     {0x1F1, "dz"}, {0x1F2, "dz"}, {0x1F3, "dz"}};
// U+1E00..U+1EFF (Latin Extended Additional: Vietnamese and others), the same way.
constexpr char kLatinAdditional[] =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwyas----aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------";

static_assert(sizeof kLatinAdditional == 0x100 + 1, "one entry per code point of U+1E00..U+1EFF");

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

// Letters kept as they are: caseless scripts, each letter in its composed (NFC) form.
bool isKeptLetter(char32_t c) {
  return in(c, 0x0621, 0x063A) || in(c, 0x0641, 0x064A) || in(c, 0x066E, 0x066F) || in(c, 0x0671, 0x06D3) || c == 0x06D5 ||
         in(c, 0x06EE, 0x06EF) || in(c, 0x06FA, 0x06FC) || c == 0x06FF || in(c, 0x0750, 0x077F) || in(c, 0x08A0, 0x08C7) ||  // Arabic, Persian
         in(c, 0x05D0, 0x05EA) ||                                                                                              // Hebrew
         in(c, 0x3041, 0x3096) || in(c, 0x30A1, 0x30FA) || c == 0x30FC ||                                                     // kana
         in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) ||                                                                     // CJK
         in(c, 0xAC00, 0xD7A3);                                                                                                // Hangul
}

// Combining marks: dropped (a decomposed "A" + U+0308 reads as "a", like "Ä"), except Arabic
// madda and hamza, which compose with the letter before them.
bool isCombiningMark(char32_t c) {
  return in(c, 0x0300, 0x036F) || in(c, 0x0483, 0x0489) || in(c, 0x0591, 0x05C7) || in(c, 0x0610, 0x061A) ||
         in(c, 0x064B, 0x065F) || c == 0x0670 || in(c, 0x06D6, 0x06ED) || in(c, 0x08CA, 0x08FF) || in(c, 0x1AB0, 0x1AFF) ||
         in(c, 0x1DC0, 0x1DFF) || in(c, 0x20D0, 0x20FF) || in(c, 0x3099, 0x309A) || in(c, 0xFE20, 0xFE2F);
}

char32_t composedArabic(char32_t letter, char32_t mark) {
  struct Composition {
    char32_t letter, mark, composed;
  };
  static constexpr Composition kCompositions[] = {{0x0627, 0x0653, 0x0622}, {0x0627, 0x0654, 0x0623}, {0x0648, 0x0654, 0x0624},
                                                  {0x0627, 0x0655, 0x0625}, {0x064A, 0x0654, 0x0626}, {0x06D5, 0x0654, 0x06C0},
                                                  {0x06C1, 0x0654, 0x06C2}, {0x06D2, 0x0654, 0x06D3}};
  for (const auto& c : kCompositions) {
    if (c.letter == letter && c.mark == mark) return c.composed;
  }
  return 0;
}

std::string asciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// At most `maxBytes`, cut on a character boundary, with no '-' at either end.
std::string cutStem(std::string stem, std::size_t maxBytes) {
  if (stem.size() > maxBytes) {
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
    stem.resize(cut);
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  std::size_t lead = 0;
  while (lead < stem.size() && stem[lead] == '-') ++lead;
  return stem.substr(lead);
}

// CON, PRN, AUX, NUL, COM0-9 and LPT0-9 name devices on Windows, with any extension after them.
bool isWindowsDeviceName(std::string_view stem) {
  const std::string s = asciiLower(stem);
  if (s == "con" || s == "prn" || s == "aux" || s == "nul") return true;
  return s.size() == 4 && (s.compare(0, 3, "com") == 0 || s.compare(0, 3, "lpt") == 0) && s[3] >= '0' && s[3] <= '9';
}
}  // namespace

std::string fileStem(std::string_view text, const char* fallback, std::size_t maxBytes) {
  std::string stem;
  char32_t last = 0;  // the last code point kept
  auto separate = [&] {
    if (!stem.empty() && stem.back() != '-') stem += '-';
    last = '-';
  };
  auto appendAscii = [&](std::string_view ascii) {
    stem += ascii;
    last = static_cast<unsigned char>(ascii.back());
  };
  for (std::size_t pos = 0; pos < text.size() && stem.size() <= maxBytes;) {
    char32_t c = text::decodeUtf8(text, pos);
    if (in(c, 0xFF01, 0xFF5E)) c -= 0xFEE0;  // full-width forms: "／．" are "/." (Windows maps them so)
    if (c < 0x80) {
      const char a = static_cast<char>(c);
      if ((a >= '0' && a <= '9') || (a >= 'a' && a <= 'z')) appendAscii(std::string_view(&a, 1));
      else if (a >= 'A' && a <= 'Z') appendAscii(std::string(1, static_cast<char>(a - 'A' + 'a')));
      else separate();
    } else if (in(c, 0xC0, 0x24F) || in(c, 0x1E00, 0x1EFF)) {
      const char ascii = c <= 0x24F ? kLatin[c - 0xC0] : kLatinAdditional[c - 0x1E00];
      if (ascii == '-') {
        separate();
      } else if (ascii == '*') {
        const auto pair = std::find_if(std::begin(kLatinPairs), std::end(kLatinPairs), [&](const LatinPair& p) { return p.letter == c; });
        appendAscii(pair->ascii);
      } else {
        appendAscii(std::string_view(&ascii, 1));
      }
    } else if (in(c, 0x0660, 0x0669) || in(c, 0x06F0, 0x06F9)) {  // Arabic and Persian digits
      appendAscii(std::string(1, static_cast<char>('0' + (c & 0xF))));
    } else if (isCombiningMark(c)) {
      if (const char32_t composed = composedArabic(last, c)) {
        stem.resize(stem.size() - 2);  // Arabic letters are two bytes of UTF-8
        text::appendUtf8(stem, composed);
        last = composed;
      }
    } else if (c == 0x0640) {  // tatweel only stretches the letter before it
    } else if (isKeptLetter(c)) {
      text::appendUtf8(stem, c);
      last = c;
    } else {
      separate();
    }
  }
  stem = cutStem(std::move(stem), maxBytes);
  return stem.empty() ? fallback : stem;
}

FolderNames::FolderNames(std::initializer_list<std::string_view> reserved) {
  for (const auto name : reserved) taken_.insert(asciiLower(name));
}

std::string FolderNames::take(const std::string& stem, std::string_view extension) {
  for (int n = 1;; ++n) {
    std::string base = stem;
    if (n > 1) {
      const std::string suffix = "-" + std::to_string(n);
      base = cutStem(stem, kMaxStemBytes - suffix.size()) + suffix;
    }
    if (isWindowsDeviceName(base)) continue;
    std::string name = base + std::string(extension);
    if (taken_.insert(asciiLower(name)).second) return name;
  }
}

namespace {
// Characters that may not stand in a name: controls, what Windows forbids, bidi and other format
// characters (invisible, or reordering what is shown), full-width and other look-alikes of
// / \ . : (Windows' best-fit conversion turns some into the real ones), and combining marks
// (a name with them has another form under normalisation).
bool isUnsafeNameCharacter(char32_t c) {
  if (c < 0x20 || c == 0x7F || in(c, 0x80, 0x9F)) return true;
  if (c < 0x80) return std::strchr("<>:\"/\\|?*", static_cast<char>(c)) != nullptr;
  if (c == 0x00AD || c == 0x061C || c == 0x180E || in(c, 0x200B, 0x200F) || in(c, 0x2028, 0x202E) || in(c, 0x2060, 0x206F) ||
      c == 0xFEFF || in(c, 0xFFF0, 0xFFFF)) {
    return true;
  }
  if (in(c, 0xFF00, 0xFFEF) || in(c, 0x2024, 0x2026) || c == 0x2044 || c == 0x2215 || c == 0x2216 || c == 0x2236 ||
      c == 0x29F8 || c == 0x29F9 || c == 0x3002 || c == 0xFE52 || c == 0xFE55 || c == 0xFE68 || c == 0x02D0 || c == 0xA789) {
    return true;
  }
  return isCombiningMark(c) || c == text::kReplacementChar;
}
}  // namespace

std::string unsafeZipPath(std::string_view path) {
  if (path.empty()) return "an empty path";
  if (path.size() > 0xFFFF) return "a path longer than a zip can hold (65,535 bytes)";
  if (text::firstInvalidUtf8(path) != std::string_view::npos) return "a path that is not UTF-8";
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view name = path.substr(start, end - start);
    start = end + 1;
    if (name.empty()) return "an empty name (a leading '/' or '//')";
    if (name == "." || name == "..") return "a '.' or '..' name";
    if (name.size() > 255) return "a name over 255 bytes";
    if (name.back() == '.' || name.back() == ' ' || name.front() == ' ') return "a name ending in '.' or ' ', or starting with ' '";
    if (isWindowsDeviceName(name.substr(0, name.find('.')))) return "a Windows device name";
    for (std::size_t pos = 0; pos < name.size();) {
      if (isUnsafeNameCharacter(text::decodeUtf8(name, pos))) return "a character that is unsafe in a name";
    }
  }
  return {};
}

}  // namespace jobname::book
