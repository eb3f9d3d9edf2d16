// Base64 in its URL-safe alphabet (RFC 4648 §5, no padding): what a link fragment can carry
// without escaping.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace jobname::text {

std::string base64UrlEncode(std::string_view bytes);
// Empty optional when `encoded` has a character outside the alphabet or an impossible length.
std::optional<std::string> base64UrlDecode(std::string_view encoded);

}  // namespace jobname::text
