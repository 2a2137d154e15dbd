import type { Draft } from '../draft/draftModel';
import { mergeLatexTree } from './latexDraftMerge';
import { scanLatexFile } from './latexScanner';

/**
 * Reads one LaTeX file into a Draft without following its includes (they are listed, unresolved).
 * Bibliographies resolve against the file's folder. Never throws.
 */
export function parseLatexDraft(path: string, text: string): Draft {
  const scan = scanLatexFile(path, text);
  return mergeLatexTree({ scan, children: scan.includes.map(() => undefined), problems: scan.problems });
}
