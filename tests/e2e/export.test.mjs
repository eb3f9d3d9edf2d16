// Exports that cannot hurt: a chart whose labels hold characters XML does not allow still exports
// as an SVG every reader opens, and as PNG; a PNG the browser cannot make is said, not dropped.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, click, settle, debugState, anchors, newPage, download, importWithPicker as importFiles, waitForState } from './lib/app.mjs';

export const tests = {
  async 'a chart with U+0001, U+001B and U+FFFE in its labels exports as well-formed SVG and as PNG'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const file = path.join(ctx.artifacts, 'control-labels.md');
    fs.writeFileSync(file, '# [Acme](https://acme.example)\n\n## Dev\n\n### Interview Process\n```mermaid\nflowchart LR\n' +
                           '    a(one \u0001 two) --\u001b[31m--> b(\ufffe three)\n```\n');
    await importFiles(page, [file]);
    await settle(page, 4);
    const svg = (await download(page, () => click(page, 'record.process.svg'))).text;
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, labels: doc.documentElement.textContent };
    }, svg);
    assert.equal(parsed.error, 0, 'the SVG is not well-formed XML');
    assert.ok(parsed.labels.includes('one \ufffd two'), parsed.labels);
    const [png] = await Promise.all([page.waitForEvent('download'), click(page, 'record.process.png')]);
    assert.equal(fs.readFileSync(await png.path()).subarray(1, 4).toString(), 'PNG');
    assert.equal((await debugState(page)).notice, '');
    await context.close();
  },

  async 'a PNG export the browser cannot make says so'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page, 4);
    // A browser that cannot read the SVG as an image (as happened with invalid XML).
    await page.evaluate(() => {
      const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        configurable: true,
        get: src.get,
        set(value) { setTimeout(() => this.onerror && this.onerror(new Event('error'))); },
      });
    });
    await click(page, 'record.process.png');
    await waitForState(page, (state) => state.notice !== '', 'a notice about the PNG');
    await settle(page, 3);
    assert.match((await debugState(page)).notice, /^The PNG ".*\.png" could not be made: the browser could not read the chart as an image\./);
    assert.ok((await anchors(page))['banner.notice'], 'the message is on screen');
    await context.close();
  },
};
