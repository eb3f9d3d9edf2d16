// The shared list: what must work in every engine (Chromium, Firefox ESR, WebKitGTK), run by
// `run.mjs --engine=NAME` through lib/engines.mjs. Kept lean (CI runs it twice more than the
// rest); the full Chromium suite covers each path in depth. Pages come from ctx.engine, never
// from playwright directly, and files go in and out through the engine-neutral helpers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, anchors, click, settle, debugState, typeInto, waitSaved, waitForState, dropFiles, corpusFile, storedRecords,
         STATE_TIMEOUT_MS, framesDrawnWhileBrowserPaints } from './lib/app.mjs';
import { catchDownload } from './lib/engines.mjs';
import { waitForAnchor } from './lib/touch.mjs';
import { startServer } from './lib/server.mjs';

async function importWithPicker(page, files) {
  const before = (await debugState(page)).records.length;
  await page.pickFiles(() => click(page, 'collection.import'), files);
  const expected = before + [files].flat().length;
  await waitForState(page, (state) => state.records.length >= expected, `${expected} records`);
}

const exportWithCtrlS = (page) => catchDownload(page, () => page.keyboard.press('Control+S'));

// The link the app makes for the open record (File > Share); whether the engine let it be copied
// to the clipboard is not asked here.
async function shareLink(page) {
  await click(page, 'menu.file');
  await click(page, 'menu.file.share');
  const { share } = await waitForState(page, ({ share }) => share.linkOpen && share.link !== '', 'the share link');
  return share.link;
}

async function fresh(ctx, url = ctx.url) {
  const page = await ctx.engine.newPage();
  await openApp(page, url);
  return page;
}

export const tests = {
  async 'starts with no console error and draws its first frame'(ctx) {
    const page = await ctx.engine.newPage();
    const errors = [];
    await openApp(page, ctx.url, { consoleErrors: errors });
    await settle(page);
    assert.ok((await anchors(page))['menu.file'], 'File menu not drawn');
    assert.equal((await debugState(page)).records.length, 0);
    assert.deepEqual(errors, []);
    await page.close();
  },

  async 'a record typed in English and Persian is saved and comes back after a reload'(ctx) {
    const page = await fresh(ctx);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Acme');
    await click(page, 'record.company.local');
    await page.keyboard.type('دکترتو');  // text input, as from a Persian layout
    await page.keyboard.press('Enter');
    await waitForState(page, (state) => state.records[0]?.localName === 'دکترتو', 'the Persian name');
    await waitSaved(page);
    await page.reload();
    await openApp(page, ctx.url);
    const { records } = await debugState(page);
    assert.deepEqual(records.map((r) => [r.company, r.localName]), [['Acme', 'دکترتو']]);
    await page.close();
  },

  async 'a corpus file from the file picker exports byte for byte with Ctrl+S and from the File menu'(ctx) {
    const page = await fresh(ctx);
    await importWithPicker(page, corpusFile(ctx, 'doctoreto.md'));
    const original = fs.readFileSync(corpusFile(ctx, 'doctoreto.md'));
    const exported = await exportWithCtrlS(page);
    assert.ok(exported.name.endsWith('.md'), exported.name);
    assert.ok(exported.bytes.equals(original), 'Ctrl+S export differs from the file');
    const fromMenu = await catchDownload(page, async () => {
      await click(page, 'menu.file');
      await click(page, 'menu.file.export.md');
    });
    assert.ok(fromMenu.bytes.equals(original), 'File menu export differs from the file');
    await page.close();
  },

  async 'a dropped corpus file is kept across a reload and exports byte for byte'(ctx) {
    const page = await fresh(ctx);
    await dropFiles(page, [['gharar.md', fs.readFileSync(corpusFile(ctx, 'gharar.md'), 'utf8')]]);
    await waitSaved(page);
    await page.reload();
    await openApp(page, ctx.url);
    await waitForState(page, (state) => state.records.length === 1, 'the record after the reload');
    assert.equal((await debugState(page)).records[0].company, 'gharar');
    await click(page, 'collection.item.0');
    const exported = await exportWithCtrlS(page);
    assert.ok(exported.bytes.equals(fs.readFileSync(corpusFile(ctx, 'gharar.md'))), 'export differs from the file');
    await page.close();
  },

  async 'the flowchart source edit redraws the chart, and the Jalali picker writes the day picked'(ctx) {
    const page = await fresh(ctx);
    await click(page, 'collection.empty.sample');
    await typeInto(page, 'record.process.source', 'flowchart LR\n  a(Applied) --> b(Phone screen) --> c(Offer)', { replace: true });
    const state = await waitForState(page, (s) => s.flowchartNodes === 3, 'the chart of three nodes');
    assert.equal(state.processError, '');
    await page.keyboard.press('Escape');
    await click(page, 'record.date.0.pick');  // Sent Resume: 1404.02.10
    assert.ok((await anchors(page))['record.date.0.pick.popup'], 'picker did not open');
    await click(page, 'record.date.0.pick.next');
    await click(page, 'record.date.0.pick.day.31');  // Khordad has 31 days
    await waitSaved(page);
    const stored = Object.values(await storedRecords(page)).join('\n');
    assert.match(stored, /Sent Resume\*\*<br \/>1404\.03\.31/);
    await page.close();
  },

  async 'a share link opens the record in a fresh page, imports it, and a damaged one is refused'(ctx) {
    const sender = await fresh(ctx);
    await importWithPicker(sender, corpusFile(ctx, 'gharar.md'));
    const link = await shareLink(sender);
    await sender.close();

    const page = await fresh(ctx, link);
    await waitForState(page, ({ share }) => share.incoming.active && share.incoming.company === 'gharar', 'the shared record');
    assert.ok((await anchors(page))['shared.flowchart'], 'the chart is drawn');
    await click(page, 'shared.import');
    await waitSaved(page);
    assert.deepEqual((await debugState(page)).records.map((r) => r.company), ['gharar']);
    const exported = await exportWithCtrlS(page);
    assert.ok(exported.bytes.equals(fs.readFileSync(corpusFile(ctx, 'gharar.md'))), 'export differs from the file');

    const middle = Math.floor(link.length * 0.7);
    const changed = link.slice(0, middle) + (link[middle] === 'A' ? 'B' : 'A') + link.slice(middle + 1);
    for (const bad of [changed, link.slice(0, -12)]) {
      await page.goto(bad);
      await openApp(page, bad);
      const { share } = await waitForState(page, ({ share }) => share.error !== '', 'the refusal');
      assert.match(share.error, /cannot be opened: .*Nothing was changed/);
      assert.equal(share.incoming.active, false);
      await click(page, 'sharelink.ok');
      assert.deepEqual((await debugState(page)).records.map((r) => r.company), ['gharar']);
    }
    await page.close();
  },

  async 'copy and paste: Ctrl+C and Ctrl+V between fields, and the share link the app copies pastes into "Open a share link"'(ctx) {
    const page = await fresh(ctx);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Acme');
    await click(page, 'record.company.local');
    await page.keyboard.type('دکترتو');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Enter');
    await click(page, 'record.position');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.records[0]?.position === 'دکترتو', 'the pasted position');

    await click(page, 'menu.file');
    await click(page, 'menu.file.share');
    const { share } = await waitForState(page, ({ share }) => share.linkOpen && share.copyStatus !== '' && !share.copyStatus.startsWith('Copying'),
                                         'the clipboard to answer');
    assert.match(share.copyStatus, /^Copied/);
    await click(page, 'share.close');
    await click(page, 'menu.file');
    await click(page, 'menu.file.openlink');
    await click(page, 'openlink.field');
    await page.keyboard.press('Control+V');
    await settle(page, 3);
    await click(page, 'openlink.open');
    await waitForState(page, (s) => s.share.incoming.active && s.share.incoming.company === 'Acme', 'the pasted link opened');
    await page.close();
  },

  async 'the single file opened from disk keeps a record across a reload'(ctx) {
    // Firefox ESR, WebKitGTK and Chromium all keep localStorage for file:// pages, one storage for
    // every page from disk (README, "Browsers tested"). Where a browser refuses it, the page says
    // so and offers the export (dist.test.mjs plays that in Chromium).
    const url = pathToFileURL(path.join(ctx.root, 'build/dist/jobname-studio.html')).href;
    const page = await fresh(ctx, url);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Written from disk');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    assert.equal((await debugState(page)).storageProblem, '');
    await page.reload();
    await openApp(page, url);
    assert.deepEqual((await debugState(page)).records.map((r) => r.company), ['Written from disk']);
    await page.close();
  },

  async 'after one visit the hosted app comes back with its server gone (service worker)'(ctx) {
    const server = await startServer(ctx.webDir);
    const page = await fresh(ctx, server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();  // now under the worker's control
    await openApp(page, server.url);
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'no service worker in control');
    await server.close();
    await page.reload();
    await openApp(page, server.url);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Written offline');
    await waitSaved(page);
    await page.reload();
    await openApp(page, server.url);
    assert.deepEqual((await debugState(page)).records.map((r) => r.company), ['Written offline']);
    await page.close();
  },

  async 'the journal says when it was last exported and whether the browser keeps it, reminds after a week of changes in no export, and exports everything in one click'(ctx) {
    const page = await fresh(ctx);
    let state = await debugState(page);
    assert.equal(state.exportStatus, 'Never exported.');
    // The answer to navigator.storage.persist(), whatever the engine gave (Firefox may ask the user).
    assert.match(state.persistence, /^(Asked the browser|The browser keeps|The browser may clear|This browser makes no promise)/);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Kept a week');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    assert.equal((await debugState(page)).exportReminder, '');
    // The first change not in an export, eight days ago by the page's own clock.
    await page.evaluate(() => localStorage.setItem('jobname-studio.exports', JSON.stringify({ lastExportMs: 0, unexportedSinceMs: Date.now() - 8 * 864e5 })));
    await page.reload();
    await openApp(page, ctx.url);
    assert.match((await debugState(page)).exportReminder, /^Changes made 8 days ago are in no export yet/);
    await settle(page);
    const exported = await catchDownload(page, () => click(page, 'banner.export.button'));
    assert.equal(exported.name, 'jobname-journal.json');
    assert.match(exported.bytes.toString('utf8'), /Kept a week/);
    state = await waitForState(page, (s) => s.exportReminder === '', 'the reminder gone');
    assert.equal(state.exportStatus, 'Last exported today.');
    await page.reload();
    await openApp(page, ctx.url);
    assert.equal((await debugState(page)).exportStatus, 'Last exported today.');
    const again = await catchDownload(page, () => click(page, 'collection.exportall'));
    assert.ok(again.bytes.equals(exported.bytes), 'Export everything gave another journal');
    await page.close();
  },

  async 'a storage the engine itself finds full is said to be full, not refused as in private mode'(ctx) {
    const page = await fresh(ctx);
    await click(page, 'collection.empty.new');
    await waitSaved(page);
    // Fill the origin's localStorage until the engine refuses even one more character: the error
    // is the engine's own (its name and code differ between engines).
    const refusal = await page.evaluate(() => {
      let error = null;
      for (let size = 1 << 19, n = 0; size >= 1; size >>= 1) {
        try {
          for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
        } catch (e) { error = e; }
      }
      return error && `${error.name} (code ${error.code})`;
    });
    assert.ok(refusal, 'the engine never refused');
    await typeInto(page, 'record.company', 'Kept in memory');
    const state = await waitForState(page, (s) => s.storageProblem !== '', `a storage problem after ${refusal}`);
    assert.match(state.storageProblem, /full/, `${refusal} not recognised as full: ${state.storageProblem}`);
    assert.equal(state.records[0].company, 'Kept in memory');
    await settle(page);  // the banner is drawn in the frames after the failed save
    assert.ok((await anchors(page))['banner.storage'], 'no banner');
    await page.close();
  },

  async 'the storage figure is what the engine counts: the app\'s use plus a measured fill meets the limit it names'(ctx) {
    const page = await fresh(ctx);
    // A record in Persian: WebKit holds it 2 bytes a character, Chromium and Firefox count characters.
    await dropFiles(page, [['gharar.md', fs.readFileSync(corpusFile(ctx, 'gharar.md'), 'utf8')]]);
    await waitSaved(page);
    const { storageUsed, storageLimit, storageUsage } = await waitForState(page, (s) => s.storageUsed > 0, 'the storage figure');
    const unit = page.engine === 'webkit' ? 'kB of the 5\\.2 MB' : 'thousand of the 5\\.2 million characters';
    assert.match(storageUsage, new RegExp(`^Stored: [0-9.]+ ${unit} this browser keeps for the page \\(under 1%`));
    // English filler costs one per character in every engine: fill until even one more is refused.
    const { filled, nextKey } = await page.evaluate(() => {
      let filled = 0, n = 0;
      for (let size = 1 << 19; size >= 1; size >>= 1) {
        try {
          for (;;) {
            const key = `filler-${n}`;
            localStorage.setItem(key, 'x'.repeat(size));
            filled += key.length + size;
            n++;
          }
        } catch (e) { /* full for this size: try a smaller one */ }
      }
      return { filled, nextKey: `filler-${n}` };
    });
    const room = storageLimit - (storageUsed + filled);
    assert.ok(room >= 0 && room <= nextKey.length, `${storageUsed} used + ${filled} filled leaves ${room} of ${storageLimit}`);
    await page.close();
  },

  async 'an edit saved in one page appears in another page of the same site without a reload (storage events)'(ctx) {
    const first = await fresh(ctx);
    await click(first, 'collection.empty.sample');
    await waitSaved(first);
    const second = await first.secondTab();  // same browser, same storage
    await openApp(second, ctx.url);
    await waitForState(second, (s) => s.records.length === 1, 'the sample in the second page');
    await first.bringToFront();  // a page in the background gets no animation frames
    await typeInto(first, 'record.position', 'Written in the first page', { replace: true });
    await first.keyboard.press('Enter');
    await waitForState(first, (s) => !s.dirty && s.records[0].position === 'Written in the first page', 'the edit saved');
    await second.bringToFront();
    await waitForState(second, (s) => s.records[0].position === 'Written in the first page', 'the edit in the second page');
    await first.close();
  },

  async 'a word composed with an input method is kept, and the Enter that confirms it does not leave the field'(ctx) {
    const page = await fresh(ctx);
    await click(page, 'collection.empty.new');
    await click(page, 'record.company');
    await waitForState(page, (state) => state.editing === 'record.company', 'the company field being edited');
    // No input method runs under Xvfb: the text box gets the events one sends, in the two orders
    // engines use. Chromium and Firefox send the confirming Enter while composing (isComposing);
    // Safari ends the composition first, then sends that Enter with keyCode 229.
    const kept = await page.evaluate(() => {
      const box = document.activeElement;
      const enter = (composing) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter', keyCode: 229, isComposing: composing });
      const compose = (word, safari) => {
        box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
        box.value += word;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertCompositionText', data: word, isComposing: true }));
        if (!safari) box.dispatchEvent(enter(true));
        box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: word }));
        if (safari) box.dispatchEvent(enter(false));
        return document.activeElement === box;
      };
      return [compose('東京', false), compose('大阪', true)];
    });
    assert.deepEqual(kept, [true, true], 'an Enter that confirmed a composed word left the field');
    await page.keyboard.press('Enter');  // a plain Enter leaves the field for the next, the words kept
    await waitForState(page, (state) => state.editing !== 'record.company' && state.records[0]?.company === '東京大阪', 'the composed words in the record');
    await waitSaved(page);
    await page.close();
  },

  async 'a change of the screen\u2019s pixel ratio (browser zoom, another screen) redraws the app sharp at the new ratio'(ctx) {
    const page = await fresh(ctx);
    if (!page.setPixelRatio) {
      console.log(`      (${page.engine}: its driver cannot change the pixel ratio; not tried)`);
      await page.close();
      return;
    }
    const before = (await anchors(page))['menu.file'][3];
    for (const ratio of [2, 1.5, 1]) {
      await page.setPixelRatio(ratio);
      // The canvas's backing store at its CSS size times the new ratio: the app drew at it.
      await page.waitForFunction((r) => {
        const canvas = document.getElementById('canvas');
        return devicePixelRatio === r && canvas.width === Math.round(canvas.clientWidth * r) && canvas.height === Math.round(canvas.clientHeight * r);
      }, ratio);
      // Widgets keep their CSS size: the UI is scaled, not stretched.
      await waitForAnchor(page, 'menu.file', (rect) => rect && Math.abs(rect.h - before) < 1, `at ratio ${ratio} the menu ${before} CSS px high`);
    }
    await page.close();
  },

  async 'an idle page draws no frames'(ctx) {
    const page = await fresh(ctx);
    await page.waitForFunction(() => window.jobnameStudio.idle === true, null, { timeout: STATE_TIMEOUT_MS });
    const drawn = await framesDrawnWhileBrowserPaints(page, 60);
    assert.equal(drawn, 0, 'frames drawn while idle');
    await page.close();
  },
};
