// Fingers on the canvas as a phone's user means them, fed to Dear ImGui (Emscripten's GLFW turns a
// touch into a press wherever the mouse last was, and a drag into nothing). A tap is a click, after
// which the pointer leaves (nothing stays hovered, no tooltip); a drag scrolls what is under the
// finger, one to one, and glides on after a flick; a finger held still for a moment presses, and
// then drags as a mouse does (a slider, a reorder handle, the chart). The page itself never scrolls,
// zooms or selects under a finger (web/style.css: touch-action). Two fingers end a one-finger
// gesture and are reported as they spread and move (TwoFingerGesture), for what lies under the
// point between them where they landed to follow; they scroll and click nothing. Not here: what
// follows them (the app hands the gesture to ui), the mouse and the wheel (main_loop.cpp, GLFW).
#pragma once

namespace jobname::web {

// Two fingers on the canvas during one frame, in ImGui's (physical) pixels. While they are down
// ImGui's pointer rests where their midpoint began, so what they landed on is the hovered item.
struct TwoFingerGesture {
  bool active = false;            // two fingers were down during this frame (moving or not)
  float midpointX = 0, midpointY = 0;  // between the fingers, now
  float movedX = 0, movedY = 0;   // how far the midpoint moved since the last frame
  float scale = 1.0f;             // distance between the fingers now over that at the last frame
};

struct MainLoop;

// After GLFW's window is open: its listeners on the canvas never see a touch.
void installTouchInput(MainLoop& loop);

// Between the GLFW backend's new frame and ImGui::NewFrame(): the gestures since the last frame as
// ImGui input, and two fingers' gesture in `twoFingers`. True when there were any (ImGui takes a
// click over a few frames: draw them).
bool feedTouchInput(float devicePixelRatio, TwoFingerGesture& twoFingers);

}  // namespace jobname::web
