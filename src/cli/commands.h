// The subcommands of the jobname tool. Each returns the process exit code; output goes to the
// given streams so that the commands can be tested without a process.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace jobname::cli {

using Args = std::vector<std::string>;

int convert(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
int check(const Args& args, std::ostream& out, std::ostream& err);
int roundtrip(const Args& args, std::ostream& out, std::ostream& err);
int flowchart(const Args& args, std::ostream& out, std::ostream& err);
int jalali(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
// share_commands.cpp
int share(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
int bookCommand(const Args& args, std::ostream& out, std::ostream& err);
int htmlCommand(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace jobname::cli
