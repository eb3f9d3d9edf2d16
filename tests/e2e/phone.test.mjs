// On a phone and a tablet (Chromium's mobile emulation, touch only: no mouse event is sent): one
// pane at a time below 700 CSS px, a record opened with a tap and drawn inside the screen with
// targets a finger can hit, a drag that scrolls it, Persian typed into a field and stored, the
// device turned and back while a field is being typed in, the way back to the list, and a share
// link read and imported, the chart pinched and moved with two fingers. Screenshots of each layout
// in build/e2e/phone-*.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openApp, debugState, anchors, newPage, corpusFile, dropFiles, waitForState, waitSaved, storedRecords, reveal } from './lib/app.mjs';
import { PHONE, TABLET, tap, drag, twoFingers, longPressDrag, waitForAnchor } from './lib/touch.mjs';

const NARROW_BELOW = 700;  // CSS pixels (src/ui/theme.h)
const TAP_TARGET = 44;     // CSS pixels
const LEAST_TEXT = 16;     // CSS pixels

function corpusText(ctx, name) {
  return fs.readFileSync(corpusFile(ctx, name), 'utf8');
}

// Every widget of the open record drawn this frame lies across the screen's width, none cut off.
async function assertRecordInside(page, width, what) {
  const all = await anchors(page);
  const fields = Object.entries(all).filter(([name]) => name.startsWith('record.'));
  assert.ok(fields.length > 20, `${what}: the record's widgets are drawn (${fields.length})`);
  const outside = fields.filter(([, [x, , w]]) => x < -0.5 || x + w > width + 0.5).map(([name, [x, , w]]) => `${name} ${x}..${x + w}`);
  assert.ok(outside.length === 0, `${what}: widgets run off the ${width} px screen: ${outside.join(', ')}`);
}

// The text box over the field being edited: its text and its font size in CSS pixels.
function textBox(page) {
  return page.evaluate(() => {
    const box = document.activeElement;
    return box && box.classList.contains('jn-text-overlay') ? { text: box.value, fontPx: parseFloat(getComputedStyle(box).fontSize) } : null;
  });
}

async function shot(page, ctx, name) {
  await page.screenshot({ path: path.join(ctx.artifacts, `phone-${name}.png`) });
}

// The whole journey on one device: records dropped in, one opened with a tap, checked, scrolled,
// typed into, turned and back.
async function journey(ctx, device, label) {
  const { context, page } = await newPage(ctx, device);
  await openApp(page, ctx.url);
  const { width, height } = device.viewport;
  const narrow = width < NARROW_BELOW;
  await dropFiles(page, [['gharar.md', corpusText(ctx, 'gharar.md')], ['saraf.md', corpusText(ctx, 'saraf.md')]]);
  let state = await waitForState(page, (s) => s.records.length === 2 && s.layout.narrow === narrow, 'two records, the layout for the width');
  if ((await anchors(page))['import.close']) await tap(page, 'import.close');

  if (narrow) {
    // One pane: the imported record holds the screen; the back button shows the list, full width.
    assert.equal(state.layout.listShown, false, 'the list beside the record on a phone');
    await tap(page, 'workspace.records');
    state = await waitForState(page, (s) => s.layout.listShown && s.layout.tabShown === '', 'the list alone');
    const list = (await anchors(page))['collection.search'];
    assert.ok(list[2] > width * 0.85, `the list is not the whole width (search box ${list[2]} px)`);
    await shot(page, ctx, `${label}-list`);
  } else {
    assert.ok(state.layout.listShown && state.layout.tabShown === 'record', 'the list beside the record');
  }

  // A tap on the other record's row opens it (the whole screen on a phone).
  const other = state.records.find((r) => r.id !== state.openId);
  const row = Object.keys(await anchors(page)).find((name) => name.startsWith('collection.row.') && name.endsWith('.' + other.id));
  await tap(page, row);
  state = await waitForState(page, (s) => s.openId === other.id && s.layout.tabShown === 'record' && s.layout.listShown === !narrow,
                             'the tapped record open');
  await waitForAnchor(page, 'record.company', (a) => a && a.y > 0, 'the record drawn');
  await shot(page, ctx, `${label}-record`);
  await assertRecordInside(page, width, label);

  if (narrow) {
    // Targets a finger hits, and labels above their fields.
    const all = await anchors(page);
    for (const name of ['workspace.records', 'tab.record', 'record.mode.edit', 'record.company', 'record.position', 'record.date.add',
                        'record.date.0.pick', 'record.date.0.remove', 'record.sections.collapse', 'record.section.0.remove']) {
      assert.ok(all[name], `${name} is drawn`);
      assert.ok(all[name][3] >= TAP_TARGET - 0.5, `${name} is ${all[name][3]} px high, under ${TAP_TARGET}`);
    }
    assert.ok(all['record.company'][2] > width * 0.85, 'the company field takes the width, its label above');
    assert.ok(Math.abs(all['record.date.0.label'][0] - all['record.date.0.date'][0]) < 1, 'a date card stacks its fields');
  }

  // A drag scrolls the record with the finger (and glides on after it).
  const before = await waitForAnchor(page, 'record.company', (a) => a !== null);
  const distance = height * 0.4;
  await drag(page, { x: width / 2, y: height * 0.8 }, { x: width / 2, y: height * 0.8 - distance });
  await waitForAnchor(page, 'record.company', (a) => a && a.y < before.y - distance * 0.9, 'the record scrolled up by the drag');
  state = await debugState(page);
  assert.equal(state.editing, '', 'a drag opened a field');
  await shot(page, ctx, `${label}-scrolled`);
  // Dragged back down, it scrolls back to its top.
  await drag(page, { x: width / 2, y: height * 0.3 }, { x: width / 2, y: height * 0.95 });
  await drag(page, { x: width / 2, y: height * 0.3 }, { x: width / 2, y: height * 0.95 });
  await waitForAnchor(page, 'record.company', (a) => a && Math.abs(a.y - before.y) < 1, 'the record back at its top');

  // Persian typed into a field, with the browser's own text box at a size no phone zooms into.
  await tap(page, 'record.position');
  await waitForState(page, (s) => s.editing === 'record.position', 'the position field being edited');
  const box = await textBox(page);
  assert.ok(box, 'the text box has the focus');
  assert.ok(box.fontPx >= LEAST_TEXT, `the text box's font is ${box.fontPx} px`);
  const persian = ' - برنامه‌نویس';
  await page.keyboard.type(persian);
  await waitForState(page, (s) => s.openRecord.position.endsWith(persian), 'the Persian in the record');
  await waitSaved(page);
  assert.ok(Object.values(await storedRecords(page)).some((text) => text.includes('برنامه‌نویس')), 'the Persian stored');

  // Turned to landscape and back while the field is being typed in: the record, the field and its text stay.
  const typed = (await debugState(page)).openRecord.position;
  for (const [w, h, turn] of [[height, width, 'landscape'], [width, height, 'portrait']]) {
    await page.setViewportSize({ width: w, height: h });
    state = await waitForState(page, (s) => s.layout.narrow === (w < NARROW_BELOW) && s.editing === 'record.position' &&
                                            s.openId === other.id && s.layout.tabShown === 'record', `${turn}: still editing`);
    const field = await waitForAnchor(page, 'record.position', (a) => a && a.y >= 0 && a.y + a.h <= h && a.x >= 0 && a.x + a.w <= w,
                                      `${turn}: the field on screen`);
    assert.ok(field);
    assert.equal((await textBox(page))?.text, typed, `${turn}: the text box's text`);
    assert.equal(state.openRecord.position, typed);
    await shot(page, ctx, `${label}-${turn}`);
  }
  await page.keyboard.type(' ۲');
  await waitForState(page, (s) => s.openRecord.position === typed + ' ۲', 'typing goes on after the turns');

  if (narrow) {
    await tap(page, 'workspace.records');
    await waitForState(page, (s) => s.layout.listShown && s.openId === other.id, 'back at the list, the record still open');
  }
  await context.close();
}

// An iPhone's keyboard with its suggestion bar, in CSS pixels.
const KEYBOARD = 336;

// A phone page editing a field the keyboard will cover: gharar.md's position, in the lower third
// of the record's first screen.
async function editFieldLowOnPhone(ctx) {
  const { context, page } = await newPage(ctx, PHONE);
  await openApp(page, ctx.url);
  await dropFiles(page, [['gharar.md', corpusText(ctx, 'gharar.md')]]);
  await waitForState(page, (s) => s.records.length === 1, 'the record imported');
  if ((await anchors(page))['import.close']) await tap(page, 'import.close');
  const field = 'record.position';
  const rect = await waitForAnchor(page, field, (a) => a !== null, 'the record drawn');
  const { height } = PHONE.viewport;
  assert.ok(rect.y + rect.h > height - KEYBOARD, `the field is not where the keyboard opens (${rect.y}..${rect.y + rect.h})`);
  await tap(page, field);
  await waitForState(page, (s) => s.editing === field, 'the field being edited');
  return { context, page, field };
}

// A version-2 share link of a corpus record, as the app makes it (docs/share-links.md).
function shareLink(ctx, name) {
  const dictionary = fs.readFileSync(path.join(ctx.root, 'src/core/share/link_dictionary_2.txt'));
  return '#r=2.' + zlib.deflateSync(Buffer.from(corpusText(ctx, name)), { dictionary, level: 9 }).toString('base64url');
}

// The page's own zoom (the browser's pinch), 1 while nothing zoomed it.
function pageScale(page) {
  return page.evaluate(() => window.visualViewport.scale);
}

export const tests = {
  async 'on a 390x844 phone a tapped record fills the screen inside its width, scrolls by dragging, takes Persian, survives turning, and goes back to the list'(ctx) {
    await journey(ctx, PHONE, 'phone');
  },

  async 'on a 768x1024 tablet the list stays beside the record, every field inside the screen, with the same touch'(ctx) {
    await journey(ctx, TABLET, 'tablet');
  },

  async 'a tap is a click that leaves no pointer behind (nothing stays hovered), from pane to pane'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    await openApp(page, ctx.url);
    await tap(page, 'collection.empty.sample');
    let state = await waitForState(page, (s) => s.records.length === 1 && s.layout.tabShown === 'record', 'the sample record open');
    assert.equal(state.pointerOnScreen, false, 'the pointer stays where the finger was');
    // Back to the list, then a tap on Statistics: one press each, where the finger was.
    await tap(page, 'workspace.records');
    await waitForState(page, (s) => s.layout.listShown, 'the list');
    await tap(page, 'workspace.statistics');
    state = await waitForState(page, (s) => s.layout.tabShown === 'statistics' && !s.pointerOnScreen, 'the statistics alone');
    assert.equal(state.records.length, 1, 'a tap pressed something else too');
    await shot(page, ctx, 'phone-statistics');
    await context.close();
  },

  async 'a share link opened on a phone is read and imported with a tap'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    await openApp(page, ctx.url + shareLink(ctx, 'gharar.md'));
    await waitForState(page, (s) => s.share.incoming.active && s.share.incoming.reading.width > 0, 'the shared record read');
    const all = await anchors(page);
    for (const name of ['shared.banner', 'shared.import', 'shared.close', 'shared.source']) {
      const [x, , w] = all[name];
      assert.ok(x >= 0 && x + w <= PHONE.viewport.width, `${name} runs off the screen (${x}..${x + w})`);
    }
    assert.ok(all['shared.import'][3] >= TAP_TARGET - 0.5, `the import button is ${all['shared.import'][3]} px high`);
    const view = all['shared.view'];
    assert.ok(view && view[2] > PHONE.viewport.width * 0.85, 'the record is read across the width');
    await shot(page, ctx, 'shared');
    await tap(page, 'shared.import');
    const state = await waitForState(page, (s) => !s.share.incoming.active && s.records.length === 1, 'the record imported');
    assert.equal(state.records[0].company, 'gharar');
    await context.close();
  },

  async 'menus, lists and the date picker have rows a finger can tap, and the picker\u2019s seven columns lie inside the screen'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    const width = PHONE.viewport.width;
    await openApp(page, ctx.url);
    await dropFiles(page, [['gharar.md', corpusText(ctx, 'gharar.md')]]);
    await waitForState(page, (s) => s.records.length === 1, 'the record imported');
    if ((await anchors(page))['import.close']) await tap(page, 'import.close');
    const tall = (rect) => rect[3] >= TAP_TARGET - 0.5;

    // The date picker: before, each day was a frame and a third wide and the last column was cut off.
    await tap(page, 'record.date.0.pick');
    await waitForAnchor(page, 'record.date.0.pick.popup', (r) => r, 'the date picker');
    const days = Object.entries(await anchors(page)).filter(([name]) => name.startsWith('record.date.0.pick.day.'));
    assert.ok(days.length >= 29, `the month's days are drawn (${days.length})`);
    for (const [name, [x, , w, h]] of days) {
      assert.ok(x >= 0 && x + w <= width + 0.5, `${name} runs off the screen (${x}..${x + w})`);
      assert.ok(w >= TAP_TARGET - 0.5 && h >= TAP_TARGET - 0.5, `${name} is ${w}x${h} px`);
    }
    await shot(page, ctx, 'date-picker');
    // A day of the last column, picked with a tap, is the field's date.
    const [lastName] = days.reduce((best, day) => (day[1][0] > best[1][0] ? day : best));
    const day = String(Number(lastName.split('.').pop())).padStart(2, '0');
    const before = (await debugState(page)).openRecord.dates[0].date;  // the picker opens at its month
    const picked = before.slice(0, 8) + day;
    await tap(page, lastName);
    await waitForAnchor(page, 'record.date.0.pick.popup', (r) => !r, 'the picker closed');
    await waitForState(page, (s) => s.openRecord.dates[0].date === picked, `the date ${before} picked as ${picked}`);
    await waitSaved(page);
    assert.ok(Object.values(await storedRecords(page)).some((text) => text.includes(picked)), `${picked} is not stored`);

    // The menus: every item of the File menu, and the bar's titles, a tap target high.
    await tap(page, 'menu.file');
    await waitForAnchor(page, 'menu.file.share', (r) => r, 'the File menu');
    const menu = Object.entries(await anchors(page)).filter(([name]) => name.startsWith('menu.'));
    assert.ok(menu.length > 10);
    for (const [name, rect] of menu) assert.ok(tall(rect), `${name} is ${rect[3]} px high`);
    await shot(page, ctx, 'menu');
    await page.keyboard.press('Escape');

    // A combo's list (the journal's sort order): each entry a tap target high.
    await tap(page, 'workspace.records');
    await waitForState(page, (s) => s.layout.listShown, 'the list');
    await tap(page, 'collection.sort');
    await waitForAnchor(page, 'collection.sort.3', (r) => r, 'the sort list');
    const sorts = Object.entries(await anchors(page)).filter(([name]) => /^collection\.sort\.\d$/.test(name));
    assert.equal(sorts.length, 4);
    for (const [name, rect] of sorts) assert.ok(tall(rect), `${name} is ${rect[3]} px high`);
    await tap(page, 'collection.sort.1');
    await waitForAnchor(page, 'collection.sort.1', (r) => !r, 'the sort list closed');
    await context.close();
  },

  async 'a long press on a question\u2019s handle, then a drag onto another, moves it there'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    await openApp(page, ctx.url);
    await tap(page, 'collection.empty.sample');
    await waitForState(page, (s) => s.openRecord && s.openRecord.sections.length > 0, 'the sample record open');
    const before = (await debugState(page)).openRecord.sections[0].questions.map((item) => item.text);
    await reveal(page, 'record.section.0.item.1.handle');
    await reveal(page, 'record.section.0.item.0.handle');
    const all = await anchors(page);
    const [hx, hy, hw, hh] = all['record.section.0.item.1.handle'];
    const [tx, ty, tw, th] = all['record.section.0.item.0.handle'];
    assert.ok(hw >= TAP_TARGET - 0.5 && hh >= TAP_TARGET - 0.5, `the handle is ${hw}x${hh} px`);
    assert.ok(hy + hh <= PHONE.viewport.height && ty >= 0, `both handles on screen (${JSON.stringify([all['record.section.0.item.1.handle'], all['record.section.0.item.0.handle']])})`);
    await longPressDrag(page, { x: hx + hw / 2, y: hy + hh / 2 }, { x: tx + tw / 2, y: ty + th / 2 });
    const moved = [before[1], before[0], ...before.slice(2)];
    await waitForState(page, (s) => JSON.stringify(s.openRecord.sections[0].questions.map((item) => item.text)) === JSON.stringify(moved),
                       'the second question first');
    await waitSaved(page);
    await context.close();
  },

  async 'the on-screen keyboard opening under a field low on the screen keeps that field in view above it'(ctx) {
    // With interactive-widget=resizes-content (index.html) the keyboard shrinks the page: the
    // browser tells the app as a resize, which is what this test sends.
    const { context, page, field } = await editFieldLowOnPhone(ctx);
    const { width, height } = PHONE.viewport;
    await page.setViewportSize({ width, height: height - KEYBOARD });
    await waitForAnchor(page, field, (a) => a && a.y >= 0 && a.y + a.h <= height - KEYBOARD, 'the field above the keyboard');
    const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
    assert.ok(box.top >= 0 && box.bottom <= height - KEYBOARD, `the text box lies under the keyboard (${box.top}..${box.bottom})`);
    await page.keyboard.type('online');
    await waitForState(page, (s) => s.openRecord.position.endsWith('online'), 'typed into the field');
    await shot(page, ctx, 'keyboard');
    await context.close();
  },

  async 'Safari\u2019s keyboard, which shrinks only the visual viewport, also keeps the field being edited in view above it'(ctx) {
    // Safari on an iPhone ignores interactive-widget: the page keeps its height, the visual
    // viewport shrinks to what the keyboard leaves and moves down when Safari scrolls to the text
    // box. Chromium cannot open such a keyboard, so the test gives the visual viewport those
    // figures and sends its events, as Safari does.
    const { context, page, field } = await editFieldLowOnPhone(ctx);
    const { height } = PHONE.viewport;
    const setVisualViewport = (visible) => page.evaluate((v) => {
      const view = window.visualViewport;
      for (const key of ['height', 'offsetTop']) {
        if (v) Object.defineProperty(view, key, { configurable: true, get: () => v[key] });
        else delete view[key];
      }
      view.dispatchEvent(new Event('resize'));
      view.dispatchEvent(new Event('scroll'));
    }, visible);
    for (const offsetTop of [0, 120]) {
      const visible = { height: height - KEYBOARD, offsetTop };
      await setVisualViewport(visible);
      assert.equal(await page.evaluate(() => window.innerHeight), height, 'the page kept its height, as in Safari');
      await waitForAnchor(page, field, (a) => a && a.y >= 0 && a.y + a.h <= visible.height, `scrolled ${offsetTop} px: the field above the keyboard`);
      // Read in one go, from one frame: the text box, the canvas, and the field under the box.
      const { box, canvas, at } = await page.evaluate((name) => ({
        box: document.activeElement.getBoundingClientRect().toJSON(),
        canvas: document.getElementById('canvas').getBoundingClientRect().toJSON(),
        at: JSON.parse(Module.UTF8ToString(Module._jn_anchors_json()))[name],
      }), field);
      assert.ok(Math.abs(box.top - (canvas.top + at[1])) < 1.5, `scrolled ${offsetTop} px: the text box at ${box.top} is not over its field at ${canvas.top + at[1]}`);
      assert.ok(Math.abs(canvas.top - offsetTop) < 0.5 && Math.abs(canvas.height - visible.height) < 0.5,
                `scrolled ${offsetTop} px: the canvas is not the visible part (${canvas.top}..${canvas.bottom})`);
      assert.ok(box.top >= offsetTop && box.bottom <= offsetTop + visible.height,
                `scrolled ${offsetTop} px: the text box lies outside the visible part (${box.top}..${box.bottom})`);
      await page.keyboard.type(` ${offsetTop}`);
      await waitForState(page, (s) => s.openRecord.position.endsWith(` ${offsetTop}`), `scrolled ${offsetTop} px: typed into the field`);
    }
    await shot(page, ctx, 'keyboard-safari');
    // The keyboard closed: the canvas fills the page again.
    await setVisualViewport(null);
    await page.waitForFunction((h) => document.getElementById('canvas').getBoundingClientRect().height === h, height);
    await context.close();
  },

  async 'a tap on a field focuses a text box inside the tap, as Safari on an iPhone needs to open its keyboard'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    await openApp(page, ctx.url);
    await dropFiles(page, [['gharar.md', corpusText(ctx, 'gharar.md')]]);
    await waitForState(page, (s) => s.records.length === 1, 'the record imported');
    if ((await anchors(page))['import.close']) await tap(page, 'import.close');
    // Every focus given to a text box, with the event being handled when it came (window.event):
    // Safari opens its keyboard only for a text box focused inside the tap's own touchend, and the
    // app's box opens frames after it.
    await page.evaluate(() => {
      window.jnTextFocus = [];
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (...args) {
        if (this.tagName === 'INPUT' || this.tagName === 'TEXTAREA') window.jnTextFocus.push(window.event ? window.event.type : 'frame');
        return focus.apply(this, args);
      };
    });
    const focusCalls = () => page.evaluate(() => window.jnTextFocus.splice(0));
    const typing = () => page.evaluate(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
    for (const field of ['record.company', 'record.position']) {  // the second while the first is open
      await tap(page, field);
      await waitForState(page, (s) => s.editing === field, `${field} being edited`);
      const calls = await focusCalls();
      assert.equal(calls[0], 'touchend', `${field}: the first text box focused came in ${JSON.stringify(calls)}, not inside the tap`);
      assert.ok(await typing(), `${field}: no text box has the focus`);
    }
    await page.keyboard.type(' Jr');
    await waitForState(page, (s) => s.openRecord.position.endsWith(' Jr'), 'typed into the position');
    // A tap on no field (the chart's Fit button): no text box, and no keyboard left open.
    await tap(page, 'record.process.fit');
    await page.waitForFunction(() => !['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
    assert.ok(!(await focusCalls()).includes('touchend'), 'a tap on a button focused a text box');
    await waitForState(page, (s) => s.editing === '' && s.openRecord.position.endsWith(' Jr'), 'the position kept');
    // Taps on a menu and a window lying over the record's fields (Help > About, its Close button):
    // no text box either (Safari would open its keyboard and close it again).
    await reveal(page, 'record.company');
    await tap(page, 'menu.help');
    await waitForAnchor(page, 'menu.help.about', (r) => r, 'the Help menu');
    await tap(page, 'menu.help.about');
    const close = await waitForAnchor(page, 'about.close', (r) => r, 'the About window');
    const title = await waitForAnchor(page, 'about.window', (r) => r, 'the About window');
    const about = { x: title.x, y: title.y, w: title.w, h: close.y + close.h - title.y };  // title bar to Close
    await shot(page, ctx, 'phone-about');
    const aboutAll = await anchors(page);
    for (const name of ['about.window', 'about.close']) {
      const [x, , w] = aboutAll[name];
      assert.ok(x >= 0 && x + w <= PHONE.viewport.width, `${name} runs off the screen (${x}..${x + w})`);
    }
    const fieldsUnder = Object.entries(await anchors(page)).filter(([name, [x, y, w, h]]) =>
      /^record\.(company(\.local|\.url)?|position|platform|apply\.other|duration\.\d+\.(label|text)|section\.\d+\.(title|item\.\d+))$/.test(name) &&
      x < about.x + about.w && about.x < x + w && y < about.y + about.h && about.y < y + h);
    assert.ok(fieldsUnder.length > 0, `the About window (${JSON.stringify(about)}) lies over no field: this part tests nothing`);
    await tap(page, 'about.close');
    await waitForAnchor(page, 'about.window', (r) => !r, 'the About window closed');
    assert.ok(!(await focusCalls()).includes('touchend'), 'a tap on a menu or a window over a field focused a text box');
    await context.close();
  },

  async 'pinch zooms the chart and two fingers pan it'(ctx) {
    const { context, page } = await newPage(ctx, PHONE);
    await openApp(page, ctx.url);
    await dropFiles(page, [['gharar.md', corpusText(ctx, 'gharar.md')]]);
    await waitForState(page, (s) => s.records.length === 1 && s.layout.tabShown === 'record' && s.flowchartNodes > 0, 'the record and its chart');
    if ((await anchors(page))['import.close']) await tap(page, 'import.close');
    await reveal(page, 'record.flowchart');
    const chart = await waitForAnchor(page, 'record.flowchart', (a) => a && a.y >= 0 && a.y + a.h <= PHONE.viewport.height, 'the chart on screen');
    const fitted = await debugState(page);
    await shot(page, ctx, 'pinch-before');
    // The first look reads: labels at a readable size (fitted whole, they were about 6 px), the
    // chart from its first stage; "Fit" still shows the whole chart, however small.
    assert.ok(fitted.chartZoom >= 0.8 - 1e-6, `the chart starts at zoom ${fitted.chartZoom}: its labels are too small to read`);
    assert.ok(Math.abs(fitted.chartPan[0] - 8) < 0.5, `the chart does not start at its first stage (pan ${fitted.chartPan})`);

    // First a pinch beside the chart, on its Export SVG button: it zooms, scrolls and clicks nothing
    // (what it did not do is seen once the pinch on the chart after it is seen done).
    const button = await waitForAnchor(page, 'record.process.svg', (a) => a && a.y >= 0 && a.y + a.h < chart.y, 'the export button above the chart');
    const beside = { x: button.x + button.w / 2, y: button.y + button.h / 2 };
    await twoFingers(page, [{ x: beside.x - 15, y: beside.y }, { x: beside.x + 15, y: beside.y }],
                     [{ x: beside.x - 45, y: beside.y }, { x: beside.x + 45, y: beside.y }]);

    // Fingers 60 px apart spread to 180 px around the chart's middle: three times the zoom, the
    // chart point between them staying there.
    const mid = { x: chart.x + chart.w / 2, y: chart.y + chart.h / 2 };
    const spread = (half) => [{ x: mid.x - half, y: mid.y }, { x: mid.x + half, y: mid.y }];
    await twoFingers(page, spread(30), spread(90));
    const factor = 3;
    const zoomed = await waitForState(page, (s) => Math.abs(s.chartZoom - fitted.chartZoom * factor) < 1e-3 * factor && !s.pointerOnScreen,
                                      'the chart zoomed three times, the fingers gone');
    const at = { x: mid.x - chart.x, y: mid.y - chart.y };  // CSS px from the chart's corner
    assert.ok(Math.abs(zoomed.chartPan[0] - (at.x - (at.x - fitted.chartPan[0]) * factor)) < 0.5, `zoomed around the fingers (pan ${zoomed.chartPan})`);
    assert.ok(Math.abs(zoomed.chartPan[1] - (at.y - (at.y - fitted.chartPan[1]) * factor)) < 0.5, `zoomed around the fingers (pan ${zoomed.chartPan})`);
    assert.deepEqual(await waitForAnchor(page, 'record.flowchart', (a) => a !== null), chart, 'two fingers scrolled the record');
    assert.equal(zoomed.editing, '', 'two fingers opened a field');
    assert.equal(zoomed.exportStatus, fitted.exportStatus, 'the pinch beside the chart clicked the export button');
    assert.equal(zoomed.undo, fitted.undo, 'two fingers changed the record');
    assert.equal(await pageScale(page), 1, 'the page itself zoomed');
    await shot(page, ctx, 'pinch-zoomed');

    // Both fingers moved together: the chart moves with them, no zoom.
    const move = { x: -50, y: 30 };
    const shifted = (points) => points.map((p) => ({ x: p.x + move.x, y: p.y + move.y }));
    await twoFingers(page, spread(60), shifted(spread(60)));
    const panned = await waitForState(page, (s) => Math.abs(s.chartPan[0] - (zoomed.chartPan[0] + move.x)) < 0.5 &&
                                                   Math.abs(s.chartPan[1] - (zoomed.chartPan[1] + move.y)) < 0.5, 'the chart moved with the fingers');
    assert.ok(Math.abs(panned.chartZoom - zoomed.chartZoom) < 1e-4, 'two fingers moving together zoomed the chart');
    assert.equal(await pageScale(page), 1, 'the page itself zoomed');
    await shot(page, ctx, 'pinch-panned');

    // "Fit" shows the whole chart again, inside its frame.
    await tap(page, 'record.process.fit');
    const whole = await waitForState(page, (s) => s.chartZoom < fitted.chartZoom, 'the whole chart fitted');
    assert.ok(whole.chartPan[0] > 0 && whole.chartPan[0] < chart.w / 2, `the fitted chart is not inside its frame (pan ${whole.chartPan})`);
    await context.close();
  },
};
