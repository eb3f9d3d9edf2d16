// Zip archives in memory, written and read by minizip (zlib's contrib): the book export, and
// the tests that open it again.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jobname::book {

struct ZipEntry {
  std::string path;  // UTF-8, '/' between folders
  std::string content;
};

// Deflated entries stamped with `unixMs` (UTC); names are flagged as UTF-8. Empty optional if zlib
// runs out of memory, or a name is longer than a zip's 16-bit length field holds (65,535 bytes):
// written anyway, it would make a corrupt archive.
std::optional<std::string> writeZip(const std::vector<ZipEntry>& entries, std::int64_t unixMs);
// Every entry of an archive in order; empty optional when it is not a readable zip.
std::optional<std::vector<ZipEntry>> readZip(const std::string& archive);

}  // namespace jobname::book
