// Step "cite-completion-markdown": in the Markdown paper, type `[@gene`: the widget lists bibliography entries and
// catalog models; narrow with `f` to Geneformer (theodoris2023geneformer, in the paper's references.bib; its model card
// shows) and accept it. (At `[@gene` the paper's own Geneformer entry ranks 19th of 19, below catalog models whose
// titles hold a word starting with "gene", out of the widget's view: the bibliography's entries are not searched by
// the name of the model they cite.)
import { typeCitation, narrowAndAccept } from './citeCompletion.mjs';
import { openFile } from './workbench.mjs';

/** @type {import('./scenario.mjs').Step} */
export const citeCompletionMarkdownStep = {
  name: 'cite-completion-markdown',
  async run({ page, shot }) {
    await openFile(page, { query: 'paper.md', fileName: 'paper.md', shows: 'Aligning Transcriptomic', language: 'Markdown' });
    // Line 28 ends the first paragraph: "Geneformer, however, reads only RNA, which motivates a second modality."
    await typeCitation(page, { line: 28, text: ' Its rank encoding [@gene', listed: [/yang2024genecompass\s*GeneCompass · catalog/] });
    await narrowAndAccept(page, {
      more: 'f',
      key: 'theodoris2023geneformer',
      card: 'Geneformer',
      inserted: '[@theodoris2023geneformer]',
      shot: () => shot('cite-completion-markdown.png'),
    });
  },
};
