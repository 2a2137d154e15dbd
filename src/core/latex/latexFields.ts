import type { ProseRun, ProseZone } from '../draft/draftModel';
import { proseSourceOffset } from '../draft/proseSource';
import type { LatexScanState } from './latexFileScan';
import { trimmedBounds } from './latexLexing';
import type { LatexField } from './latexVocabulary';

const zoneOfField: Readonly<Record<LatexField, ProseZone>> = {
  title: 'title',
  keywords: 'keywords',
  abstract: 'abstract',
  caption: 'caption',
  heading: 'heading',
};

/** Plain text of a field: its runs joined, white space collapsed. */
function plainText(runs: readonly ProseRun[]): string {
  return runs
    .map((run) => run.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A field whose argument or environment body spans `contentStart .. contentEnd`, with prose runs `runStart .. runEnd`. */
export interface PendingField {
  readonly field: LatexField;
  readonly level: number;
  readonly runStart: number;
  readonly runEnd: number;
  readonly contentStart: number;
  readonly contentEnd: number;
}

/** Fills a field from its runs: the first title and abstract win; every heading is a section; keywords are split. */
export function applyField(state: LatexScanState, prose: readonly ProseRun[], pending: PendingField): void {
  const { field, level, runStart, runEnd, contentStart, contentEnd } = pending;
  const zone = zoneOfField[field];
  const runs = prose.slice(runStart, runEnd).filter((run) => run.zone === zone);
  const [start, end] = trimmedBounds(state.text, contentStart, Math.max(contentStart, contentEnd));
  switch (field) {
    case 'title':
      if (!state.title) state.title = { text: plainText(runs), location: state.location(start, end) };
      return;
    case 'abstract':
      if (!state.abstract) state.abstract = { text: plainText(runs), location: state.location(start, end) };
      return;
    case 'heading':
      state.sections.push({ level, title: plainText(runs), location: state.location(start, end) });
      return;
    case 'keywords':
      for (const run of runs) splitKeywords(state, run);
      return;
    case 'caption':
      return;
  }
}

/** Each comma- or semicolon-separated keyword of a run, with the exact range of the keyword itself. */
function splitKeywords(state: LatexScanState, run: ProseRun): void {
  const text = run.text;
  const separator = /[,;]/g;
  let from = 0;
  for (;;) {
    const match = separator.exec(text);
    const to = match ? match.index : text.length;
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /[\s.]/.test(text[b - 1])) b--;
    if (b > a) {
      const sourceStart = proseSourceOffset(run, a);
      const sourceEnd = proseSourceOffset(run, b - 1) + 1;
      state.keywords.push({ text: text.slice(a, b).replace(/\s+/g, ' '), location: state.location(sourceStart, sourceEnd) });
    }
    if (!match) return;
    from = to + 1;
  }
}
