/**
 * Readers for the commands whose arguments the scanner must understand rather than just skip: citations, includes,
 * bibliographies, `\verb`, `\def`, and the magic comments. Each takes the offset just past the command name and
 * returns the offset where scanning goes on.
 */
import type { LatexScanState } from './latexFileScan';
import * as lexing from './latexLexing';
import type { GroupEnd } from './latexLexing';

const { BACKSLASH, CLOSE_PAREN, COMMA, NEWLINE, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, PERCENT, STAR } = lexing.charCodes;
// Module constants, read once: run through tsx (tests, benchmarks) an imported binding is a getter call on every use.
const { bracketGroupEnd, braceGroupEnd, indexOnLine, isCommandLetter, isWhitespace, skipArgumentSpace, trimmedBounds } = lexing;

/** The trimmed content of the `{…}` group that opened at `open`. */
function contentOf(state: LatexScanState, open: number, group: GroupEnd): readonly [number, number] {
  return trimmedBounds(state.text, open + 1, group.closed ? group.end - 1 : group.end);
}

/** Calls `visit` with each comma-separated item of `start .. end` (trimmed; comments skipped). */
function forEachListItem(text: string, start: number, end: number, visit: (itemStart: number, itemEnd: number) => void): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === COMMA || isWhitespace(code)) {
      i++;
      continue;
    }
    if (code === PERCENT) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 || newline > end ? end : newline;
      continue;
    }
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === PERCENT || isWhitespace(c)) break;
      j++;
    }
    // An item may hold spaces (a bibliography path); keep reading words up to the comma.
    let itemEnd = j;
    while (j < end && text.charCodeAt(j) !== COMMA && text.charCodeAt(j) !== PERCENT) {
      if (!isWhitespace(text.charCodeAt(j))) itemEnd = j + 1;
      j++;
    }
    visit(i, itemEnd);
    i = j;
  }
}

/**
 * The `)` after `open` on its line, or -1. A failed search is remembered to the line's end: on a line of `\cites(`
 * with no `)`, searching again from each one took time that grows with the square of the line (a minute for 1 MB).
 */
function closingParenOnLine(state: LatexScanState, open: number): number {
  if (open >= state.noParenFrom && open < state.noParenTo) return -1;
  const close = indexOnLine(state.text, open, CLOSE_PAREN);
  if (close === -1) {
    const newline = state.text.indexOf('\n', open);
    state.noParenFrom = open;
    state.noParenTo = newline === -1 ? state.text.length : newline;
  }
  return close;
}

/** `\cite…[pre][post]{a,b}`, and biblatex's multicite `\cites(pre)(post)[…]{a}[…]{b}`. */
export function readCitation(state: LatexScanState, from: number, command: string, multi: boolean): number {
  const text = state.text;
  let pos = from;
  if (text.charCodeAt(pos) === STAR) pos++;
  let keyGroups = 0;
  for (;;) {
    const at = skipArgumentSpace(text, pos);
    const code = text.charCodeAt(at);
    if (multi && keyGroups === 0 && code === OPEN_PAREN) {
      const close = closingParenOnLine(state, at);
      if (close === -1) break;
      state.addNonProse('argument', at, close + 1);
      pos = close + 1;
    } else if (code === OPEN_BRACKET) {
      const group = bracketGroupEnd(text, at);
      state.addNonProse('argument', at, group.end);
      if (!group.closed) state.addProblem('unterminated-argument', `The optional argument of ${command} is not closed.`, at, at + 1);
      pos = group.end;
    } else if (code === OPEN_BRACE) {
      const group = braceGroupEnd(text, at, false);
      state.addNonProse('argument', at, group.end);
      if (!group.closed) state.addProblem('unterminated-argument', `The keys of ${command} are not closed.`, at, at + 1);
      const [start, end] = contentOf(state, at, group);
      forEachListItem(text, start, end, (keyStart, keyEnd) => {
        if (keyEnd - keyStart !== 1 || text.charCodeAt(keyStart) !== STAR) state.addCitation(command, keyStart, keyEnd);
      });
      pos = group.end;
      keyGroups++;
      if (!multi) break;
    } else break;
  }
  return pos;
}

/** The file argument of an include: `{path}`, or TeX's bare `\input path`. */
function readPathArgument(state: LatexScanState, from: number, command: string, allowBare: boolean): { start: number; end: number; next: number } | undefined {
  const text = state.text;
  const at = skipArgumentSpace(text, from);
  const code = text.charCodeAt(at);
  if (code === OPEN_BRACE) {
    const group = braceGroupEnd(text, at, false);
    state.addNonProse('argument', at, group.end);
    if (!group.closed) state.addProblem('unterminated-argument', `The argument of ${command} is not closed.`, at, at + 1);
    const [start, end] = contentOf(state, at, group);
    return { start, end, next: group.end };
  }
  if (!allowBare || at === from || at >= text.length) return undefined;
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (isWhitespace(c) || c === PERCENT || c === BACKSLASH || c === OPEN_BRACE || c === 125) break;
    end++;
  }
  if (end === at) return undefined;
  state.addNonProse('argument', at, end);
  return { start: at, end, next: end };
}

/** `\input{…}`, `\include{…}`, `\subfile{…}`. */
export function readInclude(state: LatexScanState, from: number, name: string, relativeTo: 'base' | 'file', offset: number, inPreamble: boolean): number {
  const command = `\\${name}`;
  const path = readPathArgument(state, from, command, name === 'input');
  if (!path) return from;
  const written = state.text.slice(path.start, path.end);
  if (written !== '') {
    state.includes.push({ command, written, directory: undefined, relativeTo, location: state.location(path.start, path.end), offset, inPreamble });
  }
  return path.next;
}

/** `\import{dir}{file}` and its kin. */
export function readImport(state: LatexScanState, from: number, name: string, relativeTo: 'base' | 'root', offset: number, inPreamble: boolean): number {
  const command = `\\${name}`;
  const directory = readPathArgument(state, from, command, false);
  if (!directory) return from;
  const file = readPathArgument(state, directory.next, command, false);
  if (!file) return directory.next;
  const written = state.text.slice(file.start, file.end);
  if (written !== '') {
    state.includes.push({
      command,
      written,
      directory: state.text.slice(directory.start, directory.end),
      relativeTo,
      location: state.location(file.start, file.end),
      offset,
      inPreamble,
    });
  }
  return file.next;
}

/** `\bibliography{a,b}` (`.bib` added as BibTeX does) and `\addbibresource[…]{x.bib}`. */
export function readBibliography(state: LatexScanState, from: number, name: string): number {
  const text = state.text;
  let pos = from;
  if (name === 'addbibresource') {
    const at = skipArgumentSpace(text, pos);
    if (text.charCodeAt(at) === OPEN_BRACKET) {
      const group = bracketGroupEnd(text, at);
      state.addNonProse('argument', at, group.end);
      pos = group.end;
    }
  }
  const path = readPathArgument(state, pos, `\\${name}`, false);
  if (!path) return pos;
  if (name === 'addbibresource') {
    if (path.end > path.start) state.bibliographies.push({ path: text.slice(path.start, path.end), resolved: undefined, location: state.location(path.start, path.end) });
    return path.next;
  }
  forEachListItem(text, path.start, path.end, (start, end) => {
    const written = text.slice(start, end);
    const withExtension = /\.bib$/i.test(written) ? written : `${written}.bib`;
    state.bibliographies.push({ path: withExtension, resolved: undefined, location: state.location(start, end) });
  });
  return path.next;
}

/** `\verb|…|`, `\verb*|…|`, `\lstinline[…]|…|` or `{…}`, `\mintinline[…]{lang}|…|`: code that may hold anything. */
export function readVerbatimCommand(state: LatexScanState, from: number, name: string, start: number): number {
  const text = state.text;
  let pos = from;
  if (name === 'verb' && text.charCodeAt(pos) === STAR) pos++;
  if (name !== 'verb') {
    if (text.charCodeAt(pos) === OPEN_BRACKET) pos = bracketGroupEnd(text, pos).end;
    if (name === 'mintinline' && text.charCodeAt(pos) === OPEN_BRACE) pos = braceGroupEnd(text, pos, false).end;
  }
  if (pos >= text.length) return pos;
  const delimiter = text.charCodeAt(pos);
  if (isWhitespace(delimiter) || isCommandLetter(delimiter)) return pos;
  let end: number;
  if (delimiter === OPEN_BRACE && name !== 'verb') {
    const group = braceGroupEnd(text, pos, false, true);
    end = group.end;
    if (!group.closed) state.addProblem('unterminated-verb', `The argument of \\${name} is not closed.`, start, pos + 1);
  } else {
    const close = indexOnLine(text, pos + 1, delimiter);
    if (close === -1) {
      state.addProblem('unterminated-verb', `\\${name} is not closed on its line.`, start, pos + 1);
      const newline = text.indexOf('\n', pos + 1);
      end = newline === -1 ? text.length : newline;
    } else end = close + 1;
  }
  state.addNonProse('verbatim', start, end);
  return end;
}

/** `\def\name#1#2{body}`: the whole definition is not prose. */
export function readDefinition(state: LatexScanState, from: number, start: number): number {
  const text = state.text;
  let pos = from;
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
  if (text.charCodeAt(pos) === BACKSLASH) {
    pos++;
    if (isCommandLetter(text.charCodeAt(pos))) while (pos < text.length && isCommandLetter(text.charCodeAt(pos))) pos++;
    else pos++;
  }
  while (pos < text.length && text.charCodeAt(pos) !== OPEN_BRACE && text.charCodeAt(pos) !== NEWLINE) pos++;
  if (text.charCodeAt(pos) !== OPEN_BRACE) {
    state.addNonProse('argument', start, pos);
    return pos;
  }
  const group = braceGroupEnd(text, pos, true);
  if (!group.closed) state.addProblem('unterminated-argument', 'The body of this \\def is not closed.', start, pos + 1);
  state.addNonProse('argument', start, group.end);
  return group.end;
}

const texRootPattern = /^%+\s*!\s*TeX\s+root\s*=\s*(.*?)\s*$/i;
const topicsPattern = /^%+\s*biofm-topics\s*:(.*)$/i;

/** Reads `% !TEX root = …` and `% biofm-topics: 6, 9` from the comment `start .. end` (without its newline). */
export function readMagicComment(state: LatexScanState, start: number, end: number): void {
  const comment = state.text.slice(start, end);
  const root = texRootPattern.exec(comment);
  if (root) {
    if (!state.texRoot && root[1] !== '') {
      const pathStart = start + comment.lastIndexOf(root[1]);
      state.texRoot = { path: root[1], location: state.location(pathStart, pathStart + root[1].length) };
    }
    return;
  }
  const topics = topicsPattern.exec(comment);
  if (!topics || state.declaredTopics) return;
  const tokens = topics[1].split(/[\s,;]+/).filter((token) => token !== '');
  const ids = tokens.filter((token) => /^\d+$/.test(token)).map(Number);
  if (ids.length !== tokens.length || ids.length === 0) {
    state.addProblem('invalid-topic-declaration', 'List topic numbers separated by commas, e.g. `% biofm-topics: 6, 9`.', start, end);
  }
  if (ids.length > 0) state.declaredTopics = { ids, location: state.location(start, end) };
}
