#include "core/share/deflate.h"

#include <zlib.h>

namespace jobname::share {

std::string zlibCompress(std::string_view bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                           static_cast<uLong>(bytes.size()), Z_BEST_COMPRESSION);
  if (rc != Z_OK) return {};  // only on out-of-memory: compressBound is always enough
  out.resize(size);
  return out;
}

std::optional<std::string> zlibDecompress(std::string_view stream, std::size_t maxBytes, std::string* error) {
  auto fail = [&](const char* why) -> std::optional<std::string> {
    if (error) *error = why;
    return std::nullopt;
  };
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return fail("out of memory");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stream.data()));
  z.avail_in = static_cast<uInt>(stream.size());
  std::string out;
  char chunk[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - z.avail_out);
    if (out.size() > maxBytes) {
      inflateEnd(&z);
      return fail("it unpacks to more than a record can be");
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // the stream stops early
  }
  const std::string_view message = z.msg ? z.msg : "";
  inflateEnd(&z);
  if (rc == Z_DATA_ERROR) {
    const bool checksum = message == "incorrect data check";
    return fail(checksum ? "its checksum does not match (it was changed)" : "its data is damaged");
  }
  if (rc != Z_STREAM_END) return fail("it is cut short");
  if (z.avail_in != 0) return fail("it has extra data after the record");
  return out;
}

const char* zlibLibraryVersion() { return ZLIB_VERSION; }

}  // namespace jobname::share
