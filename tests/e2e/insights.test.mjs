// Insights through the UI, on the whole corpus: the statistics shown, a bar listing its
// records, and the question bank with its FAQ export.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, anchors, click, settle, debugState, newPage, waitForState } from './lib/app.mjs';

async function dropCorpus(ctx, page) {
  const dir = path.join(ctx.root, 'third_party/corpus');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const [name, text] of list) transfer.items.add(new File([text], name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await waitForState(page, (state) => state.records.length === 32, 'the 32 corpus records');
  await settle(page, 3);
  if ((await anchors(page))['import.window']) await page.keyboard.press('Escape');
}

export const tests = {
  async 'the statistics of the corpus: 32 records, the stages reached, a bar lists its records'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await dropCorpus(ctx, page);
    await click(page, 'tab.statistics');
    await settle(page, 3);
    const a = await anchors(page);
    assert.ok(a['stats.records'] && a['stats.funnel.0'] && a['stats.outcomes.1'], 'statistics not drawn');
    await page.screenshot({ path: path.join(ctx.artifacts, 'statistics.png') });
    const state = await debugState(page);
    assert.equal(state.stats.records, 32);
    assert.equal(state.stats.funnel[0], 32);          // every record sent a resume
    assert.equal(state.stats.outcomes.Offer, 2);      // dpkharazmi and postex end in ✅
    assert.ok((await anchors(page))['stats.sankey'], 'no Sankey diagram');
    await click(page, 'stats.sankey');  // scrolls it into view
    await page.screenshot({ path: path.join(ctx.artifacts, 'sankey.png') });
    // A chart downloads as PNG.
    const [png] = await Promise.all([page.waitForEvent('download'), click(page, 'stats.png.outcomes')]);
    assert.equal(png.suggestedFilename(), 'outcomes.png');
    assert.equal(fs.readFileSync(await png.path()).subarray(1, 4).toString(), 'PNG');
    // Clicking the "Offer" bar lists those two records.
    await click(page, 'stats.outcomes.1');
    await settle(page, 3);
    const rows = Object.keys(await anchors(page)).filter((k) => /^collection\.item\.\d+$/.test(k));
    assert.equal(rows.length, 2);
    await context.close();
  },

  async 'the question bank groups the corpus questions and exports the FAQ'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await dropCorpus(ctx, page);
    await click(page, 'tab.questions');
    await settle(page, 3);
    assert.ok((await anchors(page))['questions.group.0'], 'no questions');
    await page.screenshot({ path: path.join(ctx.artifacts, 'question-bank.png') });
    const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'questions.export')]);
    const faq = fs.readFileSync(await file.path(), 'utf8');
    assert.match(faq, /\*\*_Tell me about yourself\._\*\*<br \/>\n\((2\d) times - /);
    await context.close();
  },
};
