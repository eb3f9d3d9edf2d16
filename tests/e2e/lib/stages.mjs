// Building the process through the stage list, as a user does it (tests/e2e/process.test.mjs and
// whole_record.test.mjs).
import { click, waitForState } from './app.mjs';

// "Add a stage after the last one reached", then the new stage's name typed straight away (the
// field opens on it with its placeholder selected) and Enter. Returns the name field's anchor.
export async function addStage(page, name) {
  await click(page, 'record.stage.add');
  const state = await waitForState(page, (s) => /^record\.stage\.\d+$/.test(s.editing), 'the new stage\'s name field open');
  await page.keyboard.type(name, { delay: 5 });
  await page.keyboard.press('Enter');  // commits the name and moves on to the next field
  await waitForState(page, (s) => s.editing !== state.editing && s.records[0].process.includes(`(${name})`), `the stage ${name} named`);
  return state.editing;
}

// Picks an outcome ("pending", "rejected", "declined", "accepted") from the process panel's combo.
export async function chooseOutcome(page, code) {
  await click(page, 'record.stage.outcome');
  await click(page, `record.stage.outcome.${code}`);
}
