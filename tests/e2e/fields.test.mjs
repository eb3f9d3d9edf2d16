// Writing a record with the keyboard and the mouse (issue 17, "Moving between fields" and "Reading
// what you wrote while writing"): Tab, Shift+Tab, Enter and Escape in fields, new fields empty, a
// new record in view, Escape on popups, keyboard-only use, Undo after a removal, wrapped
// questions, a problems line of stable height, header rows that wrap, the wheel over the chart.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchors, anchor, click, settle, debugState, typeInto, newPage, waitForState, importWithPicker, corpusFile,
         reveal, STATE_TIMEOUT_MS } from './lib/app.mjs';

async function newRecordPage(ctx, options) {
  const { context, page } = await newPage(ctx, options);
  await openApp(page, ctx.url);
  await click(page, 'collection.empty.new');
  return { context, page };
}

async function samplePage(ctx, options) {
  const { context, page } = await newPage(ctx, options);
  await openApp(page, ctx.url);
  await click(page, 'collection.empty.sample');
  return { context, page };
}

// Waits until a widget whose name passes `test` is drawn; returns its name and rectangle.
async function waitForAnchor(page, test, what) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  for (;;) {
    const found = Object.entries(await anchors(page)).find(([name]) => test(name));
    if (found) return { name: found[0], x: found[1][0], y: found[1][1], w: found[1][2], h: found[1][3] };
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await settle(page, 1);
  }
}

const editing = (page, id) => waitForState(page, (s) => s.editing === id, `${id} being edited`);
const openRecord = async (page) => (await debugState(page)).openRecord;

// A stage section on a new record with one question typed into it; returns the question's anchor.
async function questionTyped(page, text) {
  await click(page, 'record.section.add');
  await click(page, 'record.section.0.add');
  const question = 'record.section.0.item.0';
  if ((await debugState(page)).editing !== question) await click(page, question);
  await editing(page, question);
  await page.keyboard.type(text);
  await waitForState(page, (s) => s.openRecord.sections[0].questions[0].text === text, 'the question typed');
  return question;
}

export const tests = {
  async 'Tab in a text field moves to the next field keeping the text; Shift+Tab goes back'(ctx) {
    const { context, page } = await newRecordPage(ctx);
    await click(page, 'record.company');
    await page.keyboard.type('Acme');
    await page.keyboard.press('Tab');
    await editing(page, 'record.company.local');
    await page.keyboard.type('آکمه');  // typed next: kept, not lost to the page
    await page.keyboard.press('Tab');
    await editing(page, 'record.company.url');
    await page.keyboard.press('Shift+Tab');
    await editing(page, 'record.company.local');
    assert.equal(await page.evaluate(() => document.activeElement.value), 'آکمه');
    const state = await debugState(page);
    assert.equal(state.records[0].company, 'Acme');
    assert.equal(state.records[0].localName, 'آکمه');
    await context.close();
  },

  async 'Enter in a one-line field commits it and moves to the next field'(ctx) {
    const { context, page } = await newRecordPage(ctx);
    await click(page, 'record.company');
    await page.keyboard.type('Acme');
    await page.keyboard.press('Enter');
    await editing(page, 'record.company.local');
    assert.equal((await debugState(page)).records[0].company, 'Acme');
    await context.close();
  },

  async 'Escape in an answer box keeps the text, and Ctrl+Z undoes it'(ctx) {
    const { context, page } = await newRecordPage(ctx);
    await questionTyped(page, 'What is a goroutine?');
    await click(page, 'record.section.0.item.0.answer.add');
    const answer = 'record.section.0.item.0.answer';
    if ((await debugState(page)).editing !== answer) await click(page, answer);
    await editing(page, answer);
    await page.keyboard.type('A green thread.\nScheduled by the runtime.');
    await page.keyboard.press('Escape');
    let state = await waitForState(page, (s) => s.editing === '', 'the answer box left');
    assert.equal(state.openRecord.sections[0].questions[0].answer, 'A green thread.\nScheduled by the runtime.');
    await page.keyboard.press('Control+Z');
    state = await waitForState(page, (s) => !s.openRecord.sections[0].questions[0].answer, 'the answer undone');
    assert.equal(state.openRecord.sections[0].questions[0].text, 'What is a goroutine?');
    await context.close();
  },

  async 'a new answer starts empty with its box open, not holding a space'(ctx) {
    const { context, page } = await newRecordPage(ctx);
    await questionTyped(page, 'Why Go?');
    await click(page, 'record.section.0.item.0.answer.add');
    await editing(page, 'record.section.0.item.0.answer');
    assert.equal(await page.evaluate(() => document.activeElement.value), '');
    await page.keyboard.type('Simple.');
    const state = await waitForState(page, (s) => s.openRecord.sections[0].questions[0].answer === 'Simple.', 'the answer typed');
    assert.equal(state.openRecord.sections[0].questions[0].answer, 'Simple.');
    await context.close();
  },

  async 'a new record opens at the top with the cursor in Company, its row shown and selected in a long list'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const listed = fs.readFileSync(path.join(ctx.root, 'tests/data/corpus-files.txt'), 'utf8').split('\n').filter(Boolean);
    await importWithPicker(page, listed.slice(0, 24).map((name) => corpusFile(ctx, name)));
    // The open record scrolled down to its score.
    await reveal(page, 'record.score');
    await click(page, 'collection.new');
    const state = await editing(page, 'record.company');
    const company = await anchor(page, 'record.company');
    assert.ok(company.y > 0 && company.y < 200, `Company at the top (y ${company.y})`);
    const row = await waitForAnchor(page, (name) => name.startsWith('collection.row.') && name.endsWith('.' + state.openId),
                                    'the new record\'s row drawn in the list');
    assert.ok(row.y >= 0 && row.y + row.h <= 900, `the row on screen (y ${row.y})`);
    await context.close();
  },

  async 'Escape closes menus, combos, the date picker, About and the share dialog'(ctx) {
    const { context, page } = await samplePage(ctx);
    const escapeCloses = async (open, what) => {
      await open();
      await waitForState(page, (s) => s.popupOpen || s.aboutOpen || s.share.linkOpen, `${what} open`);
      await page.keyboard.press('Escape');
      await waitForState(page, (s) => !s.popupOpen && !s.aboutOpen && !s.share.linkOpen, `${what} closed by Escape`);
    };
    await escapeCloses(() => click(page, 'menu.file'), 'the File menu');
    await escapeCloses(() => click(page, 'record.status.add'), 'the Add stage combo');
    await escapeCloses(() => click(page, 'record.date.0.pick'), 'the date picker');
    await escapeCloses(async () => { await click(page, 'menu.help'); await click(page, 'menu.help.about'); }, 'About');
    await escapeCloses(async () => { await click(page, 'menu.file'); await click(page, 'menu.file.share'); }, 'the share dialog');
    await context.close();
  },

  async 'keyboard only: Tab reaches the canvas from the page, Tab moves between widgets with a ring, Enter activates'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await page.evaluate(() => { document.activeElement?.blur(); document.body.focus(); });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
    let state = await debugState(page);
    for (let i = 0; i < 30 && state.navFocus !== 'collection.empty.new'; i++) {
      await page.keyboard.press('Tab');
      await settle(page, 2);
      state = await debugState(page);
    }
    assert.equal(state.navFocus, 'collection.empty.new');
    assert.ok(state.navRingShown, 'the focused widget has its ring');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.records.length === 1, 'a record made with Enter');
    await context.close();
  },

  async 'deleting a record says what was removed, and its Undo restores it exactly'(ctx) {
    const { context, page } = await samplePage(ctx);
    const before = await debugState(page);
    await click(page, 'menu.edit');
    await click(page, 'menu.edit.delete');
    let state = await waitForState(page, (s) => s.records.length === 0 && s.undoNotice !== '', 'the record deleted, with a notice');
    assert.match(state.undoNotice, /Example Labs/);
    await click(page, 'banner.undo.button');
    state = await waitForState(page, (s) => s.records.length === 1, 'the record back');
    assert.deepEqual(state.records, before.records);
    assert.equal(state.undoNotice, '');
    await context.close();
  },

  async 'removing a stage section with content says what was removed, and its Undo restores it exactly'(ctx) {
    const { context, page } = await samplePage(ctx);
    const before = (await debugState(page)).openRecord;
    assert.ok(before.sections.length > 0);
    await click(page, 'record.section.0.remove');
    let state = await waitForState(page, (s) => s.openRecord.sections.length === before.sections.length - 1 && s.undoNotice !== '',
                                   'the section removed, with a notice');
    assert.match(state.undoNotice, new RegExp(before.sections[0].title.replace(/[()]/g, '.')));
    await click(page, 'banner.undo.button');
    state = await waitForState(page, (s) => s.openRecord.sections.length === before.sections.length, 'the section back');
    assert.deepEqual(state.openRecord, before);
    await context.close();
  },

  async 'a long question wraps to the field\'s width instead of being cut'(ctx) {
    const { context, page } = await newRecordPage(ctx);
    const one = await anchor(page, 'record.company');
    const question = await questionTyped(page, 'Explain how a B-tree index speeds up a range query, what its pages hold, '
                                              + 'and when a hash index would be the better choice for the same table');
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.editing === '', 'the question left');
    const box = await anchor(page, question);
    assert.ok(box.h > one.h * 1.5, `the question grows to more lines (${box.h} vs ${one.h})`);
    await context.close();
  },

  async 'the problems line keeps its height while typing: the form does not shift'(ctx) {
    const { context, page } = await samplePage(ctx);
    const before = await anchor(page, 'record.position');
    const problems = (await debugState(page)).problemCount;
    await typeInto(page, 'record.company.url', '', { replace: true });  // "no link to the company" comes and goes
    await waitForState(page, (s) => s.problemCount !== problems, 'the problems changed');
    assert.equal((await anchor(page, 'record.position')).y, before.y);
    await page.keyboard.type('https://example.com');
    await waitForState(page, (s) => s.problemCount === problems, 'the problems back as they were');
    assert.equal((await anchor(page, 'record.position')).y, before.y);
    await context.close();
  },

  async 'at 1024x700 the header rows wrap to the width instead of being clipped'(ctx) {
    const { context, page } = await samplePage(ctx, { viewport: { width: 1024, height: 700 } });
    for (const name of ['record.company.url', 'record.status.add', 'record.apply.other', 'record.apply.Email']) {
      const a = await anchor(page, name);
      assert.ok(a.x + a.w <= 1024 - 8, `${name} inside the window (right edge ${a.x + a.w})`);
    }
    await page.screenshot({ path: `${ctx.artifacts}/fields-1024x700.png` });
    await context.close();
  },

  async 'the wheel over the chart scrolls the page; it zooms only with Ctrl or after a click in the chart'(ctx) {
    const { context, page } = await samplePage(ctx);
    await reveal(page, 'record.flowchart');
    const chart = await anchor(page, 'record.flowchart');
    await page.mouse.move(chart.cx, chart.cy);
    await settle(page, 2);
    const zoom = (await debugState(page)).chartZoom;
    await page.mouse.wheel(0, -300);  // up, at or near the top of the page
    await settle(page, 3);
    assert.equal((await debugState(page)).chartZoom, zoom, 'the wheel alone does not zoom');
    const scrolled = await anchor(page, 'record.flowchart');
    await page.mouse.move(scrolled.cx, scrolled.cy);
    await settle(page, 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    const zoomed = await waitForState(page, (s) => s.chartZoom > zoom, 'Ctrl+wheel zooms');
    const moved = await anchor(page, 'record.flowchart');
    await page.mouse.click(moved.cx, moved.cy);
    await settle(page, 2);
    await page.mouse.wheel(0, 100);
    await waitForState(page, (s) => s.chartZoom < zoomed.chartZoom, 'the wheel zooms after a click in the chart');
    await context.close();
  },
};
