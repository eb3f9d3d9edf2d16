// zlib's deflate stream (RFC 1950: deflate with an Adler-32 check), the same format as the
// browser's CompressionStream("deflate"). The check is what lets a damaged link be told apart.
// A preset dictionary (RFC 1950's FDICT) primes the window with text the stream is likely to
// repeat; the stream names it by its Adler-32, and only an inflater given the same bytes reads it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace jobname::share {

// Best compression: links are short-lived to make, long-lived to read. An empty dictionary makes
// the plain stream that CompressionStream("deflate") also makes.
std::string zlibCompress(std::string_view bytes, std::string_view dictionary = {});
// Empty optional, with the reason in `error`, for a damaged stream, one packed with a dictionary
// other than `dictionary`, or one that would inflate beyond `maxBytes` (a link crafted to fill
// memory). A stream made without a dictionary reads whatever `dictionary` is given.
std::optional<std::string> zlibDecompress(std::string_view stream, std::size_t maxBytes, std::string* error = nullptr,
                                          std::string_view dictionary = {});

// The zlib built in ("1.2.13"), for the About box and `jobname --version`.
const char* zlibLibraryVersion();

}  // namespace jobname::share
