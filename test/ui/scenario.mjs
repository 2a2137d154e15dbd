// The end-to-end scenario, step by step, in the real VS Code UI. Each step drives the workbench with the keyboard
// and mouse, waits on what the UI shows and saves a screenshot for the README. A failing step stops the run with its
// name and a screenshot of the screen at the failure.
//
// Two hosts are needed for the deadline, because the extension reads a fixed clock from the environment of the
// extension host (BIOFM_NOW, see src/vscode/clock.ts), which is code-server's: the first host runs at
// 2024-01-20T12:00Z, 12 days before the J-BHI FM submission deadline; the second at the real date, after every
// milestone of that call.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { citeCompletionLatexStep } from './citeCompletionLatex.mjs';
import { citeCompletionMarkdownStep } from './citeCompletionMarkdown.mjs';
import { deadlineStep } from './deadline.mjs';
import { hoverStep } from './hover.mjs';
import { openLatexStep } from './openLatex.mjs';
import { problemsStep } from './problems.mjs';
import { quickFixStep } from './quickFix.mjs';
import { scopeReportStep } from './scopeReport.mjs';
import { clearVisibleToasts, openFile, shownText, waitForWorkbench } from './workbench.mjs';

/**
 * @typedef {object} StepContext
 * @property {import('playwright-core').Page} page
 * @property {(fileName: string) => Promise<void>} shot  Saves a screenshot of the page into the screenshot folder.
 */
/** @typedef {{ name: string, run: (context: StepContext) => Promise<void> }} Step */

/** Before the deadline: the clock of the first host. */
export const CLOCK_BEFORE = '2024-01-20T12:00:00Z';

/** The steps run against the first host, whose clock is CLOCK_BEFORE. @type {Step[]} */
export const stepsBeforeDeadline = [
  openLatexStep({ reminder: 'J-BHI FM: Submission deadline is in 12 days: Thu 1 Feb 2024, 23:59 AoE (UTC−12).' }),
  // Right after opening, as for deadline-after: the same draft, and no edit pending whose analysis would update the
  // item (which closes its tooltip).
  deadlineStep({
    name: 'deadline-before',
    screenshot: 'deadline-before.png',
    text: 'J-BHI FM · 12 days left',
    tooltip: [shownText('Submission deadline', 'Thu 1 Feb 2024, 23:59', '12 days left'), shownText('Final decision', 'Mon 1 Jul 2024, 23:59'), 'Open the timeline'],
  }),
  problemsStep,
  scopeReportStep,
  citeCompletionLatexStep,
  citeCompletionMarkdownStep,
  hoverStep,
  quickFixStep,
];

/** The steps run against the second host, at the real date (after 1 Jul 2024, the call's last milestone). @type {Step[]} */
export const stepsAfterDeadline = [
  {
    name: 'open-latex-real-date',
    async run({ page }) {
      await waitForWorkbench(page, 'latex');
      await openFile(page, { query: 'main.tex', fileName: 'main.tex', shows: 'documentclass', language: 'LaTeX' });
      await page.locator('.codelens-decoration', { hasText: 'scope report' }).waitFor();
      await clearVisibleToasts(page);
    },
  },
  deadlineStep({
    name: 'deadline-after',
    screenshot: 'deadline-after.png',
    text: 'J-BHI FM · submission closed 1 Feb 2024',
    tooltip: [shownText('Submission deadline', 'Thu 1 Feb 2024, 23:59', 'passed'), 'Every date of this call has passed', 'Select a venue of your own'],
  }),
];

/**
 * Runs `steps` in order on `page`; screenshots go to `screenshotDir`, a failure's screenshot to `failureDir`.
 * @param {import('playwright-core').Page} page
 * @param {Step[]} steps
 * @param {{ screenshotDir: string, failureDir: string, log?: (line: string) => void }} options
 */
export async function runSteps(page, steps, { screenshotDir, failureDir, log = (line) => console.log(line) }) {
  await mkdir(screenshotDir, { recursive: true });
  const shot = async (/** @type {string} */ fileName) => {
    await page.screenshot({ path: path.join(screenshotDir, fileName) });
    log(`[ui]   screenshot ${path.join(path.relative(process.cwd(), screenshotDir) || '.', fileName)}`);
  };
  for (const step of steps) {
    const started = Date.now();
    log(`[ui] step ${step.name}`);
    try {
      await step.run({ page, shot });
    } catch (error) {
      const failureShot = path.join(failureDir, `failed-${step.name.replace(/[^\w.-]+/g, '_')}.png`);
      let where = '';
      try {
        await mkdir(failureDir, { recursive: true });
        await page.screenshot({ path: failureShot });
        where = `\nScreen at the failure: ${failureShot}`;
      } catch {
        // The page itself is gone; the error says why.
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`UI step "${step.name}" failed: ${message}${where}`, { cause: error });
    }
    log(`[ui]   ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
