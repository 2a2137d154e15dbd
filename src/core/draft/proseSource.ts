import type { Location } from '../text/lineIndex';
import type { Draft, ProseRun } from './draftModel';

/** The source offset of the character at `textOffset` of a prose run (or just past the run's last character). */
export function proseSourceOffset(run: ProseRun, textOffset: number): number {
  const pieces = run.pieces;
  if (pieces.length === 0) return 0;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid].textStart <= textOffset) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
  return piece.sourceStart + Math.min(Math.max(textOffset - piece.textStart, 0), piece.length);
}

/**
 * Where characters `start .. end` of a prose run stand in the source. A phrase that spans markup
 * (e.g. `large \emph{language} models`) maps to the range from its first to its last character.
 */
export function proseLocation(draft: Draft, run: ProseRun, start: number, end: number): Location {
  const file = draft.files.find((f) => f.path === run.file);
  const sourceStart = proseSourceOffset(run, start);
  const sourceEnd = end > start ? proseSourceOffset(run, end - 1) + 1 : sourceStart;
  if (!file) return { file: run.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  return { file: run.file, range: file.lines.rangeOf(sourceStart, sourceEnd) };
}
