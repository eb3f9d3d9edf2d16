// Helpers to drive the app as a user would: wait for it, find a widget by its anchor name, click.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from './png.mjs';

export async function openApp(page, url, { consoleErrors } = {}) {
  if (consoleErrors) {
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
  }
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || document.body.dataset.error === '1',
                             null, { timeout: STATE_TIMEOUT_MS });
  if (await page.evaluate(() => document.body.dataset.error === '1')) {
    throw new Error('app failed to start: ' + await page.textContent('#message'));
  }
}

export function frameCount(page) {
  return page.evaluate(() => window.jobnameStudio.frames);
}

// How many frames the app draws while the browser paints `browserFrames` of its own (none when
// idle: the measure is the browser's own animation frames, not a time).
export function framesDrawnWhileBrowserPaints(page, browserFrames) {
  return page.evaluate((count) => new Promise((resolve) => {
    const start = window.jobnameStudio.frames;
    let painted = 0;
    const tick = () => (++painted < count ? requestAnimationFrame(tick) : resolve(window.jobnameStudio.frames - start));
    requestAnimationFrame(tick);
  }), browserFrames);
}

// How long a wait for a state may take before the test fails. Generous: on a loaded machine with
// software GL a frame can take a second; a wait ends as soon as its state is reached.
export const STATE_TIMEOUT_MS = 60000;

// Reads from the running app: `read` returns null while the page has no running app. A page may
// be loading anew (WebKit's driver can return from a navigation before the new document
// commits, so a look at the old one still finds it ready): then wait until it is, and read again.
async function fromApp(page, read, arg) {
  for (;;) {
    const value = await page.evaluate(read, arg);
    if (value !== null && value !== undefined) return value;
    await page.waitForFunction(() => document.body && document.body.dataset.ready === '1', null, { timeout: STATE_TIMEOUT_MS });
  }
}

// Asks the app to draw `frames` more frames (it draws them even when it would rather sleep) and
// waits until they are drawn. Input sent before this call is handled within those frames.
export async function settle(page, frames = 3) {
  const target = await fromApp(page, (n) => {
    if (document.body.dataset.ready !== '1') return null;
    const target = window.jobnameStudio.frames + n;
    Module._jn_request_frames(n);
    return target;
  }, frames);
  await page.waitForFunction((n) => window.jobnameStudio.frames >= n, target, { timeout: STATE_TIMEOUT_MS });
}

// Waits until `predicate(state)` holds for the journal and editor state the app reports, drawing
// one frame between two looks so that pending work (a file being read, a save) goes on.
export async function waitForState(page, predicate, what = String(predicate)) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  for (;;) {
    const state = await debugState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) {
      // The state seen last says why: the test's failure message is then enough to mend it.
      throw new Error(`timed out waiting for ${what}; the app's state: ${JSON.stringify(state).slice(0, 2000)}`);
    }
    await settle(page, 1);
  }
}

export async function anchors(page) {
  return JSON.parse(await fromApp(page, () => document.body.dataset.ready === '1' ? Module.UTF8ToString(Module._jn_anchors_json()) : null));
}

export async function anchor(page, name) {
  const all = await anchors(page);
  if (!all[name]) throw new Error(`no widget named ${name} on screen (have: ${Object.keys(all).join(', ')})`);
  const [x, y, w, h] = all[name];
  return { x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
}

// Scrolls the named widget into view when it is drawn outside the page's viewport.
export async function reveal(page, name) {
  const a = await anchor(page, name);
  const { height } = await page.viewportSize();  // a promise in WebKit (lib/engines.mjs)
  if (a.y >= 30 && a.y + a.h <= height - 4) return;
  await page.evaluate((n) => {
    const size = Module.lengthBytesUTF8(n) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(n, ptr, size);
    Module._jn_reveal(ptr);
    Module._free(ptr);
  }, name);
  await settle(page, 3);
}

export async function click(page, name) {
  await reveal(page, name);
  let a = await anchor(page, name);
  // Aimed again while the widget moves under the pointer: a window that reaches its size late
  // (WebKitGTK's MiniBrowser) lays the page out anew after the first look.
  for (let aimed = null; !aimed || aimed.cx !== a.cx || aimed.cy !== a.cy; a = await anchor(page, name)) {
    aimed = a;
    await page.mouse.move(a.cx, a.cy);
    await settle(page, 2);
  }
  await page.mouse.click(a.cx, a.cy);
  await settle(page, 3);
}

export async function screenshot(page, options = {}) {
  return PNG.decode(await page.screenshot(options));
}

export async function debugState(page) {
  return JSON.parse(await fromApp(page, () => document.body.dataset.ready === '1' ? Module.UTF8ToString(Module._jn_debug_state()) : null));
}

// Clicks a text field by name and types into it (replacing what was there when `replace`).
export async function typeInto(page, name, text, { replace = false } = {}) {
  await click(page, name);
  if (replace) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text, { delay: 5 });
  await settle(page, 3);
}

// Waits until the journal has written everything (the app saves within a second of an edit).
export async function waitSaved(page) {
  await waitForState(page, (state) => !state.dirty, 'the journal to be saved');
}

export function storedRecords(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('jobname-studio/')) out[key] = localStorage.getItem(key);
    }
    return out;
  });
}

// A record of the jobname corpus (third_party/corpus, which scripts/bootstrap links or fetches).
export function corpusFile(ctx, name) {
  return path.join(ctx.root, 'third_party/corpus', name);
}

// Imports files through the app's Import button and the browser's file picker.
export async function importWithPicker(page, files) {
  const before = (await debugState(page)).records.length;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'collection.import')]);
  await chooser.setFiles(files);
  const expected = before + [files].flat().length;
  await waitForState(page, (state) => state.records.length >= expected, `${expected} records`);
  await settle(page, 3);
}

// Drops files ([name, text] pairs) on the window as a drag from the desktop would, and waits until
// the app has received them.
export async function dropFiles(page, files) {
  const before = (await debugState(page)).filesReceived;
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const [name, text] of list) transfer.items.add(new File([text], name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await waitForState(page, (state) => state.filesReceived >= before + files.length, 'the dropped files');
  await settle(page, 4);
}

// What `action` downloads: its suggested name and its text.
export async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8'), file };
}

// A fresh browser context (its own storage) and page.
export async function newPage({ browser }, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, ...options });
  return { context, page: await context.newPage() };
}

// Where the ink (text) lies inside a rectangle of a screenshot: its leftmost and rightmost x.
export function inkExtent(shot, rect, scale = 1) {
  const x0 = Math.round(rect.x * scale), y0 = Math.round(rect.y * scale);
  const x1 = Math.round((rect.x + rect.w) * scale), y1 = Math.round((rect.y + rect.h) * scale);
  const background = shot.pixel(x0 + 3, y0 + 3);
  let minX = Infinity, maxX = -Infinity;
  for (let y = y0 + 4; y < y1 - 4; y++) {
    for (let x = x0 + 4; x < x1 - 4; x++) {
      const p = shot.pixel(x, y);
      if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) > 120) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
    }
  }
  return { minX: minX / scale, maxX: maxX / scale };
}
