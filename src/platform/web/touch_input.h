// Fingers on the canvas as a phone's user means them, fed to Dear ImGui (Emscripten's GLFW turns a
// touch into a press wherever the mouse last was, and a drag into nothing). A tap is a click, after
// which the pointer leaves (nothing stays hovered, no tooltip); a drag scrolls what is under the
// finger, one to one, and glides on after a flick; a finger held still for a moment presses, and
// then drags as a mouse does (a slider, a reorder handle, the chart). The page itself never scrolls,
// zooms or selects under a finger (web/style.css: touch-action). Not here: pinch and two-finger
// pan (a second finger ends the gesture), the mouse and the wheel (main_loop.cpp, GLFW).
#pragma once

namespace jobname::web {

struct MainLoop;

// After GLFW's window is open: its listeners on the canvas never see a touch.
void installTouchInput(MainLoop& loop);

// Between the GLFW backend's new frame and ImGui::NewFrame(): the gestures since the last frame as
// ImGui input. True when there were any (ImGui takes a click over a few frames: draw them).
bool feedTouchInput(float devicePixelRatio);

}  // namespace jobname::web
