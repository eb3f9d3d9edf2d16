// The jobname corpus (third_party/corpus: a link to ../shared/corpus, or fetched by bootstrap), for tests that run over every record.
// A missing folder fails loudly (the guard test) rather than making every corpus test pass on nothing.
#pragma once
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace jobname::testing {

inline std::filesystem::path corpusDir() { return JN_CORPUS_DIR; }

inline std::vector<std::filesystem::path> corpusFiles() {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(corpusDir())) return files;
  for (const auto& entry : std::filesystem::directory_iterator(corpusDir())) {
    if (entry.path().extension() == ".md" && entry.path().filename() != "README.md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string readCorpus(const std::string& name) { return readFile(corpusDir() / name); }

}  // namespace jobname::testing
