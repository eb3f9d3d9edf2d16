// zlib's deflate stream (RFC 1950: deflate with an Adler-32 check), the same format as the
// browser's CompressionStream("deflate"). The check is what lets a damaged link be told apart.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace jobname::share {

std::string zlibCompress(std::string_view bytes);  // best compression: links are short-lived to make, long-lived to read
// Empty optional, with the reason in `error`, for a damaged stream or one that would inflate
// beyond `maxBytes` (a link crafted to fill memory).
std::optional<std::string> zlibDecompress(std::string_view stream, std::size_t maxBytes, std::string* error = nullptr);

// The zlib built in ("1.2.13"), for the About box and `jobname --version`.
const char* zlibLibraryVersion();

}  // namespace jobname::share
