// Finding and counting: the search folds digits and letter variants and opens a record at its hit
// (from the list and the question bank); a record the list no longer shows is closed; an import of
// many files says once what it did; the list draws mixed Persian names and any emoji as the rest
// of the app does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchors, anchor, click, debugState, typeInto, newPage, waitForState, screenshot, settle,
         STATE_TIMEOUT_MS, download, dropFiles as drop } from './lib/app.mjs';
import { PNG } from './lib/png.mjs';

const read = (ctx, name) => fs.readFileSync(path.join(ctx.root, 'third_party/corpus', name), 'utf8');

// doctoreto.md with another company and position: a record of our own, as long as a real one.
function recordNamed(ctx, company, position) {
  return read(ctx, 'doctoreto.md')
    .replace(/^# .*$/m, `# [${company}](https://example.com/)`)
    .replace('## Senior Back-End Developer (Golang)', `## ${position}`);
}

// The list's rows on screen, in order: [{ row, id, company }].
async function listRows(page) {
  const all = await anchors(page);
  const records = (await debugState(page)).records;
  return Object.keys(all).map((k) => /^collection\.row\.(\d+)\.(.+)$/.exec(k))
    .filter(Boolean)
    .map((m) => ({ row: Number(m[1]), id: m[2], company: records.find((r) => r.id === m[2])?.company }))
    .sort((a, b) => a.row - b.row);
}

async function inViewport(page, name) {
  const all = await anchors(page);
  if (!all[name]) return false;
  const [, y, , h] = all[name];
  return y >= 0 && y + h <= (await page.viewportSize()).height;
}

// Waits until the named widget is drawn inside the page's viewport (scrolled to).
async function waitInViewport(page, name) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  while (!(await inViewport(page, name))) {
    if (Date.now() > deadline) throw new Error(`${name} never scrolled into view: ${JSON.stringify((await anchors(page))[name])}`);
    await settle(page, 1);
  }
}

// The ink of a rectangle of a screenshot as a set of "x,y" offsets from the ink's top-left corner.
function inkMask(shot, rect) {
  const background = shot.pixel(rect.x + 1, rect.y + 1);
  const points = [];
  for (let y = Math.floor(rect.y); y < rect.y + rect.h; y++) {
    for (let x = Math.floor(rect.x); x < rect.x + rect.w; x++) {
      const p = shot.pixel(x, y);
      if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) > 150) points.push([x, y]);
    }
  }
  const minX = Math.min(...points.map((p) => p[0])), minY = Math.min(...points.map((p) => p[1]));
  return { set: new Set(points.map(([x, y]) => `${x - minX},${y - minY}`)), width: Math.max(...points.map((p) => p[0])) - minX };
}

// How much two ink masks overlap (intersection over union), allowing one pixel of drift.
function likeness(a, b) {
  let shared = 0;
  for (const key of a.set) {
    const [x, y] = key.split(',').map(Number);
    if ([-1, 0, 1].some((dx) => b.set.has(`${x + dx},${y}`))) shared++;
  }
  return shared / (a.set.size + b.set.size - shared);
}

// Waits until the widgets drawn satisfy `predicate` (given the anchors by name).
async function waitForAnchors(page, predicate, what) {
  const deadline = Date.now() + STATE_TIMEOUT_MS;
  while (!predicate(await anchors(page))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await settle(page, 1);
  }
}

// Clicks the company's row in the list and waits for its record to open; gives the record's id.
async function openRecord(page, company) {
  const id = (await debugState(page)).records.find((r) => r.company === company).id;
  const row = (await listRows(page)).find((r) => r.id === id);
  await click(page, `collection.row.${row.row}.${id}`);
  await waitForState(page, (s) => s.openId === id, `${company} open`);
  return id;
}

// Opens doctoreto from the question bank's "main benefits" question (with its sections collapsed
// first when `collapsed`) and checks it is shown scrolled to the question, the words marked.
async function questionBankOpensDoctoreto(ctx, { collapsed }) {
  const { context, page } = await newPage(ctx);
  await openApp(page, ctx.url);
  await drop(page, [['gharar.md', read(ctx, 'gharar.md')], ['doctoreto.md', read(ctx, 'doctoreto.md')]]);
  if (collapsed) {
    await openRecord(page, 'doctoreto');
    await collapseQuestions(page);
  }
  await click(page, 'tab.questions');
  await typeInto(page, 'questions.search', 'main benefits');
  await click(page, 'questions.group.0');
  await click(page, 'questions.group.0.open.0');
  const doctoreto = (await debugState(page)).records.find((r) => r.company === 'doctoreto').id;
  const state = await waitForState(page, (s) => s.openId === doctoreto && s.searchHit !== '', 'doctoreto opened at the question');
  await waitInViewport(page, state.searchHit);
  assert.ok((await anchors(page))['search.hit.text'], 'the words searched for are not marked');
  await context.close();
}

// Collapses the open record's stage sections and answers ("Collapse all"), then the whole
// "Questions and notes" part, as a user tidying a long record does; waits until they are gone.
async function collapseQuestions(page) {
  await click(page, 'record.sections.collapse');
  await waitForAnchors(page, (all) => !Object.keys(all).some((k) => /^record\.section\.\d+\.title$/.test(k)), 'the stage sections collapsed');
  await click(page, 'record.sections.header');
  await waitForAnchors(page, (all) => !all['record.sections.collapse'], 'questions and notes collapsed');
}

// Across a one-line field (between its border's corners), the columns marked in the search-hit
// colour and the columns holding text: { ink: [first, last], marked: [[from, to], ...] } in page
// pixels, marked runs apart by more than two columns counted apart.
function markedColumns(shot, field) {
  const amber = ([r, g, b]) => (r + g) / 2 - b;
  const background = shot.pixel(field.x + 4, field.y + field.h / 2);  // right-to-left text leaves the left end empty
  const lightness = (p) => p[0] + p[1] + p[2];
  const ink = [], marked = [];
  for (let x = Math.ceil(field.x + 6); x < field.x + field.w - 6; x++) {
    let isInk = false, isMarked = false;
    for (let y = Math.ceil(field.y + 3); y < field.y + field.h - 3; y++) {
      const p = shot.pixel(x, y);
      if (Math.abs(lightness(p) - lightness(background)) > 200 && Math.abs(amber(p)) < 40) isInk = true;
      if (amber(p) > amber(background) + 30) isMarked = true;
    }
    if (isInk) ink.push(x);
    if (isMarked) {
      if (marked.length && x - marked[marked.length - 1][1] <= 3) marked[marked.length - 1][1] = x;
      else marked.push([x, x]);
    }
  }
  return { ink: [ink[0], ink[ink.length - 1]], inkColumns: ink, marked };
}

export const tests = {
  async 'search with persian digits and arabic letter variants finds the record and opens it scrolled to the highlighted hit'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await drop(page, [['doctoreto.md', read(ctx, 'doctoreto.md')], ['gharar.md', read(ctx, 'gharar.md')],
                      ['dpkharazmi.md', read(ctx, 'dpkharazmi.md')]]);
    // gharar's dates are 1400.06.31..1400.07.27, written with Latin digits.
    await typeInto(page, 'collection.search', '۱۴۰۰.۰۷');
    assert.deepEqual((await listRows(page)).map((r) => r.company), ['gharar']);
    // doctoreto's closing note reads "کارهایی که"; typed with Arabic kaf and yeh.
    await typeInto(page, 'collection.search', 'كارهايي كه', { replace: true });
    const rows = await listRows(page);
    assert.deepEqual(rows.map((r) => r.company), ['doctoreto']);
    await click(page, `collection.row.0.${rows[0].id}`);
    const state = await waitForState(page, (s) => s.openId === rows[0].id && /^record\.section\.\d+\.item\.\d+$/.test(s.searchHit),
                                     'doctoreto opened at its note');
    await waitInViewport(page, state.searchHit);
    const hit = await anchor(page, 'search.hit');
    const shot = await screenshot(page);
    fs.writeFileSync(path.join(ctx.artifacts, 'search-hit.png'), await page.screenshot());
    // The hit's field is marked in the highlight colour (amber) on its border.
    const [r, g, b] = shot.pixel(hit.x + hit.w / 2, hit.y);
    assert.ok(r > 200 && g > 150 && b < 80, `the hit's field is not highlighted (${r},${g},${b})`);
    // And the wrapped line holding the words is marked inside it.
    const line = await anchor(page, 'search.hit.text');
    assert.ok(line.y >= hit.y && line.y + line.h <= hit.y + hit.h && line.w > 20, JSON.stringify({ line, hit }));
    await context.close();
  },

  async 'a record not in the filtered list is not left open beside it'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await drop(page, [['doctoreto.md', read(ctx, 'doctoreto.md')], ['gharar.md', read(ctx, 'gharar.md')]]);
    await openRecord(page, 'gharar');
    await typeInto(page, 'collection.search', 'doctoreto');
    await waitForState(page, (s) => s.openId === '', 'the hidden record closed');
    assert.ok(!(await anchors(page))['record.company'], 'the record editor is still shown');
    await context.close();
  },

  async 'the question bank opens a record scrolled to the question it lists'(ctx) {
    await questionBankOpensDoctoreto(ctx, { collapsed: false });
  },

  async 'a search hit inside a collapsed section opens the section and scrolls to the highlighted hit'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await drop(page, [['doctoreto.md', read(ctx, 'doctoreto.md')], ['gharar.md', read(ctx, 'gharar.md')]]);
    const doctoreto = await openRecord(page, 'doctoreto');
    await collapseQuestions(page);
    // doctoreto's closing note, in a stage section now collapsed.
    await typeInto(page, 'collection.search', 'كارهايي كه');
    const rows = await listRows(page);
    assert.deepEqual(rows.map((r) => r.company), ['doctoreto']);
    await click(page, `collection.row.0.${doctoreto}`);
    const state = await waitForState(page, (s) => s.openId === doctoreto && /^record\.section\.\d+\.item\.\d+$/.test(s.searchHit),
                                     'doctoreto opened at its note');
    await waitInViewport(page, state.searchHit);
    const hit = await anchor(page, 'search.hit');
    const words = await anchor(page, 'search.hit.text');
    assert.ok(words.y >= hit.y && words.y + words.h <= hit.y + hit.h && words.w > 20, JSON.stringify({ words, hit }));
    await context.close();
  },

  async 'the question bank opens a collapsed section to show the question it lists'(ctx) {
    await questionBankOpensDoctoreto(ctx, { collapsed: true });
  },

  async 'a search hit in a persian one-line field marks the matched words where they are drawn, in pieces across latin words'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const local = 'اسنپ فود Snapp Food';
    await drop(page, [['snapp.md', recordNamed(ctx, `Snapp | ${local}`, 'Go developer')]]);
    const id = (await debugState(page)).records[0].id;
    const columnsFor = async (search) => {
      const at = Buffer.from(local.slice(0, local.indexOf(search))).length;
      await typeInto(page, 'collection.search', search, { replace: true });
      await click(page, `collection.row.0.${id}`);
      await waitForState(page, (s) => s.openId === id && s.searchHit === 'record.company.local' && s.searchHitSpan[0] === at,
                         `opened at "${search}" in the persian name`);
      await waitInViewport(page, 'record.company.local');
      const field = await anchor(page, 'record.company.local');
      const shot = await screenshot(page);
      fs.writeFileSync(path.join(ctx.artifacts, `search-hit-rtl-${at}.png`), await page.screenshot({ clip: { x: field.x - 4, y: field.y - 4, width: field.w + 8, height: field.h + 8 } }));
      return markedColumns(shot, field);
    };
    // The first Persian word is drawn last, at the right end: marked there, not at the left.
    let seen = await columnsFor('اسنپ');
    assert.equal(seen.marked.length, 1, JSON.stringify(seen.marked));
    assert.ok(seen.marked[0][1] >= seen.ink[1] - 2 && seen.marked[0][0] > seen.ink[0] + 20, JSON.stringify(seen));
    // Visually "Snapp Food دوف پنسا": "فود Snapp" is two pieces, Snapp at the left end and فود
    // after Food, with Food and اسنپ unmarked.
    seen = await columnsFor('فود Snapp');
    assert.equal(seen.marked.length, 2, JSON.stringify(seen.marked));
    const [snapp, persian] = seen.marked;
    assert.ok(snapp[0] <= seen.ink[0] + 2, `Snapp is not marked from the left end: ${JSON.stringify(seen)}`);
    assert.ok(persian[1] < seen.ink[1] - 10, `اسنپ is marked: ${JSON.stringify(seen)}`);
    assert.ok(seen.inkColumns.some((x) => x > snapp[1] && x < persian[0]), `Food is marked: ${JSON.stringify(seen)}`);
    assert.ok(seen.inkColumns.filter((x) => x >= persian[0] && x <= persian[1]).length > 8, `no Persian letters under the mark: ${JSON.stringify(seen)}`);
    await context.close();
  },

  async 'importing many files gives one summary (imported, replaced, skipped, failed with reasons) the duplicate prompt does not cover'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const doctoreto = read(ctx, 'doctoreto.md');
    await drop(page, [['doctoreto.md', doctoreto]]);
    await drop(page, [['doctoreto.md', doctoreto.replace('8/10', '3/10')], ['gharar.md', read(ctx, 'gharar.md')],
                      ['broken.json', '{ "schema": ']]);
    let shown = await anchors(page);
    assert.ok(shown['duplicate.window'], 'no question asked about the duplicate');
    assert.ok(!shown['import.window'], 'the summary is shown under the duplicate prompt');
    await click(page, 'duplicate.replace');
    const state = await waitForState(page, (s) => s.showImportReport, 'the import summary');
    assert.equal(state.importReport[0], '3 files: 1 record imported, 1 replaced, 1 file failed.');
    assert.ok(state.importReport.some((line) => line.startsWith('broken.json:')), state.importReport.join('\n'));
    shown = await anchors(page);
    assert.ok(shown['import.window'] && !shown['duplicate.window'], 'the summary is not on screen alone');
    assert.ok((await debugState(page)).records.some((r) => r.score === 3), 'not replaced');
    await context.close();
  },

  async 'a mixed persian and latin company name is drawn shaped in the list, short of the date, and emoji fall back to the emoji font'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const mixed = 'Snapp اسنپ فود Food';
    await drop(page, [['mixed.md', recordNamed(ctx, mixed, 'Go developer')],
                      ['rocket.md', recordNamed(ctx, 'Rocket 🚀', 'Go developer')],
                      ['question.md', recordNamed(ctx, 'Rocket ?', 'Go developer')]]);
    const rows = await listRows(page);
    const rowOf = (company) => rows.find((r) => r.company === company);
    let shot = await screenshot(page);
    fs.writeFileSync(path.join(ctx.artifacts, 'list-mixed-names.png'), await page.screenshot());
    // The rocket is drawn, not the "?" a missing glyph gives.
    const rocket = inkMask(shot, await anchor(page, `collection.company.${rowOf('Rocket 🚀').row}`));
    const question = inkMask(shot, await anchor(page, `collection.company.${rowOf('Rocket ?').row}`));
    assert.ok(likeness(rocket, question) < 0.8, `🚀 is drawn as "?" (likeness ${likeness(rocket, question).toFixed(2)})`);
    // The names stop short of the date on every row.
    for (const r of rows) {
      const names = await anchor(page, `collection.names.${r.row}`);
      const date = await anchor(page, `collection.date.${r.row}`);
      assert.ok(names.x + names.w <= date.x, `${r.company}: the names run into the date`);
    }
    // The list draws the mixed name as the record's own field does (FriBidi shaped and reordered).
    const listed = inkMask(shot, await anchor(page, `collection.company.${rowOf(mixed).row}`));
    await click(page, `collection.row.${rowOf(mixed).row}.${rowOf(mixed).id}`);
    await waitForState(page, (s) => s.openId === rowOf(mixed).id, 'the mixed record open');
    shot = await screenshot(page);
    const field = await anchor(page, 'record.company');
    const inField = inkMask(shot, { x: field.x + 2, y: field.y + 2, w: field.w - 4, h: field.h - 4 });
    const same = likeness(listed, inField);
    // Shaped: 0.94; drawn in logical order, unjoined (the bug): 0.51.
    assert.ok(same > 0.8, `the list's name is not drawn as the field's (likeness ${same.toFixed(2)})`);
    // And the emoji in the field too.
    await click(page, `collection.row.${rowOf('Rocket 🚀').row}.${rowOf('Rocket 🚀').id}`);
    await waitForState(page, (s) => s.openId === rowOf('Rocket 🚀').id, 'the rocket record open');
    shot = await screenshot(page);
    const rocketField = await anchor(page, 'record.company');
    const fieldRocket = inkMask(shot, { x: rocketField.x + 2, y: rocketField.y + 2, w: rocketField.w - 4, h: rocketField.h - 4 });
    assert.ok(likeness(fieldRocket, rocket) > 0.6, 'the field draws the rocket otherwise than the list');
    await context.close();
  },
};

// Node labels against their boxes in a PNG of the chart: the dark pixels of each box's row band
// outside the box (a label spilling out), counted.
function spilledInk(png, svg, scale) {
  const boxes = [...svg.matchAll(/<g class="node[^"]*"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)]
    .map((m) => m.slice(1, 5).map(Number));
  assert.ok(boxes.length >= 3, `no boxes found in the SVG:\n${svg.slice(0, 800)}`);
  const spills = [];
  for (const [x, y, w, h] of boxes) {
    let dark = 0;
    for (let py = Math.ceil((y + 3) * scale); py < (y + h - 3) * scale; py++) {
      for (const [from, to] of [[x - 60, x - 3], [x + w + 3, x + w + 60]]) {
        for (let px = Math.max(0, Math.ceil(from * scale)); px < Math.min(png.width, to * scale); px++) {
          const o = (py * png.width + px) * 4;  // the PNG is transparent where nothing is drawn
          const [r, g, b, a] = png.pixels.subarray(o, o + 4);
          if (a > 128 && r + g + b < 3 * 160) dark++;
        }
      }
    }
    if (dark) spills.push(`box at ${x},${y}: ${dark} px`);
  }
  return spills;
}

tests['node labels stay inside their boxes in the exported PNG and SVG'] = async (ctx) => {
  const { context, page } = await newPage(ctx);
  await openApp(page, ctx.url);
  // Nodes with no arrows between them: any ink beside a box is its label's.
  const chart = 'flowchart LR\n    a(WWW Technical Interview MMM)\n    b(مصاحبه فنی با مدیرعامل شرکت)\n    c(Task 🚀 Mixed فنی WWW)\n';
  const record = recordNamed(ctx, 'Labels', 'Go developer').replace(/```mermaid\n[\s\S]*?```/, '```mermaid\n' + chart + '```');
  await drop(page, [['labels.md', record]]);
  await waitForState(page, (s) => s.flowchartNodes === 3, 'the chart laid out');
  const svg = (await download(page, () => click(page, 'record.process.svg'))).text;
  const [png] = await Promise.all([page.waitForEvent('download'), click(page, 'record.process.png')]);
  const bytes = fs.readFileSync(await png.path());
  fs.writeFileSync(path.join(ctx.artifacts, 'export-labels.png'), bytes);
  const spills = spilledInk(PNG.decode(bytes), svg, 2);
  assert.deepEqual(spills, [], 'labels spill out of their boxes in the PNG');
  await context.close();
};

tests['statistics count apply ways case- and spelling-insensitively (jobinja/Jobinja), with the most common spelling'] = async (ctx) => {
  const { context, page } = await newPage(ctx);
  await openApp(page, ctx.url);
  const withWays = (company, ways) => recordNamed(ctx, company, 'Go developer').replace('Jobinja & Jobvision', ways);
  await drop(page, [['a.md', withWays('A', 'Jobinja & Jobvision')], ['b.md', withWays('B', 'jobinja')],
                    ['c.md', withWays('C', 'Jobinja & LinkedIn')], ['d.md', withWays('D', 'Linkedin')]]);
  await click(page, 'tab.statistics');
  const state = await waitForState(page, (s) => s.stats.records === 4, 'the statistics of four records');
  assert.deepEqual(state.stats.applyWays, { Jobinja: 3, Jobvision: 1, LinkedIn: 2 });
  await context.close();
};

tests['statistics labels and counts are not cut at the right edge'] = async (ctx) => {
  const { context, page } = await newPage(ctx, { viewport: { width: 1024, height: 700 } });
  await openApp(page, ctx.url);
  await drop(page, [['doctoreto.md', read(ctx, 'doctoreto.md')], ['gharar.md', read(ctx, 'gharar.md')],
                    ['dpkharazmi.md', read(ctx, 'dpkharazmi.md')]]);
  await click(page, 'tab.statistics');
  await waitForState(page, (s) => s.stats.records === 3, 'the statistics of three records');
  const shot = await screenshot(page);
  fs.writeFileSync(path.join(ctx.artifacts, 'statistics-narrow.png'), await page.screenshot());
  // Each funnel row ("2  67% of the stage before") ends before its row does: nothing drawn in the
  // row's last pixels, where a cut text would run to the edge.
  const all = await anchors(page);
  const rows = Object.keys(all).filter((k) => /^stats\.funnel\.\d+$/.test(k));
  assert.ok(rows.length === 6, rows.join(', '));
  for (const name of rows) {
    const [x, y, w, h] = all[name];
    const background = shot.pixel(x + w - 1, y - 2);
    let ink = 0;
    for (let py = Math.ceil(y + 2); py < y + h - 2; py++) {
      for (let px = Math.floor(x + w - 8); px < x + w; px++) {
        const p = shot.pixel(px, py);
        if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) > 120) ink++;
      }
    }
    assert.equal(ink, 0, `${name}: its text runs to the row's right edge (cut)`);
  }
  await context.close();
};
