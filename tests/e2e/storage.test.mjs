// Saving and exporting at the edges: every browser's name for a full storage, storage refused
// altogether, saving when the tab goes away, exports of JSON and the whole journal, Ctrl+F.
import assert from 'node:assert/strict';
import { openApp, anchors, click, settle, debugState, typeInto, waitSaved, newPage, download, waitForState } from './lib/app.mjs';

export const tests = {
  async 'a full storage is recognised under each browser\u2019s name for it'(ctx) {
    for (const [name, code] of [['NS_ERROR_DOM_QUOTA_REACHED', 1014], ['', 22]]) {
      const { context, page } = await newPage(ctx);
      await page.addInitScript(([errorName, errorCode]) => {
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (String(key).startsWith('jobname-studio/record/')) {
            const error = new Error('full');
            Object.defineProperty(error, 'name', { value: errorName || 'Error' });
            Object.defineProperty(error, 'code', { value: errorCode });
            throw error;
          }
          return original.call(this, key, value);
        };
      }, [name, code]);
      await openApp(page, ctx.url);
      await click(page, 'collection.empty.new');
      await waitForState(page, (state) => state.storageProblem !== '', 'a storage problem');
      assert.match((await debugState(page)).storageProblem, /full/, `not recognised: ${name || 'code ' + code}`);
      await context.close();
    }
  },

  async 'storage refused altogether (private mode) is said at once, and records stay usable'(ctx) {
    const { context, page } = await newPage(ctx);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await openApp(page, ctx.url);
    await settle(page);
    assert.ok((await anchors(page))['banner.storage'], 'no banner');
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Only in this tab');
    assert.equal((await debugState(page)).records[0].company, 'Only in this tab');
    await context.close();
  },

  async 'an edit is saved at once when the tab is hidden or closed'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await waitSaved(page);
    await click(page, 'record.position');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Left in a hurry');
    // No wait for the autosave: the page goes away at once.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('/record/')).map(([, v]) => v).join());
    assert.match(stored, /## Left in a hurry/);
    await context.close();
  },

  async 'the record exports as JSON and the journal as one bundle, with sensible names'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await click(page, 'menu.file');
    const json = await download(page, () => click(page, 'menu.file.export.json'));
    assert.equal(json.name, 'example-labs-back-end-developer-go.json');
    assert.equal(JSON.parse(json.text).format, 'jobname-record');
    await click(page, 'menu.file');
    const bundle = await download(page, () => click(page, 'menu.file.export.all'));
    assert.equal(bundle.name, 'jobname-journal.json');
    const parsed = JSON.parse(bundle.text);
    assert.equal(parsed.format, 'jobname-collection');
    assert.equal(parsed.records.length, 1);
    await context.close();
  },

  async 'Ctrl+F opens the search box; the Markdown preview opens at the bottom of the record'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await page.keyboard.press('Control+F');
    await settle(page, 3);
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.className), 'jn-text-overlay');
    await page.keyboard.type('goroutines');
    await settle(page, 3);
    assert.ok((await anchors(page))['collection.item.0'], 'the search did not find the sample');
    await page.keyboard.press('Escape');
    await settle(page);
    // The preview, at the bottom of the record: scroll to it and open it.
    await page.mouse.move(900, 600);
    for (let i = 0; i < 30 && !(await anchors(page))['record.preview.header']; i++) { await page.mouse.wheel(0, 400); await settle(page, 2); }
    for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, 400); await settle(page, 1); }
    await click(page, 'record.preview.header');
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, 400); await settle(page, 1); }
    assert.ok((await anchors(page))['record.preview'], 'no preview');
    await page.screenshot({ path: `${ctx.artifacts}/markdown-preview.png` });
    await context.close();
  },
};
