// The single-file build: build/dist/jobname-studio.html opened straight from disk, with no
// network, keeps what is written across a reload, and asks for nothing but itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, click, settle, debugState, typeInto, waitSaved, newPage, download } from './lib/app.mjs';

export const tests = {
  async 'the single file opened from disk works offline and keeps a record across a reload'(ctx) {
    const file = path.join(ctx.root, 'build/dist/jobname-studio.html');
    assert.ok(fs.existsSync(file), 'no build/dist/jobname-studio.html: run make dist');
    const url = pathToFileURL(file).href;
    const { context, page } = await newPage(ctx);
    await context.setOffline(true);
    const requests = [];
    const errors = [];
    page.on('request', (request) => requests.push(request.url()));
    await openApp(page, url, { consoleErrors: errors });
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Written from disk');
    await waitSaved(page);
    assert.equal((await debugState(page)).storageProblem, '');
    await page.reload();
    await openApp(page, url);
    assert.deepEqual((await debugState(page)).records.map((r) => r.company), ['Written from disk']);
    const elsewhere = requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'));
    assert.deepEqual(elsewhere, [], 'the single file asked for other files');
    assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
    // Its policy allows no connection at all.
    const blocked = await page.evaluate(() => fetch('https://example.com/').then(() => false, () => true));
    assert.ok(blocked, 'a request left the page');
    await context.close();
  },

  async 'the single file from disk in a browser that keeps no data there says so and offers the export'(ctx) {
    // Firefox, WebKit and Chromium all keep it today (everywhere.test.mjs); a browser set to refuse
    // storage for file:// is played by a localStorage that throws, as in private mode.
    const url = pathToFileURL(path.join(ctx.root, 'build/dist/jobname-studio.html')).href;
    const { context, page } = await newPage(ctx);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await openApp(page, url);
    assert.match((await debugState(page)).storageProblem, /^This browser keeps no data for a page opened from disk \(file:\/\/\)/);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Only in this tab');
    await page.keyboard.press('Enter');
    const exported = await download(page, () => click(page, 'banner.storage.button'));
    assert.match(exported.text, /Only in this tab/);
    await context.close();
  },

  async 'a link made on the page from disk opens elsewhere through "Open a share link"'(ctx) {
    const url = pathToFileURL(path.join(ctx.root, 'build/dist/jobname-studio.html')).href;
    const sender = await newPage(ctx);
    await openApp(sender.page, url);
    await click(sender.page, 'collection.empty.sample');
    await click(sender.page, 'menu.file');
    await click(sender.page, 'menu.file.share');
    const { link } = (await debugState(sender.page)).share;
    assert.ok(link.startsWith(url + '#r=2.'), link.slice(0, 80));
    await sender.context.close();

    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'menu.file');
    await click(page, 'menu.file.openlink');
    await click(page, 'openlink.field');
    await page.keyboard.insertText(link);
    await settle(page, 3);
    await click(page, 'openlink.open');
    const state = await debugState(page);
    assert.equal(state.share.incoming.active, true);
    assert.equal(state.share.incoming.company, 'Example Labs');
    await context.close();
  },
};
