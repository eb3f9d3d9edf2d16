// The app shell in the browser: start-up, first frame, menus, About, resize and HiDPI, themes,
// idling, and the messages shown instead of a blank canvas when the app cannot start.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchors, anchor, click, settle, frameCount, screenshot, waitForState, STATE_TIMEOUT_MS } from './lib/app.mjs';

async function newPage({ browser }, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 640 }, ...options });
  const page = await context.newPage();
  return { context, page };
}

export const tests = {
  async 'loads with no console errors and draws its first frame'(ctx) {
    const { context, page } = await newPage(ctx);
    const errors = [];
    await openApp(page, ctx.url, { consoleErrors: errors });
    await settle(page);
    const shot = await screenshot(page);
    // A drawn frame has a menu bar with text: many colours there, not one flat fill.
    assert.ok(shot.stats(0, 0, 300, 28).colours > 20, 'menu bar is blank');
    assert.ok((await anchors(page))['menu.file'], 'File menu not drawn');
    assert.deepEqual(errors, []);
    await context.close();
  },

  async 'a click on a menu title opens it'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await settle(page);
    const before = await screenshot(page);
    await click(page, 'menu.view');
    const items = await anchors(page);
    assert.ok(items['menu.view.theme'], 'View menu did not open');
    const after = await screenshot(page);
    const view = await anchor(page, 'menu.view');
    assert.ok(after.difference(before, view.x, view.y + view.h, 200, 80) > 0.05, 'no menu drawn under View');
    await context.close();
  },

  async 'the About box shows the version, the licences and a line of shaped Persian'(ctx) {
    const { context, page } = await newPage(ctx, { deviceScaleFactor: 2 });
    await openApp(page, ctx.url);
    await click(page, 'menu.help');
    await click(page, 'menu.help.about');
    const about = await anchor(page, 'about.persian');
    const window = await anchor(page, 'about.window');
    // Right-to-left: the line ends at the window's right edge, not its left.
    assert.ok(about.x > window.x + 40, `Persian line is not right-aligned (x=${about.x})`);
    const shot = await screenshot(page);
    assert.ok(shot.stats(about.x * 2, about.y * 2, about.w * 2, about.h * 2).colours > 10, 'Persian line not drawn');
    await page.screenshot({ path: path.join(ctx.artifacts, 'about.png') });
    // The licence texts the About box links to are served with the app.
    for (const file of ['imgui.txt', 'fribidi.txt', 'noto-fonts.txt', 'nlohmann-json.txt', 'zlib.txt', 'qrcodegen.txt', 'emscripten.txt', 'jobname-studio.txt']) {
      assert.ok(fs.statSync(path.join(ctx.webDir, 'licenses', file)).size > 100, `licenses/${file} missing`);
    }
    // The QR code library is listed with its licence (the MIT text from its Readme).
    assert.ok((await anchors(page))['about.license.qrcodegen.txt'], 'qrcodegen is not listed');
    assert.match(fs.readFileSync(path.join(ctx.webDir, 'licenses', 'qrcodegen.txt'), 'utf8'), /Permission is hereby granted, free of charge/);
    await click(page, 'about.close');
    assert.equal((await anchors(page))['about.window'], undefined, 'About box did not close');
    await context.close();
  },

  async 'the canvas follows the window size at the screen pixel ratio'(ctx) {
    const { context, page } = await newPage(ctx, { deviceScaleFactor: 2 });
    await openApp(page, ctx.url);
    await settle(page);
    let size = await page.evaluate(() => [canvas.width, canvas.height]);
    assert.deepEqual(size, [2000, 1280]);
    await page.setViewportSize({ width: 720, height: 480 });
    await settle(page);
    size = await page.evaluate(() => [canvas.width, canvas.height]);
    assert.deepEqual(size, [1440, 960]);
    // Widgets keep their CSS size: the UI is scaled, not stretched.
    const file = await anchor(page, 'menu.file');
    assert.ok(file.h > 20 && file.h < 34, `menu height ${file.h} CSS px`);
    const shot = await screenshot(page);
    assert.equal(shot.width, 1440);
    await context.close();
  },

  async 'the theme follows the system until the user picks one, and is remembered'(ctx) {
    const { context, page } = await newPage(ctx, { colorScheme: 'dark' });
    await openApp(page, ctx.url);
    await settle(page);
    assert.ok((await screenshot(page)).stats(400, 300, 100, 100).luminance < 80, 'not dark under a dark system');
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForState(page, (state) => !state.themeDark, 'the light theme');
    await settle(page);
    assert.ok((await screenshot(page)).stats(400, 300, 100, 100).luminance > 180, 'did not follow the system to light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await click(page, 'menu.view');
    await click(page, 'menu.view.theme');
    await click(page, 'menu.view.theme.light');
    assert.ok((await screenshot(page)).stats(400, 300, 100, 100).luminance > 180, 'Light was not applied');
    await page.reload();
    await openApp(page, ctx.url);
    await settle(page);
    assert.ok((await screenshot(page)).stats(400, 300, 100, 100).luminance > 180, 'Light was not remembered');
    await context.close();
  },

  async 'an idle app draws no frames and any input wakes it at once'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await page.waitForFunction(() => window.jobnameStudio.idle === true, null, { timeout: STATE_TIMEOUT_MS });
    // Idle: while the browser paints 60 frames of its own, the app draws none.
    const drawn = await page.evaluate(() => new Promise((resolve) => {
      const start = window.jobnameStudio.frames;
      let browserFrames = 0;
      const tick = () => (++browserFrames < 60 ? requestAnimationFrame(tick) : resolve(window.jobnameStudio.frames - start));
      requestAnimationFrame(tick);
    }));
    assert.equal(drawn, 0, 'frames drawn while idle');
    assert.equal(await page.evaluate(() => window.jobnameStudio.idle), true);
    // Any input wakes the loop in the event itself; the next frame follows.
    const idle = await frameCount(page);
    await page.mouse.move(300, 300);
    assert.ok(await page.evaluate((n) => !window.jobnameStudio.idle || window.jobnameStudio.frames > n, idle),
              'a mouse move did not wake the app');
    await page.waitForFunction((n) => window.jobnameStudio.frames > n, idle, { timeout: STATE_TIMEOUT_MS });
    await context.close();
  },

  async 'without WebGL2 the page says so in words'(ctx) {
    const { context, page } = await newPage(ctx);
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    await page.goto(ctx.url);
    await page.waitForFunction(() => document.body.dataset.error === '1');
    assert.match(await page.textContent('#message'), /WebGL2/);
    assert.ok(await page.isVisible('#message'));
    await context.close();
  },

  async 'when the wasm cannot be loaded the page says so in words'(ctx) {
    const { context, page } = await newPage(ctx);
    await page.route('**/jobname.wasm', (route) => route.abort());
    await page.goto(ctx.url);
    await page.waitForFunction(() => document.body.dataset.error === '1', null, { timeout: 15000 });
    assert.match(await page.textContent('#message'), /could not load its program/);
    await context.close();
  },
};
