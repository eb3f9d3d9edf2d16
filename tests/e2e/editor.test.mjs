// The journal through the real UI: create and type, reload, import and export, the live
// flowchart, storage failures, corrupt data, two tabs, undo.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchors, anchor, click, settle, screenshot, debugState, typeInto, waitSaved, storedRecords, newPage, inkExtent,
         corpusFile, importWithPicker, download, waitForState } from './lib/app.mjs';

export const tests = {
  async 'a record created by clicking and typing is saved and comes back after a reload'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.new');
    await typeInto(page, 'record.company', 'Acme');
    await typeInto(page, 'record.position', 'Go developer');
    await waitSaved(page);
    const stored = Object.values(await storedRecords(page)).join('\n');
    assert.match(stored, /# \[Acme\]/);  // kept as its Markdown
    const before = await debugState(page);
    await page.reload();
    await openApp(page, ctx.url);
    const after = await debugState(page);
    assert.equal(after.records.length, 1);
    assert.equal(after.records[0].company, 'Acme');
    assert.equal(after.records[0].position, 'Go developer');
    assert.equal(after.openId, before.openId);
    await context.close();
  },

  async 'a corpus file imported with the file picker exports byte for byte with Ctrl+S'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await importWithPicker(page, corpusFile(ctx, 'doctoreto.md'));
    assert.equal((await debugState(page)).records.length, 1);
    const exported = (await download(page, () => page.keyboard.press('Control+S'))).text;
    assert.equal(exported, fs.readFileSync(corpusFile(ctx, 'doctoreto.md'), 'utf8'));
    await context.close();
  },

  async 'files dropped on the window are imported, and problems are listed per file'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const good = fs.readFileSync(corpusFile(ctx, 'gharar.md'), 'utf8');
    await page.evaluate(([text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'gharar.md', { type: 'text/markdown' }));
      transfer.items.add(new File(['just some notes\n'], 'notes.md', { type: 'text/markdown' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [good]);
    await waitForState(page, (state) => state.filesReceived === 2, 'both dropped files');
    await settle(page);
    assert.ok((await anchors(page))['import.window'], 'no import report');
    await page.screenshot({ path: path.join(ctx.artifacts, 'import-report.png') });
    assert.equal((await debugState(page)).records[0].company, 'gharar');
    await context.close();
  },

  async 'typing in the flowchart source redraws the chart in the next frame'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page, 4);
    const chart = await anchor(page, 'record.flowchart');
    const before = await screenshot(page);
    await typeInto(page, 'record.process.source', 'flowchart LR\n  a(Applied) --> b(Phone screen) --> c(Offer)', { replace: true });
    const state = await debugState(page);
    assert.equal(state.processError, '');
    assert.equal(state.flowchartNodes, 3);
    const after = await screenshot(page);
    assert.ok(after.difference(before, chart.x, chart.y, chart.w, chart.h) > 0.01, 'chart not redrawn');
    // A syntax error keeps the last good drawing and says where.
    await page.keyboard.type(' -->');
    await settle(page, 3);
    const broken = await debugState(page);
    assert.match(broken.processError, /^\d+:\d+: /);
    assert.equal(broken.flowchartNodes, 3);
    await page.screenshot({ path: path.join(ctx.artifacts, 'flowchart-edit.png') });
    await context.close();
  },

  async 'Persian typed into a field goes in as typed and shows shaped, right-aligned'(ctx) {
    const { context, page } = await newPage(ctx, { deviceScaleFactor: 2 });
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.new');
    await click(page, 'record.company.local');
    await page.keyboard.type('دکترتو');  // arrives as text input, as from an IME or a Persian layout
    await page.keyboard.press('Enter');
    await settle(page, 3);
    assert.equal((await debugState(page)).records[0].localName, 'دکترتو');
    const field = await anchor(page, 'record.company.local');
    const shot = await screenshot(page);
    // The ink of the text starts past the middle of the field: right-aligned.
    const { minX, maxX } = inkExtent(shot, field, 2);
    assert.ok(minX > field.x + field.w / 2, `Persian text not right-aligned (ink from ${minX} to ${maxX})`);
    await page.screenshot({ path: path.join(ctx.artifacts, 'persian-field.png'), clip: { x: field.x - 4, y: field.y - 4, width: field.w + 8, height: field.h + 8 } });
    await context.close();
  },

  async 'Persian pasted from the system clipboard lands in the field'(ctx) {
    const { context, page } = await newPage(ctx);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.url });
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.new');
    await page.evaluate(() => navigator.clipboard.writeText('مهندس نرم‌افزار Go'));
    await click(page, 'record.position');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await settle(page, 3);
    assert.equal((await debugState(page)).records[0].position, 'مهندس نرم‌افزار Go');
    // Drawn shaped, right to left: the Persian paragraph starts at the right edge of the field.
    const field = await anchor(page, 'record.position');
    await page.screenshot({ path: path.join(ctx.artifacts, 'persian-paste.png'), clip: { x: field.x, y: field.y, width: field.w, height: field.h } });
    const shot = await screenshot(page);
    const { minX } = inkExtent(shot, field);
    assert.ok(minX > field.x + field.w / 2, `pasted Persian is not right-aligned (ink from x=${minX})`);
    // And copied back out of it.
    await click(page, 'record.position');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'مهندس نرم‌افزار Go');
    await context.close();
  },

  async 'the Jalali date picker writes the day picked, and knows today'(ctx) {
    const { context, page } = await newPage(ctx, { timezoneId: 'Asia/Tehran' });
    await page.clock.setFixedTime(new Date('2025-06-30T10:00:00+03:30'));  // 1404.04.09
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page);
    await click(page, 'record.date.0.pick');  // Sent Resume: 1404.02.10
    assert.ok((await anchors(page))['record.date.0.pick.popup'], 'picker did not open');
    await page.screenshot({ path: path.join(ctx.artifacts, 'date-picker.png') });
    await click(page, 'record.date.0.pick.next');
    await click(page, 'record.date.0.pick.day.31');  // Khordad has 31 days
    await waitSaved(page);
    let stored = Object.values(await storedRecords(page)).join('\n');
    assert.match(stored, /Sent Resume\*\*<br \/>1404\.03\.31/);
    // Esfand of a common year has 29 days: no 30th to pick.
    await click(page, 'record.date.1.pick');
    for (let i = 0; i < 10; i++) await click(page, 'record.date.1.pick.next');  // 1404.02 -> 1404.12
    const days = Object.keys(await anchors(page)).filter((k) => k.startsWith('record.date.1.pick.day.'));
    assert.equal(days.length, 29);
    await click(page, 'record.date.1.pick.today');
    await waitSaved(page);
    stored = Object.values(await storedRecords(page)).join('\n');
    assert.match(stored, /HR Call\*\*<br \/>1404\.04\.09/);
    await context.close();
  },

  async 'the stage list and the source stay in sync'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page, 4);
    await typeInto(page, 'record.stage.2', ' (live coding)');
    let process = (await debugState(page)).records[0].process;
    assert.match(process, /ti\(Technical Interview \(live coding\)\)|ti\("Technical Interview \(live coding\)"\)/);
    await click(page, 'record.stage.add');
    process = (await debugState(page)).records[0].process;
    assert.match(process, /New stage/);
    // Moving "Task" before "Technical Interview" in the chain; the rejection stays the 4th arrow.
    await typeInto(page, 'record.process.source', 'flowchart LR\n    sr(Send Resume) --> ti(Technical) --> task(Task) --rejected--x o(Offer)', { replace: true });
    await click(page, 'record.stage.2.up');
    process = (await debugState(page)).records[0].process;
    assert.equal(process, 'flowchart LR\n    sr(Send Resume) --> task(Task) --> ti(Technical) --rejected--x o(Offer)');
    await context.close();
  },

  async 'the chart exports as SVG that a browser shows, and as PNG'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page, 4);
    const svg = (await download(page, () => click(page, 'record.process.svg'))).text;
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const label of ['Send Resume', 'HR Call', 'Technical Interview', 'Task', 'HR Interview', 'Offer']) assert.ok(svg.includes(label), label);
    assert.match(svg, /cross-rejected/);
    // The SVG opens in a browser and shows the chart.
    const viewer = await context.newPage();
    await viewer.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
    const box = await viewer.locator('svg').boundingBox();
    assert.ok(box.width > 300 && box.height > 20, 'SVG has no size');
    const shot = await screenshot(viewer, { clip: box });
    assert.ok(shot.stats().colours > 20, 'SVG draws nothing');
    // The PNG export is an image of the same chart.
    await viewer.close();
    await page.bringToFront();
    const [png] = await Promise.all([page.waitForEvent('download'), click(page, 'record.process.png')]);
    const bytes = fs.readFileSync(await png.path());
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    assert.ok(Math.abs(bytes.readUInt32BE(16) / 2 - box.width) < 2, 'PNG width is not twice the SVG width');
    await context.close();
  },

  async 'a full storage shows a banner that stays, keeps the data and offers an export'(ctx) {
    const { context, page } = await newPage(ctx);
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith('jobname-studio/record/')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.call(this, key, value);
      };
    });
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.new');
    // The banner appears with the first failed save and moves the form down: type after it shows,
    // or the click meant for Company lands on whatever the banner pushed under the pointer.
    await waitForState(page, (state) => state.storageProblem !== '', 'a storage problem');
    await typeInto(page, 'record.company', 'Kept in memory');
    await waitForState(page, (state) => state.storageProblem !== '' && state.records[0]?.company === 'Kept in memory',
                       'the typed name kept, with the storage problem still shown');
    await settle(page);
    const state = await debugState(page);
    assert.match(state.storageProblem, /full/);
    assert.equal(state.records[0].company, 'Kept in memory');
    assert.ok((await anchors(page))['banner.storage'], 'no banner');
    await page.screenshot({ path: path.join(ctx.artifacts, 'storage-full.png') });
    await context.close();
  },

  async 'a corrupt stored record is set aside and reported; the rest load'(ctx) {
    const { context, page } = await newPage(ctx);
    const good = JSON.stringify({ format: 'jobname-record', version: 1, company: { name: 'Good' }, id: 'good', createdMs: 1, updatedMs: 1 });
    await page.addInitScript(([goodRecord]) => {
      if (localStorage.getItem('jobname-studio/index')) return;
      localStorage.setItem('jobname-studio/index', JSON.stringify({ schema: 1, ids: ['good', 'bad'], open: 'good' }));
      localStorage.setItem('jobname-studio/record/good', goodRecord);
      localStorage.setItem('jobname-studio/record/bad', '{"format": "jobname-record", "version": 1, "company": ');
    }, [good]);
    await openApp(page, ctx.url);
    const state = await debugState(page);
    assert.equal(state.records.length, 1);
    assert.equal(state.records[0].company, 'Good');
    assert.match(state.notice, /set aside under 'jobname-studio\/quarantine\/bad'/);
    const stored = await storedRecords(page);
    assert.ok(stored['jobname-studio/quarantine/bad'].includes('"company": '), 'quarantined text not kept');
    await context.close();
  },

  async 'two tabs share the journal: a record made in one appears in the other'(ctx) {
    const context = await ctx.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const a = await context.newPage(), b = await context.newPage();
    await openApp(a, ctx.url);
    await openApp(b, ctx.url);
    await a.bringToFront();  // a background tab gets no animation frames
    await click(a, 'collection.empty.new');
    await typeInto(a, 'record.company', 'Shared');
    await waitSaved(a);
    await b.bringToFront();
    await b.mouse.move(10, 10);
    await waitForState(b, (state) => state.records.some((r) => r.company === 'Shared'), 'the record from the other tab');
    await context.close();
  },

  async 'a deleted record comes back with Ctrl+Z'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page);
    await click(page, 'menu.edit');
    await click(page, 'menu.edit.delete');
    assert.equal((await debugState(page)).records.length, 0);
    await page.keyboard.press('Control+Z');
    await settle(page);
    assert.equal((await debugState(page)).records.length, 1);
    await waitSaved(page);
    await page.reload();
    await openApp(page, ctx.url);
    assert.equal((await debugState(page)).records.length, 1);
    await context.close();
  },
};
