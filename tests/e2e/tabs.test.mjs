// Storage never loses an edit: two real pages of one browser context share localStorage, as two
// tabs do. Each test races the tabs the way journal.h's rules name; where a race needs a tab that
// cannot save yet, or has not heard the other's write yet, the test holds that tab's storage
// (holdWrites) or its storage events (holdEvents), then lets go, and waits for a state.
import assert from 'node:assert/strict';
import { openApp, anchors, click, debugState, typeInto, waitSaved, waitForState, storedRecords, download, STATE_TIMEOUT_MS } from './lib/app.mjs';

const PREFIX = 'jobname-studio/';

// Switches a page can flip: `jnHoldWrites` makes every write to localStorage fail as in private
// mode (the journal keeps its edits unsaved); `jnHoldEvents` keeps other tabs' storage events
// from the app, as if they had not arrived yet; `jnStorageEvents` counts the ones that came.
function installSwitches() {
  window.jnHoldWrites = false;
  window.jnHoldEvents = false;
  window.jnStorageEvents = 0;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.jnHoldWrites) throw new DOMException('held by the test', 'SecurityError');
    return setItem.call(this, key, value);
  };
  window.addEventListener('storage', (event) => {
    window.jnStorageEvents++;
    if (window.jnHoldEvents) event.stopImmediatePropagation();
  }, { capture: true });
}

// Two tabs on the same storage, both showing the same saved record (the sample).
async function twoTabs(ctx) {
  const context = await ctx.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await context.addInitScript(installSwitches);
  const a = await context.newPage(), b = await context.newPage();
  await openApp(a, ctx.url);
  await a.bringToFront();  // a background tab gets no animation frames
  await click(a, 'collection.empty.sample');
  await waitSaved(a);
  await openApp(b, ctx.url);
  await b.bringToFront();
  await waitForState(b, (state) => state.records.length === 1, 'the sample in the second tab');
  return { context, a, b };
}

async function front(page) {
  await page.bringToFront();
  await page.mouse.move(5, 5);
}

function setSwitch(page, name, value) {
  return page.evaluate(([n, v]) => { window[n] = v; }, [name, value]);
}

function positions(state) {
  return state.records.map((r) => r.position).sort();
}

export const tests = {
  async 'a stored index with "schema": "2" or null is set aside and rebuilt from the records (every start aborted)'(ctx) {
    for (const index of ['{"schema": "2", "ids": ["r1"]}', '{"schema": null}', 'null']) {
      const context = await ctx.browser.newContext({ viewport: { width: 1200, height: 800 } });
      const record = JSON.stringify({ format: 'jobname-record', version: 1, company: { name: 'Kept' }, createdMs: 1, updatedMs: 1 });
      await context.addInitScript(([indexText, recordText]) => {
        if (localStorage.getItem('jobname-studio/record/r1')) return;
        localStorage.setItem('jobname-studio/index', indexText);
        localStorage.setItem('jobname-studio/record/r1', recordText);
      }, [index, record]);
      const page = await context.newPage();
      await openApp(page, ctx.url);
      const state = await waitForState(page, (s) => s.records.length === 1, 'the record, loaded without the index');
      assert.equal(state.records[0].company, 'Kept');
      assert.match(state.notice, /set aside under 'jobname-studio\/quarantine\/index'/, index);
      const stored = await storedRecords(page);
      assert.equal(stored[`${PREFIX}quarantine/index`], index, 'the malformed index is kept byte for byte');
      await waitSaved(page);
      assert.deepEqual(JSON.parse((await storedRecords(page))[`${PREFIX}index`]).ids, ['r1'], 'the index is rebuilt');
      await context.close();
    }
  },

  async 'an unsaved edit is not dropped when the other tab stores a newer copy'(ctx) {
    const { context, a, b } = await twoTabs(ctx);
    await front(a);
    await setSwitch(a, 'jnHoldWrites', true);
    await typeInto(a, 'record.position', 'Edited in A', { replace: true });
    await waitForState(a, (s) => s.dirty && s.records[0].position === 'Edited in A', 'an unsaved edit in A');
    await front(b);
    await typeInto(b, 'record.position', 'Edited in B', { replace: true });
    await waitSaved(b);
    await front(a);
    const state = await waitForState(a, (s) => s.records.length === 2, 'a conflict copy in A');
    assert.deepEqual(positions(state), ['Edited in A (conflict copy)', 'Edited in B']);
    assert.match(state.notice, /changed in another tab while you edited it here/);
    await setSwitch(a, 'jnHoldWrites', false);
    await waitSaved(a);
    await front(b);
    const other = await waitForState(b, (s) => s.records.length === 2, 'the conflict copy in B');
    assert.deepEqual(positions(other), ['Edited in A (conflict copy)', 'Edited in B']);
    await context.close();
  },

  async 'a tab that saved first is not silently overwritten by a newer write'(ctx) {
    const { context, a, b } = await twoTabs(ctx);
    await setSwitch(b, 'jnHoldEvents', true);  // B has not heard of A's save when it saves its own
    await front(a);
    await typeInto(a, 'record.position', 'Saved first in A', { replace: true });
    await waitSaved(a);
    await b.waitForFunction(() => window.jnStorageEvents > 0, null, { timeout: STATE_TIMEOUT_MS });
    await front(b);
    await typeInto(b, 'record.position', 'Saved later in B', { replace: true });
    const state = await waitForState(b, (s) => !s.dirty && s.records.length === 2, 'both versions saved by B');
    assert.deepEqual(positions(state), ['Saved first in A (conflict copy)', 'Saved later in B']);
    assert.match(state.notice, /yours, the newer, stays; theirs is kept as/);
    const stored = Object.values(await storedRecords(b)).join('\n');
    assert.match(stored, /Saved first in A/, 'A\u2019s version is in the storage');
    await context.close();
  },

  async 'a deletion does not erase another tab\u2019s newer edit, and leaves a tombstone with its time'(ctx) {
    const { context, a, b } = await twoTabs(ctx);
    const id = (await debugState(a)).records[0].id;
    await front(a);
    await setSwitch(a, 'jnHoldWrites', true);
    await click(a, 'menu.edit');
    await click(a, 'menu.edit.delete');
    await waitForState(a, (s) => s.records.length === 0 && s.dirty, 'an unsaved deletion in A');
    await front(b);
    await typeInto(b, 'record.position', 'Edited after the deletion', { replace: true });
    await waitSaved(b);
    await front(a);
    const state = await waitForState(a, (s) => s.records.length === 1, 'the record back in A');
    assert.equal(state.records[0].position, 'Edited after the deletion');
    assert.match(state.notice, /changed in another tab after you deleted it here: it is kept/);
    await setSwitch(a, 'jnHoldWrites', false);
    await waitSaved(a);
    assert.ok((await storedRecords(a))[`${PREFIX}record/${id}`], 'the record is still stored');
    // A deletion nobody contests: the record goes, a tombstone with its time stays, B follows.
    await click(a, 'menu.edit');
    await click(a, 'menu.edit.delete');
    await waitSaved(a);
    const stored = await storedRecords(a);
    assert.equal(stored[`${PREFIX}record/${id}`], undefined);
    assert.ok(Number.isInteger(JSON.parse(stored[`${PREFIX}deleted/${id}`]).deletedMs), 'no tombstone time');
    await front(b);
    await waitForState(b, (s) => s.records.length === 0, 'the deletion in B');
    await context.close();
  },

  async 'another tab\u2019s write wakes an idle tab (the storage event wakes the loop)'(ctx) {
    const { context, a, b } = await twoTabs(ctx);
    await front(b);
    await b.waitForFunction(() => window.jobnameStudio.idle === true, null, { timeout: STATE_TIMEOUT_MS });
    const id = (await debugState(b)).records[0].id;
    // A writes the record as a newer version would (no frames needed in A); B gets no input.
    await a.evaluate((key) => {
      const record = JSON.parse(localStorage.getItem(key));
      record.position = 'Written by the other tab';
      record.updatedMs += 1000;
      localStorage.setItem(key, JSON.stringify(record));
    }, `${PREFIX}record/${id}`);
    // Polled without drawing: only the woken loop can bring the change in.
    await b.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._jn_debug_state()))
      .records.some((r) => r.position === 'Written by the other tab'), null, { timeout: STATE_TIMEOUT_MS });
    await context.close();
  },

  async 'a journal of a newer schema opens read-only, says why and offers an export; nothing is written'(ctx) {
    const context = await ctx.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const record = JSON.stringify({ format: 'jobname-record', version: 1, company: { name: 'Future' }, position: 'Kept as is', createdMs: 1, updatedMs: 1 });
    await context.addInitScript(([recordText]) => {
      if (localStorage.getItem('jobname-studio/record/r1')) return;
      localStorage.setItem('jobname-studio/index', JSON.stringify({ schema: 2, ids: ['r1'], open: 'r1', future: true }));
      localStorage.setItem('jobname-studio/record/r1', recordText);
    }, [record]);
    const page = await context.newPage();
    await openApp(page, ctx.url);
    const before = await storedRecords(page);
    const state = await waitForState(page, (s) => s.readOnly, 'a read-only journal');
    assert.match(state.readOnlyReason, /newer version of Jobname Studio.*schema 2/);
    assert.ok((await anchors(page))['banner.readonly'], 'no banner');
    assert.equal(state.notice, '', 'the banner\u2019s sentence is said once, not again as a notice');
    // An edit is refused with a notice that says why; the field keeps the stored text.
    await typeInto(page, 'record.position', 'Changed');
    await click(page, 'collection.new');
    const after = await debugState(page);
    assert.equal(after.records.length, 1);
    assert.equal(after.records[0].position, 'Kept as is');
    assert.equal(after.dirty, false);
    assert.match(after.notice, /^Not changed: this journal was written by a newer version of Jobname Studio/);
    const bundle = await download(page, () => click(page, 'banner.readonly.button'));
    assert.equal(JSON.parse(bundle.text).records[0].position, 'Kept as is');
    // Closing the tab writes nothing either.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    assert.deepEqual(await storedRecords(page), before, 'the storage was changed');
    await context.close();
  },

  async 'set-aside data is listed with restore, export and delete'(ctx) {
    const context = await ctx.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const restorable = JSON.stringify({ format: 'jobname-record', version: 1, company: { name: 'Restored' }, createdMs: 1, updatedMs: 1 });
    await context.addInitScript(([good]) => {
      if (localStorage.getItem('jobname-studio/index')) return;
      localStorage.setItem('jobname-studio/index', JSON.stringify({ schema: 1, ids: ['bad'] }));
      localStorage.setItem('jobname-studio/record/bad', '{"format": "jobname-record", "version": 1, "company": ');
      localStorage.setItem('jobname-studio/quarantine/earlier', good);
    }, [restorable]);
    const page = await context.newPage();
    await openApp(page, ctx.url);
    await waitForState(page, (s) => s.setAside.length === 2, 'two set-aside keys');
    await click(page, 'menu.file');
    await click(page, 'menu.file.setaside');
    const shown = await anchors(page);
    assert.ok(shown['setaside.item.0'] && shown['setaside.item.1'], 'the set-aside keys are not listed');
    // Items are in key order: 0 is "bad", 1 is "earlier".
    const exported = await download(page, () => click(page, 'setaside.item.0.export'));
    assert.equal(exported.text, '{"format": "jobname-record", "version": 1, "company": ');
    await click(page, 'setaside.item.1.restore');
    let state = await waitForState(page, (s) => s.records.some((r) => r.company === 'Restored') && s.setAside.length === 1,
                                   'the restored record');
    await click(page, 'setaside.item.0.delete');
    await click(page, 'setaside.confirm.delete');
    state = await waitForState(page, (s) => s.setAside.length === 0, 'the set-aside key deleted');
    await waitSaved(page);
    const stored = await storedRecords(page);
    assert.deepEqual(Object.keys(stored).filter((k) => k.includes('/quarantine/')), []);
    assert.match(Object.values(stored).join('\n'), /Restored/);
    await context.close();
  },
};
