/** A citation found in prose text: the key's place in that text and the syntax that cites. */
export interface FoundCitation {
  readonly key: string;
  /** Index of the key's first character (after `@` or `@{`). */
  readonly start: number;
  readonly end: number;
  readonly command: '[@' | '@';
}

export interface CitationScan {
  readonly citations: FoundCitation[];
  /** Text ranges `[from, to)` that cite (whole bracket groups, in-text keys) and so are not prose. */
  readonly excluded: [number, number][];
}

// Pandoc's rule: a key starts with a letter, digit or `_`; inside it, `:.#$%&-+?<>~/` may stand between word
// characters, so trailing punctuation (`@a.` at a sentence end) is not part of the key.
const KEY = /[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*/uy;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const WHITESPACE = /\s/;

/**
 * Finds pandoc citations in prose text: bracketed groups (`[see @a, p. 3; -@b]`, every `;`-part citing a key) and
 * in-text keys (`@a`, `@{weird key}`, with an optional `[locator]` after). An `@` after a word character (an
 * e-mail address) does not cite.
 */
export function scanPandocCitations(text: string): CitationScan {
  const citations: FoundCitation[] = [];
  const excluded: [number, number][] = [];
  let i = text.indexOf('@') < 0 ? text.length : 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      const close = groupEnd(text, i + 1);
      const keys = close < 0 ? undefined : keysInGroup(text, i + 1, close);
      if (keys) {
        for (const key of keys) citations.push({ ...key, command: '[@' });
        excluded.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    } else if (c === 64 /* @ */ && !afterWordChar(text, i)) {
      const key = keyAt(text, i + 1);
      if (key) {
        citations.push({ ...key, command: '@' });
        const keyEnd = key.start + key.key.length + (text.charCodeAt(i + 1) === 123 ? 1 : 0);
        excluded.push([i, locatorEnd(text, keyEnd)]);
        i = keyEnd;
        continue;
      }
    }
    i++;
  }
  return { citations, excluded };
}

/** The `]` closing a bracket group that opens before `from`, or -1 when another `[` comes first. */
function groupEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 93) return k;
    if (c === 91) return -1;
  }
  return -1;
}

function keysInGroup(text: string, from: number, to: number): Omit<FoundCitation, 'command'>[] | undefined {
  const keys: Omit<FoundCitation, 'command'>[] = [];
  let partStart = from;
  let braces = 0;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 59;
    if (c === 123) braces++;
    else if (c === 125 && braces > 0) braces--;
    else if (c === 59 /* ; */ && braces === 0) {
      const key = keyInPart(text, partStart, k);
      if (!key) return undefined;
      keys.push(key);
      partStart = k + 1;
    }
  }
  return keys.length > 0 ? keys : undefined;
}

/** The key of one `;`-part of a group: its `@` stands at the part's start or after whitespace, maybe after `-`. */
function keyInPart(text: string, from: number, to: number): Omit<FoundCitation, 'command'> | undefined {
  for (let at = text.indexOf('@', from); at >= 0 && at < to; at = text.indexOf('@', at + 1)) {
    const marker = at > from && text.charCodeAt(at - 1) === 45 /* - */ ? at - 1 : at;
    if (marker > from && !WHITESPACE.test(text[marker - 1])) continue;
    const key = keyAt(text, at + 1);
    if (key && key.end <= to) return key;
  }
  return undefined;
}

function keyAt(text: string, from: number): Omit<FoundCitation, 'command'> | undefined {
  if (text.charCodeAt(from) === 123 /* { */) {
    const close = text.indexOf('}', from + 1);
    if (close <= from + 1) return undefined;
    const key = text.slice(from + 1, close);
    return key.trim() === '' || key.includes('{') ? undefined : { key, start: from + 1, end: close };
  }
  KEY.lastIndex = from;
  const match = KEY.exec(text);
  return match ? { key: match[0], start: from, end: from + match[0].length } : undefined;
}

function afterWordChar(text: string, at: number): boolean {
  if (at === 0) return false;
  const before = text.charCodeAt(at - 1);
  if (before >= 0xdc00 && before <= 0xdfff && at >= 2) return WORD_CHAR.test(text.slice(at - 2, at));
  return WORD_CHAR.test(text[at - 1]);
}

/** Past an in-text citation's `[locator]` (`@a [p. 33]`), or `from` when none follows. */
function locatorEnd(text: string, from: number): number {
  let k = from;
  if (text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) !== 91) return from;
  const close = groupEnd(text, k + 1);
  if (close < 0 || text.slice(k + 1, close).includes('@')) return from;
  return close + 1;
}
