// Inputs that froze the app or the tool (issue 12), made to size: charts that are all arrows,
// records of one huge line. The unit tests count the work they take; the bench times them.
#pragma once
#include <string>

namespace jobname::testing {

// "a0 & a1 & ... --> b0 & b1 & ...": every a to every b (width x width arrows).
inline std::string fanChart(int width) {
  std::string left, right;
  for (int i = 0; i < width; ++i) {
    left += (i ? " & a" : "a") + std::to_string(i);
    right += (i ? " & b" : "b") + std::to_string(i);
  }
  return "flowchart LR\n    " + left + " --> " + right + "\n";
}

// A chain of `stages` stages, and a hub with an arrow to each of them.
inline std::string chainWithStarChart(int stages) {
  std::string chain = "s0", star = "hub --> s0";
  for (int i = 1; i < stages; ++i) {
    chain += " --> s" + std::to_string(i);
    star += " & s" + std::to_string(i);
  }
  return "flowchart LR\n    " + chain + "\n    " + star + "\n";
}

// `stages` stages, each with an arrow to every later one.
inline std::string allLinkedChart(int stages) {
  std::string out = "flowchart LR\n";
  for (int i = 0; i + 1 < stages; ++i) {
    out += "    n" + std::to_string(i) + " -->";
    for (int j = i + 1; j < stages; ++j) out += (j > i + 1 ? " & n" : " n") + std::to_string(j);
    out += "\n";
  }
  return out;
}

// A record in the jobname format around a chart and the text of one section.
inline std::string recordWith(const std::string& chart, const std::string& section) {
  return "# [Acme](https://acme.example)\n\n### Status\n#### 📜📞🔧❌\n## Developer\n### Interview process\n```mermaid\n" +
         chart + "```\n\n### Technical Interview\n" + section + "\n## Score\n<h4><mark>7/10</mark></h4>\n";
}

// One question line of `bytes` bytes, all Markdown links: "[l0](https://x.example/0) ...".
inline std::string linksLine(std::size_t bytes) {
  std::string line = "- Links";
  for (std::size_t i = 0; line.size() < bytes; ++i) {
    line += " [l" + std::to_string(i) + "](https://x.example/" + std::to_string(i) + ")";
  }
  return line + "\n";
}

// `count` distinct questions of eight words each (drawn from a fixed sequence, not at random).
inline std::string distinctQuestions(int count) {
  std::string out;
  unsigned state = 12345;
  for (int q = 0; q < count; ++q) {
    out += "-";
    for (int w = 0; w < 8; ++w) {
      state = state * 1103515245u + 12345u;
      out += " w" + std::to_string((state >> 8) % 3000);
    }
    out += "?\n";
  }
  return out;
}

}  // namespace jobname::testing
