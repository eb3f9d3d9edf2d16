// Building the process from the stage list (issue 17, "Building the process"): stages added and
// removed keep one chain in the book's style; a check on a stage row, the outcome and the status row
// are one edit; a status warning offers its fix. Each test is named after the bug it pins.
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, anchors, click, debugState, typeInto, newPage, waitForState } from './lib/app.mjs';
import { addStage, chooseOutcome } from './lib/stages.mjs';

// A new record's chart, as the app makes it.
const NEW_CHART = 'flowchart LR\n    sr(Send Resume) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)';

async function newRecord(ctx) {
  const { context, page } = await newPage(ctx);
  await openApp(page, ctx.url);
  await click(page, 'collection.empty.new');
  await waitForState(page, (s) => s.records.length === 1 && s.records[0].process === NEW_CHART, 'a new record');
  return { context, page };
}

const record = async (page) => (await debugState(page)).records[0];

export const tests = {
  async 'three stages added after the last one reached come out in the order added, one chain, with up and down shown and each name typed at once'(ctx) {
    const { context, page } = await newRecord(ctx);
    const fields = [];
    for (const name of ['Screening', 'Live Coding', 'Task']) fields.push(await addStage(page, name));
    assert.deepEqual(fields, ['record.stage.1', 'record.stage.2', 'record.stage.3']);
    assert.equal((await record(page)).process,
                 'flowchart LR\n    sr(Send Resume) --> s1(Screening) --> s2(Live Coding) --> s3(Task) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)');
    const shown = await anchors(page);
    for (let i = 0; i < 7; i++) assert.ok(shown[`record.stage.${i}.up`] && shown[`record.stage.${i}.down`], `no up and down on stage ${i}`);
    await page.screenshot({ path: path.join(ctx.artifacts, 'process-three-stages.png') });
    await context.close();
  },

  async 'removing a middle stage keeps the chain in order'(ctx) {
    const { context, page } = await newRecord(ctx);
    for (const name of ['Screening', 'Live Coding', 'Task']) await addStage(page, name);
    await click(page, 'record.stage.2.remove');
    await waitForState(page, (s) => !s.records[0].process.includes('Live Coding'), 'Live Coding removed');
    assert.equal((await record(page)).process,
                 'flowchart LR\n    sr(Send Resume) --> s1(Screening) --> s3(Task) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)');
    assert.ok((await anchors(page))['record.stage.1.up'], 'up and down gone');
    await context.close();
  },

  async 'Rejected here with HR Call, Technical Interview and Task reached puts the rejection after Task, adds ❌ and ends "In progress"; Still waiting removes it'(ctx) {
    const { context, page } = await newRecord(ctx);
    await click(page, 'record.stage.2.reached');  // HR Call and Technical Interview
    await waitForState(page, (s) => s.records[0].status === '📜📞🔧', 'HR Call and Technical Interview reached');
    await addStage(page, 'Task');
    let r = await record(page);
    assert.equal(r.process, 'flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --> s1(Task) -.-> o(Offer)');
    assert.equal(r.status, '📜📞🔧📝');
    assert.equal(r.outcome, 'In progress');
    await chooseOutcome(page, 'rejected');
    r = await waitForState(page, (s) => s.records[0].status.endsWith('❌'), 'the rejection').then((s) => s.records[0]);
    assert.equal(r.process, 'flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --> s1(Task) --rejected--x o(Offer)');
    assert.equal(r.status, '📜📞🔧📝❌');
    assert.equal(r.outcome, 'Not this time');
    const disagreements = (await debugState(page)).problems.filter((p) => /status row|flowchart/.test(p.message));
    assert.deepEqual(disagreements, [], 'the status row and the chart disagree');
    await page.screenshot({ path: path.join(ctx.artifacts, 'process-rejected.png') });
    await chooseOutcome(page, 'pending');
    r = await waitForState(page, (s) => !s.records[0].status.endsWith('❌'), 'the rejection taken back').then((s) => s.records[0]);
    assert.equal(r.process, 'flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --> s1(Task) -.-> o(Offer)');
    assert.equal(r.status, '📜📞🔧📝');
    assert.equal(r.outcome, 'In progress');
    await context.close();
  },

  async 'an offer and a withdrawal are written as the book writes them, ✅ and ❎ on the status row'(ctx) {
    const { context, page } = await newRecord(ctx);
    await click(page, 'record.stage.2.reached');
    await waitForState(page, (s) => s.records[0].status === '📜📞🔧', 'Technical Interview reached');
    await chooseOutcome(page, 'accepted');
    let r = await waitForState(page, (s) => s.records[0].status.endsWith('✅'), 'the offer').then((s) => s.records[0]);
    assert.equal(r.process, 'flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --Accepted--> o(Offer)');
    assert.equal(r.outcome, 'Offer');
    await chooseOutcome(page, 'declined');
    r = await waitForState(page, (s) => s.records[0].status.endsWith('❎'), 'the withdrawal').then((s) => s.records[0]);
    assert.equal(r.process, 'flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --declined--x o(Offer)');
    assert.equal(r.status, '📜📞🔧❎');
    assert.equal(r.outcome, 'I declined');
    await context.close();
  },

  async 'a check on a stage row marks it reached in the chart and on the status row, and unchecking takes it back'(ctx) {
    const { context, page } = await newRecord(ctx);
    await click(page, 'record.stage.1.reached');
    let r = await waitForState(page, (s) => s.records[0].status === '📜📞', 'HR Call reached').then((s) => s.records[0]);
    assert.equal(r.process, 'flowchart LR\n    sr(Send Resume) --> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)');
    await click(page, 'record.stage.1.reached');
    r = await waitForState(page, (s) => s.records[0].status === '📜', 'HR Call not reached').then((s) => s.records[0]);
    assert.equal(r.process, NEW_CHART);
    await context.close();
  },

  async 'a status row that disagrees with the chart offers Fix, which mends it and is undone with Ctrl+Z'(ctx) {
    const { context, page } = await newRecord(ctx);
    await typeInto(page, 'record.process.source',
                   'flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x o(Offer)', { replace: true });
    await page.keyboard.press('Escape');
    const state = await waitForState(page, (s) => s.editing === '' && s.problems.some((p) => p.fix), 'a problem with a fix');
    const index = state.problems.findIndex((p) => p.fix);
    await click(page, 'record.problems');  // one line with the count, opened on a click
    await click(page, `record.problem.${index}.fix`);
    let r = await waitForState(page, (s) => s.records[0].status === '📜📞🔧❌', 'the status row fixed').then((s) => s.records[0]);
    assert.ok(!(await debugState(page)).problems.some((p) => p.fix), 'a fix is still offered');
    await page.keyboard.press('Control+Z');
    r = await waitForState(page, (s) => s.records[0].status === '📜', 'the fix undone').then((s) => s.records[0]);
    assert.match(r.process, /--rejected--x/);
    await context.close();
  },
};
