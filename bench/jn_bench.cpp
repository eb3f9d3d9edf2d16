// Core figures for `make bench`: Markdown import/export and JSON import throughput over the corpus
// repeated to at least 20 MB, flowchart layout (corpus median and generated worst cases), the
// record checks over hostile records, the active content check (corpus and worst cases), share
// link lengths, and the heap a 1,000-record collection takes. Prints
// `name: value unit`. Usage: jn_bench --corpus DIR [--prefix wasm_] [--only md_import]
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "core/insights/active_content.h"
#include "core/insights/checks.h"
#include "core/insights/question_bank.h"
#include "core/insights/stats.h"
#include "core/json/record_json.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/mermaid/layout.h"
#include "core/share/qr.h"
#include "core/share/share_link.h"
#include "hostile_input.h"

// Live heap bytes, counted by the global allocation functions of this program.
namespace {
std::size_t liveBytes = 0;
}
void* operator new(std::size_t size) {
  auto* block = static_cast<std::size_t*>(std::malloc(size + sizeof(std::max_align_t)));
  if (!block) throw std::bad_alloc();
  *block = size;
  liveBytes += size;
  return reinterpret_cast<char*>(block) + sizeof(std::max_align_t);
}
void operator delete(void* p) noexcept {
  if (!p) return;
  auto* block = reinterpret_cast<std::size_t*>(static_cast<char*>(p) - sizeof(std::max_align_t));
  liveBytes -= *block;
  std::free(block);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {
using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The median of a few runs of `work`, in milliseconds (for work that takes milliseconds or more).
template <typename Work>
double medianMs(int runs, Work work) {
  std::vector<double> ms;
  for (int k = 0; k < runs; ++k) {
    const auto start = Clock::now();
    work();
    ms.push_back(seconds(start) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

template <typename Work>
double megabytesPerSecond(std::size_t bytesPerRound, Work work) {
  const std::size_t rounds = std::max<std::size_t>(1, (20u << 20) / std::max<std::size_t>(1, bytesPerRound) + 1);
  work();  // warm up
  const auto start = Clock::now();
  for (std::size_t r = 0; r < rounds; ++r) work();
  return static_cast<double>(bytesPerRound) * rounds / (1 << 20) / seconds(start);
}

// The charts that froze the page (issue 12), from text to what the app shows: parse and layout
// as the app does them (over the limits, only counted and said in a sentence), the same with no
// limits (the layout's own worst case), and the largest charts still drawn.
void printFlowchartWorstCases(const std::string& prefix, double corpusMedianMs) {
  namespace mm = jobname::mermaid;
  namespace t = jobname::testing;
  const std::vector<std::string> overLimits = {t::fanChart(300), t::chainWithStarChart(1000), t::allLinkedChart(200)};
  // Just under the limits of 500 stages and 5,000 arrows: 4,900, 998 and 4,950 arrows.
  const std::vector<std::string> underLimits = {t::fanChart(70), t::chainWithStarChart(499), t::allLinkedChart(100)};
  auto asTheAppDoes = [](const std::string& text) {
    const auto parsed = mm::parseFlowchart(text);
    if (!parsed.chart) std::abort();
    return mm::layoutFlowchart(*parsed.chart);
  };
  double worst = 0, drawnWorst = 0, unlimitedWorst = 0;
  for (const auto& text : overLimits) {
    worst = std::max(worst, medianMs(5, [&] {
      if (asTheAppDoes(text).notDrawn.empty()) std::abort();
    }));
    unlimitedWorst = std::max(unlimitedWorst, medianMs(3, [&] {
      const auto parsed = mm::parseFlowchart(text, nullptr, UINT64_MAX);
      mm::LayoutOptions unlimited;
      unlimited.maxStages = SIZE_MAX;
      unlimited.maxArrows = UINT64_MAX;
      if (!parsed.chart || mm::layoutFlowchart(*parsed.chart, mm::estimateTextSize, unlimited).nodes.empty()) std::abort();
    }));
  }
  for (const auto& text : underLimits) {
    drawnWorst = std::max(drawnWorst, medianMs(5, [&] {
      if (asTheAppDoes(text).nodes.empty()) std::abort();
    }));
  }
  const double overLimitsWorst = worst;
  worst = std::max(worst, drawnWorst);
  std::printf("%sflowchart_layout_corpus_median_ms: %.3f ms\n", prefix.c_str(), corpusMedianMs);
  std::printf("%sflowchart_layout_worst_ms: %.1f ms\n", prefix.c_str(), worst);
  std::printf("%sflowchart_layout_over_limits_worst_ms: %.2f ms\n", prefix.c_str(), overLimitsWorst);
  std::printf("%sflowchart_layout_drawn_worst_ms: %.1f ms\n", prefix.c_str(), drawnWorst);
  std::printf("%sflowchart_layout_unlimited_worst_ms: %.1f ms\n", prefix.c_str(), unlimitedWorst);
}

// `jobname check` on records built to be slow: import and every check, per MB of the file. A
// 5 MB record of links on one line, 5,000 distinct questions, and a JSON record of 16,000
// questions edited after export (so none matches the embedded Markdown as it stands).
void printCheckFigures(const std::string& prefix) {
  namespace t = jobname::testing;
  const std::string chart = "flowchart LR\n    a --> b\n";
  const std::string links = t::recordWith(chart, t::linksLine(5000000));  // 5 MB: a record may take 5 MiB
  const std::string questions = t::recordWith(chart, t::distinctQuestions(5000));
  const std::string exported = jobname::json::recordToJson(*jobname::markdown::importMarkdown(t::recordWith(chart, t::distinctQuestions(16000))).record);
  std::string json;  // every question's text edited: "...?" becomes "...?!"
  for (std::size_t from = 0, at; from < exported.size(); from = at + 2) {
    at = std::min(exported.find("?\"", from), exported.size());
    json.append(exported, from, at - from);
    if (at < exported.size()) json += "?!\"";
  }
  auto msPerMb = [](const std::string& text, bool isJson) {
    const double ms = medianMs(3, [&] {
      std::size_t problems = 0;
      if (isJson) {
        for (const auto& e : jobname::json::importJson(text).records) problems += jobname::insights::checkRecord(e.record).size() + 1;
      } else {
        problems += jobname::insights::checkRecord(*jobname::markdown::importMarkdown(text).record).size() + 1;
      }
      if (problems == 0) std::abort();
    });
    return ms / (static_cast<double>(text.size()) / (1 << 20));
  };
  const double linksMs = msPerMb(links, false), questionsMs = msPerMb(questions, false), jsonMs = msPerMb(json, true);
  std::printf("%scheck_ms_per_mb: %.1f ms/MB\n", prefix.c_str(), std::max({linksMs, questionsMs, jsonMs}));
  std::printf("%scheck_links_ms_per_mb: %.1f ms/MB (%.1f MB)\n", prefix.c_str(), linksMs, links.size() / 1048576.0);
  std::printf("%scheck_questions_ms_per_mb: %.1f ms/MB (%.2f MB)\n", prefix.c_str(), questionsMs, questions.size() / 1048576.0);
  std::printf("%scheck_json_ms_per_mb: %.1f ms/MB (%.1f MB)\n", prefix.c_str(), jsonMs, json.size() / 1048576.0);
  // The book's FAQ over the same 5,000 questions (a book of them took a minute).
  const std::vector<jobname::model::CollectionEntry> book = {{"q", 0, 0, *jobname::markdown::importMarkdown(questions).record}};
  const double bankMs = medianMs(3, [&] {
    if (jobname::insights::buildQuestionBank(book).size() != 5000) std::abort();
  });
  std::printf("%squestion_bank_ms_5000_distinct: %.1f ms\n", prefix.c_str(), bankMs);
}
}  // namespace

int main(int argc, char** argv) {
  std::string corpusDir = "third_party/corpus", prefix, only;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--corpus") corpusDir = argv[i + 1];
    else if (flag == "--prefix") prefix = argv[i + 1];
    else if (flag == "--only") only = argv[i + 1];
  }
  std::vector<std::string> files;
  std::size_t corpusBytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpusDir)) {
    if (entry.path().extension() != ".md" || entry.path().filename() == "README.md") continue;
    files.push_back(readFile(entry.path()));
    corpusBytes += files.back().size();
  }
  if (files.empty()) {
    std::fprintf(stderr, "jn_bench: no records in %s\n", corpusDir.c_str());
    return 1;
  }
  auto wanted = [&](const char* name) { return only.empty() || only == name; };

  std::vector<jobname::model::Record> records;
  for (const auto& f : files) records.push_back(*jobname::markdown::importMarkdown(f).record);

  if (wanted("md_import")) {
    const double rate = megabytesPerSecond(corpusBytes, [&] {
      for (const auto& f : files) {
        if (!jobname::markdown::importMarkdown(f).record) std::abort();
      }
    });
    std::printf("%smd_import_mb_per_s: %.1f MB/s\n", prefix.c_str(), rate);
  }
  if (wanted("md_export")) {
    std::size_t sink = 0;
    const double rate = megabytesPerSecond(corpusBytes, [&] {
      for (const auto& r : records) sink += jobname::markdown::exportMarkdown(r).size();
    });
    if (sink == 0) std::abort();
    std::printf("%smd_export_mb_per_s: %.1f MB/s\n", prefix.c_str(), rate);
  }
  if (wanted("json_import")) {
    std::vector<std::string> jsons;
    std::size_t jsonBytes = 0;
    for (const auto& r : records) {
      jsons.push_back(jobname::json::recordToJson(r));
      jsonBytes += jsons.back().size();
    }
    const double rate = megabytesPerSecond(jsonBytes, [&] {
      for (const auto& j : jsons) {
        if (jobname::json::importJson(j).records.size() != 1) std::abort();
      }
    });
    std::printf("%sjson_import_mb_per_s: %.1f MB/s\n", prefix.c_str(), rate);
  }
  if (wanted("flowchart")) {
    // Median over the corpus charts of the time to parse and lay out one chart.
    std::vector<double> perChart;
    for (const auto& r : records) {
      constexpr int kRounds = 2000;
      std::size_t sink = 0;
      const auto start = Clock::now();
      for (int k = 0; k < kRounds; ++k) {
        const auto parsed = jobname::mermaid::parseFlowchart(r.process);
        if (!parsed.chart) std::abort();
        sink += jobname::mermaid::layoutFlowchart(*parsed.chart).nodes.size();
      }
      if (sink == 0) std::abort();
      perChart.push_back(seconds(start) * 1e6 / kRounds);
    }
    std::sort(perChart.begin(), perChart.end());
    std::printf("%sflowchart_parse_layout_us: %.1f us\n", prefix.c_str(), perChart[perChart.size() / 2]);
    printFlowchartWorstCases(prefix, perChart[perChart.size() / 2] / 1000);
  }
  if (wanted("check")) printCheckFigures(prefix);
  if (wanted("insights")) {
    // The Stats view and the question bank over 1,000 records, each computed anew.
    std::vector<jobname::model::CollectionEntry> journal;
    for (int i = 0; i < 1000; ++i) journal.push_back({std::to_string(i), 0, 0, records[i % records.size()]});
    auto median = [](auto work) {
      std::vector<double> ms;
      for (int k = 0; k < 15; ++k) {
        const auto start = Clock::now();
        work();
        ms.push_back(seconds(start) * 1000);
      }
      std::sort(ms.begin(), ms.end());
      return ms[ms.size() / 2];
    };
    std::size_t sink = 0;
    const double statsMs = median([&] { sink += jobname::insights::computeStats(journal).records; });
    const double bankMs = median([&] { sink += jobname::insights::buildQuestionBank(journal).size(); });
    if (sink == 0) std::abort();
    std::printf("%sstats_ms_1000_records: %.2f ms\n", prefix.c_str(), statsMs);
    std::printf("%squestion_bank_ms_1000_records: %.2f ms\n", prefix.c_str(), bankMs);
  }
  if (wanted("active_content")) {
    // The active content check over the corpus, and its worst cases: 5 MB texts built to overlap
    // tags, to repeat attributes, to open a tag at every other byte, and of links.
    const double rate = megabytesPerSecond(corpusBytes, [&] {
      for (const auto& f : files) {
        if (jobname::insights::findActiveContent(f).any()) std::abort();
      }
    });
    std::printf("%sactive_content_mb_per_s: %.1f MB/s\n", prefix.c_str(), rate);
    double worst = 0;
    for (const char* unit : {"<b y=\"<c z='", "<a x x x x ", "<a<a<a<a", "[x](javascript:x) ", "<img src=x onerror=y>"}) {
      std::string text;
      while (text.size() < (5u << 20)) text += unit;
      const auto start = Clock::now();
      if (jobname::insights::neutraliseActiveContent(text).empty()) std::abort();
      worst = std::max(worst, seconds(start) * 1000 / 5);
    }
    std::printf("%sactive_content_worst_ms_per_mb: %.1f ms/MB\n", prefix.c_str(), worst);
  }
  if (wanted("share")) {
    // The "#r=..." part of a share link: the page's own address (e.g. 38 characters for
    // https://user.github.io/jobname-studio/) comes before it.
    std::vector<std::size_t> chars;
    for (const auto& r : records) chars.push_back(jobname::share::shareFragment(r).size() + 1);
    std::sort(chars.begin(), chars.end());
    const auto over = std::count_if(chars.begin(), chars.end(), [](std::size_t n) { return n > jobname::share::kChatMessageChars; });
    std::printf("%sshare_link_chars_median: %zu chars\n", prefix.c_str(), chars[chars.size() / 2]);
    std::printf("%sshare_link_chars_max: %zu chars\n", prefix.c_str(), chars.back());
    std::printf("%sshare_links_over_4096_chars: %zu of %zu records\n", prefix.c_str(), static_cast<std::size_t>(over), chars.size());
    // Whole links, with a typical page address, that the share dialog can show as a QR code.
    const std::string page = "https://user.github.io/jobname-studio/";
    const auto fit = std::count_if(records.begin(), records.end(), [&](const auto& r) {
      return jobname::share::linkQrCode(page + "#" + jobname::share::shareFragment(r)).matrix.has_value();
    });
    std::printf("%sshare_links_qr_fit: %zu of %zu records\n", prefix.c_str(), static_cast<std::size_t>(fit), records.size());
  }
  if (wanted("heap")) {
    const std::size_t before = liveBytes;
    {
      jobname::model::Collection collection;
      for (int i = 0; i < 1000; ++i) {
        collection.records.push_back({std::to_string(i), 0, 0, *jobname::markdown::importMarkdown(files[i % files.size()]).record});
      }
      std::printf("%sheap_mb_1000_records: %.1f MB\n", prefix.c_str(), (liveBytes - before) / 1048576.0);
    }
  }
  return 0;
}
