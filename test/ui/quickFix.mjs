// Step "quick-fix": the cursor on "BioBERT" (named without a citation in sections/introduction.tex), Ctrl+. offers the
// quick fix "Cite BioBERT (lee2020biobert)"; Enter applies it: `~\cite{lee2020biobert}` follows the name (the catalog
// entry is appended to references.bib as in "cite-completion-latex") and the information-level diagnostic goes away.
import { editorLine, goToLine, statusItem } from './workbench.mjs';

/** @type {import('./scenario.mjs').Step} */
export const quickFixStep = {
  name: 'quick-fix',
  async run({ page, shot }) {
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'introduction.tex' }).waitFor();
    await editorLine(page, 'Unlike BioBERT, which only reads biomedical text').waitFor();
    // Before: the uncited-model finding is the only information-level diagnostic of the workspace.
    await statusItem(page, 'status.problems').and(page.locator('[aria-label*="Infos: 1"]')).waitFor();
    await goToLine(page, 13, 8); // "Unlike BioBERT": the B
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget', { has: page.locator('.monaco-list-row') });
    await menu.locator('.monaco-list-row.focused', { hasText: 'Cite BioBERT (lee2020biobert)' }).waitFor();
    await shot('quick-fix.png');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });
    await editorLine(page, 'Unlike BioBERT~\\cite{lee2020biobert},').waitFor();
    await statusItem(page, 'status.problems').and(page.locator(':not([aria-label*="Info"])')).waitFor();
    await shot('quick-fix-applied.png');
  },
};
