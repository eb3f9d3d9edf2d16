#include "platform/web/touch_input.h"

#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "platform/web/main_loop.h"

namespace jobname::web {

namespace {
// What the page's gesture reader reports, three numbers an event: kind, x, y (CSS pixels from the
// canvas's corner; for kScroll the distance moved; for kTwoFingerScale x is the factor the fingers'
// distance changed by). The two-finger kinds give the midpoint between the fingers.
enum TouchEventKind {
  kTap = 1, kPress, kMove, kRelease, kScrollStart, kScroll, kScrollEnd,
  kTwoFingerStart, kTwoFingerMove, kTwoFingerScale, kTwoFingerEnd
};

// Reads the fingers on the canvas (window listeners in the capture phase, before GLFW's on the
// canvas, which never see them) and queues gestures in Module.jnTouch.queue. Emscripten's GLFW
// keeps giving ImGui its last mouse position every frame when no mouse is over the canvas
// (Browser.mouseX, mouseY): it is kept where the finger means the pointer to be, and far outside
// the window (ImGui's 'no position') once the finger is gone.
EM_JS(void, jn_touch_install, (MainLoop* loop), {
  const canvas = Module.canvas;
  const state = Module.jnTouch = { queue: [], gesture: null, glide: 0 };
  const tapSlop = 10;      // CSS pixels a finger may wander and still tap
  const pressMs = 450;     // held still this long: a press, and the drag after it moves what it pressed
  const glideMs = 325;     // a flick's speed falls to a third in this long (as phones scroll)
  const nowhere = -1e9;    // below ImGui's least valid mouse position
  const ratio = () => window.devicePixelRatio || 1;
  const pointAt = (x, y) => {
    if (typeof Browser === 'undefined') return;
    Browser.mouseX = x === nowhere ? nowhere : x * ratio();
    Browser.mouseY = y === nowhere ? nowhere : y * ratio();
  };
  const push = (kind, x, y) => { state.queue.push(kind, x, y); Module._jn_wake(loop); };
  const place = (touch) => {
    const box = canvas.getBoundingClientRect();
    return [touch.clientX - box.left, touch.clientY - box.top];
  };
  // A tap or a press takes the focus from the browser's text box, as a mouse press on the canvas
  // does (the field being edited is left, its text kept); a drag leaves it where it is.
  const takeFocus = () => {
    const focused = document.activeElement;
    if (focused && focused !== canvas && focused !== document.body) canvas.focus({ preventScroll: true });
  };
  const stopGlide = () => {
    if (!state.glide) return false;
    cancelAnimationFrame(state.glide);
    state.glide = 0;
    pointAt(nowhere, nowhere);
    push(7, 0, 0);
    return true;
  };
  const glide = (vx, vy) => {
    let last = performance.now();
    const step = (now) => {
      const dt = Math.max(0, now - last);
      last = now;
      const decay = Math.exp(-dt / glideMs);
      vx *= decay;
      vy *= decay;
      push(6, vx * dt, vy * dt);
      if (Math.hypot(vx, vy) < 0.02) {
        state.glide = 0;
        pointAt(nowhere, nowhere);
        push(7, 0, 0);
      } else {
        state.glide = requestAnimationFrame(step);
      }
    };
    state.glide = requestAnimationFrame(step);
  };
  const find = (list, id) => { for (const t of list) if (t.identifier === id) return t; return null; };
  // Two fingers: where their midpoint is and how far apart they are.
  const measure = (a, b) => {
    const [ax, ay] = place(a), [bx, by] = place(b);
    return { x: (ax + bx) / 2, y: (ay + by) / 2, distance: Math.hypot(bx - ax, by - ay) };
  };
  const startPair = (gesture, touches) => {
    if (gesture.pair || touches.length < 2) return;  // a third finger changes nothing
    const at = measure(touches[0], touches[1]);
    gesture.pair = { ids: [touches[0].identifier, touches[1].identifier], distance: at.distance };
    pointAt(at.x, at.y);  // what lies between the fingers where they landed follows them
    push(8, at.x, at.y);
  };
  const movePair = (pair, touches) => {
    const a = find(touches, pair.ids[0]), b = find(touches, pair.ids[1]);
    if (!a || !b) return;
    const at = measure(a, b);
    push(9, at.x, at.y);
    if (pair.distance > 1 && at.distance > 1 && at.distance !== pair.distance) push(10, at.distance / pair.distance, 0);
    pair.distance = at.distance;
  };
  const endPair = (gesture) => {
    gesture.pair = null;
    pointAt(nowhere, nowhere);
    push(11, 0, 0);
  };
  const end = (gesture, cancelled) => {
    clearTimeout(gesture.timer);
    if (gesture.mode === 'pending' && !cancelled && !gesture.stoppedGlide) {
      takeFocus();
      if (Module.jnOverlay) Module.jnOverlay.focusForTap(gesture.x, gesture.y);  // a phone's keyboard opens inside the tap
      pointAt(nowhere, nowhere);
      push(1, gesture.x, gesture.y);
    } else if (gesture.mode === 'press') {
      pointAt(nowhere, nowhere);
      push(4, gesture.x, gesture.y);
    } else if (gesture.mode === 'scroll') {
      // The speed over the last tenth of a second, in CSS pixels a millisecond, along the drag's axis.
      const recent = gesture.samples.filter((s) => performance.now() - s[0] < 100);
      const first = recent[0], last = recent[recent.length - 1];
      const dt = first && last ? last[0] - first[0] : 0;
      const v = dt > 0 ? [(last[1] - first[1]) / dt, (last[2] - first[2]) / dt] : [0, 0];
      if (gesture.axis === 'x') v[1] = 0; else v[0] = 0;
      if (!cancelled && Math.hypot(v[0], v[1]) > 0.2) {
        glide(v[0], v[1]);
      } else {
        pointAt(nowhere, nowhere);
        push(7, 0, 0);
      }
    }
  };
  const options = { capture: true, passive: false };
  window.addEventListener('touchstart', (event) => {
    if (event.target !== canvas) return;
    event.preventDefault();   // no mouse events made up after it, no page zoom or scroll
    event.stopPropagation();  // GLFW's own listeners would press at the mouse's last place
    if (state.gesture) {      // a second finger: the gesture ends as if the fingers had left
      if (!state.gesture.multi) end(state.gesture, true);
      state.gesture.multi = true;
      startPair(state.gesture, event.touches);
      return;
    }
    const touch = event.changedTouches[0];
    const [x, y] = place(touch);
    const gesture = state.gesture = { id: touch.identifier, x0: x, y0: y, x, y, mode: 'pending', axis: 'y',
                                      samples: [[performance.now(), x, y]], multi: false, stoppedGlide: stopGlide() };
    gesture.timer = setTimeout(() => {
      if (gesture.mode !== 'pending' || gesture.multi) return;
      gesture.mode = 'press';
      takeFocus();
      pointAt(gesture.x, gesture.y);
      push(2, gesture.x, gesture.y);
    }, pressMs);
    if (event.touches.length > 1) {  // two fingers landing at once: no tap, no press
      end(gesture, true);
      gesture.multi = true;
      startPair(gesture, event.touches);
    }
  }, options);
  window.addEventListener('touchmove', (event) => {
    const gesture = state.gesture;
    if (!gesture) return;
    event.preventDefault();
    event.stopPropagation();
    if (gesture.pair) movePair(gesture.pair, event.touches);
    const touch = find(event.changedTouches, gesture.id);
    if (!touch || gesture.multi) return;
    const [x, y] = place(touch);
    const dx = x - gesture.x, dy = y - gesture.y;
    gesture.x = x;
    gesture.y = y;
    gesture.samples.push([performance.now(), x, y]);
    if (gesture.samples.length > 32) gesture.samples.shift();
    if (gesture.mode === 'pending' && Math.hypot(x - gesture.x0, y - gesture.y0) > tapSlop) {
      clearTimeout(gesture.timer);
      gesture.mode = 'scroll';
      gesture.axis = Math.abs(x - gesture.x0) > Math.abs(y - gesture.y0) ? 'x' : 'y';
      pointAt(gesture.x0, gesture.y0);  // what is under the finger where it started scrolls
      push(5, gesture.x0, gesture.y0);
      push(6, gesture.axis === 'x' ? x - gesture.x0 : 0, gesture.axis === 'y' ? y - gesture.y0 : 0);
    } else if (gesture.mode === 'scroll') {
      push(6, gesture.axis === 'x' ? dx : 0, gesture.axis === 'y' ? dy : 0);
    } else if (gesture.mode === 'press') {
      pointAt(x, y);
      push(3, x, y);
    }
  }, options);
  const lift = (event) => {
    const gesture = state.gesture;
    if (!gesture) return;
    event.preventDefault();
    event.stopPropagation();
    const pair = gesture.pair;
    if (pair && !(find(event.touches, pair.ids[0]) && find(event.touches, pair.ids[1]))) endPair(gesture);
    if (event.touches.length > 0) return;  // the gesture ends with its last finger
    state.gesture = null;
    if (!gesture.multi) end(gesture, event.type === 'touchcancel');
  };
  window.addEventListener('touchend', lift, options);
  window.addEventListener('touchcancel', lift, options);
});

// Copies up to `capacity` queued events (three floats each) to `out`; returns how many.
EM_JS(int, jn_touch_take, (float* out, int capacity), {
  const queue = Module.jnTouch ? Module.jnTouch.queue : [];
  const count = Math.min(queue.length / 3, capacity);
  for (let i = 0; i < count * 3; i++) HEAPF32[(out >> 2) + i] = queue[i];
  queue.splice(0, count * 3);
  return count;
});

constexpr int kMostEventsAFrame = 128;

// Between frames: where two fingers' midpoint was last (physical pixels), and that ImGui's pointer
// is to leave at the next frame, two fingers having lifted in this one (the frame their gesture
// ended in still has the pointer where they landed, so that what they moved is hovered).
float lastMidpointX = 0, lastMidpointY = 0;
bool twoFingersDown = false;
bool pointerLeavesNextFrame = false;
}  // namespace

void installTouchInput(MainLoop& loop) { jn_touch_install(&loop); }

bool feedTouchInput(float devicePixelRatio, TwoFingerGesture& twoFingers) {
  twoFingers = TwoFingerGesture{};
  twoFingers.active = twoFingersDown;
  twoFingers.midpointX = lastMidpointX;
  twoFingers.midpointY = lastMidpointY;
  float events[3 * kMostEventsAFrame];
  const int count = jn_touch_take(events, kMostEventsAFrame);
  ImGuiIO& io = ImGui::GetIO();
  const bool leaving = pointerLeavesNextFrame;
  if (leaving) {
    pointerLeavesNextFrame = false;
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  }
  if (count == 0) return leaving;
  const ImGuiStyle& style = ImGui::GetStyle();
  // ImGui scrolls a window by five of its lines a wheel step, sideways by two (UpdateMouseWheel in
  // imgui.cpp): a drag's pixels over that step move the content with the finger.
  const float font = style.FontSizeBase * style.FontScaleMain * style.FontScaleDpi;
  const float stepY = std::max(1.0f, std::floor(5 * font)), stepX = std::max(1.0f, std::floor(2 * font));
  float wheelX = 0, wheelY = 0;
  const auto source = [&io] { io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen); };
  const auto flushWheel = [&] {
    if (wheelX == 0 && wheelY == 0) return;
    source();
    io.AddMouseWheelEvent(wheelX, wheelY);
    wheelX = wheelY = 0;
  };
  const auto pointer = [&](float x, float y) {
    source();
    io.AddMousePosEvent(x, y);
  };
  const auto button = [&](bool down) {
    source();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, down);
  };
  for (int i = 0; i < count; ++i) {
    const int kind = static_cast<int>(events[3 * i]);
    const float x = events[3 * i + 1] * devicePixelRatio, y = events[3 * i + 2] * devicePixelRatio;
    if (kind != kScroll) flushWheel();
    switch (kind) {
      case kTap:  // ImGui plays these out one a frame: hovered, pressed, released, gone
        pointer(x, y);
        button(true);
        button(false);
        pointer(-FLT_MAX, -FLT_MAX);
        break;
      case kPress:
        pointer(x, y);
        button(true);
        break;
      case kMove: pointer(x, y); break;
      case kRelease:
        pointer(x, y);
        button(false);
        pointer(-FLT_MAX, -FLT_MAX);
        break;
      case kScrollStart: pointer(x, y); break;
      case kScroll:  // a finger moving down pulls the content down: as a wheel turned up
        wheelX += x / stepX;
        wheelY += y / stepY;
        break;
      case kScrollEnd: pointer(-FLT_MAX, -FLT_MAX); break;
      case kTwoFingerStart:
        pointer(x, y);
        twoFingers.active = twoFingersDown = true;
        twoFingers.midpointX = lastMidpointX = x;
        twoFingers.midpointY = lastMidpointY = y;
        break;
      case kTwoFingerMove:
        twoFingers.active = true;
        twoFingers.movedX += x - lastMidpointX;
        twoFingers.movedY += y - lastMidpointY;
        twoFingers.midpointX = lastMidpointX = x;
        twoFingers.midpointY = lastMidpointY = y;
        break;
      case kTwoFingerScale:
        twoFingers.active = true;
        twoFingers.scale *= events[3 * i + 1];  // a factor, not a place: not in physical pixels
        break;
      case kTwoFingerEnd:
        twoFingersDown = false;
        pointerLeavesNextFrame = true;
        break;
      default: break;
    }
  }
  flushWheel();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);  // GLFW's events after these are a mouse's
  return true;
}

}  // namespace jobname::web
