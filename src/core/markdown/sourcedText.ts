import type { ProsePiece } from '../draft/draftModel';

/** Marks a character that has no source character of its own (a decoded reference, a YAML escape). */
export const UNMAPPED = -1;

const LF = 10;
const CR = 13;
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/** How far the aligner looks ahead for a value character before giving up on mapping it. */
const SEARCH_WINDOW = 64;

/**
 * Text gathered piece by piece, each UTF-16 unit with the source offset it came from. Mapped characters equal
 * their source character (line breaks stay `\n` or `\r\n`); the YAML reader alone maps a folded line break as a
 * space onto the break. Characters that exist only after decoding carry {@link UNMAPPED}.
 */
export class SourcedText {
  private readonly parts: string[] = [];
  readonly offsets: number[] = [];

  get length(): number {
    return this.offsets.length;
  }

  push(char: string, source: number): void {
    this.parts.push(char);
    this.offsets.push(source);
  }

  /** Appends `source.slice(start, end)` verbatim. */
  pushSpan(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.slice(start, end));
    for (let i = start; i < end; i++) this.offsets.push(i);
  }

  toString(): string {
    return this.parts.join('');
  }

  /** Characters `from .. to` as a new text, each with its source offset. */
  slice(from: number, to: number): SourcedText {
    const whole = this.toString();
    const part = new SourcedText();
    for (let k = Math.max(0, from); k < Math.min(to, whole.length); k++) part.push(whole[k], this.offsets[k]);
    return part;
  }
}

/**
 * Appends `value` (a node's decoded text) to `out`, mapping each character onto `source[start..end)` where the
 * node came from: backslash escapes, character references and container prefixes (`> `, indentation) after line
 * breaks are skipped in the source; what cannot be found stays unmapped. Never reads outside `start..end`.
 * Returns the source offset just past the last character used.
 */
export function appendAligned(out: SourcedText, value: string, source: string, start: number, end: number): number {
  if (end - start >= value.length && source.startsWith(value, start)) {
    out.pushSpan(source, start, start + value.length);
    return start + value.length;
  }
  let i = start;
  let j = 0;
  while (j < value.length) {
    const code = value.charCodeAt(j);
    if (code === LF || (code === CR && value.charCodeAt(j + 1) === LF)) {
      j += code === CR ? 2 : 1;
      i = alignLineBreak(out, source, i, end, value.charCodeAt(j));
      continue;
    }
    if (i < end && source.charCodeAt(i) === 38 /* & */) {
      const decoded = decodedReferenceLength(value, j, source, i, end);
      if (decoded) {
        for (let k = 0; k < decoded.valueLength; k++) out.push(value[j + k], UNMAPPED);
        j += decoded.valueLength;
        i += decoded.sourceLength;
        continue;
      }
    }
    if (i < end && source.charCodeAt(i) === code) {
      out.push(value[j], i);
      i++;
      j++;
      continue;
    }
    if (i + 1 < end && source.charCodeAt(i) === 92 /* \ */ && source.charCodeAt(i + 1) === code) {
      out.push(value[j], i + 1);
      i += 2;
      j++;
      continue;
    }
    const found = findWithin(source, code, i + 1, Math.min(end, i + SEARCH_WINDOW));
    if (found >= 0) {
      out.push(value[j], found);
      i = found + 1;
    } else {
      out.push(value[j], UNMAPPED);
    }
    j++;
  }
  return i;
}

/** Emits the source's line break (`\n` or `\r\n`) and returns where the next line's content starts. */
function alignLineBreak(out: SourcedText, source: string, from: number, end: number, nextCode: number): number {
  const k = appendLineBreak(out, source, from, end);
  if (k < 0) return from;
  let i = k;
  while (i < end && i < k + SEARCH_WINDOW) {
    const c = source.charCodeAt(i);
    if (c === nextCode || (c !== 32 && c !== 9 && c !== 62 /* > */)) break;
    i++;
  }
  return i;
}

/**
 * Emits the first line break of `source[from..end)` exactly and returns the offset after it; when there is none,
 * emits an unmapped `\n` and returns -1.
 */
export function appendLineBreak(out: SourcedText, source: string, from: number, end: number): number {
  let k = from;
  while (k < end && source.charCodeAt(k) !== LF && source.charCodeAt(k) !== CR) k++;
  if (k >= end) {
    out.push('\n', UNMAPPED);
    return -1;
  }
  if (source.charCodeAt(k) === CR && source.charCodeAt(k + 1) === LF && k + 1 < end) {
    out.push('\r', k);
    out.push('\n', k + 1);
    return k + 2;
  }
  out.push(source[k], k);
  return k + 1;
}

interface DecodedReference {
  readonly valueLength: number;
  readonly sourceLength: number;
}

/** When `source[i]` starts a character reference that the value holds decoded, how long each side is. */
function decodedReferenceLength(value: string, j: number, source: string, i: number, end: number): DecodedReference | 0 {
  CHARACTER_REFERENCE.lastIndex = i;
  const match = CHARACTER_REFERENCE.exec(source);
  if (!match || i + match[0].length > end) return 0;
  const sourceLength = match[0].length;
  if (value.startsWith(match[0], j)) return 0;
  const after = i + sourceLength < end ? source.charCodeAt(i + sourceLength) : -1;
  for (const valueLength of [1, 2]) {
    if (j + valueLength > value.length) break;
    const next = j + valueLength < value.length ? value.charCodeAt(j + valueLength) : -1;
    if (next === after || (after === CR && next === LF)) return { valueLength, sourceLength };
  }
  return { valueLength: 1, sourceLength };
}

function findWithin(source: string, code: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (source.charCodeAt(k) === code) return k;
  return -1;
}

/** A run's text and pieces from `text` minus the character ranges in `excluded` (sorted, non-overlapping). */
export function cutRun(
  text: SourcedText,
  excluded: readonly (readonly [number, number])[],
  base: number,
): { text: string; pieces: ProsePiece[] } {
  const whole = text.toString();
  const chars: string[] = [];
  const pieces: ProsePiece[] = [];
  let length = 0;
  let pieceText = -1;
  let pieceSource = -1;
  let pieceLength = 0;
  const flush = (): void => {
    if (pieceLength > 0) pieces.push({ textStart: pieceText, sourceStart: pieceSource - base, length: pieceLength });
    pieceLength = 0;
  };
  let cut = 0;
  let keepFrom = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    chars.push(whole.slice(from, to));
    for (let k = from; k < to; k++) {
      const source = text.offsets[k];
      if (source === UNMAPPED) {
        flush();
      } else if (pieceLength > 0 && source === pieceSource + pieceLength) {
        pieceLength++;
      } else {
        flush();
        pieceText = length + (k - from);
        pieceSource = source;
        pieceLength = 1;
      }
    }
    length += to - from;
  };
  for (; cut < excluded.length; cut++) {
    const [from, to] = excluded[cut];
    keep(keepFrom, from);
    flush();
    keepFrom = to;
  }
  keep(keepFrom, whole.length);
  flush();
  return { text: chars.join(''), pieces };
}
