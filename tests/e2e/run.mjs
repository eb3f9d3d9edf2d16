// The browser end-to-end test runner: serves build/web on a free loopback port, runs every
// tests/e2e/*.test.mjs in Debian's headless Chromium, and ends with `N passed, N failed`.
// Usage: node tests/e2e/run.mjs [name filter]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const webDir = path.join(root, 'build/web');
const artifacts = path.join(root, 'build/e2e');
const filter = process.argv[2] || '';

if (!fs.existsSync(path.join(webDir, 'jobname.wasm'))) {
  console.error('e2e: build/web has no jobname.wasm: run `make web` first.');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });

const tests = [];
for (const file of fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) {
  const module = await import(path.join(here, file));
  for (const [name, fn] of Object.entries(module.tests)) {
    const full = `${file.replace('.test.mjs', '')}: ${name}`;
    if (full.includes(filter)) tests.push({ name: full, fn });
  }
}

const suiteStarted = Date.now();
const server = await startServer(webDir);
const browser = await launchBrowser();
let passed = 0, failed = 0;
for (const test of tests) {
  const started = Date.now();
  const context = { browser, url: server.url, artifacts, webDir, root };
  try {
    // A test that hangs (an await that never settles) fails after five minutes instead of stalling
    // CI. Not a speed limit: every wait inside a test is for a state, with its own generous bound.
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timed out after 300 s')), 300000); });
    await Promise.race([test.fn(context), timeout]).finally(() => clearTimeout(timer));
    passed++;
    console.log(`ok    ${test.name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${test.name}\n      ${String(error.stack || error).split('\n').slice(0, 4).join('\n      ')}`);
  }
}
await browser.close();
await server.close();
const seconds = Math.round((Date.now() - suiteStarted) / 1000);
console.log(`${passed} passed, ${failed} failed in ${seconds} s`);
// `make bench` reports the last whole run's time (e2e_seconds).
if (!filter) fs.writeFileSync(path.join(artifacts, 'e2e_seconds'), `${seconds}\n`);
process.exit(failed ? 1 : 0);
