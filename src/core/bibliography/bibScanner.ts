import { indexEntries, type BibEntry, type BibIndex, type BibProblem } from './bibIndex';
import { NextOccurrence } from './nextOccurrence';
import { finishSteps, type Steps } from '../util/steps';

// Character codes: the scanner reads the text one UTF-16 unit at a time and never runs a regex per field.
const AT = 64;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const QUOTE = 34;
const COMMA = 44;
const EQUALS = 61;
const HASH = 35;
const PERCENT = 37;
const APOSTROPHE = 39;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;

function isSpace(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === TAB || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
}

/** BibTeX's identifiers (entry types, field names, macro names): printing characters except `"#%'(),={}` and `@`. */
function isIdentifierChar(c: number): boolean {
  if (c <= SPACE || isSpace(c)) return false;
  return c !== QUOTE && c !== HASH && c !== PERCENT && c !== APOSTROPHE && c !== OPEN_PAREN && c !== CLOSE_PAREN && c !== COMMA && c !== EQUALS && c !== OPEN_BRACE && c !== CLOSE_BRACE && c !== AT;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The month macros every BibTeX style defines. */
const predefinedMacros: ReadonlyArray<readonly [string, string]> = [
  ['jan', 'January'], ['feb', 'February'], ['mar', 'March'], ['apr', 'April'], ['may', 'May'], ['jun', 'June'],
  ['jul', 'July'], ['aug', 'August'], ['sep', 'September'], ['oct', 'October'], ['nov', 'November'], ['dec', 'December'],
];

/** Past this many syntax problems a file is junk: the rest are counted in one last problem, not kept one by one. */
const maxSyntaxProblems = 1000;

/**
 * Thrown inside one entry and caught by the top-level loop, which records it and resumes at the next entry. Not an
 * Error: a file of broken entries throws one per line, and capturing a stack trace for each took most of the time
 * (a 50 MB file of them took ~45 s). It never leaves the scanner.
 */
class ScanError {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

class BibScanner {
  private pos = 0;
  /** Where the next step of `scan` looks for an entry. */
  private from = 0;
  readonly entries: BibEntry[] = [];
  readonly problems: BibProblem[] = [];
  private readonly macros = new Map<string, string>(predefinedMacros);
  private readonly openBraces: NextOccurrence;
  private readonly closeBraces: NextOccurrence;
  private readonly quotes: NextOccurrence;
  private readonly ats: NextOccurrence;
  /** `nextEntryStart` remembers its last answer: from `entryStartFrom` up to `entryStart` no entry begins a line. */
  private entryStartFrom = -1;
  private entryStart = -1;
  private problemsDropped = 0;
  /** Where the entry being read starts, and how far it has been read (`@article{key`), should it be cut short. */
  private openStart = 0;
  private openEnd = 0;

  constructor(private readonly text: string) {
    this.openBraces = new NextOccurrence(text, '{');
    this.closeBraces = new NextOccurrence(text, '}');
    this.quotes = new NextOccurrence(text, '"');
    this.ats = new NextOccurrence(text, '@');
  }

  /** Reads the entries that start in about the next `budget` characters; true when the file is done. */
  scan(budget: number): boolean {
    const text = this.text;
    let from = this.from;
    const stepEnd = from + budget;
    for (;;) {
      if (from >= stepEnd) {
        this.from = from;
        return false;
      }
      const at = text.indexOf('@', from);
      if (at === -1) return true;
      // Outside entries everything is comment; a mid-line `@` (an e-mail address in a note) starts an entry only if it looks like one.
      if (!this.atLineStart(at) && !this.looksLikeEntryStart(at)) {
        from = at + 1;
        continue;
      }
      try {
        this.pos = at;
        this.entry();
        from = this.pos;
      } catch (error) {
        if (!(error instanceof ScanError)) throw error;
        const problemStart = Math.min(error.start, text.length);
        if (this.problems.length < maxSyntaxProblems) {
          this.problems.push({ code: 'syntax', message: error.message, start: problemStart, end: Math.min(Math.max(error.end, problemStart), text.length) });
        } else this.problemsDropped++;
        from = this.nextLineStartAt(at + 1);
      }
    }
  }

  /** Says how many syntax problems were left out, at the end of the file. */
  finish(): void {
    if (this.problemsDropped === 0) return;
    const end = this.text.length;
    this.problems.push({ code: 'syntax', message: `${this.problemsDropped} more syntax problems in this file are not listed`, start: end, end });
  }

  /** Whether only spaces or tabs stand between the previous line break (or the file's start) and `at`. */
  private atLineStart(at: number): boolean {
    for (let i = at - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (c === NEWLINE) return true;
      if (c !== SPACE && c !== TAB && c !== 13 && c !== 0xfeff) return false;
    }
    return true;
  }

  /** `@type{` or `@type(`: used to tell an entry from an `@` in plain text, and to stop a runaway value. */
  private looksLikeEntryStart(at: number): boolean {
    const text = this.text;
    let i = at + 1;
    const typeStart = i;
    while (i < text.length && isIdentifierChar(text.charCodeAt(i))) i++;
    if (i === typeStart) return false;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    return c === OPEN_BRACE || c === OPEN_PAREN;
  }

  /** After a broken entry, scanning resumes at the next `@` that begins a line. */
  private nextLineStartAt(from: number): number {
    for (let i = this.text.indexOf('@', from); i !== -1; i = this.text.indexOf('@', i + 1)) {
      if (this.atLineStart(i)) return i;
    }
    return this.text.length;
  }

  private skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    this.pos = pos;
  }

  private identifier(): string {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    while (pos < text.length && isIdentifierChar(text.charCodeAt(pos))) pos++;
    this.pos = pos;
    return text.slice(start, pos);
  }

  /** Field names and types are case-insensitive; most are written in lower case already, so skip the copy then. */
  private lowerCaseIdentifier(): string {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    let upper = false;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c >= 97 && c <= 122) {
        pos++;
        continue;
      }
      if (!isIdentifierChar(c)) break;
      if ((c >= 65 && c <= 90) || c > 127) upper = true;
      pos++;
    }
    this.pos = pos;
    const name = text.slice(start, pos);
    return upper ? name.toLowerCase() : name;
  }

  /** Whether an entry begins a line at the current position: met inside an entry, that one was never closed. */
  private entryStartsHere(): boolean {
    return this.text.charCodeAt(this.pos) === AT && this.atLineStart(this.pos) && this.looksLikeEntryStart(this.pos);
  }

  /** The problem of an entry cut short by the next one: shown on the entry itself, not on the next. */
  private notClosed(): ScanError {
    const label = this.text.slice(this.openStart, this.openEnd).replace(/\s+/g, '');
    return new ScanError(`${label} is not closed before the next entry`, this.openStart, this.openEnd);
  }

  private expectEnd(what: string): never {
    throw new ScanError(`unexpected end of file ${what}`, this.pos, this.pos);
  }

  private entry(): void {
    const text = this.text;
    const start = this.pos;
    this.pos++;
    this.skipSpace();
    const typeStart = this.pos;
    const type = this.lowerCaseIdentifier();
    if (type === '') throw new ScanError("expected an entry type after '@'", start, start + 1);
    this.skipSpace();
    const open = text.charCodeAt(this.pos);
    if (open !== OPEN_BRACE && open !== OPEN_PAREN) {
      // BibTeX's own @comment needs no braces: the word alone makes the scanner skip to the next entry.
      if (type === 'comment') return;
      if (this.pos >= text.length) this.expectEnd(`after '@${type}'`);
      throw new ScanError(`expected '{' or '(' after '@${type}'`, typeStart, this.pos);
    }
    const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_PAREN;
    if (type === 'comment' || type === 'preamble') {
      this.pos = this.skipGroup(this.pos, close, `@${type}`);
      return;
    }
    this.pos++;
    this.openStart = start;
    this.openEnd = this.pos;
    if (type === 'string') {
      this.stringDefinition(close);
      return;
    }
    this.skipSpace();
    if (this.entryStartsHere()) throw this.notClosed();
    const keyStart = this.pos;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === COMMA || c === OPEN_BRACE || c === CLOSE_BRACE || c === close || isSpace(c)) break;
      this.pos++;
    }
    const keyEnd = this.pos;
    if (keyEnd === keyStart) throw new ScanError(`@${type} entry has no citation key`, start, keyStart + 1);
    this.skipSpace();
    if (text.charCodeAt(this.pos) === EQUALS) throw new ScanError(`@${type} entry has no citation key (a field stands where the key should be)`, keyStart, keyEnd);
    this.openEnd = keyEnd;
    const fields: Record<string, string> = {};
    let closed = this.separatorAfter(close, 'the key', keyStart, keyEnd);
    while (!closed) {
      this.skipSpace();
      const c = text.charCodeAt(this.pos);
      if (c === close) {
        this.pos++;
        closed = true;
        continue;
      }
      if (c === PERCENT) {
        // Not BibTeX, but common in hand-edited files: a commented-out field line.
        const eol = text.indexOf('\n', this.pos);
        this.pos = eol === -1 ? text.length : eol + 1;
        continue;
      }
      const nameStart = this.pos;
      const name = this.lowerCaseIdentifier();
      const nameEnd = this.pos;
      if (name === '') {
        if (this.pos >= text.length) this.expectEnd(`inside @${type}{${text.slice(keyStart, keyEnd)}: missing '${String.fromCharCode(close)}'`);
        if (c === AT) throw new ScanError(`@${type}{${text.slice(keyStart, keyEnd)} is not closed before the next entry`, start, keyEnd);
        throw new ScanError(`expected a field name or '${String.fromCharCode(close)}'`, this.pos, this.pos + 1);
      }
      this.skipSpace();
      if (text.charCodeAt(this.pos) !== EQUALS) throw new ScanError(`expected '=' after the field name '${name}'`, nameStart, this.pos);
      this.pos++;
      const value = this.value();
      if (!Object.hasOwn(fields, name) && name !== '__proto__') fields[name] = value;
      closed = this.separatorAfter(close, 'the value of', nameStart, nameEnd);
    }
    this.entries.push({ key: text.slice(keyStart, keyEnd), type, fields, start, end: this.pos, keyStart, keyEnd });
  }

  /**
   * Consumes `,` (returns false: more may follow) or the closing delimiter (returns true: the entry ends).
   * The error message is built only on error: this runs once per field.
   */
  private separatorAfter(close: number, what: string, nameStart: number, nameEnd: number): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === COMMA) {
      this.pos++;
      return false;
    }
    if (c === close) {
      this.pos++;
      return true;
    }
    const where = `after ${what} '${this.text.slice(nameStart, nameEnd)}'`;
    if (this.pos >= this.text.length) this.expectEnd(`${where}: missing '${String.fromCharCode(close)}'`);
    if (this.entryStartsHere()) throw this.notClosed();
    throw new ScanError(`expected ',' or '${String.fromCharCode(close)}' ${where}`, this.pos, this.pos + 1);
  }

  private stringDefinition(close: number): void {
    this.skipSpace();
    const nameStart = this.pos;
    if (this.entryStartsHere()) throw this.notClosed();
    const name = this.identifier().toLowerCase();
    if (name === '') throw new ScanError('expected a macro name in @string', nameStart, nameStart + 1);
    this.openEnd = this.pos;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== EQUALS) throw new ScanError(`expected '=' after the macro name '${name}'`, nameStart, this.pos);
    this.pos++;
    const value = this.value();
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== close) {
      if (this.pos >= this.text.length) this.expectEnd('inside @string');
      if (this.entryStartsHere()) throw this.notClosed();
      throw new ScanError(`expected '${String.fromCharCode(close)}' to end @string{${name}}`, this.pos, this.pos + 1);
    }
    this.pos++;
    this.macros.set(name, value);
  }

  /** A field value: parts (`{…}`, `"…"`, a number or a macro name) joined by `#`. */
  private value(): string {
    const text = this.text;
    let result: string | undefined;
    for (;;) {
      this.skipSpace();
      const start = this.pos;
      const c = text.charCodeAt(start);
      let part: string;
      if (c === OPEN_BRACE) {
        this.pos = this.skipGroup(start, CLOSE_BRACE, 'value');
        part = text.slice(start + 1, this.pos - 1);
      } else if (c === QUOTE) {
        this.pos = this.skipQuoted(start);
        part = text.slice(start + 1, this.pos - 1);
      } else if (isDigit(c)) {
        while (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) this.pos++;
        part = text.slice(start, this.pos);
      } else {
        const name = this.identifier();
        if (name === '') {
          if (start >= text.length) this.expectEnd('where a value was expected');
          if (this.entryStartsHere()) throw this.notClosed();
          throw new ScanError('expected a value: {…}, "…", a number or a macro name', start, start + 1);
        }
        // An unknown macro keeps its name: the best guess at what the user meant, and nothing is lost.
        part = this.macros.get(name.toLowerCase()) ?? name;
      }
      result = result === undefined ? part : result + part;
      this.skipSpace();
      if (text.charCodeAt(this.pos) !== HASH) return result;
      this.pos++;
    }
  }

  /** Index just past the delimiter matching the one at `open`, counting nested braces (escaped ones too, like BibTeX). */
  private skipGroup(open: number, close: number, what: string): number {
    return close === CLOSE_BRACE ? this.matchBrace(open, what) : this.matchParen(open, what);
  }

  /**
   * The next `@type{` or `@type(` that begins a line after `from`, or the text's length. A value or comment that runs
   * past it was almost surely never closed: BibTeX would accept it, but stopping there keeps one missing brace from
   * hiding every entry after it. Every search for a closing delimiter stops there too, so that a file of unclosed
   * values is read in one pass, not once more from each of them.
   */
  private nextEntryStart(from: number): number {
    if (from >= this.entryStartFrom && from < this.entryStart) return this.entryStart;
    let at = this.ats.find(from + 1);
    while (at !== -1 && !(this.atLineStart(at) && this.looksLikeEntryStart(at))) at = this.ats.find(at + 1);
    this.entryStartFrom = from;
    this.entryStart = at === -1 ? this.text.length : at;
    return this.entryStart;
  }

  /** The error for a group that is not closed: before the next entry, or at all. */
  private unclosed(open: number, limit: number, what: string, missing: string): ScanError {
    if (limit < this.text.length) return new ScanError(`${what} is not closed before the next entry (unbalanced braces?)`, open, open + 1);
    return new ScanError(`${what} is not closed: ${missing}`, open, open + 1);
  }

  /** Jumps from brace to brace with indexOf, which is several times faster than reading every character. */
  private matchBrace(open: number, what: string): number {
    const limit = this.nextEntryStart(open);
    let depth = 0;
    let i = open + 1;
    for (;;) {
      const nextClose = this.closeBraces.find(i);
      if (nextClose === -1 || nextClose > limit) throw this.unclosed(open, limit, what, 'unbalanced braces');
      const nextOpen = this.openBraces.find(i);
      if (nextOpen !== -1 && nextOpen < nextClose) {
        depth++;
        i = nextOpen + 1;
      } else if (depth === 0) {
        return nextClose + 1;
      } else {
        depth--;
        i = nextClose + 1;
      }
    }
  }

  /** `@comment(…)` and `@preamble(…)`: rare enough to read character by character. */
  private matchParen(open: number, what: string): number {
    const text = this.text;
    const limit = this.nextEntryStart(open);
    let depth = 0;
    for (let i = open + 1; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACE) depth++;
      else if (c === CLOSE_BRACE) depth--;
      else if (c === CLOSE_PAREN && depth <= 0) return i + 1;
    }
    throw this.unclosed(open, limit, what, "missing ')'");
  }

  private skipQuoted(open: number): number {
    const limit = this.nextEntryStart(open);
    let depth = 0;
    let i = open + 1;
    for (;;) {
      const nextQuote = this.quotes.find(i);
      const nextOpen = this.openBraces.find(i);
      const nextClose = this.closeBraces.find(i);
      let next = nextQuote;
      if (nextOpen !== -1 && (next === -1 || nextOpen < next)) next = nextOpen;
      if (nextClose !== -1 && (next === -1 || nextClose < next)) next = nextClose;
      if (next === -1 || next > limit) {
        if (limit < this.text.length) throw this.unclosed(open, limit, 'a "…" value', '');
        throw new ScanError('"…" value is not closed', open, open + 1);
      }
      i = next + 1;
      if (next === nextOpen) depth++;
      else if (next === nextClose) {
        depth--;
        if (depth < 0) throw new ScanError("unbalanced '}' in a \"…\" value", next, next + 1);
      } else if (depth === 0) {
        return i;
      }
    }
  }
}

/**
 * Reads every entry of a BibTeX/BibLaTeX file in one pass. Never throws: a broken entry becomes a problem at its
 * position and scanning resumes at the next `@` that begins a line, so the rest of the file still works.
 * `@comment` and `@preamble` are skipped; `@string` macros are expanded in later values.
 */
export function scanBibtex(path: string, text: string): BibIndex {
  return finishSteps(scanBibtexInSteps(path, text, Infinity));
}

/** A step size for `scanBibtexInSteps` of a few milliseconds' work. */
export const bibScanStepCharacters = 262_144;

/** `scanBibtex` in steps of the entries that start in about `stepCharacters` characters; the result is the same. */
export function* scanBibtexInSteps(path: string, text: string, stepCharacters: number): Steps<BibIndex> {
  const scanner = new BibScanner(text);
  while (!scanner.scan(stepCharacters)) yield;
  scanner.finish();
  return indexEntries(path, scanner.entries, scanner.problems);
}
