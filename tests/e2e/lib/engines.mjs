// The three browser engines behind one page API, so that one shared test list runs in each:
// Chromium (playwright-core, headless), Firefox ESR (puppeteer-core over WebDriver BiDi, headful on
// Xvfb: headless Firefox turns WebGL off) and WebKitGTK (WebKitWebDriver + selenium-webdriver,
// MiniBrowser on Xvfb). The page API is the subset of playwright's Page that tests/e2e/lib/app.mjs
// and the shared list use, plus `pickFiles`, `catchDownloads` and `secondTab` (another page on the
// same storage, as a second tab). Not a general browser library.
import net from 'node:net';
import { spawn } from 'node:child_process';
import { launchBrowser } from './browser.mjs';
import { STATE_TIMEOUT_MS } from './app.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const VIEWPORT = { width: 1400, height: 900 };

// In the page: every Blob handed to an <a download> is kept as {name, base64} instead of saved, so
// a test reads the bytes the same way in every engine (none of them has to show a save dialog).
function installDownloadCatcher() {
  if (window.jnCaughtDownloads) return;
  window.jnCaughtDownloads = [];
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    const entry = { name: this.download, base64: null };
    window.jnCaughtDownloads.push(entry);
    const reader = new FileReader();
    reader.onload = () => { entry.base64 = reader.result.slice(reader.result.indexOf(',') + 1); };
    reader.readAsDataURL(blob);
  };
}

// In the page: the app's file picker (a detached <input type=file> it clicks) is put into the
// document instead of opened, so the driver can hand it files through the engine's own file
// upload command, as the browser's dialog would.
function installPickerCatcher() {
  if (window.jnPickerCatcher) return;
  window.jnPickerCatcher = true;
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function () {
    if (this.type !== 'file') return click.call(this);
    // Off screen, so that it never takes a click meant for the canvas, and gone once it has files.
    this.style.cssText = 'position:fixed;left:-200px;top:0;width:40px;height:20px';
    this.addEventListener('change', () => this.remove());
    document.body.appendChild(this);
    window.jnPicker = this;
  };
}

function splitCombo(combo) {
  const parts = combo.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] };
}

// --- Chromium: playwright's own page, with the two extra methods -------------------------------
// `browser`: the full suite's own playwright browser, shared; otherwise one is launched.
async function chromiumEngine(shared) {
  const browser = shared || await launchBrowser();
  return {
    name: 'chromium',
    async newPage() {
      const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
      const decorate = (page) => {
        page.engine = 'chromium';
        page.pickFiles = async (action, files) => {
          const [chooser] = await Promise.all([page.waitForEvent('filechooser'), action()]);
          await chooser.setFiles(files);
        };
        page.secondTab = async () => decorate(await context.newPage());
        // The screen's pixel ratio changed (browser zoom, a window moved to another screen).
        page.setPixelRatio = async (ratio) => {
          page.devtools ||= await context.newCDPSession(page);  // one session: its override replaces the last
          await page.devtools.send('Emulation.setDeviceMetricsOverride', { ...page.viewportSize(), deviceScaleFactor: ratio, mobile: false });
        };
        return page;
      };
      const page = decorate(await context.newPage());
      page.close = () => context.close();
      return page;
    },
    close: () => (shared ? undefined : browser.close()),
  };
}

// --- Firefox: puppeteer-core; its Page differs from playwright's in argument order and keys -------
async function firefoxEngine(display) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: false,
    defaultViewport: VIEWPORT,
    env: { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    // Off the network it would otherwise try to reach at start (this machine has none).
    extraPrefsFirefox: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false,
                         'datareporting.policy.dataSubmissionEnabled': false, 'network.captive-portal-service.enabled': false },
  });
  const pressKey = async (page, combo, down) => {
    const { modifiers, key } = splitCombo(combo);
    // A single letter by its physical key, as a layout sends it: the app reads event.key.
    const name = key.length === 1 && /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : key;
    for (const m of modifiers) await page.keyboard.down(m);
    await down(name);
    for (const m of modifiers.reverse()) await page.keyboard.up(m);
  };
  return {
    name: 'firefox',
    async newPage() {
      const context = await browser.createBrowserContext();  // its own storage
      return firefoxPage(context, await context.newPage(), () => context.close());
    },
    close: () => browser.close(),
  };
  async function firefoxPage(context, page, close) {
    await page.setViewport(VIEWPORT);
    return {
      engine: 'firefox',
      goto: (url) => page.goto(url),
      reload: () => page.reload(),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      waitForFunction: (fn, arg, { timeout = STATE_TIMEOUT_MS } = {}) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
      mouse: { move: (x, y) => page.mouse.move(x, y), click: (x, y) => page.mouse.click(x, y) },
      keyboard: {
        press: (combo) => pressKey(page, combo, (name) => page.keyboard.press(name)),
        type: (text, { delay = 0 } = {}) => page.keyboard.type(text, { delay }),
      },
      viewportSize: () => VIEWPORT,
      textContent: (selector) => page.$eval(selector, (el) => el.textContent),
      screenshot: async (options = {}) => Buffer.from(await page.screenshot(options)),
      on: (type, listener) => page.on(type, listener),
      async pickFiles(action, files) {
        await page.evaluate(installPickerCatcher);
        await page.evaluate(() => { window.jnPicker = null; });
        await action();
        const input = await page.waitForFunction(() => window.jnPicker, { timeout: STATE_TIMEOUT_MS, polling: 50 });
        await input.asElement().uploadFile(...[files].flat());
      },
      bringToFront: () => page.bringToFront(),
      setPixelRatio: (ratio) => page.setViewport({ ...VIEWPORT, deviceScaleFactor: ratio }),
      // Another tab of the same browser context: the same storage, closed with the first page.
      async secondTab() {
        const tab = await context.newPage();
        return firefoxPage(context, tab, () => tab.close());
      },
      close,
    };
  }
}

// --- WebKitGTK: WebKitWebDriver + selenium-webdriver, one session (one MiniBrowser) per page -----
// (and a second window of it for a page's secondTab())
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

// Waits until the driver answers /status with ready (it listens a moment after it starts).
async function waitForDriver(port, child) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await response.json()).value.ready) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function webkitEngine(display) {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  let port, driverProcess;
  const startDriver = async () => {
    port = await freePort();
    driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    await waitForDriver(port, driverProcess);
  };
  await startDriver();
  const KEYS = { Control: Key.CONTROL, Shift: Key.SHIFT, Alt: Key.ALT, Enter: Key.ENTER, Backspace: Key.BACK_SPACE,
                 Escape: Key.ESCAPE, Tab: Key.TAB, Delete: Key.DELETE };
  const keyOf = (name) => KEYS[name] || (name.length === 1 ? name.toLowerCase() : (() => { throw new Error(`no WebDriver key for ${name}`); })());
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  };
  return {
    name: 'webkit',
    // A MiniBrowser that dies as it starts ("cannot open display", seen once on a loaded machine)
    // leaves the driver waiting for it for good: after a minute the driver is started again and
    // the page asked once more. Starting the browser is no part of what the tests check.
    async newPage() {
      for (let attempt = 1; ; attempt++) {
        const session = new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
        let timer;
        const late = new Promise((resolve) => { timer = setTimeout(() => resolve(null), STATE_TIMEOUT_MS); });
        const driver = await Promise.race([session, late]).finally(() => clearTimeout(timer));
        if (driver) return webkitPage(driver, await driver.getWindowHandle(), { current: null });
        session.then((d) => d.quit(), () => {});  // whatever comes of it later is let go
        if (attempt === 2) throw new Error(`MiniBrowser did not start in ${STATE_TIMEOUT_MS / 1000} s, twice`);
        console.error(`      (webkit: MiniBrowser did not start in ${STATE_TIMEOUT_MS / 1000} s; starting the driver again)`);
        driverProcess.kill('SIGKILL');
        await startDriver();
      }
    },
    close: () => { driverProcess.kill('SIGTERM'); },
  };
  // One page per window of the session: each command first makes the driver's current window its own.
  async function webkitPage(driver, handle, windows, close = () => driver.quit()) {
    const use = async () => {
      if (windows.current === handle) return;
      await driver.switchTo().window(handle);
      windows.current = handle;
    };
    // MiniBrowser keeps its own window size (read from the page when asked): resizing it under
    // Xvfb (no window manager) leaves WebKitWebDriver aiming its pointer with the old window's
    // offsets, and clicks miss.
    const listeners = { console: [], pageerror: [] };
    // The page's errors are kept by the script the test server puts first in every page
    // (lib/server.mjs, consoleCapture): each call into the page takes the new ones out.
    const run = async (fn, arg) => {
      await use();
      const result = await driver.executeScript(
        `return (async (arg) => {
           const value = await (${fn.toString()})(arg);
           const errors = window.jnConsoleErrors ? window.jnConsoleErrors.splice(0) : [];
           return { value: value === undefined ? null : value, errors };
         })(arguments[0]);`, arg === undefined ? null : arg);
      for (const text of result.errors) {
        for (const listener of listeners.console) listener({ type: () => 'error', text: () => text });
      }
      return result.value;
    };
    // A chain of input actions in this page's window (perform() after use()).
    const actions = () => {
      const chain = driver.actions({ async: true });
      const perform = chain.perform.bind(chain);
      chain.perform = async () => { await use(); return perform(); };
      return chain;
    };
    const page = {
      engine: 'webkit',
      goto: async (url) => { await use(); return driver.get(url); },
      reload: async () => { await use(); return driver.navigate().refresh(); },
      evaluate: run,
      async waitForFunction(fn, arg, { timeout = STATE_TIMEOUT_MS } = {}) {
        const deadline = Date.now() + timeout;
        // Each look waits in the page for the next animation frame or 50 ms, whichever is first.
        const look = `async (arg) => { const v = await (${fn.toString()})(arg); if (v) return v;
          await new Promise((r) => { requestAnimationFrame(r); setTimeout(r, 50); }); return null; }`;
        for (;;) {
          const value = await run(look, arg);
          if (value) return value;
          if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${fn}`);
        }
      },
      mouse: {
        move: (x, y) => actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform(),
        click: (x, y) => actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).press().release().perform(),
      },
      keyboard: {
        async press(combo) {
          const { modifiers, key } = splitCombo(combo);
          let chain = actions();
          for (const m of modifiers) chain = chain.keyDown(keyOf(m));
          chain = chain.keyDown(keyOf(key)).keyUp(keyOf(key));
          for (const m of modifiers.reverse()) chain = chain.keyUp(keyOf(m));
          await chain.perform();
        },
        type: (text) => actions().sendKeys(text).perform(),
      },
      viewportSize: () => run(() => ({ width: innerWidth, height: innerHeight })),
      textContent: (selector) => run((s) => document.querySelector(s).textContent, selector),
      screenshot: async () => { await use(); return Buffer.from(await driver.takeScreenshot(), 'base64'); },
      on: (type, listener) => { (listeners[type] || []).push(listener); },
      async pickFiles(action, files) {
        await run(installPickerCatcher);
        await run(() => { window.jnPicker = null; });
        await action();
        await page.waitForFunction(() => !!window.jnPicker, null, { timeout: STATE_TIMEOUT_MS });
        await use();
        const input = await driver.executeScript('return window.jnPicker');
        await input.sendKeys([files].flat().join('\n'));
      },
      bringToFront: use,
      // Another window of the same session (the same storage), closed with the first page. A
      // window, not a tab: MiniBrowser leaves a new tab behind the first, hidden, with no frames.
      async secondTab() {
        await use();
        await driver.switchTo().newWindow('window');
        windows.current = await driver.getWindowHandle();
        return webkitPage(driver, windows.current, windows, async () => { await use(); await driver.close(); windows.current = null; });
      },
      close,
    };
    return page;
  }
}

// Keeps the pages a test opened, so that the runner closes those a failed test left open (WebKit's
// driver allows one session at a time: a page left open would fail every later test).
function tracked(engine) {
  const open = new Set();
  return {
    ...engine,
    async newPage() {
      const page = await engine.newPage();
      const close = page.close.bind(page);
      open.add(page);
      page.close = () => { open.delete(page); return close(); };
      return page;
    },
    async closePages() {
      for (const page of [...open]) await page.close().catch(() => {});
    },
  };
}

export async function launchEngine(name, { display, browser } = {}) {
  if (name === 'chromium') return tracked(await chromiumEngine(browser));
  if (!display) throw new Error(`${name} needs an X display (lib/xvfb.mjs)`);
  if (name === 'firefox') return tracked(await firefoxEngine(display));
  if (name === 'webkit') return tracked(await webkitEngine(display));
  throw new Error(`no engine ${name}: one of ${ENGINES.join(', ')}`);
}

// What `action` downloads, caught in the page (installDownloadCatcher): its name and its bytes.
export async function catchDownload(page, action) {
  await page.evaluate(installDownloadCatcher);
  const before = await page.evaluate(() => window.jnCaughtDownloads.length);
  await action();
  await page.waitForFunction((n) => window.jnCaughtDownloads.length > n && window.jnCaughtDownloads[n].base64 !== null,
                             before, { timeout: STATE_TIMEOUT_MS });
  const { name, base64 } = await page.evaluate((n) => window.jnCaughtDownloads[n], before);
  return { name, bytes: Buffer.from(base64, 'base64') };
}
