// Names of the files and folders in a book's zip (and of single downloads) that extract the same
// everywhere: short, unique however a disk compares names, and never anything but a plain name.
// A name keeps ASCII letters and digits (lower-cased), Latin letters without their accents
// ("Äpfel" -> "apfel"), Persian and Arabic letters (Persian and Arabic digits as ASCII ones),
// Hebrew, CJK, kana and Hangul; everything else is one '-': punctuation, spaces, control, bidi and
// format characters, full-width look-alikes of / \ . :, and the scripts with letter case (Greek,
// Cyrillic...), which this file does not transliterate. What is kept has no letter case and no
// decomposed form, so two different names stay different on case-insensitive disks (NTFS, APFS,
// ext4 casefold) and on the ones that compare Unicode normalisation (APFS, HFS+): the name itself
// is the key that makes it unique, with no case folding or normalisation table.
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace jobname::book {

// A name's stem is at most this many bytes (cut on a character boundary): a path of the book
// stays far below Windows' 260 characters, each name far below the 255 every disk allows.
constexpr std::size_t kMaxStemBytes = 64;

// "company-position": the kept letters and digits, the rest one dash; `fallback` when none is left.
// `maxBytes` cuts it; the book keys its chapters by the whole stem (SIZE_MAX).
std::string fileStem(std::string_view text, const char* fallback = "interview", std::size_t maxBytes = kMaxStemBytes);

// The names given out in one folder. A name is never one of Windows' device names (con, nul,
// com1, lpt1... whatever follows them) nor one taken or reserved: then "-2", "-3"... is added.
class FolderNames {
 public:
  FolderNames() = default;
  explicit FolderNames(std::initializer_list<std::string_view> reserved);
  // `stem` (from fileStem) + `extension` (".md", or "" for a folder), made unique.
  std::string take(const std::string& stem, std::string_view extension);

 private:
  std::set<std::string> taken_;  // ASCII lower-cased: "README.md" and "readme.md" are one name
};

// Why a zip entry's path is unsafe to extract somewhere ("a component over 255 bytes", "a Windows
// device name", ...), or empty when it is safe everywhere. For tests and fuzzers of the writer.
std::string unsafeZipPath(std::string_view path);

}  // namespace jobname::book
