// Step "cite-completion-latex": in main.tex, type `\cite{esm`: the suggest widget lists the paper's own ESM-2 entry
// (lin2023esm2, already in references.bib) and the catalog's other ESM models. Narrow to ESM-1b (`1b`), a catalog model
// the paper does not cite yet, and accept it: the key goes into the text and its BibTeX entry is appended to
// references.bib and saved. Both are shown side by side.
import { typeCitation, narrowAndAccept } from './citeCompletion.mjs';
import { editorLine, openFile } from './workbench.mjs';

/** @type {import('./scenario.mjs').Step} */
export const citeCompletionLatexStep = {
  name: 'cite-completion-latex',
  async run({ page, shot }) {
    await openFile(page, { query: 'main.tex', fileName: 'main.tex', shows: 'documentclass', language: 'LaTeX' });
    // Line 30 ends the abstract: "… radiologist-level image-only models."
    await typeCitation(page, {
      line: 30,
      text: ' Protein language models~\\cite{esm',
      listed: [/lin2023esm2\s*Lin et al\., 2023/, /rives2021esm1b\s*ESM-1b · catalog/, /meier2021esm1v\s*ESM-1v · catalog/],
    });
    await shot('cite-completion-latex.png');
    await narrowAndAccept(page, { more: '1b', key: 'rives2021esm1b', card: 'ESM-1b', inserted: 'models~\\cite{rives2021esm1b}' });

    // The .bib beside the draft (Ctrl+Enter in quick open: to the side), at its end: the new entry, saved.
    await openFile(page, { query: 'latex/references.bib', fileName: 'references.bib', shows: '@article{tiu2022chexzero', toSide: true });
    await page.keyboard.press('Control+End');
    await editorLine(page, '@article{rives2021esm1b,').waitFor();
    await editorLine(page, 'doi = {10.1073/pnas.2016239118},').waitFor();
    await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: 'references.bib' }).waitFor();
    await page.locator('.editor-group-container:not(.active) .view-line', { hasText: '\\cite{rives2021esm1b}' }).waitFor();
    await shot('cite-accepted-bib.png');

    await page.keyboard.press('Control+W'); // close the .bib; its now empty group closes with it
    await page.locator('.editor-group-container').nth(1).waitFor({ state: 'detached' });
  },
};
