// The jobname command-line tool: lint, convert and round-trip jobname records, convert dates.
// Core only; no UI. Errors go to standard error with a non-zero exit.
#include <cstring>
#include <iostream>

#include "commands.h"
#include "core/about/components.h"

namespace {
void usage(std::ostream& out) {
  out << "usage: jobname COMMAND [ARGS]\n\n"
         "  convert IN -o OUT     Markdown <-> JSON ('-' for standard input/output, with --to md|json)\n"
         "  check FILES...        problems as file:line:col: error|warning: message; exit 1 on errors\n"
         "  roundtrip FILES...    import + export each record: identical, or where it differs\n"
         "  flowchart FILE --json|--svg   the Interview Process chart laid out, as JSON or SVG\n"
         "  jalali                dates from standard input -> 'jy.jm.jd YYYY-MM-DD'\n"
         "  share FILE | --open LINK   a record as a share link fragment ('#r=...'), or back\n"
         "  book FILES... -o BOOK.zip  records as a .zip laid out like the jobname book (mdBook)\n"
         "  html FILE -o PAGE.html     a record as a standalone HTML page (the reading view; no scripts)\n"
         "  --version             version and the libraries it uses\n\n"
         "'jobname COMMAND --help' explains each command.\n";
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  const std::string command = argv[1];
  const jobname::cli::Args args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") { usage(std::cout); return 0; }
  if (command == "--version") {
    std::cout << "jobname " << JN_VERSION << '\n';
    for (const auto& c : jobname::about::coreComponents()) std::cout << "  " << c.name << ' ' << c.version << " (" << c.license << ")\n";
    return 0;
  }
  if (command == "convert") return jobname::cli::convert(args, std::cin, std::cout, std::cerr);
  if (command == "check") return jobname::cli::check(args, std::cout, std::cerr);
  if (command == "roundtrip") return jobname::cli::roundtrip(args, std::cout, std::cerr);
  if (command == "flowchart") return jobname::cli::flowchart(args, std::cout, std::cerr);
  if (command == "share") return jobname::cli::share(args, std::cin, std::cout, std::cerr);
  if (command == "book") return jobname::cli::bookCommand(args, std::cout, std::cerr);
  if (command == "html") return jobname::cli::htmlCommand(args, std::cin, std::cout, std::cerr);
  if (command == "jalali") return jobname::cli::jalali(args, std::cin, std::cout, std::cerr);
  std::cerr << "jobname: unknown command '" << command << "'\n";
  usage(std::cerr);
  return 2;
}
