import type { ProsePiece } from '../draft/draftModel';
import type { RunFacts, RunRole, SpanFacts } from './markdownBlock';
import { cutRun, type SourcedText } from './sourcedText';

/** Where the mapped characters of `text` start and end in the source, or undefined when none is mapped. */
export function mappedExtent(text: SourcedText): SpanFacts | undefined {
  let start = -1;
  let end = -1;
  for (const offset of text.offsets) {
    if (offset < 0) continue;
    if (start < 0) start = offset;
    end = offset + 1;
  }
  return start < 0 ? undefined : { start, end };
}

/**
 * A run from gathered text minus the `excluded` ranges (citations), trimmed of surrounding whitespace, with offsets
 * made relative to `base`. Undefined when nothing but whitespace is left.
 */
export function buildRun(
  role: RunRole,
  depth: number,
  text: SourcedText,
  excluded: readonly (readonly [number, number])[],
  base: number,
  span: SpanFacts,
  plain: string,
): RunFacts | undefined {
  const cut = cutRun(text, excluded, base);
  const lead = cut.text.length - cut.text.trimStart().length;
  const kept = cut.text.trim();
  if (kept === '') return undefined;
  const pieces: ProsePiece[] = [];
  for (const piece of cut.pieces) {
    const from = Math.max(piece.textStart, lead);
    const to = Math.min(piece.textStart + piece.length, lead + kept.length);
    if (to <= from) continue;
    pieces.push({ textStart: from - lead, sourceStart: piece.sourceStart + (from - piece.textStart), length: to - from });
  }
  return { role, depth, text: kept, pieces, start: span.start - base, end: span.end - base, plain };
}
