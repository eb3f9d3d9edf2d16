// The jobname command-line tool: core only, no UI.
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  if (argc > 1 && (std::strcmp(argv[1], "--version") == 0)) {
    std::printf("jobname %s\n", JN_VERSION);
    return 0;
  }
  std::fprintf(stderr, "usage: jobname --version\n");
  return 2;
}
