// The collection: importing a record twice, filtering and sorting the list, duplicating, and
// editing sections (drag to reorder, preview), undo of an edit.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchors, anchor, click, settle, debugState, typeInto, waitSaved, newPage, waitForState,
         dropFiles as drop } from './lib/app.mjs';


const read = (ctx, name) => fs.readFileSync(path.join(ctx.root, 'third_party/corpus', name), 'utf8');
const records = async (page) => (await debugState(page)).records;

export const tests = {
  async 'importing a record already kept asks: skip, keep both, or replace'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const doctoreto = read(ctx, 'doctoreto.md');
    await drop(page, [['doctoreto.md', doctoreto]]);
    assert.equal((await records(page)).length, 1);
    await drop(page, [['doctoreto.md', doctoreto]]);
    assert.ok((await anchors(page))['duplicate.window'], 'no question asked');
    await click(page, 'duplicate.skip');
    assert.equal((await records(page)).length, 1);
    await drop(page, [['doctoreto.md', doctoreto]]);
    await click(page, 'duplicate.keep');
    assert.equal((await records(page)).length, 2);
    const changed = doctoreto.replace('8/10', '3/10');
    await drop(page, [['doctoreto.md', changed]]);
    await click(page, 'duplicate.replace');
    const after = await records(page);
    assert.equal(after.length, 2);
    assert.ok(after.some((r) => r.score === 3), 'not replaced');
    await context.close();
  },

  async 'files dropped together no longer come in as several imports whose last report hides the others'(ctx) {
    // Each file of a drop was handed to the app as soon as it was read: a drop of 1,000 files
    // came in as two imports, and the report said "503 files: 503 records imported". One file
    // here is read only once the app has drawn frames after the others were read.
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await page.evaluate(() => {
      const read = File.prototype.arrayBuffer;
      window.fastReads = 0;
      let release;
      window.slowRead = new Promise((resolve) => { release = resolve; });
      window.releaseSlowRead = release;
      File.prototype.arrayBuffer = function () {
        const bytes = read.call(this);
        if (this.name === 'slow.md') return window.slowRead.then(() => bytes);
        return bytes.then((b) => { window.fastReads++; return b; });
      };
    });
    const files = ['doctoreto.md', 'gharar.md', 'snapp__snappshop.md'].map((name) => [name === 'snapp__snappshop.md' ? 'slow.md' : name, read(ctx, name)]);
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const [name, text] of list) transfer.items.add(new File([text], name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await page.waitForFunction(() => window.fastReads === 2);
    await settle(page, 3);
    await page.evaluate(() => window.releaseSlowRead());
    const state = await waitForState(page, (s) => s.filesReceived === 3, 'the three files');
    assert.equal(state.records.length, 3);
    assert.equal(state.importReport[0], '3 files: 3 records imported.', state.importReport.join('\n'));
    await context.close();
  },

  async 'the list filters by outcome and year, and sorts by score'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await drop(page, [['doctoreto.md', read(ctx, 'doctoreto.md')], ['dpkharazmi.md', read(ctx, 'dpkharazmi.md')], ['gharar.md', read(ctx, 'gharar.md')]]);
    const items = async () => Object.keys(await anchors(page)).filter((k) => /^collection\.item\.\d+$/.test(k)).length;
    assert.equal(await items(), 3);
    // The rows in order, as record ids.
    const rows = async () => Object.keys(await anchors(page)).filter((k) => k.startsWith('collection.row.'))
      .map((k) => k.split('.')).sort((a, b) => a[2] - b[2]).map((p) => p.slice(3).join('.'));
    const company = async (id) => (await records(page)).find((r) => r.id === id).company;
    // Outcome: only the accepted one (dpkharazmi: 📜📞🔧✅).
    await click(page, 'collection.filter.outcome');
    await click(page, 'collection.filter.outcome.accepted');
    assert.deepEqual(await Promise.all((await rows()).map(company)), ['DP Kharazmi (Saderat Bank)']);
    await click(page, 'collection.filter.outcome');
    await click(page, 'collection.filter.outcome.any');
    // Year 1400 (gharar's dates).
    await click(page, 'collection.filter.year');
    await click(page, 'collection.filter.year.1400');
    assert.deepEqual(await Promise.all((await rows()).map(company)), ['gharar']);
    await click(page, 'collection.filter.year');
    await click(page, 'collection.filter.year.any');
    // Best score first: doctoreto 8/10, gharar 7/10, dpkharazmi 4/10.
    await click(page, 'collection.sort');
    await click(page, 'collection.sort.2');
    assert.deepEqual(await Promise.all((await rows()).map(company)), ['doctoreto', 'gharar', 'DP Kharazmi (Saderat Bank)']);
    await context.close();
  },

  async 'search finds a record by a question it holds, Persian included'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await drop(page, [['doctoreto.md', read(ctx, 'doctoreto.md')], ['gharar.md', read(ctx, 'gharar.md')]]);
    await typeInto(page, 'collection.search', 'eventual consistency');
    let shown = Object.keys(await anchors(page)).filter((k) => /^collection\.item\.\d+$/.test(k));
    assert.equal(shown.length, 1);
    await typeInto(page, 'collection.search', 'دکترتو', { replace: true });
    shown = Object.keys(await anchors(page)).filter((k) => /^collection\.item\.\d+$/.test(k));
    assert.equal(shown.length, 1);
    await context.close();
  },

  async 'a record is duplicated, and the copy is edited on its own'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await click(page, 'menu.edit');
    await click(page, 'menu.edit.duplicate');
    const list = await records(page);
    assert.equal(list.length, 2);
    assert.match(list[1].position, /\(copy\)$/);
    await context.close();
  },

  async 'questions are reordered by dragging their handle'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await settle(page);
    // Scroll the record view so the questions are on screen.
    const chart = await anchor(page, 'record.flowchart');
    await page.mouse.move(chart.x - 40, chart.y + chart.h + 100);
    for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, 120); await settle(page, 2); }
    const handle = await anchor(page, 'record.section.0.item.2.handle');
    const target = await anchor(page, 'record.section.0.item.0.handle');
    await page.mouse.move(handle.cx, handle.cy);
    await page.mouse.down();
    await settle(page, 2);
    await page.mouse.move(target.cx, target.cy, { steps: 8 });
    await settle(page, 2);
    await page.mouse.up();
    await settle(page, 3);
    await waitSaved(page);
    const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('/record/')).map(([, v]) => v)[0]);
    const markdown = JSON.parse(stored).markdown;
    assert.ok(markdown.indexOf('- How would you make an HTTP handler idempotent?') < markdown.indexOf('- Tell me about a service'),
              'the dragged question is not first');
    await context.close();
  },

  async 'the problems of a record are listed, and a click goes to the field'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await drop(page, [['tabdeal.md', read(ctx, 'tabdeal__tabdeal.md')]]);
    assert.ok((await anchors(page))['record.problems'], 'no problems line');
    await click(page, 'record.problems');  // one line with the count, opened on a click
    assert.ok((await anchors(page))['record.problem.0'], 'no problem listed');
    await click(page, 'record.problem.0');  // 'HR Call' (1405.02.27) is earlier than the date before it
    await settle(page, 3);
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.value);
    assert.equal(focused, '1405.02.27');
    await context.close();
  },

  async 'an edit is undone with Ctrl+Z and redone with Ctrl+Shift+Z'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await typeInto(page, 'record.position', 'Staff Engineer', { replace: true });
    await page.keyboard.press('Enter');
    await settle(page, 3);
    assert.equal((await records(page))[0].position, 'Staff Engineer');
    await page.mouse.click(150, 700);  // the empty part of the list: away from any field
    await settle(page);
    await page.keyboard.press('Control+Z');
    await settle(page, 3);
    assert.equal((await records(page))[0].position, 'Back-End Developer (Go)');
    await page.keyboard.press('Control+Shift+Z');
    await settle(page, 3);
    assert.equal((await records(page))[0].position, 'Staff Engineer');
    await context.close();
  },
};
