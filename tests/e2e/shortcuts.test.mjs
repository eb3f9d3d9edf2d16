// The app's shortcuts while the focus is in a text field (the browser's text box over it): they
// reach the app after the field's text is committed, and the browser's own meaning never fires;
// undo and redo are the field's while it has typing to undo, then the app's.
import assert from 'node:assert/strict';
import { openApp, click, settle, debugState, typeInto, newPage, download, waitForState, anchors } from './lib/app.mjs';

const SAMPLE_POSITION = 'Back-End Developer (Go)';
const position = async (page) => (await debugState(page)).records[0].position;

// A fresh page with the sample record, its position field being edited.
async function samplePositionBeingEdited(ctx) {
  const { context, page } = await newPage(ctx);
  await openApp(page, ctx.url);
  await click(page, 'collection.empty.sample');
  await click(page, 'record.position');
  return { context, page };
}

export const tests = {
  async 'Ctrl+S from inside a field downloads the record with the typed text'(ctx) {
    const { context, page } = await samplePositionBeingEdited(ctx);
    await page.keyboard.type(' (remote)');  // no wait: Ctrl+S itself commits what was typed
    const file = await download(page, () => page.keyboard.press('Control+S'));
    assert.equal(file.name, 'example-labs-back-end-developer-go-remote.md');  // named after the text typed
    assert.match(file.text, /^## Back-End Developer \(Go\) \(remote\)$/m);
    // The field is still being edited, with the text typed.
    const state = await debugState(page);
    assert.equal(state.editing, 'record.position');
    assert.equal(await page.evaluate(() => document.activeElement.value), `${SAMPLE_POSITION} (remote)`);
    await context.close();
  },

  async 'Ctrl+O from inside a field opens the file picker'(ctx) {
    const { context, page } = await samplePositionBeingEdited(ctx);
    const chooser = page.waitForEvent('filechooser');
    await settle(page, 1);  // a round trip after the line above: Playwright intercepts the picker from here on
    await page.keyboard.press('Control+O');
    await chooser;
    await context.close();
  },

  async 'Ctrl+F from inside a field opens the search, and what is typed next searches'(ctx) {
    const { context, page } = await samplePositionBeingEdited(ctx);
    await page.keyboard.type('!');
    await page.keyboard.press('Control+F');
    await waitForState(page, (s) => s.editing === 'collection.search', 'the search field being edited');
    assert.equal(await position(page), `${SAMPLE_POSITION}!`);  // the field's text was committed
    await page.keyboard.type('no-such-record-anywhere');
    await settle(page, 3);
    assert.ok(!(await anchors(page))['collection.item.0'], 'the search did not get the typing');
    assert.equal(await position(page), `${SAMPLE_POSITION}!`);
    await context.close();
  },

  async 'Ctrl+Z in a field undoes the field\'s typing first, then the app\'s history; Ctrl+Shift+Z in a field redoes it'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    const company = (await debugState(page)).records[0].company;
    await typeInto(page, 'record.company', 'Acme', { replace: true });
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.records[0].company === 'Acme' && s.editing === '', 'the company edited');
    await click(page, 'record.position');
    await page.keyboard.type('-senior');
    await waitForState(page, (s) => s.records[0].position === `${SAMPLE_POSITION}-senior`, 'the typing');
    // First the field's own typing.
    await page.keyboard.press('Control+Z');
    let state = await waitForState(page, (s) => s.records[0].position === SAMPLE_POSITION, 'the typing undone');
    assert.equal(state.records[0].company, 'Acme');
    assert.equal(state.editing, 'record.position');
    // Redone in the field (it has an undo of its own to redo), and undone again.
    await page.keyboard.press('Control+Shift+Z');
    await waitForState(page, (s) => s.records[0].position === `${SAMPLE_POSITION}-senior`, 'the typing redone in the field');
    await page.keyboard.press('Control+Z');
    state = await waitForState(page, (s) => s.records[0].position === SAMPLE_POSITION, 'the typing undone again');
    assert.equal(state.records[0].company, 'Acme');
    // Then the app's history: the company edit.
    await page.keyboard.press('Control+Z');
    state = await waitForState(page, (s) => s.records[0].company === company, 'the company edit undone');
    assert.equal(state.records[0].position, SAMPLE_POSITION);
    // Redone from inside a field with nothing of its own to redo.
    await click(page, 'record.position');
    await waitForState(page, (s) => s.editing === 'record.position', 'the field being edited');
    await page.keyboard.press('Control+Shift+Z');
    state = await waitForState(page, (s) => s.records[0].company === 'Acme', 'the company edit redone');
    assert.equal(state.records[0].position, SAMPLE_POSITION);
    await context.close();
  },

  async 'Escape leaves the field and keeps the text typed'(ctx) {
    const { context, page } = await samplePositionBeingEdited(ctx);
    await page.keyboard.type(' II');
    await page.keyboard.press('Escape');
    const state = await waitForState(page, (s) => s.editing === '', 'the field left');
    assert.equal(state.records[0].position, `${SAMPLE_POSITION} II`);
    assert.notEqual(await page.evaluate(() => document.activeElement.className), 'jn-text-overlay');
    await context.close();
  },
};
