// Step "hover": in sections/introduction.tex, rest the mouse on a cite key: the hover shows the formatted (IEEE)
// reference from references.bib and, since the paper is a catalog model's, its model card.
import { hoverUntilVisible, moveMouseAway, openFile, shownText } from './workbench.mjs';

/** @type {import('./scenario.mjs').Step} */
export const hoverStep = {
  name: 'hover',
  async run({ page, shot }) {
    await openFile(page, { query: 'introduction.tex', fileName: 'introduction.tex', shows: 'IEEEPARstart', language: 'LaTeX' });
    // The LaTeX grammar gives a cite key a token (a span) of its own.
    const key = page.locator('.editor-group-container.active .view-line span span').filter({ hasText: /^tiu2022chexzero$/ });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Citation key' });
    await hoverUntilVisible(page, key, hover);
    // The reference as IEEE formats it, from the paper's references.bib.
    const reference = shownText('E. Tiu, E. Talius,', '“Expert-level detection of pathologies', ',” Nature Biomedical Engineering, vol. 6, no. 12, pp. 1399–1406, 2022');
    await hover.filter({ hasText: reference }).waitFor();
    await hover.filter({ hasText: 'CheXzero · Medical imaging' }).waitFor();
    await shot('hover.png');
    await moveMouseAway(page);
  },
};
