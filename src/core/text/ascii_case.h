// ASCII case folding for comparing and searching what people type: "LinkedIn" and "linkedin",
// "Rejected" and "rejected". Bytes outside ASCII (Persian, emoji) are kept as they are: this is
// not Unicode case mapping.
#pragma once
#include <string>
#include <string_view>

namespace jobname::text {

// "Send Resume" -> "send resume".
std::string lowerAscii(std::string_view text);
// Lower-cased, without the spaces at either end: " Doctoreto " -> "doctoreto".
std::string lowerAsciiTrimmed(std::string_view text);

}  // namespace jobname::text
