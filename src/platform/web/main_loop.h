// The browser window: a WebGL2 canvas through Emscripten's GLFW, Dear ImGui's GLFW and OpenGL3
// backends, a canvas that follows the window and devicePixelRatio, and a loop that sleeps when
// nothing happens. Implemented: mouse, keyboard, wheel, resize, HiDPI, idle; a click or key drawn
// inside its own event (so a clipboard write is within the gesture); touch through touch_input.h.
// Not here: clipboard, files, storage (their own files in this folder).
#pragma once
#include <functional>
#include <string>

#include "platform/web/touch_input.h"

struct GLFWwindow;

namespace jobname::web {

struct FrameInfo {
  float devicePixelRatio = 1.0f;
  bool pixelRatioChanged = false;  // true on the first frame too
  TwoFingerGesture twoFingers;     // two fingers on the canvas in this frame
};

// The loop's state. It must outlive main() (Emscripten's loop unwinds main's stack), so the app
// keeps it in static storage.
struct MainLoop {
  GLFWwindow* window = nullptr;
  std::function<bool(const FrameInfo&)> frame;
  double awakeUntil = 0.0;
  bool paused = false;
  int framesOwed = 0;  // frames promised to requestFrames(), drawn even when idle
  bool firstFrameDrawn = false;
  float pixelRatio = 0.0f;
  int cssWidth = 0, cssHeight = 0;
};

// Creates the window and GL context and initialises the ImGui backends (an ImGui context must
// exist). On failure returns false with a sentence in `error`.
bool openWindow(MainLoop& loop, const char* title, std::string& error);

// Runs `frame` between ImGui::NewFrame() and ImGui::Render() for as long as the page lives.
// `frame` returns true while it animates; otherwise the loop pauses shortly after the last input
// event and any event (input, resize, focus, theme change, another tab's storage write) wakes it.
// Does not return.
void runMainLoop(MainLoop& loop, std::function<bool(const FrameInfo&)> frame);

// Draws at least `count` more frames, however long each takes: a caller that waits for the
// effect of an event (a browser test) waits for frames it asked for, not for a wake-up window.
void requestFrames(MainLoop& loop, int count);

// Keeps the loop awake for a little while (e.g. after a change that was not an input event).
void wakeMainLoop(MainLoop& loop);
// Wakes the loop after a delay (a pending save), even with no input meanwhile.
void wakeMainLoopAfter(MainLoop& loop, int milliseconds);
// Calls `save` (the app's, registered here) when the tab is hidden or closed, to save at once.
void saveWhenPageHides(std::function<void()> save);

}  // namespace jobname::web
