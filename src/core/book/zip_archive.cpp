#include "core/book/zip_archive.h"

#include <unzip.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <ctime>

namespace jobname::book {

namespace {
// minizip reads and writes through these callbacks: one growable buffer instead of a FILE.
struct MemoryFile {
  std::string* bytes;
  std::size_t position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const char*, int) { return opaque; }
uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void* buffer, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  const std::size_t available = file->bytes->size() - std::min(file->position, file->bytes->size());
  const std::size_t n = std::min<std::size_t>(size, available);
  std::memcpy(buffer, file->bytes->data() + file->position, n);
  file->position += n;
  return static_cast<uLong>(n);
}
uLong ZCALLBACK memoryWrite(voidpf, voidpf stream, const void* buffer, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  if (file->bytes->size() < file->position + size) file->bytes->resize(file->position + size);
  std::memcpy(file->bytes->data() + file->position, buffer, size);
  file->position += size;
  return size;
}
long ZCALLBACK memoryTell(voidpf, voidpf stream) { return static_cast<long>(static_cast<MemoryFile*>(stream)->position); }
long ZCALLBACK memorySeek(voidpf, voidpf stream, uLong offset, int origin) {
  auto* file = static_cast<MemoryFile*>(stream);
  std::size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = file->position;
  else if (origin == ZLIB_FILEFUNC_SEEK_END) base = file->bytes->size();
  if (base + offset > file->bytes->size()) return -1;
  file->position = base + offset;
  return 0;
}
int ZCALLBACK memoryClose(voidpf, voidpf) { return 0; }
int ZCALLBACK memoryError(voidpf, voidpf) { return 0; }

zlib_filefunc_def memoryFunctions(MemoryFile& file) {
  zlib_filefunc_def functions{};
  functions.zopen_file = memoryOpen;
  functions.zread_file = memoryRead;
  functions.zwrite_file = memoryWrite;
  functions.ztell_file = memoryTell;
  functions.zseek_file = memorySeek;
  functions.zclose_file = memoryClose;
  functions.zerror_file = memoryError;
  functions.opaque = &file;
  return functions;
}

tm_zip zipTime(std::int64_t unixMs) {
  const std::time_t seconds = static_cast<std::time_t>(unixMs / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  tm_zip t{};
  t.tm_sec = utc.tm_sec;
  t.tm_min = utc.tm_min;
  t.tm_hour = utc.tm_hour;
  t.tm_mday = utc.tm_mday;
  t.tm_mon = utc.tm_mon;
  t.tm_year = std::clamp(utc.tm_year + 1900, 1980, 2107);  // what a DOS date can hold
  return t;
}

constexpr uLong kUtf8NamesFlag = 1 << 11;  // general purpose bit 11: names are UTF-8
}  // namespace

std::optional<std::string> writeZip(const std::vector<ZipEntry>& entries, std::int64_t unixMs) {
  constexpr std::size_t kMaxZipName = 0xFFFF;
  for (const auto& entry : entries) {
    if (entry.path.size() > kMaxZipName) return std::nullopt;
  }
  std::string archive;
  MemoryFile file{&archive};
  zlib_filefunc_def functions = memoryFunctions(file);
  zipFile zip = zipOpen2("memory", APPEND_STATUS_CREATE, nullptr, &functions);
  if (!zip) return std::nullopt;
  zip_fileinfo info{};
  info.tmz_date = zipTime(unixMs);
  info.external_fa = 0644u << 16;  // rw-r--r-- for unzip on Unix
  bool ok = true;
  for (const auto& entry : entries) {
    ok = zipOpenNewFileInZip4(zip, entry.path.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_BEST_COMPRESSION, 0,
                              -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 3 << 8 /* made by Unix */,
                              kUtf8NamesFlag) == ZIP_OK &&
         zipWriteInFileInZip(zip, entry.content.data(), static_cast<unsigned>(entry.content.size())) == ZIP_OK &&
         zipCloseFileInZip(zip) == ZIP_OK;
    if (!ok) break;
  }
  if (zipClose(zip, nullptr) != ZIP_OK || !ok) return std::nullopt;
  return archive;
}

std::optional<std::vector<ZipEntry>> readZip(const std::string& archive) {
  std::string bytes = archive;  // minizip wants a mutable stream; reading never changes it
  MemoryFile file{&bytes};
  zlib_filefunc_def functions = memoryFunctions(file);
  unzFile zip = unzOpen2("memory", &functions);
  if (!zip) return std::nullopt;
  std::vector<ZipEntry> entries;
  bool ok = true;
  for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK && ok; rc = unzGoToNextFile(zip)) {
    unz_file_info info{};
    ok = unzGetCurrentFileInfo(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK;
    std::string name(ok ? info.size_filename : 0, '\0');  // the whole name, however long
    ok = ok && unzGetCurrentFileInfo(zip, &info, name.data(), static_cast<uLong>(name.size()), nullptr, 0, nullptr, 0) == UNZ_OK &&
         unzOpenCurrentFile(zip) == UNZ_OK;
    if (!ok) break;
    ZipEntry entry{name, std::string(info.uncompressed_size, '\0')};
    const int read = entry.content.empty() ? 0 : unzReadCurrentFile(zip, entry.content.data(), static_cast<unsigned>(entry.content.size()));
    // unzCloseCurrentFile checks the CRC once everything has been read.
    ok = read == static_cast<int>(entry.content.size()) && unzCloseCurrentFile(zip) == UNZ_OK;
    entries.push_back(std::move(entry));
  }
  unzClose(zip);
  if (!ok) return std::nullopt;
  return entries;
}

}  // namespace jobname::book
