import { readLatexDraft, type LatexProjectOptions } from '../latex/readLatexDraft';
import { parseMarkdownDraft } from '../markdown/parseMarkdownDraft';
import { extname } from '../util/paths';
import type { DraftHost } from './draftHost';
import type { Draft, DraftFormat } from './draftModel';

/** How a draft is read: for LaTeX, the project's limits, root candidates and pauses (see LatexProjectOptions). */
export type ReadDraftOptions = LatexProjectOptions;

const latexExtensions = new Set(['.tex', '.latex', '.ltx']);
const markdownExtensions = new Set(['.md', '.markdown', '.qmd', '.rmd']);

/** The format of a draft file by its extension, or undefined when the extension is neither LaTeX nor Markdown. */
export function draftFormatOf(path: string): DraftFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (latexExtensions.has(extension)) return 'latex';
  if (markdownExtensions.has(extension)) return 'markdown';
  return undefined;
}

/**
 * Reads a draft into the Draft model: LaTeX (`.tex .latex .ltx`) with its root and includes through `host`, or
 * Markdown (`.md .markdown .qmd .rmd`). Another extension is read as LaTeX when the text looks like LaTeX, otherwise
 * as Markdown. `text` is the file's current text (an editor's unsaved text wins over the disk). Never rejects for
 * bad input: problems come back in the Draft.
 */
export async function readDraft(path: string, text: string, host: DraftHost, options: ReadDraftOptions = {}): Promise<Draft> {
  const format = draftFormatOf(path) ?? (/\\(documentclass|begin\{document\}|section\*?\{)/.test(text) ? 'latex' : 'markdown');
  if (format === 'markdown') return parseMarkdownDraft(path, text);
  return readLatexDraft(path, text, host, options);
}
