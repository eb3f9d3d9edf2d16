#include "core/insights/chart_svg.h"

#include <algorithm>

#include "core/text/bidi.h"
#include "core/text/xml.h"

namespace jobname::insights {

namespace {
}  // namespace

std::string barChartSvg(const std::string& title, const std::vector<Count>& counts, const std::vector<std::string>& notes) {
  const int rowHeight = 26, labelWidth = 220, barWidth = 420, top = 44;
  const int width = labelWidth + barWidth + 220, height = top + rowHeight * static_cast<int>(counts.size()) + 16;
  int largest = 1;
  for (const auto& c : counts) largest = std::max(largest, c.count());
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" +
                    std::to_string(height) + "\" font-family=\"'Noto Sans', 'Noto Sans Arabic', sans-serif\" font-size=\"15\">";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
  svg += "<text x=\"16\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#333a44\">" + text::escapeXml(title) + "</text>";
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const int y = top + rowHeight * static_cast<int>(i);
    const int w = barWidth * counts[i].count() / largest;
    const bool rtl = text::containsRightToLeft(counts[i].label);
    svg += "<text x=\"" + std::to_string(rtl ? labelWidth - 12 : 16) + "\" y=\"" + std::to_string(y + 17) + "\" fill=\"#333a44\"" +
           (rtl ? " text-anchor=\"end\" direction=\"rtl\"" : "") + ">" + text::escapeXml(counts[i].label) + "</text>";
    svg += "<rect x=\"" + std::to_string(labelWidth) + "\" y=\"" + std::to_string(y + 4) + "\" width=\"" + std::to_string(w) +
           "\" height=\"" + std::to_string(rowHeight - 8) + "\" rx=\"3\" fill=\"#e6b400\"/>";
    std::string value = std::to_string(counts[i].count());
    if (i < notes.size() && !notes[i].empty()) value += "  " + notes[i];
    svg += "<text x=\"" + std::to_string(labelWidth + w + 8) + "\" y=\"" + std::to_string(y + 17) + "\" fill=\"#333a44\">" +
           text::escapeXml(value) + "</text>";
  }
  return svg + "</svg>\n";
}

}  // namespace jobname::insights
