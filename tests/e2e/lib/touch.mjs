// A finger for the browser tests, in Chromium's touch emulation (a context made with hasTouch):
// taps on named widgets and drags, sent as the browser's own touch events (CDP
// Input.dispatchTouchEvent), never as mouse events; a long press then a drag; two fingers pinching or moving together; and
// waits on where a widget is drawn.
import { anchors, reveal, settle, waitForState, STATE_TIMEOUT_MS } from './app.mjs';

// Phones and tablets as Chromium emulates them (CSS pixels; the scale is the device pixel ratio).
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const TABLET = { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

// Waits until the widget `name` is drawn where `predicate(rect)` holds (rect null when it is not
// drawn), drawing one frame between two looks.
export async function waitForAnchor(page, name, predicate, what = name) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  for (;;) {
    const all = await anchors(page);
    const rect = all[name] ? { x: all[name][0], y: all[name][1], w: all[name][2], h: all[name][3] } : null;
    if (predicate(rect)) return rect;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${name} is at ${JSON.stringify(rect)}`);
    await settle(page, 1);
  }
}

// Taps the middle of a named widget (scrolled into view first), and draws the frames the app
// takes to play a tap out (hovered, pressed, released, gone).
export async function tap(page, name) {
  await reveal(page, name);
  const [x, y, w, h] = (await anchors(page))[name] || [];
  if (x === undefined) throw new Error(`no widget named ${name} on screen`);
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  await settle(page, 5);
}

// One finger from `from` to `to` ({x, y} CSS pixels) in `steps` moves, then lifted: a flick, as
// quick as the browser takes the events.
export async function drag(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x: from.x, y: from.y }]);
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }]);
  }
  await touch('touchEnd', []);
  await cdp.detach();
}

// One finger held still on `from` until the app sees a press (the long press: the pointer down
// without a tap), then moved to `to` in `steps` moves, seen dragging what it pressed, and lifted.
export async function longPressDrag(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x: from.x, y: from.y }]);
  await waitForState(page, (s) => s.pointer.down, 'the long press');
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }]);
  }
  await waitForState(page, (s) => s.pointer.dragging !== '', 'the pressed widget dragged');
  await touch('touchEnd', []);
  await cdp.detach();
}

// Two fingers put down at `from` ([{x, y}, {x, y}], CSS pixels), moved to `to` in `steps` moves
// (apart, together, or side by side), then lifted.
export async function twoFingers(page, from, to, steps = 6) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  const at = (t) => from.map((p, i) => ({ id: i, x: p.x + (to[i].x - p.x) * t, y: p.y + (to[i].y - p.y) * t }));
  await touch('touchStart', at(0));
  for (let i = 1; i <= steps; i++) await touch('touchMove', at(i / steps));
  await touch('touchEnd', []);
  await cdp.detach();
}
