// The reading view: a record as the book shows it, drawn by the app (every element kind, on a
// desktop and on a phone), answers that open, a block copied, a shared record shown this way by
// default; and its HTML page, downloaded and opened in Chromium with no script.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, click, settle, debugState, anchor, anchors, newPage, corpusFile, importWithPicker, download,
         waitForState, screenshot, inkExtent, reveal } from './lib/app.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

function caseFile(ctx, name) {
  return path.join(ctx.root, 'tests/golden/reading/cases', name + '.md');
}

// Imports a file, which opens it, and shows it in the reading view.
async function readRecord(page, file) {
  // On a phone the list and the record take turns on the screen.
  if (!(await anchors(page))['collection.import']) await click(page, 'workspace.records');
  await importWithPicker(page, [file]);
  // The import report (active content in the focused cases) would cover the view.
  if ((await anchors(page))['import.close']) await click(page, 'import.close');
  const state = await debugState(page);
  if (!state.reading.mode) await click(page, 'record.mode.read');
  return waitForState(page, (s) => s.reading.mode && s.reading.width > 0 && s.reading.blocks.length > 0, 'the reading view laid out');
}

// The ink of a block drawn on screen: something is drawn inside its rectangle.
async function assertInked(page, name, scale) {
  const a = await anchor(page, name);
  const shot = await screenshot(page);
  const { minX, maxX } = inkExtent(shot, { x: a.x - 4, y: a.y - 4, w: a.w + 8, h: a.h + 8 }, scale);
  assert.ok(maxX >= minX, `nothing drawn for ${name}`);
  return { ...a, minX, maxX };
}

// The ink of a rectangle on a screenshot: how many pixels are drawn, and each row's leftmost drawn
// pixel (in screen pixels from the rectangle's left, null where the row is blank).
function inkRows(shot, rect, scale) {
  const x0 = Math.round(rect.x * scale), y0 = Math.round(rect.y * scale);
  const x1 = Math.round((rect.x + rect.w) * scale), y1 = Math.round((rect.y + rect.h) * scale);
  const background = shot.pixel(x0 + 2, y0 + 2);
  let inked = 0;
  const left = [];
  for (let y = y0 + 2; y < y1 - 2; y++) {
    let first = null;
    for (let x = x0 + 2; x < x1 - 2; x++) {
      const p = shot.pixel(x, y);
      if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) <= 120) continue;
      inked++;
      if (first === null) first = x - x0;
    }
    left.push(first);
  }
  return { inked, left };
}

// How much further right the upper rows of `b` start than its lower rows, compared with `a` (the
// same words at the same place): a slant leans the tops of the letters right.
function leanAgainst(a, b) {
  const shifts = a.left.map((x, row) => (x !== null && b.left[row] !== null ? { row, shift: b.left[row] - x } : null)).filter(Boolean);
  const mid = shifts.length / 2;
  const mean = (list) => list.reduce((sum, s) => sum + s.shift, 0) / list.length;
  return mean(shifts.slice(0, Math.floor(mid))) - mean(shifts.slice(Math.ceil(mid)));
}

// One screenshot per element kind, on a desktop and on a phone: each a focused record of the golden tests.
const KINDS = {
  'nested-lists': { kind: 'item', text: 'DNS' },
  'rtl-html-list': { kind: 'item', rtl: true },
  'table': { kind: 'table' },
  'details': { kind: 'summary' },
  'code-block': { kind: 'code' },
  'mixed-direction': { kind: 'paragraph', rtl: true },
  'inline-styles': { kind: 'item', text: 'Bold' },
  'block-quote': { kind: 'paragraph' },
};

async function everyKind(ctx, device, label) {
  const { context, page } = await newPage(ctx, device);
  await openApp(page, ctx.url);
  const scale = device.deviceScaleFactor || 1;
  for (const [name, expected] of Object.entries(KINDS)) {
    const state = await readRecord(page, caseFile(ctx, name));
    const blocks = state.reading.blocks;
    const index = blocks.findIndex((b) => b.kind === expected.kind && b.shown && (!expected.text || b.text.includes(expected.text)));
    assert.ok(index >= 0, `${name}: no ${expected.kind} block in ${JSON.stringify(blocks.map((b) => b.kind))}`);
    const all = await anchors(page);
    // Every line of every text block fits the width it was laid out at (the long ones wrapped).
    for (const b of blocks) assert.ok(b.lines.every((l) => !l.includes('\n')), `${name}: a line holds a break`);
    const view = await anchor(page, 'reading.view');
    assert.ok(view.w <= (device.viewport?.width ?? 1400), `${name}: the view is wider than the window`);
    const blockName = expected.kind === 'code' ? 'reading.code.copy' : `reading.block.${index}`;
    if (all[blockName]) {
      const inked = await assertInked(page, blockName, scale);
      if (expected.rtl && expected.kind !== 'table') {
        // Right-to-left text starts at the right edge of its box.
        assert.ok(inked.maxX > inked.x + inked.w * 0.7, `${name}: RTL text not right-aligned (${inked.minX}..${inked.maxX} in ${inked.x}+${inked.w})`);
      }
    }
    await page.screenshot({ path: path.join(ctx.artifacts, `reading-${label}-${name}.png`) });
  }
  await context.close();
}

export const tests = {
  async 'a long Persian note line wraps inside its field in the editor instead of running off its left edge'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    await openApp(page, ctx.url);
    await importWithPicker(page, [caseFile(ctx, 'mixed-direction')]);
    if ((await anchors(page))['import.close']) await click(page, 'import.close');
    const name = 'record.section.0.item.0';  // the note: a Persian paragraph far longer than a phone is wide
    await reveal(page, name);
    const field = await anchor(page, name);
    const scale = PHONE.deviceScaleFactor;
    const shot = await screenshot(page);
    await page.screenshot({ path: path.join(ctx.artifacts, 'reading-editor-note-wrapped.png') });
    // Nothing is drawn in the field's side paddings: no line runs past either edge of its text.
    const background = shot.pixel(Math.round((field.x + 2) * scale), Math.round((field.y + 2) * scale));
    const inkIn = (x0, x1) => {
      let inked = 0;
      for (let y = Math.round((field.y + 3) * scale); y < Math.round((field.y + field.h - 3) * scale); y++) {
        for (let x = Math.round(x0 * scale); x < Math.round(x1 * scale); x++) {
          const p = shot.pixel(x, y);
          if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) > 120) inked++;
        }
      }
      return inked;
    };
    assert.equal(inkIn(field.x + 1, field.x + 4), 0, 'a line of the note runs off the left edge of its field');
    assert.equal(inkIn(field.x + field.w - 4, field.x + field.w - 1), 0, 'a line of the note runs off the right edge of its field');
    // The field grew to show the wrapped lines (three lines is its least).
    const { minX, maxX } = inkExtent(shot, field, scale);
    assert.ok(maxX > minX && maxX > field.x + field.w * 0.8, `the note is right-aligned (${minX}..${maxX})`);
    assert.ok(field.h > 4 * 18, `the field did not grow with its wrapped text (${field.h} px high)`);
    await context.close();
  },


  async 'every element kind drawn in the reading view on a desktop'(ctx) {
    await everyKind(ctx, {}, 'desktop');
  },

  async 'every element kind drawn in the reading view on a 390x844 phone'(ctx) {
    await everyKind(ctx, PHONE, 'phone');
  },

  async 'bold and italic are drawn unlike plain text: bold heavier, italic leaning'(ctx) {
    const device = { deviceScaleFactor: 2 };
    const { context, page } = await newPage(ctx, device);
    await openApp(page, ctx.url);
    const file = path.join(ctx.artifacts, 'reading-weights.md');
    const words = 'Weight of the written words';
    fs.writeFileSync(file, `# [Weights](https://weights.example)\n\n## Writer\n\n### Technical Interview\n- ${words}\n\n- **${words}**\n\n- *${words}*\n`);
    const state = await readRecord(page, file);
    const items = state.reading.blocks.map((b, i) => (b.kind === 'item' && b.text.includes(words) ? i : -1)).filter((i) => i >= 0);
    assert.equal(items.length, 3, `the three items: ${JSON.stringify(state.reading.blocks.map((b) => b.text))}`);
    const shot = await screenshot(page);
    const shapes = [];
    for (const i of items) shapes.push(inkRows(shot, await anchor(page, `reading.block.${i}`), device.deviceScaleFactor));
    await page.screenshot({ path: path.join(ctx.artifacts, 'reading-weights.png') });
    const [p, b, it] = shapes;
    assert.ok(p.inked > 0, 'the plain item is drawn');
    assert.ok(b.inked > p.inked * 1.2, `bold is not heavier than plain (${b.inked} against ${p.inked} pixels)`);
    assert.ok(it.inked < p.inked * 1.2, `italic is drawn heavy, as bold is (${it.inked} against ${p.inked} pixels)`);
    const lean = leanAgainst(p, it) / device.deviceScaleFactor;
    assert.ok(lean > 1.5, `italic does not lean right against plain (${lean.toFixed(2)} px)`);
    assert.ok(Math.abs(leanAgainst(p, b)) / device.deviceScaleFactor < 1, 'bold is slanted');
    await context.close();
  },

  async 'the reading view wraps its text anew when the window narrows, nothing lost'(ctx) {
    const { context, page } = await newPage(ctx, { viewport: { width: 1280, height: 800 } });
    await openApp(page, ctx.url);
    const before = await readRecord(page, caseFile(ctx, 'mixed-direction'));
    // The longest paragraph: the Persian note.
    const lengths = before.reading.blocks.map((b) => (b.kind === 'paragraph' ? b.text.length : 0));
    const index = lengths.indexOf(Math.max(...lengths));
    const wide = before.reading.blocks[index];
    await page.setViewportSize({ width: 700, height: 800 });
    const after = await waitForState(page, (s) => s.reading.width > 0 && s.reading.width < before.reading.width, 'the view laid out at the narrower width');
    const narrow = after.reading.blocks[index];
    assert.ok(narrow.lines.length > wide.lines.length, `not wrapped anew: ${wide.lines.length} lines at ${before.reading.width}, ${narrow.lines.length} at ${after.reading.width}`);
    const letters = (lines) => lines.join('').replace(/\s+/g, '');
    assert.equal(letters(narrow.lines), letters(wide.lines), 'the text changed in the new wrapping');
    assert.ok(after.reading.height > before.reading.height, 'the record did not grow longer');
    await page.screenshot({ path: path.join(ctx.artifacts, 'reading-narrowed.png') });
    await context.close();
  },

  async 'an answer opens and closes on a click on its summary; the other blocks move, not re-wrap'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    let state = await readRecord(page, caseFile(ctx, 'details'));
    const summary = state.reading.blocks.findIndex((b) => b.kind === 'summary');
    const answer = summary + 1;
    assert.equal(state.reading.blocks[answer].shown, false, 'answers start closed, as in the book');
    const width = state.reading.width;
    await click(page, `reading.block.${summary}`);
    state = await waitForState(page, (s) => s.reading.blocks[answer].shown, 'the answer open');
    assert.equal(state.reading.width, width);
    assert.ok(state.reading.blocks[answer].lines.join(' ').includes('buffered channel'));
    await page.screenshot({ path: path.join(ctx.artifacts, 'reading-answer-open.png') });
    await click(page, `reading.block.${summary}`);
    await waitForState(page, (s) => !s.reading.blocks[answer].shown, 'the answer closed again');
    await click(page, 'reading.open');
    state = await waitForState(page, (s) => s.reading.open.every((o) => o), 'every answer open');
    assert.ok(state.reading.blocks.every((b) => b.shown));
    await context.close();
  },

  async 'a block is copied to the clipboard as its text'(ctx) {
    const { context, page } = await newPage(ctx);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.url).origin });
    await openApp(page, ctx.url);
    const state = await readRecord(page, caseFile(ctx, 'mixed-direction'));
    const index = state.reading.blocks.findIndex((b) => b.kind === 'paragraph' && /[\u0600-\u06FF]/.test(b.text));
    assert.ok(index >= 0);
    await click(page, `reading.block.${index}`);
    await waitForState(page, (s) => s.reading.selected === index, 'the block picked');
    await click(page, 'reading.copy');
    await waitForState(page, (s) => s.notice.startsWith('Copied'), 'the copy done');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, state.reading.blocks[index].text);
    await context.close();
  },

  async 'a link shows its address first and opens in a new tab on request'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await readRecord(page, caseFile(ctx, 'inline-styles'));
    const links = Object.keys(await anchors(page)).filter((k) => /^reading\.link\.\d+$/.test(k));
    assert.ok(links.length >= 3, `links drawn: ${links}`);
    // The company link in the heading.
    await click(page, links[0]);
    const address = await anchor(page, 'reading.link.address');
    assert.ok(address.w > 0);
    // No network in tests: the address answers from here.
    await context.route('https://styles.example/**', (route) => route.fulfill({ body: 'styles', contentType: 'text/plain' }));
    const [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'reading.link.open')]);
    await popup.waitForLoadState();
    assert.equal(popup.url(), 'https://styles.example/');
    await context.close();
  },

  async 'a shared record opens in the reading view'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await importWithPicker(page, [corpusFile(ctx, 'gharar.md')]);
    await click(page, 'menu.file');
    await click(page, 'menu.file.share');
    const { share } = await waitForState(page, (s) => s.share.linkOpen && s.share.link !== '', 'the share link');
    const receiver = await context.newPage();
    await openApp(receiver, share.link);
    const state = await waitForState(receiver, (s) => s.share.incoming.active && s.share.incoming.reading.width > 0, 'the shared record read');
    assert.ok(state.share.incoming.reading.blocks.some((b) => b.kind === 'chart'));
    assert.ok((await anchors(receiver))['shared.flowchart'], 'the chart is drawn');
    await receiver.screenshot({ path: path.join(ctx.artifacts, 'reading-shared.png') });
    await context.close();
  },

  async 'the HTML page downloads, opens with no script and holds the text of the record'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const state = await readRecord(page, corpusFile(ctx, 'gharar.md'));
    const file = await download(page, () => click(page, 'reading.html'));
    assert.match(file.name, /^gharar.*\.html$/);
    assert.ok(file.text.startsWith('<!DOCTYPE html>'));
    const html = await newPage(ctx, { javaScriptEnabled: true });
    const pagePath = path.join(ctx.artifacts, 'reading-gharar.html');
    fs.writeFileSync(pagePath, file.text);
    await html.page.goto('file://' + pagePath);
    const shown = await html.page.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
      svg: document.querySelectorAll('svg').length,
      text: document.body.innerText,
      details: document.querySelectorAll('details').length,
    }));
    assert.equal(shown.scripts, 0);
    assert.deepEqual(shown.handlers, []);
    assert.equal(shown.svg, 1, 'the chart inline');
    // Every heading and list item of the reading view stands in the page's text.
    for (const b of state.reading.blocks.filter((b) => b.kind === 'heading' || (b.kind === 'item' && b.shown))) {
      const words = b.text.replace(/^[•◦▪\d.]+ /, '').split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
      assert.ok(shown.text.replace(/\s+/g, ' ').includes(words), `missing from the page: ${words}`);
    }
    await html.page.screenshot({ path: path.join(ctx.artifacts, 'reading-gharar-html.png'), fullPage: true });
    await html.context.close();
    await context.close();
  },
};
