import { SourcedText, UNMAPPED } from './sourcedText';

/** How YAML wrote a scalar, as the `yaml` package names it. */
export type YamlScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

interface SourceLine {
  /** First and past-last character of the line's content, after the indentation that is not content. */
  readonly start: number;
  readonly end: number;
  /** The line break after the line (its `\r` or `\n`), or -1 on the last line. */
  readonly lineBreak: number;
  readonly empty: boolean;
  /** A folded block scalar keeps breaks around lines indented deeper than the block. */
  readonly moreIndented: boolean;
}

const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/**
 * The text of a YAML scalar written at `source[start..end)`, with each character mapped to where it stands.
 * Lines are mapped one by one; a folded line break becomes a space mapped to the break, as in Markdown prose.
 * What exists only after unescaping (a `\n` or `\u00e9` escape in a double-quoted string) is left unmapped; an
 * escaped character equal to its source character (`\"`, `\\`) and a doubled single quote map onto that character.
 * Trailing line breaks (block chomping) are left out.
 */
export function mapYamlScalar(source: string, start: number, end: number, style: YamlScalarStyle): SourcedText {
  const out = new SourcedText();
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    const headerEnd = source.indexOf('\n', start);
    if (headerEnd < 0 || headerEnd >= end) return out;
    foldLines(out, source, blockLines(source, headerEnd + 1, end), style === 'BLOCK_LITERAL' ? 'literal' : 'folded', 'PLAIN');
    return out;
  }
  const quoted = style !== 'PLAIN';
  const quote = style === 'QUOTE_SINGLE' ? "'" : '"';
  const innerStart = quoted && source[start] === quote ? start + 1 : start;
  const innerEnd = quoted && end - 1 > start && source[end - 1] === quote ? end - 1 : end;
  foldLines(out, source, flowLines(source, innerStart, innerEnd), 'flow', style);
  return out;
}

/** Lines of a flow (plain or quoted) scalar: continuation lines lose their leading and trailing whitespace. */
function flowLines(source: string, start: number, end: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    const newline = source.indexOf('\n', lineStart);
    const last = newline < 0 || newline >= end;
    let contentEnd = last ? end : newline;
    const lineBreak = last ? -1 : contentEnd > lineStart && source[contentEnd - 1] === '\r' ? contentEnd - 1 : contentEnd;
    if (!last) contentEnd = lineBreak;
    let contentStart = lineStart;
    if (lines.length > 0) while (contentStart < contentEnd && isBlank(source[contentStart])) contentStart++;
    if (!last) while (contentEnd > contentStart && isBlank(source[contentEnd - 1])) contentEnd--;
    lines.push({ start: contentStart, end: contentEnd, lineBreak, empty: contentEnd === contentStart, moreIndented: false });
    if (last) break;
    lineStart = newline + 1;
  }
  return lines;
}

/** Lines of a block scalar's content, its indentation taken from the first line that is not empty. */
function blockLines(source: string, start: number, end: number): SourceLine[] {
  const raw: { start: number; end: number; lineBreak: number }[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const newline = source.indexOf('\n', lineStart);
    const last = newline < 0 || newline >= end;
    const stop = last ? end : newline;
    const lineBreak = last ? -1 : stop > lineStart && source[stop - 1] === '\r' ? stop - 1 : stop;
    raw.push({ start: lineStart, end: last ? stop : lineBreak, lineBreak });
    lineStart = stop + 1;
  }
  let indent = -1;
  for (const line of raw) {
    let k = line.start;
    while (k < line.end && source[k] === ' ') k++;
    if (k < line.end) {
      indent = k - line.start;
      break;
    }
  }
  return raw.map((line) => {
    const contentStart = Math.min(line.start + Math.max(indent, 0), line.end);
    const blank = source.slice(line.start, line.end).trim() === '';
    const first = source[contentStart];
    return {
      start: blank ? line.end : contentStart,
      end: line.end,
      lineBreak: line.lineBreak,
      empty: blank,
      moreIndented: !blank && (first === ' ' || first === '\t'),
    };
  });
}

/** Emits the lines' content joined as YAML folds them (`literal` keeps every break). */
function foldLines(
  out: SourcedText,
  source: string,
  lines: readonly SourceLine[],
  mode: 'literal' | 'folded' | 'flow',
  style: YamlScalarStyle,
): void {
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && lines[lastContent].empty) lastContent--;
  let previous: SourceLine | undefined;
  const emptyBreaks: number[] = [];
  for (let k = 0; k <= lastContent; k++) {
    const line = lines[k];
    // A literal block keeps its leading empty lines as breaks; folding drops them.
    if (line.empty && (previous !== undefined || mode !== 'literal')) {
      if (previous !== undefined) emptyBreaks.push(line.lineBreak);
      continue;
    }
    if (previous !== undefined) {
      if (mode === 'literal') {
        out.push('\n', newlineOf(source, previous.lineBreak));
        for (const lineBreak of emptyBreaks) out.push('\n', newlineOf(source, lineBreak));
      } else if (emptyBreaks.length === 0) {
        const keep = mode === 'folded' && (previous.moreIndented || line.moreIndented);
        out.push(keep ? '\n' : ' ', keep ? newlineOf(source, previous.lineBreak) : previous.lineBreak);
      } else {
        if (mode === 'folded' && (previous.moreIndented || line.moreIndented)) out.push('\n', newlineOf(source, previous.lineBreak));
        for (const lineBreak of emptyBreaks) out.push('\n', newlineOf(source, lineBreak));
      }
    }
    emptyBreaks.length = 0;
    emitContent(out, source, line.start, line.end, style);
    previous = line;
  }
}

function emitContent(out: SourcedText, source: string, start: number, end: number, style: YamlScalarStyle): void {
  if (style === 'PLAIN') {
    out.pushSpan(source, start, end);
    return;
  }
  for (let k = start; k < end; k++) {
    const char = source[k];
    if (style === 'QUOTE_SINGLE' && char === "'" && source[k + 1] === "'") {
      out.push("'", k);
      k++;
    } else if (style === 'QUOTE_DOUBLE' && char === '\\' && k + 1 < end) {
      k = emitEscape(out, source, k, end);
    } else {
      out.push(char, k);
    }
  }
}

/** Emits one double-quoted escape starting at `source[at]` (a backslash); returns the index of its last character. */
function emitEscape(out: SourcedText, source: string, at: number, end: number): number {
  const letter = source[at + 1];
  const simple = DOUBLE_QUOTE_ESCAPES[letter];
  if (simple !== undefined) {
    out.push(simple, simple === letter ? at + 1 : UNMAPPED);
    return at + 1;
  }
  const digits = letter === 'x' ? 2 : letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
  const hex = source.slice(at + 2, at + 2 + digits);
  if (digits > 0 && at + 2 + digits <= end && /^[0-9a-fA-F]+$/.test(hex)) {
    const codePoint = parseInt(hex, 16);
    const decoded = codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd';
    for (const unit of decoded.split('')) out.push(unit, UNMAPPED);
    return at + 1 + digits;
  }
  out.push('\\', at);
  return at;
}

/** A kept line break maps onto the `\n` itself, also after a `\r` (CRLF files), so it equals its source character. */
function newlineOf(source: string, lineBreak: number): number {
  return source[lineBreak] === '\r' && source[lineBreak + 1] === '\n' ? lineBreak + 1 : lineBreak;
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}
