#include "core/share/deflate.h"

#include <zlib.h>

namespace jobname::share {

namespace {
const Bytef* bytesOf(std::string_view text) { return reinterpret_cast<const Bytef*>(text.data()); }
}  // namespace

std::string zlibCompress(std::string_view bytes, std::string_view dictionary) {
  z_stream z{};
  if (deflateInit(&z, Z_BEST_COMPRESSION) != Z_OK) return {};  // only on out-of-memory
  if (!dictionary.empty() &&
      deflateSetDictionary(&z, bytesOf(dictionary), static_cast<uInt>(dictionary.size())) != Z_OK) {
    deflateEnd(&z);
    return {};
  }
  // After the dictionary: the bound then counts the four bytes that name it.
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())), '\0');
  z.next_in = const_cast<Bytef*>(bytesOf(bytes));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return rc == Z_STREAM_END ? out : std::string();  // deflateBound is always enough
}

std::optional<std::string> zlibDecompress(std::string_view stream, std::size_t maxBytes, std::string* error,
                                          std::string_view dictionary) {
  auto fail = [&](const char* why) -> std::optional<std::string> {
    if (error) *error = why;
    return std::nullopt;
  };
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return fail("out of memory");
  z.next_in = const_cast<Bytef*>(bytesOf(stream));
  z.avail_in = static_cast<uInt>(stream.size());
  std::string out;
  char chunk[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc == Z_NEED_DICT) {
      // The stream names its dictionary by the Adler-32 of its bytes; zlib refuses any other.
      if (dictionary.empty() || inflateSetDictionary(&z, bytesOf(dictionary), static_cast<uInt>(dictionary.size())) != Z_OK) {
        inflateEnd(&z);
        return fail("it was packed with a dictionary that its link version does not have");
      }
      rc = Z_OK;
      continue;
    }
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
