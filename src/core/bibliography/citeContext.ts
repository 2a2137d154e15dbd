/** Where a citation key is being typed: the key's prefix, what to replace, and the keys already in the citation. */
export interface CiteContext {
  /** The part of the key before the cursor (may be empty). */
  readonly prefix: string;
  /** The whole key around the cursor: completion replaces [replaceStart, replaceEnd). */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** Other keys in the same citation (the same `\cite{…}` or `[…]`), to leave out of completion. */
  readonly existingKeys: string[];
}

/** How far back the command or the `@` may be: citations are short, and this keeps every keystroke cheap. */
const lookBehind = 500;

// ---------------------------------------------------------------------------------------------------------- LaTeX

/** Commands with "cite" in their name that take no key. */
const notKeyCommands = new Set(['citetext', 'citestyle', 'setcitestyle', 'citeform', 'citesetup', 'bibliographystyle']);

/** natbib, biblatex, jurabib, apacite…: every `\…cite…` takes keys (`\citet`, `\parencite`, `\Textcites`, `\nocite`). */
function isCiteCommand(name: string): boolean {
  return /cite/i.test(name) && !notKeyCommands.has(name) && !/^(?:Declare|Renew|New|Provide|Delete|set|def)/.test(name);
}

function isLatexKeyChar(c: number): boolean {
  // Anything but whitespace, separators, braces, brackets, comment and escape characters.
  return c > 32 && c !== 44 && c !== 123 && c !== 125 && c !== 91 && c !== 93 && c !== 37 && c !== 92;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Index of the opening delimiter matching the closing one at `close`, or -1 (bounded by `limit`). */
function openingBefore(text: string, close: number, open: number, closing: number, limit: number): number {
  let depth = 0;
  for (let i = close; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === closing) depth++;
    else if (c === open && --depth === 0) return i;
  }
  return -1;
}

/** Whether an unescaped `%` stands between the start of the line and `at`. */
function inLatexComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let i = lineStart; i < at; i++) {
    if (text.charCodeAt(i) === 37) {
      let backslashes = 0;
      for (let j = i - 1; j >= lineStart && text.charCodeAt(j) === 92; j--) backslashes++;
      if (backslashes % 2 === 0) return true;
    }
  }
  return false;
}

function keysIn(argument: string): string[] {
  return argument
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}

function latexContext(text: string, offset: number): CiteContext | undefined {
  const limit = Math.max(0, offset - lookBehind);
  let replaceStart = offset;
  while (replaceStart > limit && isLatexKeyChar(text.charCodeAt(replaceStart - 1))) replaceStart--;
  let replaceEnd = offset;
  while (replaceEnd < text.length && replaceEnd - offset < lookBehind && isLatexKeyChar(text.charCodeAt(replaceEnd))) replaceEnd++;
  // Back over earlier keys of the same argument to its `{`.
  let brace = replaceStart - 1;
  while (brace >= limit) {
    const c = text.charCodeAt(brace);
    if (c === 123) break;
    if (c !== 44 && !isSpace(c) && !isLatexKeyChar(c)) return undefined;
    brace--;
  }
  if (brace < limit) return undefined;
  // Then over optional arguments `[…]`, `(…)` and, for multi-cite commands, earlier `{keys}` groups.
  const earlierGroups: string[] = [];
  let i = brace - 1;
  for (;;) {
    while (i >= limit && isSpace(text.charCodeAt(i))) i--;
    if (i < limit) return undefined;
    const c = text.charCodeAt(i);
    let open = -1;
    if (c === 93) open = openingBefore(text, i, 91, 93, limit);
    else if (c === 41) open = openingBefore(text, i, 40, 41, limit);
    else if (c === 125) {
      open = openingBefore(text, i, 123, 125, limit);
      if (open !== -1) earlierGroups.push(text.slice(open + 1, i));
    } else break;
    if (open === -1) return undefined;
    i = open - 1;
  }
  if (text.charCodeAt(i) === 42) i--; // starred form, e.g. \cite*
  const nameEnd = i + 1;
  while (i >= limit && /[A-Za-z]/.test(text[i])) i--;
  if (i < limit || text.charCodeAt(i) !== 92 || i + 1 === nameEnd) return undefined;
  const name = text.slice(i + 1, nameEnd);
  if (!isCiteCommand(name)) return undefined;
  if (earlierGroups.length > 0 && !/cites$/i.test(name)) return undefined;
  if (inLatexComment(text, i)) return undefined;
  let argumentEnd = replaceEnd;
  while (argumentEnd < text.length && argumentEnd - offset < lookBehind) {
    const c = text.charCodeAt(argumentEnd);
    if (c !== 44 && !isSpace(c) && !isLatexKeyChar(c)) break;
    argumentEnd++;
  }
  const current = text.slice(brace + 1, replaceStart) + text.slice(replaceEnd, argumentEnd);
  const existingKeys = [...earlierGroups.reverse().flatMap(keysIn), ...keysIn(current)];
  return { prefix: text.slice(replaceStart, offset), replaceStart, replaceEnd, existingKeys };
}

// ------------------------------------------------------------------------------------------------------- Markdown

/** pandoc: a key starts with a letter, digit or `_` and may contain `:.#$%&-+?<>~/` between such characters. */
function isPandocKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127 || ':.#$%&-+?<>~/'.includes(String.fromCharCode(c));
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}|\p{N}/u.test(String.fromCharCode(c)));
}

/** Whether `offset` is inside a fenced code block (``` or ~~~) or an inline code span on its line. */
function inMarkdownCode(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let ticks = 0;
  for (let i = lineStart; i < offset; i++) if (text.charCodeAt(i) === 96) ticks++;
  if (ticks % 2 === 1) return true;
  // Fences can be far above: follow them from the start (one native regex pass over fence lines only).
  const fences = /^ {0,3}(`{3,}|~{3,})([^\n]*)$/gm;
  let open: string | undefined;
  for (let m = fences.exec(text); m !== null && m.index < lineStart; m = fences.exec(text)) {
    const [, marker, rest] = m;
    if (open === undefined) {
      if (!(marker[0] === '`' && rest.includes('`'))) open = marker;
    } else if (marker[0] === open[0] && marker.length >= open.length && rest.trim() === '') {
      open = undefined;
    }
  }
  return open !== undefined;
}

function markdownContext(text: string, offset: number): CiteContext | undefined {
  const limit = Math.max(0, offset - lookBehind);
  // @{key with odd characters}: everything between the braces.
  const bracedAt = text.lastIndexOf('@{', offset - 2);
  const braced = bracedAt >= limit && !/[}\n]/.test(text.slice(bracedAt + 2, offset));
  let replaceStart = braced ? bracedAt + 2 : offset;
  if (!braced) while (replaceStart > limit && isPandocKeyChar(text.charCodeAt(replaceStart - 1))) replaceStart--;
  const at = replaceStart - (braced ? 2 : 1);
  if (at < 0 || text.charCodeAt(at) !== 64) return undefined;
  // Trailing punctuation belongs to the sentence, not the key ("see @lin2023." ends the key before the period).
  const prefix = text.slice(replaceStart, offset);
  if (!braced && prefix !== '' && !isAlphanumeric(prefix.charCodeAt(0)) && prefix.charCodeAt(0) !== 95) return undefined;
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  // An e-mail address (name@host) or a word@word is not a citation.
  if (isAlphanumeric(before) || before === 95 || before === 46 || before === 64) return undefined;
  if (inMarkdownCode(text, offset)) return undefined;
  let replaceEnd = offset;
  if (braced) {
    const close = text.indexOf('}', offset);
    replaceEnd = close === -1 || close - offset > lookBehind ? offset : close;
  } else {
    while (replaceEnd < text.length && isPandocKeyChar(text.charCodeAt(replaceEnd))) replaceEnd++;
    while (replaceEnd > offset && !isAlphanumeric(text.charCodeAt(replaceEnd - 1)) && text.charCodeAt(replaceEnd - 1) !== 95) replaceEnd--;
  }
  return { prefix, replaceStart, replaceEnd, existingKeys: bracketKeys(text, at, replaceEnd, limit) };
}

/** The other `@keys` of the `[…]` citation group around the `@` at `at`, if it is in one. */
function bracketKeys(text: string, at: number, keyEnd: number, limit: number): string[] {
  let open = at - 1;
  while (open >= limit) {
    const c = text.charCodeAt(open);
    if (c === 91) break;
    if (c === 93 || (c === 10 && text.charCodeAt(open - 1) === 10)) return [];
    open--;
  }
  if (open < limit) return [];
  const close = text.indexOf(']', keyEnd);
  if (close === -1 || close - keyEnd > lookBehind) return [];
  const group = text.slice(open + 1, at) + text.slice(keyEnd, close);
  return [...group.matchAll(/(?:^|[\s;[-])@(?:\{([^}]*)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?))/gu)].map((m) => m[1] ?? m[2]);
}

/**
 * Whether the cursor is in a citation key: in LaTeX, inside the key argument of any `\cite`-family command
 * (natbib, biblatex, starred forms, optional `[…]` arguments, `\cites{a}{b}`, after commas and spaces); in
 * Markdown, after a pandoc `@` (`@key`, `[@key]`, `[see @a; @b]`, `-@key`, `@{odd key}`), not in an e-mail address
 * or code. Looks back at most a few hundred characters.
 */
export function citationContextAt(text: string, offset: number, format: 'latex' | 'markdown'): CiteContext | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  return format === 'latex' ? latexContext(text, offset) : markdownContext(text, offset);
}
