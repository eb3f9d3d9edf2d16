// Text made safe to place in XML/SVG content and attribute values.
#pragma once
#include <string>
#include <string_view>

namespace jobname::text {

std::string escapeXml(std::string_view text);

}  // namespace jobname::text
