#include "platform/web/main_loop.h"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>

#include "platform/web/touch_input.h"

namespace jobname::web {

namespace {
// ImGui's hover tooltips and nav highlights settle within this long after the last event.
constexpr double kAwakeAfterEventSeconds = 0.6;

EM_JS(void, jn_install_wake_listeners, (MainLoop* loop), {
  const wake = () => Module._jn_wake(loop);
  // 'storage': another tab changed the journal; 'pageshow': back from the back-forward cache.
  const events = ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'keypress',
                  'touchstart', 'touchmove', 'touchend', 'pointerdown', 'pointerup', 'resize',
                  'focus', 'blur', 'visibilitychange', 'paste', 'copy', 'cut', 'drop', 'dragover',
                  'storage', 'pageshow'];
  for (const name of events) window.addEventListener(name, wake, {capture: true, passive: true});
  // A change of pixel ratio (browser zoom, another monitor) fires no resize in every browser.
  const watchRatio = () => {
    const query = matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
    query.addEventListener('change', () => { wake(); watchRatio(); }, {once: true});
  };
  watchRatio();
});

// Safari on an iPhone ignores interactive-widget=resizes-content: its on-screen keyboard covers the
// page instead of shrinking it, and only the visual viewport says so (smaller, and moved down when
// Safari scrolls to the focused text box). The canvas takes that visible part, so the app keeps the
// field being edited above the keyboard as it does after a resize. Not while the page is zoomed
// (scale other than 1): then the visual viewport is the zoomed view, not what a keyboard left.
EM_JS(void, jn_follow_visual_viewport, (MainLoop* loop), {
  const view = window.visualViewport;
  if (!view) return;
  const canvas = Module.canvas;
  const follow = () => {
    const covered = Math.abs(view.scale - 1) < 0.01 && view.height < window.innerHeight - 1;
    canvas.style.height = covered ? view.height + 'px' : '';
    canvas.style.transform = covered && view.offsetTop > 0 ? 'translateY(' + view.offsetTop + 'px)' : '';
    Module._jn_wake(loop);
  };
  view.addEventListener('resize', follow);
  view.addEventListener('scroll', follow);
  window.addEventListener('resize', follow);
});

// WebKit (Safari) lets a page write the clipboard only while it handles the click or key that asked
// for it (Chromium and Firefox also a few seconds after): a release of the mouse or a touch, and a key,
// are drawn at once inside their own event (after GLFW's listeners have queued them), so that a
// Copy button's frame, and its clipboard write, run within the user's gesture.
EM_JS(void, jn_install_input_frames, (MainLoop* loop), {
  const draw = () => Module._jn_draw_input_now(loop);
  for (const name of ['mouseup', 'touchend', 'keydown', 'keyup']) window.addEventListener(name, draw);
});

EM_JS(double, jn_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, jn_css_width, (), { return Math.max(1, Module.canvas.clientWidth || window.innerWidth); });
EM_JS(int, jn_css_height, (), { return Math.max(1, Module.canvas.clientHeight || window.innerHeight); });

// Sizes the canvas's backing store and tells Emscripten's GLFW. glfwSetWindowSize() would do
// both, but it requests fullscreen whenever the size equals the screen's.
EM_JS(void, jn_set_canvas_size, (int width, int height), {
  const canvas = Module.canvas;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  if (GLFW.active) {
    GLFW.active.width = width;
    GLFW.active.height = height;
  }
});

// window.jobnameStudio.idle: whether the loop sleeps, for tests that check idleness by state.
EM_JS(void, jn_report_paused, (int paused), {
  (window.jobnameStudio || (window.jobnameStudio = {})).idle = !!paused;
});

EM_JS(void, jn_report_frame, (int first, double cpuMs), {
  const studio = window.jobnameStudio || (window.jobnameStudio = {});
  studio.frames = (studio.frames || 0) + 1;
  const times = studio.frameCpuMs || (studio.frameCpuMs = []);
  times.push(cpuMs);
  if (times.length > 240) times.shift();
  if (first) {
    studio.firstFrameMs = performance.now();
    document.body.dataset.ready = '1';
    if (typeof Module.onFirstFrame === 'function') Module.onFirstFrame();
  }
});

// Keeps the canvas's backing store at CSS size x devicePixelRatio, so text is drawn at the
// screen's own resolution. ImGui works in those physical pixels; the theme scales to match.
bool followCanvasSize(MainLoop& loop, FrameInfo& info) {
  const float ratio = static_cast<float>(jn_device_pixel_ratio());
  const int width = jn_css_width();
  const int height = jn_css_height();
  info.devicePixelRatio = ratio;
  info.pixelRatioChanged = ratio != loop.pixelRatio;
  if (ratio == loop.pixelRatio && width == loop.cssWidth && height == loop.cssHeight) return false;
  loop.pixelRatio = ratio;
  loop.cssWidth = width;
  loop.cssHeight = height;
  jn_set_canvas_size(static_cast<int>(std::lround(width * ratio)), static_cast<int>(std::lround(height * ratio)));
  return true;
}

// Emscripten's GLFW quantises wheel steps (ImGui issue #6096), so the wheel is read here instead.
EM_BOOL onWheel(int, const EmscriptenWheelEvent* event, void*) {
  float perStep = 0.0f;
  if (event->deltaMode == DOM_DELTA_PIXEL) perStep = 1.0f / 100.0f;
  else if (event->deltaMode == DOM_DELTA_LINE) perStep = 1.0f / 3.0f;
  else if (event->deltaMode == DOM_DELTA_PAGE) perStep = 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX * perStep),
                                    static_cast<float>(-event->deltaY * perStep));
  return EM_TRUE;
}

void drawOneFrame(void* arg) {
  MainLoop& loop = *static_cast<MainLoop*>(arg);
  const double started = emscripten_get_now();
  FrameInfo info;
  const bool resized = followCanvasSize(loop, info);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // After GLFW's own mouse position for the frame, which a finger's gesture overrides.
  const bool touched = feedTouchInput(info.devicePixelRatio, info.twoFingers);
  ImGui::NewFrame();
  const bool animating = loop.frame(info);
  ImGui::Render();

  int width = 0, height = 0;
  glfwGetFramebufferSize(loop.window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  jn_report_frame(loop.firstFrameDrawn ? 0 : 1, emscripten_get_now() - started);
  loop.firstFrameDrawn = true;

  if (animating || resized) wakeMainLoop(loop);
  if (touched) requestFrames(loop, 4);  // ImGui plays a tap out over four frames
  if (loop.framesOwed > 0) --loop.framesOwed;
  if (loop.framesOwed == 0 && emscripten_get_now() / 1000.0 > loop.awakeUntil) {
    loop.paused = true;
    jn_report_paused(1);
    emscripten_pause_main_loop();
  }
}
}  // namespace

void wakeMainLoop(MainLoop& loop) {
  loop.awakeUntil = emscripten_get_now() / 1000.0 + kAwakeAfterEventSeconds;
  if (loop.paused) {
    loop.paused = false;
    jn_report_paused(0);
    emscripten_resume_main_loop();
  }
}

void requestFrames(MainLoop& loop, int count) {
  if (count > loop.framesOwed) loop.framesOwed = count;
  wakeMainLoop(loop);
}

bool openWindow(MainLoop& loop, const char* title, std::string& error) {
  if (!glfwInit()) {
    error = "GLFW could not start in this browser.";
    return false;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  loop.window = glfwCreateWindow(jn_css_width(), jn_css_height(), title, nullptr, nullptr);
  if (!loop.window) {
    error = "This browser could not create a WebGL2 context.";
    return false;
  }
  glfwMakeContextCurrent(loop.window);
  // Not ImGui_ImplGlfw_InstallEmscriptenCallbacks(): it sizes the canvas in CSS pixels through
  // glfwSetWindowSize(); followCanvasSize() and onWheel() do its two jobs here.
  ImGui_ImplGlfw_InitForOpenGL(loop.window, true);
  emscripten_set_wheel_callback("#canvas", nullptr, false, onWheel);
  installTouchInput(loop);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  jn_install_wake_listeners(&loop);
  jn_install_input_frames(&loop);
  jn_follow_visual_viewport(&loop);
  return true;
}

void runMainLoop(MainLoop& loop, std::function<bool(const FrameInfo&)> frame) {
  loop.frame = std::move(frame);
  loop.awakeUntil = emscripten_get_now() / 1000.0 + kAwakeAfterEventSeconds;
  emscripten_set_main_loop_arg(drawOneFrame, &loop, 0, true);
}

}  // namespace jobname::web

// Draws now, inside the browser's input event, two frames: ImGui takes a press and a release that
// came in together one frame each, so the release's click is handled within the event too.
extern "C" EMSCRIPTEN_KEEPALIVE void jn_draw_input_now(jobname::web::MainLoop* loop) {
  if (!loop->frame || !loop->firstFrameDrawn) return;
  jobname::web::wakeMainLoop(*loop);
  for (int frame = 0; frame < 2; ++frame) jobname::web::drawOneFrame(loop);
}

extern "C" EMSCRIPTEN_KEEPALIVE void jn_wake(jobname::web::MainLoop* loop) { jobname::web::wakeMainLoop(*loop); }
