// Browser figures for `make bench`: start-up time (median of cold loads, navigation to first drawn
// frame) and the CPU an untouched page uses. Headless Chromium with software GL, as in the tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

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

// mermaid.js 11 rendering each corpus chart (median per chart), in this same browser.
async function mermaidRenderMs() {
  const fs = await import('node:fs');
  const charts = [];
  const corpus = path.join(root, '../shared/corpus');
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

await coldStartMs();  // the first launch warms the browser itself, not the app
const starts = [];
for (let i = 0; i < 5; i++) starts.push(await coldStartMs());
console.log(`startup_ms: ${median(starts).toFixed(0)} ms`);
console.log(`idle_cpu_percent: ${(await idleCpuPercent(10)).toFixed(2)} %`);
console.log(`mermaid_render_ms: ${(await mermaidRenderMs()).toFixed(1)} ms`);

await browser.close();
await server.close();
