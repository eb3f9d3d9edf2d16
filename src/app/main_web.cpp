// Entry point of the web build: one App and one MainLoop in static storage (the browser's loop
// outlives main), fonts from the wasm's own data, then the loop.
#include <emscripten.h>
#include <imgui.h>

#include <string>

#include "app/app.h"
#include "platform/web/page.h"
#include "platform/web/text_overlay.h"
#include "ui/fonts.h"

extern const unsigned char noto_sans_regular[];
extern const std::size_t noto_sans_regular_size;
extern const unsigned char noto_sans_arabic_regular[];
extern const std::size_t noto_sans_arabic_regular_size;
extern const unsigned char symbola_emoji[];
extern const std::size_t symbola_emoji_size;
extern const unsigned char dejavu_sans_mono[];
extern const std::size_t dejavu_sans_mono_size;

namespace {
jobname::web::MainLoop mainLoop;
jobname::app::App* app = nullptr;  // created after ImGui, lives as long as the page
std::string exported;              // keeps the last string handed to JavaScript alive

// Minimal JSON string escaping for widget names (ASCII identifiers chosen by us).
void appendQuoted(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}
}  // namespace

// Named widget rectangles of the last frame, in CSS pixels: {"menu.file": [x, y, w, h], ...}.
extern "C" EMSCRIPTEN_KEEPALIVE const char* jn_anchors_json() {
  exported = "{";
  for (const auto& anchor : app->ui.anchors) {
    if (exported.size() > 1) exported += ',';
    appendQuoted(exported, anchor.name);
    exported += ":[" + std::to_string(anchor.x) + "," + std::to_string(anchor.y) + "," + std::to_string(anchor.w) + "," +
                std::to_string(anchor.h) + "]";
  }
  exported += "}";
  return exported.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* jn_debug_state() {
  exported = jobname::app::debugStateJson(*app);
  return exported.c_str();
}

// Scrolls a named widget into view (browser tests click by name, wherever the widget is).
extern "C" EMSCRIPTEN_KEEPALIVE void jn_reveal(const char* name) {
  app->ui.editor.reveal = name;
  jobname::web::wakeMainLoop(mainLoop);
}

// Draws `count` more frames even when idle: browser tests wait for frames they asked for.
extern "C" EMSCRIPTEN_KEEPALIVE void jn_request_frames(int count) { jobname::web::requestFrames(mainLoop, count); }

int main() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // window layout is not worth a storage key; the journal is
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the idle loop awake
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // Tab, arrows, Enter and Space work without a mouse

  jobname::web::installTextOverlay(jobname::app::kShortcutLetters);  // its key filter must come before GLFW's listeners
  std::string error;
  if (!jobname::web::openWindow(mainLoop, "Jobname Studio", error)) {
    jobname::web::showStartupError(error);
    return 1;
  }
  ImFont* mono = jobname::ui::loadFonts({noto_sans_regular, noto_sans_regular_size},
                                         {noto_sans_arabic_regular, noto_sans_arabic_regular_size},
                                         {symbola_emoji, symbola_emoji_size}, {dejavu_sans_mono, dejavu_sans_mono_size});
  app = new jobname::app::App();
  app->ui.monoFont = mono;
  app->ui.fontEmPerPixelHeight = jobname::ui::emPerPixelHeight({noto_sans_regular, noto_sans_regular_size});
  app->loop = &mainLoop;
  jobname::app::startApp(*app);
  jobname::web::runMainLoop(mainLoop, [](const jobname::web::FrameInfo& frame) { return jobname::app::runFrame(*app, frame); });
  return 0;
}
