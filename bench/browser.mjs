// Browser figures for `make bench`: start-up time (median of cold loads, navigation to first drawn
// frame) and the CPU an untouched page uses. Headless Chromium with software GL, as in the tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { fanLink } from '../tests/e2e/large_chart.test.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await startServer(path.join(root, 'build/web'));
const browser = await launchBrowser();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function coldStartMs() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });  // empty cache
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.jobnameStudio.firstFrameMs);
  await context.close();
  return ms;
}

// The 2,119-character share link whose chart is 300 stages and 22,500 arrows (issue 12; it froze
// the page for 24 s): navigation to the frame that shows the shared record and the sentence in
// place of its chart. The test of the same link checks that state; this times it.
async function fanLinkReadyMs() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(fanLink(server.url));
  await page.waitForFunction(() => {
    if (!window.jobnameStudio || !window.jobnameStudio.firstFrameMs) return false;
    const { share } = JSON.parse(Module.UTF8ToString(Module._jn_debug_state()));
    return share.incoming.active && share.incoming.chartNotDrawn !== '';
  }, null, { timeout: 60000, polling: 'raf' });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function idleCpuPercent(seconds) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs);
  await page.waitForTimeout(1500);  // let the start-up frames finish
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value;
  };
  const before = await busy();
  await page.waitForTimeout(seconds * 1000);
  const after = await busy();
  await context.close();
  return ((after - before) / seconds) * 100;
}

// Start-up with the network off: after one visit, from the service worker's cache.
async function offlineStartMs(runs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i <= runs; i++) {
    await page.reload();
    await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs, null, { timeout: 30000 });
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) throw new Error('bench: no service worker in control');
    if (i > 0) times.push(await page.evaluate(() => window.jobnameStudio.firstFrameMs));  // the first reload warms it
  }
  await context.close();
  return median(times);
}

// The single file opened from disk (it unpacks its own wasm first).
async function singleFileStartMs(runs) {
  const url = 'file://' + path.join(root, 'build/dist/jobname-studio.html');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.jobnameStudio.firstFrameMs));
    await context.close();
  }
  return median(times);
}

// mermaid.js 11 rendering each corpus chart (median per chart), in this same browser.
async function mermaidRenderMs() {
  const fs = await import('node:fs');
  const charts = [];
  const corpus = path.join(root, 'third_party/corpus');
  for (const file of fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const text = fs.readFileSync(path.join(corpus, file), 'utf8');
    const match = text.match(/```mermaid\n([\s\S]*?)```/);
    if (match) charts.push(match[1]);
  }
  const repo = await startServer(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(repo.url + 'bench/mermaid.html');
  const times = await page.evaluate(async (sources) => {
    mermaid.initialize({ startOnLoad: false });
    await mermaid.render('warmup', sources[0]);
    const perChart = [];
    for (let i = 0; i < sources.length; i++) {
      const runs = [];
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        await mermaid.render(`chart${i}_${k}`, sources[i]);
        runs.push(performance.now() - t0);
      }
      runs.sort((a, b) => a - b);
      perChart.push(runs[1]);
    }
    return perChart;
  }, charts);
  await context.close();
  await repo.close();
  return median(times);
}

// The editor with 1,000 records in storage (the corpus, repeated): median CPU time of a frame
// with the list on screen, the save after one edit, and one keystroke in the search box.
async function editorWith1000Records() {
  const fs = await import('node:fs');
  const corpus = path.join(root, 'third_party/corpus');
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const markdown = files.map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
  const entries = {};
  const ids = [];
  for (let i = 0; i < 1000; i++) {
    const id = 'bench' + String(i).padStart(4, '0');
    ids.push(id);
    entries['jobname-studio/record/' + id] = JSON.stringify({ format: 'jobname-record', version: 1, id, createdMs: 1e12 + i, updatedMs: 1e12 + i, markdown: markdown[i % markdown.length] });
  }
  entries['jobname-studio/index'] = JSON.stringify({ schema: 1, ids, open: ids[0] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript((values) => {
    if (localStorage.getItem('jobname-studio/index')) return;
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
  }, entries);
  await page.goto(server.url);
  await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs, null, { timeout: 60000 });
  const state = () => page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._jn_debug_state())));
  if ((await state()).records.length !== 1000) throw new Error('bench: the 1,000 records did not load');
  // Frames while the mouse moves over the list.
  await page.evaluate(() => { window.jobnameStudio.frameCpuMs = []; });
  for (let i = 0; i < 60; i++) await page.mouse.move(100 + (i % 20) * 5, 200 + (i % 30) * 10);
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => window.jobnameStudio.frameCpuMs.slice());
  const anchorsOf = async () => JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._jn_anchors_json())));
  const click = async (name) => {
    const [x, y, w, h] = (await anchorsOf())[name];
    await page.mouse.click(x + w / 2, y + h / 2);
    await page.waitForTimeout(150);
  };
  // One edit of the open record, then its save.
  await click('record.position');
  await page.keyboard.type('x');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !JSON.parse(Module.UTF8ToString(Module._jn_debug_state())).dirty, null, { timeout: 10000 });
  const saveMs = (await state()).lastSaveMs;
  // Keystrokes in the search box, one at a time: the median of what each one cost.
  await click('collection.search');
  const perKey = [];
  for (const key of 'redis') {
    await page.keyboard.type(key);
    await page.waitForTimeout(150);
    perKey.push((await state()).lastSearchMs);
  }
  const searchMs = median(perKey);
  await context.close();
  return { frameMs: median(frames), saveMs, searchMs };
}

await coldStartMs();  // the first launch warms the browser itself, not the app
const starts = [];
for (let i = 0; i < 5; i++) starts.push(await coldStartMs());
console.log(`startup_ms: ${median(starts).toFixed(0)} ms`);
const fanReady = [];
for (let i = 0; i < 5; i++) fanReady.push(await fanLinkReadyMs());
console.log(`share_link_fan_ready_ms: ${median(fanReady).toFixed(0)} ms`);
console.log(`share_link_fan_over_startup_ms: ${(median(fanReady) - median(starts)).toFixed(0)} ms`);
console.log(`startup_ms_offline: ${(await offlineStartMs(5)).toFixed(0)} ms`);
console.log(`startup_ms_single_file: ${(await singleFileStartMs(5)).toFixed(0)} ms`);
console.log(`idle_cpu_percent: ${(await idleCpuPercent(10)).toFixed(2)} %`);
console.log(`mermaid_render_ms: ${(await mermaidRenderMs()).toFixed(1)} ms`);
const editor = await editorWith1000Records();
console.log(`frame_ms_1000_records: ${editor.frameMs.toFixed(2)} ms`);
console.log(`autosave_ms_1000_records: ${editor.saveMs.toFixed(2)} ms`);
console.log(`search_ms_1000_records: ${editor.searchMs.toFixed(2)} ms`);

await browser.close();
await server.close();
