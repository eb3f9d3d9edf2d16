// Browser figures for `make bench`: start-up time (median of cold loads, navigation to first drawn
// frame), the CPU an untouched page uses, mermaid.js for comparison, the editor with 1,000 records
// and the reading view of a 1,000-line record scrolled. Headless Chromium with software GL, as in
// the tests; the `engines` part gives start-up and the editor's frame in Firefox ESR and WebKitGTK
// too (lib/engines.mjs, on an Xvfb display). `--only PART` prints one part's figures (the parts are
// at the end).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { fanLink } from '../tests/e2e/large_chart.test.mjs';
import { anchor, anchors, click, waitForState } from '../tests/e2e/lib/app.mjs';
import { launchEngine } from '../tests/e2e/lib/engines.mjs';
import { startXvfb } from '../tests/e2e/lib/xvfb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await startServer(path.join(root, 'build/web'));
const browser = await launchBrowser();

// The corpus records' Markdown, in file name order.
const corpusMarkdown = () => {
  const corpus = path.join(root, 'third_party/corpus');
  return fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()
    .map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
};

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const median = (values) => quantile(values, 0.5);

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
  const charts = corpusMarkdown().map((text) => text.match(/```mermaid\n([\s\S]*?)```/)).filter(Boolean).map((m) => m[1]);
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

// The storage entries of a journal of these records (Markdown texts), as the app writes them.
function journalEntries(markdown) {
  const entries = {};
  const ids = [];
  markdown.forEach((text, i) => {
    const id = 'bench' + String(i).padStart(4, '0');
    ids.push(id);
    entries['jobname-studio/record/' + id] = JSON.stringify({ format: 'jobname-record', version: 1, id, createdMs: 1e12 + i, updatedMs: 1e12 + i, markdown: text });
  });
  entries['jobname-studio/index'] = JSON.stringify({ schema: 1, ids, open: ids[0] });
  return entries;
}

const thousandRecords = () => {
  const markdown = corpusMarkdown();
  return Array.from({ length: 1000 }, (_, i) => markdown[i % markdown.length]);
};

// A page whose storage holds these records (Markdown texts) before the app starts, the first open.
async function pageWithRecords(markdown) {
  const entries = journalEntries(markdown);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript((values) => {
    if (localStorage.getItem('jobname-studio/index')) return;
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
  }, entries);
  await page.goto(server.url);
  await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs, null, { timeout: 60000 });
  return { context, page };
}

// The editor with 1,000 records in storage (the corpus, repeated): median CPU time of a frame
// with the list on screen, the save after one edit, and one keystroke in the search box.
async function editorWith1000Records() {
  const { context, page } = await pageWithRecords(thousandRecords());
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

// A record of exactly 1,000 lines made of the corpus's longest: its head, then the questions of its
// last stage section (answers, code, links, Persian notes) over and over, then its score.
function thousandLineRecord() {
  const lines = corpusMarkdown().reduce((a, b) => (b.split('\n').length > a.split('\n').length ? b : a)).split('\n');
  const scoreAt = lines.findIndex((l) => /^#+ Score/.test(l));
  const sectionAt = lines.slice(0, scoreAt).findLastIndex((l) => l.startsWith('### '));
  const starts = lines.map((l, i) => i).filter((i) => i > sectionAt && i < scoreAt && lines[i].startsWith('- '));
  const questions = starts.map((start, k) => lines.slice(start, k + 1 < starts.length ? starts[k + 1] : scoreAt));
  const head = lines.slice(0, starts[0]);
  const tail = lines.slice(scoreAt);
  const body = [];
  for (let k = 0; head.length + body.length + questions[k % questions.length].length + tail.length <= 1000; k++) body.push(...questions[k % questions.length]);
  for (let n = 1; head.length + body.length + tail.length < 1000; n++) body.push(`- One more question (${n}).`);
  return [...head, ...body, ...tail].join('\n');
}

// The reading view of the 1,000-line record with every answer open, scrolled from top to bottom by
// the wheel, one wheel step per browser frame: the CPU time of the app's frames while it scrolls
// (median and 95th percentile), the frames it drew per second (and the browser painted), how many
// blocks each frame drew, and the slowest frame while it built and laid the record out for reading
// and opened its answers (the layout is made once per width).
async function readingScroll1000Lines() {
  const { context, page } = await pageWithRecords([thousandLineRecord()]);
  await page.evaluate(() => { window.jobnameStudio.frameCpuMs = []; });
  await click(page, 'record.mode.read');
  await click(page, 'reading.open');
  const state = await waitForState(page, (s) => s.reading.mode && s.reading.width > 0 && s.reading.open.every((o) => o), 'the reading view laid out, answers open');
  const openFrameMs = Math.max(...(await page.evaluate(() => window.jobnameStudio.frameCpuMs)));
  const blockNames = async () => Object.keys(await anchors(page)).filter((k) => /^reading\.block\.\d+$/.test(k)).map((k) => Number(k.split('.')[2]));
  // The last block a click reaches (code and chart have no block anchor of their own).
  const lastAnchored = Math.max(...state.reading.blocks.map((b, i) => (b.kind !== 'code' && b.kind !== 'chart' ? i : 0)));
  const view = await anchor(page, 'reading.view');
  await page.mouse.move(view.cx, view.cy);
  const cpuMs = [], drawn = [];
  let frames = 0, browserFrames = 0, elapsedMs = 0, deepest = 0;
  for (let batch = 0; batch < 400 && deepest < lastAnchored; batch++) {
    // The browser's own animation frames are counted too: on a loaded machine with software GL it
    // paints fewer than 60 a second, and the app can draw no more than it paints.
    const [frames0, t0] = await page.evaluate(() => {
      const bench = (window.readingBench = { ticks: 0, counting: true });
      const tick = () => { if (bench.counting) { bench.ticks++; requestAnimationFrame(tick); } };
      requestAnimationFrame(tick);
      window.jobnameStudio.frameCpuMs = [];
      return [window.jobnameStudio.frames, performance.now()];
    });
    for (let k = 0; k < 10; k++) {
      await page.mouse.wheel(0, 100);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    }
    const [frames1, t1, times, ticks] = await page.evaluate(() => {
      window.readingBench.counting = false;
      return [window.jobnameStudio.frames, performance.now(), window.jobnameStudio.frameCpuMs.slice(), window.readingBench.ticks];
    });
    frames += frames1 - frames0;
    browserFrames += ticks;
    elapsedMs += t1 - t0;
    cpuMs.push(...times);
    const shown = await blockNames();
    drawn.push(shown.length);
    deepest = Math.max(deepest, ...shown);
  }
  await context.close();
  if (deepest < lastAnchored) throw new Error(`bench: the reading view did not scroll to its end (block ${deepest} of ${lastAnchored})`);
  return { blocks: state.reading.blocks.length, openFrameMs, medianMs: median(cpuMs), p95Ms: quantile(cpuMs, 0.95), framesPerSecond: (frames * 1000) / elapsedMs, browserFramesPerSecond: (browserFrames * 1000) / elapsedMs, drawnBlocks: median(drawn) };
}

// Firefox ESR or WebKitGTK, driven as the shared test list drives them: the median cold start-up
// (a fresh page with its own storage and cache each time, navigation to the first drawn frame) and
// the median CPU time of a frame while the mouse moves over a list of 1,000 records. The records
// are written into the page's storage, then the page is loaded again; when the engine's storage
// does not hold them all (`held` says how many it took: WebKit counts two bytes a character of a
// text with any non-Latin-1 letter, Persian, against its 5 MB, the others one), they are dropped
// on the page as 1,000 files instead, which the app holds in memory.
async function engineFigures(name) {
  const xvfb = await startXvfb();
  const engine = await launchEngine(name, { display: xvfb.display });
  const firstFrameMs = async (page) => {
    await page.waitForFunction(() => window.jobnameStudio && window.jobnameStudio.firstFrameMs, null, { timeout: 60000 });
    return page.evaluate(() => window.jobnameStudio.firstFrameMs);
  };
  try {
    const starts = [];
    for (let i = 0; i <= 5; i++) {
      const page = await engine.newPage();
      await page.goto(server.url);
      const ms = await firstFrameMs(page);
      if (i > 0) starts.push(ms);  // the first launch warms the browser itself, not the app
      await page.close();
    }
    const page = await engine.newPage();
    await page.goto(server.url);
    await firstFrameMs(page);
    const records = thousandRecords();
    const held = await page.evaluate((entries) => {
      let n = 0;
      try {
        for (const [k, v] of Object.entries(entries)) { localStorage.setItem(k, v); if (k.includes('/record/')) n++; }
      } catch (e) {
        localStorage.clear();
      }
      return n;
    }, journalEntries(records));
    if (held < records.length) {
      // Its storage cannot hold them: the user's way to have them all is a drop of the 1,000
      // files, which the app keeps in memory (and says the storage is full).
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await firstFrameMs(page);
      await page.evaluate((texts) => {
        const transfer = new DataTransfer();
        // Each its own record: the app asks about a file whose company, position and first date
        // a record in the journal has already.
        texts.forEach((text, i) => transfer.items.add(new File([text.replace(/^# \[([^\]|]*)/m, `# [$1 ${i}`)], `bench${String(i).padStart(4, '0')}.md`)));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, records);
    } else {
      await page.reload();
      await firstFrameMs(page);
    }
    await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._jn_debug_state())).records.length === 1000, null, { timeout: 120000 });
    await page.evaluate(() => { window.jobnameStudio.frameCpuMs = []; });
    for (let i = 0; i < 60; i++) await page.mouse.move(100 + (i % 20) * 5, 200 + (i % 30) * 10);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const frameMs = median(await page.evaluate(() => window.jobnameStudio.frameCpuMs.slice()));
    await page.close();
    return { startupMs: median(starts), frameMs, held };
  } finally {
    await engine.close();
    await xvfb.stop();
  }
}

// The figures in parts; `node bench/browser.mjs --only reading_scroll` prints one part's.
const parts = {
  async startup() {
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
  },
  async idle() {
    console.log(`idle_cpu_percent: ${(await idleCpuPercent(10)).toFixed(2)} %`);
  },
  async mermaid() {
    console.log(`mermaid_render_ms: ${(await mermaidRenderMs()).toFixed(1)} ms`);
  },
  async editor_1000_records() {
    const editor = await editorWith1000Records();
    console.log(`frame_ms_1000_records: ${editor.frameMs.toFixed(2)} ms`);
    console.log(`autosave_ms_1000_records: ${editor.saveMs.toFixed(2)} ms`);
    console.log(`search_ms_1000_records: ${editor.searchMs.toFixed(2)} ms`);
  },
  async engines() {
    for (const name of ['firefox', 'webkit']) {
      const figures = await engineFigures(name);
      console.log(`startup_ms_${name}: ${figures.startupMs.toFixed(0)} ms`);
      console.log(`frame_ms_1000_records_${name}: ${figures.frameMs.toFixed(2)} ms`);
      // How many of the 1,000 its localStorage holds (WebKit: fewer; they are dropped as files then).
      console.log(`stored_records_of_1000_${name}: ${figures.held} records`);
    }
  },
  async reading_scroll() {
    const reading = await readingScroll1000Lines();
    console.log(`reading_open_frame_ms_1000_lines: ${reading.openFrameMs.toFixed(2)} ms`);
    console.log(`reading_scroll_frame_ms_1000_lines: ${reading.medianMs.toFixed(2)} ms`);
    console.log(`reading_scroll_frame_ms_p95_1000_lines: ${reading.p95Ms.toFixed(2)} ms`);
    console.log(`reading_scroll_fps_1000_lines: ${reading.framesPerSecond.toFixed(1)} frames/s`);
    console.log(`reading_scroll_browser_fps_1000_lines: ${reading.browserFramesPerSecond.toFixed(1)} frames/s`);
    console.log(`reading_blocks_1000_lines: ${reading.blocks} blocks`);
    console.log(`reading_scroll_blocks_drawn_1000_lines: ${reading.drawnBlocks} blocks`);
  },
};
const only = process.argv.indexOf('--only');
const chosen = only >= 0 ? [process.argv[only + 1]] : Object.keys(parts);
for (const name of chosen) {
  if (!parts[name]) throw new Error(`bench: no part named ${name} (have: ${Object.keys(parts).join(', ')})`);
  await parts[name]();
}

await browser.close();
await server.close();
