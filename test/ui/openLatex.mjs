// Step "open-latex": open the example LaTeX project at main.tex with Ctrl+P, as a user would, and wait until the
// extension has activated and analysed the draft: its deadline item is in the status bar and the title carries the
// topic-fit lens.
import { clearVisibleToasts, dismissToast, openFile, statusItem, waitForWorkbench } from './workbench.mjs';

/** The id VS Code gives the extension's status bar item: `<publisher>.<name>.<item id>`. */
export const DEADLINE_ITEM = 'biofm.biofm-writer.biofm.deadline';

/**
 * @param {{ reminder?: string }} [options] reminder: text of the deadline reminder this clock must show (it is
 *   waited for, checked and dismissed, since it would cover the editor in every screenshot).
 * @returns {import('./scenario.mjs').Step}
 */
export function openLatexStep({ reminder } = {}) {
  return {
    name: 'open-latex',
    async run({ page, shot }) {
      await waitForWorkbench(page, 'latex');
      await openFile(page, { query: 'main.tex', fileName: 'main.tex', shows: 'documentclass', language: 'LaTeX' });
      await statusItem(page, DEADLINE_ITEM).waitFor();
      // The lens on \title appears once the whole project (main.tex and its \input sections) has been analysed.
      await page.locator('.codelens-decoration', { hasText: /Fits topics .* — scope report/ }).waitFor();
      if (reminder) {
        const message = await dismissToast(page, reminder);
        console.log(`[ui] deadline reminder shown and dismissed: ${message}`);
      }
      await clearVisibleToasts(page);
      await shot('open-latex.png');
    },
  };
}
