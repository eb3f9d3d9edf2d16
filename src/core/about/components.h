// What the app ships that others wrote, with versions and licences: shown in the About box and
// by `jobname --version`. The licence texts themselves are copied into the web build at build time.
#pragma once
#include <string>
#include <vector>

namespace jobname::about {

struct Component {
  std::string name;
  std::string version;
  std::string license;
  std::string copyright;
  std::string licenseFile;  // under licenses/ in the web build
};

// Core's own dependencies; the UI adds Dear ImGui, the fonts and the Emscripten runtime.
std::vector<Component> coreComponents();

}  // namespace jobname::about
