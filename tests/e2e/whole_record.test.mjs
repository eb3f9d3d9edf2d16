// Issue 17's "Tests": a whole record written from an empty journal as a new user writes it, with
// clicks, typing and Enter only (each field clicked into), then exported as Markdown and compared
// with the expected file in tests/golden/records/. JN_UPDATE_GOLDEN=1 writes that file anew.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchor, click, settle, newPage, waitForState, download, reveal } from './lib/app.mjs';
import { addStage, chooseOutcome } from './lib/stages.mjs';

const GOLDEN = 'tests/golden/records/written-through-the-editor.md';

// Clicks into a one-line field (unless Tab has opened it), types and presses Enter, which commits
// the field and moves on to the next one.
async function fill(page, name, text, { tabbedTo = false } = {}) {
  if (!tabbedTo) await click(page, name);
  await waitForState(page, (s) => s.editing === name, `${name} open`);
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
  await waitForState(page, (s) => s.editing !== name, `${name} committed`);
}

// Types into the open one-line field and presses Tab, which keeps the text and opens the next.
async function typeAndTab(page, name, text) {
  await waitForState(page, (s) => s.editing === name, `${name} open`);
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Tab');
  await waitForState(page, (s) => s.editing !== name, `${name} left with Tab`);
}

// Clicks into a multi-line field and types; the next click elsewhere commits it. Whatever the box
// opened with is typed over.
async function write(page, name, text) {
  await click(page, name);
  await waitForState(page, (s) => s.editing === name, `${name} open`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

// A day of the month the date picker opens on (today's, 1404.04 here).
async function pickDay(page, row, day) {
  await click(page, `record.date.${row}.pick`);
  await click(page, `record.date.${row}.pick.day.${day}`);
  await waitForState(page, (s) => !s.editing, 'the date picked');
}

export const tests = {
  async 'a whole record written from an empty journal with clicks, typing, Tab and Enter exports the expected Markdown'(ctx) {
    const { context, page } = await newPage(ctx, { timezoneId: 'Asia/Tehran' });
    await page.clock.setFixedTime(new Date('2025-06-30T10:00:00+03:30'));  // 1404.04.09: the picker opens on Tir 1404
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.new');
    await waitForState(page, (s) => s.records.length === 1, 'a new record');

    // A new record opens with the cursor in Company; Tab moves through the header's fields.
    await typeAndTab(page, 'record.company', 'Acme Soft');
    await typeAndTab(page, 'record.company.local', 'اکمی سافت');
    await fill(page, 'record.company.url', 'https://acme.example', { tabbedTo: true });
    await fill(page, 'record.position', 'Back-End Developer (Go)');

    // The process: the new record's planned HR Call and Technical Interview removed, then the three
    // stages that happened added in order, and the rejection after the last.
    await click(page, 'record.stage.1.remove');
    await click(page, 'record.stage.1.remove');
    await waitForState(page, (s) => s.records[0].process === 'flowchart LR\n    sr(Send Resume) -.-> o(Offer)', 'the planned stages removed');
    for (const name of ['HR Call', 'Technical Interview', 'Task']) await addStage(page, name);
    await chooseOutcome(page, 'rejected');
    await waitForState(page, (s) => s.records[0].status === '📜📞🔧📝❌', 'the rejection on the status row');

    // Dates, each picked from the calendar.
    await pickDay(page, 0, 1);
    for (const [row, label, day] of [[1, 'Technical Interview', 5], [2, 'Rejection Email', 8]]) {
      await click(page, 'record.date.add');
      await fill(page, `record.date.${row}.label`, label);
      await pickDay(page, row, day);
    }

    // A question with its answer, and a Persian note.
    await click(page, 'record.section.add');
    await click(page, 'record.section.0.add');
    await fill(page, 'record.section.0.item.0', 'What does a goroutine cost?');
    await click(page, 'record.section.0.item.0.answer.add');
    await write(page, 'record.section.0.item.0.answer', 'A few kilobytes of stack that grows when needed.');
    await click(page, 'record.section.0.note.add');
    await write(page, 'record.section.0.item.1', 'مصاحبه‌ی خوبی بود، ولی وقت کم بود.');

    await page.keyboard.press('Escape');  // leaves the note, keeping its text
    await waitForState(page, (s) => s.editing === '', 'the note left');

    // The score: a click on the slider at seven tenths.
    await reveal(page, 'record.score');
    const slider = await anchor(page, 'record.score');
    await page.mouse.click(slider.x + slider.w * 0.7, slider.cy);
    await waitForState(page, (s) => s.records[0].scoreText === '7/10' && s.editing === '', 'a score of 7/10');

    await page.screenshot({ path: path.join(ctx.artifacts, 'whole-record.png'), fullPage: true });
    const exported = (await download(page, () => page.keyboard.press('Control+S'))).text;
    const golden = path.join(ctx.root, GOLDEN);
    if (process.env.JN_UPDATE_GOLDEN === '1') fs.writeFileSync(golden, exported);
    assert.equal(exported, fs.readFileSync(golden, 'utf8'));
    await context.close();
  },
};
