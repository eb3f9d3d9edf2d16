#include "commands.h"
#include "input.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/calendar/jalali.h"
#include "core/insights/checks.h"
#include "core/json/record_json.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/source_document.h"
#include "core/mermaid/layout.h"
#include "core/mermaid/svg.h"
#include <nlohmann/json.hpp>

namespace jobname::cli {

namespace {

// Where two texts first differ, as a line number and the two lines.
std::string firstDifference(const std::string& a, const std::string& b) {
  std::size_t line = 1, start = 0, i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) {
    if (a[i] == '\n') { ++line; start = i + 1; }
    ++i;
  }
  auto lineAt = [&](const std::string& s) {
    const std::size_t end = s.find('\n', start);
    return s.substr(start, end == std::string::npos ? std::string::npos : end - start);
  };
  return "line " + std::to_string(line) + ": expected \"" + lineAt(a) + "\", got \"" + lineAt(b) + "\"";
}

}  // namespace

int convert(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (hasHelp(args)) {
    out << "usage: jobname convert IN -o OUT [--to md|json]\n"
           "  Converts a record between Markdown (.md) and JSON (.json), by the files' extensions.\n"
           "  '-' reads standard input or writes standard output; then --to (and for input,\n"
           "  --from md|json) says which format. An unedited record converts back byte for byte.\n";
    return 0;
  }
  std::string input, output, to, from;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size()) output = args[++i];
    else if (args[i] == "--to" && i + 1 < args.size()) to = args[++i];
    else if (args[i] == "--from" && i + 1 < args.size()) from = args[++i];
    else if (input.empty()) input = args[i];
    else { err << "jobname convert: unexpected argument '" << args[i] << "'\n"; return 2; }
  }
  if (input.empty() || output.empty()) {
    err << "jobname convert: need IN and -o OUT (see jobname convert --help)\n";
    return 2;
  }
  files::FileFormat inFormat = files::formatOfFile(input, from);
  if (inFormat == files::FileFormat::Unknown && input == "-") inFormat = files::FileFormat::Markdown;
  const files::FileFormat outFormat = files::formatOfFile(output, to);
  if (inFormat == files::FileFormat::Unknown) { err << input << ": error: cannot tell the format: name it .md or .json, or use --from\n"; return 2; }
  if (outFormat == files::FileFormat::Unknown) { err << "jobname convert: cannot tell the output format: name it .md or .json, or use --to md|json\n"; return 2; }

  std::string text;
  if (!readAll(input, in, text, err)) return 1;
  files::LoadedFile loaded = files::loadRecordFile(input, text, inFormat);
  report(loaded.diagnostics, err);
  if (hasErrors(loaded.diagnostics) || loaded.records.empty()) return 1;

  std::string result;
  if (outFormat == files::FileFormat::Json) {
    if (loaded.isCollection) {
      model::Collection c;
      c.records = std::move(loaded.records);
      result = json::collectionToJson(c);
    } else {
      result = json::recordToJson(loaded.records[0].record);
    }
  } else {
    if (loaded.records.size() != 1) {
      err << input << ": error: a collection of " << loaded.records.size()
          << " records cannot be one Markdown file; convert each record on its own\n";
      return 1;
    }
    result = markdown::exportMarkdown(loaded.records[0].record);
  }
  if (output == "-") {
    out << result;
    return 0;
  }
  std::ofstream file(output, std::ios::binary);
  file << result;
  if (!file.flush()) {
    err << output << ": error: cannot write the file\n";
    return 1;
  }
  return 0;
}

int check(const Args& args, std::ostream& out, std::ostream& err) {
  if (hasHelp(args) || args.empty()) {
    (args.empty() ? err : out) << "usage: jobname check FILES...\n"
                                  "  Reads each record (.md or .json) and prints its problems as\n"
                                  "  file:line:col: error|warning: message: what cannot be read, and the record\n"
                                  "  checks (dates, status row against the flowchart, score, links, repeated\n"
                                  "  questions, active HTML). Exits 1 if any file has an error.\n";
    return args.empty() ? 2 : 0;
  }
  bool anyError = false;
  for (const auto& path : args) {
    std::string text;
    std::istringstream none;
    if (!readAll(path, none, text, err)) { anyError = true; continue; }
    files::LoadedFile loaded = files::loadRecordFile(path, text, files::formatOfFile(path));
    for (const auto& d : loaded.diagnostics) out << formatDiagnostic(d) << '\n';
    // The same checks the editor shows, placed in the file when the record came from one.
    for (const auto& entry : loaded.records) {
      for (const auto& problem : insights::checkRecord(entry.record)) {
        Diagnostic d{path, 0, 0, problem.severity, problem.message};
        if (entry.record.source && problem.sourceOffset != std::string::npos) {
          d = diagnosticAt(path, entry.record.source->text, problem.sourceOffset, problem.message, problem.severity);
        }
        out << formatDiagnostic(d) << '\n';
        anyError |= problem.severity == Severity::Error;
      }
    }
    anyError |= hasErrors(loaded.diagnostics);
  }
  return anyError ? 1 : 0;
}

int roundtrip(const Args& args, std::ostream& out, std::ostream& err) {
  if (hasHelp(args) || args.empty()) {
    (args.empty() ? err : out) << "usage: jobname roundtrip FILES...\n"
                                  "  Imports and exports each Markdown record and says 'identical' or where\n"
                                  "  the export first differs from the file's bytes (a repair on import is a\n"
                                  "  difference; the import's warnings go to standard error).\n"
                                  "  Last line: 'N identical, M differ'. Exits 1 if any differ.\n";
    return args.empty() ? 2 : 0;
  }
  int identical = 0, differ = 0;
  for (const auto& path : args) {
    std::string text;
    std::istringstream none;
    if (!readAll(path, none, text, err)) { ++differ; continue; }
    const auto imported = markdown::importMarkdown(text, path);
    if (!imported.record) {
      report(imported.diagnostics, err);
      out << path << ": not imported\n";
      ++differ;
      continue;
    }
    // The import's warnings say why a file differs (a mojibake repair, say).
    report(imported.diagnostics, err);
    const std::string exported = markdown::exportMarkdown(*imported.record);
    // Compared with the file's own bytes: a repair on import is a difference, never "identical".
    if (exported == text) {
      out << path << ": identical\n";
      ++identical;
    } else {
      out << path << ": differs at " << firstDifference(text, exported) << '\n';
      ++differ;
    }
  }
  out << identical << " identical, " << differ << " differ\n";
  return differ ? 1 : 0;
}

int flowchart(const Args& args, std::ostream& out, std::ostream& err) {
  if (hasHelp(args)) {
    out << "usage: jobname flowchart FILE (--json | --svg)\n"
           "  Lays out the Interview Process flowchart of a record (.md), or a bare Mermaid file\n"
           "  (.mmd), and prints its geometry as JSON or the chart as SVG. Parse errors go to\n"
           "  standard error as file:line:col: error: message, with exit 1; so does a chart\n"
           "  too large to draw (over 500 stages or 5,000 arrows).\n";
    return 0;
  }
  std::string path, format;
  for (const auto& a : args) {
    if (a == "--json" || a == "--svg") format = a;
    else if (path.empty()) path = a;
    else { err << "jobname flowchart: unexpected argument '" << a << "'\n"; return 2; }
  }
  if (path.empty() || format.empty()) {
    err << "jobname flowchart: need FILE and --json or --svg (see jobname flowchart --help)\n";
    return 2;
  }
  std::string text;
  std::istringstream none;
  if (!readAll(path, none, text, err)) return 1;
  std::string source = text;
  int lineOffset = 0;  // the chart's first line in the file
  if (files::formatOfFile(path) == files::FileFormat::Markdown) {
    const auto imported = markdown::importMarkdown(text, path);
    report(imported.diagnostics, err);
    if (!imported.record) return 1;
    if (!imported.record->source || !imported.record->source->process.present) {
      err << path << ": error: the record has no Interview Process flowchart\n";
      return 1;
    }
    source = imported.record->process;
    const auto& doc = *imported.record->source;
    lineOffset = static_cast<int>(std::count(doc.text.begin(), doc.text.begin() + doc.process.begin, '\n'));
  }
  const auto parsed = mermaid::parseFlowchart(source);
  if (!parsed.chart) {
    for (auto d : parsed.diagnostics) {
      d.file = path;
      d.line += lineOffset;
      err << formatDiagnostic(d) << '\n';
    }
    return 1;
  }
  const auto layout = mermaid::layoutFlowchart(*parsed.chart);
  if (!layout.notDrawn.empty()) {
    err << path << ": error: " << layout.notDrawn << "; the file is unchanged\n";
    return 1;
  }
  if (format == "--svg") {
    out << mermaid::writeSvg(layout);
    return 0;
  }
  nlohmann::ordered_json j;
  j["direction"] = mermaid::directionName(layout.direction);
  j["nodes"] = nlohmann::ordered_json::array();
  for (const auto& n : layout.nodes) {
    j["nodes"].push_back({{"id", n.id}, {"label", n.label}, {"shape", mermaid::shapeName(n.shape)},
                          {"x", n.x}, {"y", n.y}, {"w", n.w}, {"h", n.h}});
  }
  j["edges"] = nlohmann::ordered_json::array();
  for (const auto& e : layout.edges) {
    nlohmann::ordered_json points = nlohmann::ordered_json::array();
    for (const auto& p : e.points) points.push_back({p.x, p.y});
    j["edges"].push_back({{"from", layout.nodes[e.from].id}, {"to", layout.nodes[e.to].id}, {"label", e.label},
                          {"line", mermaid::lineName(e.line)}, {"head", mermaid::headName(e.head)}, {"points", points}});
  }
  out << j.dump(2) << '\n';
  return 0;
}

int jalali(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (hasHelp(args)) {
    out << "usage: jobname jalali < dates\n"
           "  Reads one date a line, Jalali (1404.04.09, 1404/04/09, ۱۴۰۴/۰۴/۰۹) or Gregorian\n"
           "  (2025-06-30, from year 1700), and prints 'jy.jm.jd YYYY-MM-DD' for each;\n"
           "  a line that is not a valid date prints 'error: ...'. Exits 1 if any line was invalid.\n";
    return 0;
  }
  if (!args.empty()) {
    err << "jobname jalali: reads dates from standard input; unexpected argument '" << args[0] << "'\n";
    return 2;
  }
  bool anyInvalid = false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto parsed = calendar::parseDate(line);
    if (!parsed.date) {
      out << "error: " << parsed.error << '\n';
      anyInvalid = true;
      continue;
    }
    out << calendar::formatJalali(parsed.date->jalali) << ' '
        << calendar::formatGregorian(calendar::toGregorian(parsed.date->jalali)) << '\n';
  }
  return anyInvalid ? 1 : 0;
}

}  // namespace jobname::cli
