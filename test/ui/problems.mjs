// Step "problems": the Problems panel (Ctrl+Shift+M) lists what the extension found in the LaTeX project, with source
// BioFM: the undefined citation and the model named without a citation, both in sections/introduction.tex.

/** The example's findings, as the Problems panel writes them (message, source, code). */
export const LATEX_PROBLEMS = [
  /'smith2023cxrehr' is not defined in any bibliography of this draft\.\s*BioFM\s*\(?undefined-citation/,
  /BioBERT is named here without a citation; cite its paper as lee2020biobert\.\s*BioFM\s*\(?uncited-model/,
];

/** @type {import('./scenario.mjs').Step} */
export const problemsStep = {
  name: 'problems',
  async run({ page, shot }) {
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel');
    await markers.waitFor();
    await markers.locator('.monaco-list-row', { hasText: /introduction\.tex\s*latex\/sections/ }).waitFor();
    for (const problem of LATEX_PROBLEMS) await markers.locator('.monaco-list-row', { hasText: problem }).waitFor();
    await shot('problems.png');
  },
};
