/**
 * Character-level helpers of the LaTeX scanner. Every helper that searches forward gives back where it stopped,
 * and the scanner continues from there, so even unterminated input is read in one linear pass.
 */

/**
 * Character codes the scanner tests. Consumers destructure them into module constants (`const { BACKSLASH } =
 * charCodes`): a plain constant is much faster in a hot loop than an imported binding read through a module getter.
 */
export const charCodes = {
  BACKSLASH: 92,
  OPEN_BRACE: 123,
  CLOSE_BRACE: 125,
  OPEN_BRACKET: 91,
  CLOSE_BRACKET: 93,
  OPEN_PAREN: 40,
  CLOSE_PAREN: 41,
  PERCENT: 37,
  DOLLAR: 36,
  TILDE: 126,
  NEWLINE: 10,
  CARRIAGE_RETURN: 13,
  SPACE: 32,
  TAB: 9,
  AMPERSAND: 38,
  CARET: 94,
  UNDERSCORE: 95,
  HASH: 35,
  STAR: 42,
  COMMA: 44,
  SEMICOLON: 59,
} as const;

const { BACKSLASH, OPEN_BRACE, CLOSE_BRACE, CLOSE_BRACKET, CLOSE_PAREN, PERCENT, DOLLAR, NEWLINE, CARRIAGE_RETURN, SPACE, TAB } = charCodes;

/** Characters that end a stretch of plain text; everything else (including all non-ASCII) is plain. */
const specialCharacter = /[\\{}%$~\n\r&^_#]/g;

/** The end of the stretch of plain text starting at `from` (a native regular-expression search: no allocation). */
export function plainTextEnd(text: string, from: number): number {
  specialCharacter.lastIndex = from;
  return specialCharacter.test(text) ? specialCharacter.lastIndex - 1 : text.length;
}

/** Letters of a control word: TeX's letters plus `@`, which packages and `\makeatletter` code use. */
export function isCommandLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 64;
}

export function isWhitespace(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === CARRIAGE_RETURN;
}

/** True when the line after the newline at `newline` is blank (or the text ends): a paragraph break. */
export function blankLineFollows(text: string, newline: number): boolean {
  return isBlankLineAt(text, newline + 1);
}

/** True when from `from` to the next newline (or the end) there are only spaces and tabs. */
export function isBlankLineAt(text: string, from: number): boolean {
  const length = text.length;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return true;
    if (code !== SPACE && code !== TAB && code !== CARRIAGE_RETURN) return false;
    i++;
  }
  return true;
}

/**
 * Skips spaces, tabs and at most one line break (as TeX does between a command's arguments), never a blank line.
 * Comments between arguments count as space too. Returns the offset of the next meaningful character.
 */
export function skipArgumentSpace(text: string, from: number): number {
  const length = text.length;
  let i = from;
  let newlines = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB || code === CARRIAGE_RETURN) i++;
    else if (code === NEWLINE) {
      if (newlines > 0 || blankLineFollows(text, i)) return from;
      newlines++;
      i++;
    } else if (code === PERCENT) {
      const end = text.indexOf('\n', i);
      if (end === -1) return from;
      i = end;
      newlines = 0;
    } else break;
  }
  return i >= length ? from : i;
}

/** Where a delimited argument ends: just past its closing delimiter, or where the search gave up. */
export interface GroupEnd {
  readonly end: number;
  readonly closed: boolean;
}

/**
 * The end of the `{…}` group opening at `open`. Braces in comments and escaped braces do not count. Unless `long`,
 * a blank line ends the search (TeX refuses a paragraph inside most arguments), and the group counts as unclosed.
 * With `literal`, `%` is an ordinary character (URLs).
 */
export function braceGroupEnd(text: string, open: number, long: boolean, literal = false): GroupEnd {
  const length = text.length;
  let depth = 0;
  let i = open;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i += 2;
      continue;
    }
    if (code === OPEN_BRACE) depth++;
    else if (code === CLOSE_BRACE) {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true };
    } else if (code === PERCENT && !literal) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
      continue;
    } else if (code === NEWLINE && !long && blankLineFollows(text, i)) {
      return { end: i, closed: false };
    }
    i++;
  }
  return { end: length, closed: false };
}

/** The end of the `[…]` optional argument opening at `open`; a `]` inside braces does not close it. */
export function bracketGroupEnd(text: string, open: number): GroupEnd {
  const length = text.length;
  let depth = 0;
  let i = open + 1;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i += 2;
      continue;
    }
    if (code === OPEN_BRACE) depth++;
    else if (code === CLOSE_BRACE) {
      if (depth > 0) depth--;
    } else if (code === CLOSE_BRACKET && depth === 0) return { end: i + 1, closed: true };
    else if (code === PERCENT) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
      continue;
    } else if (code === NEWLINE && blankLineFollows(text, i)) return { end: i, closed: false };
    i++;
  }
  return { end: length, closed: false };
}

/** How a stretch of math closes: `$`, `$$`, `\)` or `\]`. */
export type MathCloser = '$' | '$$' | ')' | ']';

/**
 * The end of math whose body starts at `from`, just past its closing delimiter. Math cannot contain a paragraph
 * break, so a blank line stops the search and the math counts as unclosed.
 */
export function mathEnd(text: string, from: number, closer: MathCloser): GroupEnd {
  const length = text.length;
  const closeCode = closer === ')' ? CLOSE_PAREN : CLOSE_BRACKET;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      if ((closer === ')' || closer === ']') && text.charCodeAt(i + 1) === closeCode) return { end: i + 2, closed: true };
      i += 2;
      continue;
    }
    if (code === DOLLAR) {
      if (closer === '$') return { end: i + 1, closed: true };
      if (closer === '$$' && text.charCodeAt(i + 1) === DOLLAR) return { end: i + 2, closed: true };
    } else if (code === PERCENT) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
      continue;
    } else if (code === NEWLINE && blankLineFollows(text, i)) {
      return { end: i, closed: false };
    }
    i++;
  }
  return { end: length, closed: false };
}

/**
 * The offset of the next `code` on the same line at or after `from`, or -1 when a line break or the end comes first.
 * Stops at the line break, so repeated searches cost no more than the text they pass over.
 */
export function indexOnLine(text: string, from: number, code: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === code) return i;
    if (c === NEWLINE) return -1;
  }
  return -1;
}

/** The offset of the next paragraph break (the newline before a blank line) at or after `from`, or the end. */
export function nextParagraphBreak(text: string, from: number): number {
  for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (blankLineFollows(text, i)) return i;
  }
  return text.length;
}

/** The offset just past the last non-whitespace character before `end`, and from the first after `start`. */
export function trimmedBounds(text: string, start: number, end: number): readonly [number, number] {
  let a = start;
  let b = end;
  while (a < b && isWhitespace(text.charCodeAt(a))) a++;
  while (b > a && isWhitespace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}
