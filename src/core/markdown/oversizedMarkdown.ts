import type { Draft } from '../draft/draftModel';
import { assembleMarkdownDraft } from './assembleMarkdownDraft';
import type { MarkdownBlock } from './markdownBlock';
import { closedFrontMatterEnd } from './markdownPipeline';
import { readYamlFrontMatter } from './yamlFrontMatter';
import { readTomlFrontMatter } from './tomlFrontMatter';

/** Drafts longer than this (about 600,000 words) are not parsed: remark would take minutes and gigabytes. */
export const MAX_MARKDOWN_LENGTH = 4_000_000;
/**
 * Paragraphs (stretches without a blank line) longer than this are not parsed either: remark's inline parsing grows
 * faster than linearly with paragraph length (a 200 kB paragraph takes seconds, a 10 MB line hours).
 */
export const MAX_PARAGRAPH_LENGTH = 100_000;
/**
 * Paragraphs with more emphasis and link marks (`*`, `_`, `~`, `[`, `]`) than this are not parsed either: micromark
 * matches them in time that grows with the square of their number (a 99 kB line of `*_` takes six minutes, one of
 * `]` a minute; at this many, about a second).
 */
export const MAX_PARAGRAPH_MARKS = 5_000;
/**
 * Lines nested deeper than this in block quotes and list items are not parsed: micromark's time per line grows with
 * the square of the nesting (`- ` written 5,000 times on one line takes half a minute before the stack overflows; a
 * list nested 1,900 deep by indentation, minutes). A line's nesting is counted as its `>` and list markers, or half
 * the columns they and the white space before them take, whichever is more: a nested list item stands at least two
 * columns further in.
 */
export const MAX_LINE_NESTING = 32;

/** Why a text cannot be parsed, and where (`start`, `end`) the problem is to be shown. */
export interface OversizeReason {
  readonly reason: string;
  readonly start: number;
  readonly end: number;
}

const MARK = /[*_~[\]]/g;

/** The offset of the next emphasis or link mark at or after `from` and before `to`, or `to`. */
function nextMark(text: string, from: number, to: number): number {
  MARK.lastIndex = from;
  const found = MARK.exec(text);
  return found && found.index < to ? found.index : to;
}

/** Why `text[from..to)` cannot be parsed in reasonable time, or undefined when it can. */
export function oversizeReason(text: string, from = 0, to = text.length): OversizeReason | undefined {
  if (text.length > MAX_MARKDOWN_LENGTH) {
    return { reason: `the draft has ${text.length} characters (at most ${MAX_MARKDOWN_LENGTH} are read)`, start: 0, end: 0 };
  }
  let stretchStart = from;
  let stretchMarks = 0;
  let mark = nextMark(text, from, to);
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= to ? to : newline;
    if (isBlank(text, lineStart, lineEnd)) {
      stretchStart = lineEnd + 1;
      stretchMarks = 0;
    } else {
      if (lineEnd - stretchStart > MAX_PARAGRAPH_LENGTH) {
        return { reason: `a paragraph is longer than ${MAX_PARAGRAPH_LENGTH} characters`, start: stretchStart, end: stretchStart };
      }
      for (; mark < lineEnd; mark = nextMark(text, mark + 1, to)) stretchMarks++;
      if (stretchMarks > MAX_PARAGRAPH_MARKS) {
        return { reason: `a paragraph has more than ${MAX_PARAGRAPH_MARKS} emphasis and link marks (*, _, ~, [, ])`, start: stretchStart, end: stretchStart };
      }
      if (lineNesting(text, lineStart, lineEnd) > MAX_LINE_NESTING) {
        return { reason: `a line is nested more than ${MAX_LINE_NESTING} deep in block quotes and list items`, start: lineStart, end: lineStart };
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * How deep a line is nested: its block quote (`>`) and list item (`-`, `+`, `*`, `1.`, `1)`) markers, or half the
 * columns of them and the white space before them if more; 0 for a line with no marker. A line of `- - -` or
 * `* * *` alone is a thematic break and opens nothing.
 */
function lineNesting(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let i = start;
  for (;;) {
    for (; i < end && isSpace(text.charCodeAt(i)); i++) if (text.charCodeAt(i) !== 13) columns = text.charCodeAt(i) === 9 ? columns + 4 - (columns % 4) : columns + 1;
    const depth = markers === 0 ? 0 : Math.max(markers, (columns + 1) >> 1);
    if (i >= end) return markers > 2 && /^[ \t]*([-*_])(?:[ \t]*\1)*[ \t\r]*$/.test(text.slice(start, end)) ? 0 : depth;
    const code = text.charCodeAt(i);
    let markerEnd = i + 1;
    if (code !== 62 /* > */ && code !== 45 /* - */ && code !== 43 /* + */ && code !== 42 /* * */) {
      markerEnd = i;
      while (markerEnd < end && markerEnd - i < 9 && text.charCodeAt(markerEnd) >= 48 && text.charCodeAt(markerEnd) <= 57) markerEnd++;
      const delimiter = text.charCodeAt(markerEnd);
      markerEnd = markerEnd > i && (delimiter === 46 /* . */ || delimiter === 41 /* ) */) ? markerEnd + 1 : i;
    }
    // A list marker needs white space (or the line's end) after it; `>` does not.
    if (markerEnd === i || (code !== 62 && markerEnd < end && !isSpace(text.charCodeAt(markerEnd)))) return depth;
    markers++;
    columns += markerEnd - i;
    i = markerEnd;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/**
 * The draft of a text too large to parse: its front matter (title, abstract, keywords, topics, bibliography) is
 * still read, and a problem says why the rest is not.
 */
export function readOversizedDraft(path: string, text: string, why: OversizeReason): Draft {
  const blocks: MarkdownBlock[] = [];
  const frontMatterEnd = closedFrontMatterEnd(text.length > MAX_MARKDOWN_LENGTH ? text.slice(0, MAX_PARAGRAPH_LENGTH) : text);
  if (frontMatterEnd >= 0 && frontMatterEnd <= MAX_PARAGRAPH_LENGTH) {
    const read = text.startsWith('+') ? readTomlFrontMatter : readYamlFrontMatter;
    const reading = read(text, 0, frontMatterEnd, 0);
    blocks.push({
      type: text.startsWith('+') ? 'toml' : 'yaml',
      start: 0,
      end: frontMatterEnd,
      facts: { runs: reading.runs, citations: [], nonProse: [{ kind: 'frontmatter', start: 0, end: frontMatterEnd }], definitions: [], frontMatter: reading.facts },
    });
  }
  const draft = assembleMarkdownDraft(path, text, blocks);
  const location = draft.files[0].lines.rangeOf(why.start, why.end);
  return {
    ...draft,
    problems: [...draft.problems, { code: 'markdown/too-large', message: `Not analysed: ${why.reason}.`, location: { file: path, range: location } }],
  };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
