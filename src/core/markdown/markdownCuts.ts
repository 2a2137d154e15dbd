import type { MarkdownBlock } from './markdownBlock';

/** The span an edit changed: `start..oldEnd` in the old text became `start..newEnd` in the new one. */
export interface ChangedRange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

const CHUNK = 4096;

/** The common prefix and suffix of two texts, compared in chunks first since edits are small. */
export function changedRange(oldText: string, newText: string): ChangedRange {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + CHUNK <= shorter && oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  const room = shorter - start;
  while (suffix + CHUNK <= room && oldText.slice(oldText.length - suffix - CHUNK, oldText.length - suffix) === newText.slice(newText.length - suffix - CHUNK, newText.length - suffix)) {
    suffix += CHUNK;
  }
  while (suffix < room && oldText.charCodeAt(oldText.length - suffix - 1) === newText.charCodeAt(newText.length - suffix - 1)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line at `offset` with its line break. */
export function firstLineOf(text: string, offset: number): string {
  const newline = text.indexOf('\n', offset);
  return text.slice(offset, newline < 0 ? text.length : newline + 1);
}

/**
 * Whether the text opens with a front matter fence (`---` or `+++` alone on the first line). A lone `\r` ends a line
 * too, as for micromark and `closedFrontMatterEnd`.
 */
export function startsWithFenceOpener(text: string): boolean {
  return /^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/.test(text);
}

/**
 * The block to start re-parsing at for an edit at `editStart`: one that begins a line after a blank line (or right
 * after the front matter) and whose whole first line comes before the edit, with one more such block as a margin.
 * 0 when there is none (re-parse from the document's start).
 */
export function blockCutBefore(text: string, blocks: readonly MarkdownBlock[], editStart: number): number {
  let index = firstBlockAtOrAfter(blocks, editStart + 1) - 1;
  let found = 0;
  for (; index > 0; index--) {
    const block = blocks[index];
    const lineEnd = text.indexOf('\n', block.start);
    if (lineEnd < 0 || lineEnd >= editStart) continue;
    const afterFrontMatter = blocks[index - 1].type === 'yaml' || blocks[index - 1].type === 'toml';
    if (startsCleanLine(text, blocks, index, afterFrontMatter) && ++found === 2) return index;
  }
  return 0;
}

/**
 * The first block after `afterIndex` that begins a line after a blank line lying wholly at or after `minOffset`
 * (unchanged text), or `blocks.length` when there is none.
 */
export function blockCutAfter(text: string, blocks: readonly MarkdownBlock[], afterIndex: number, minOffset: number): number {
  for (let index = Math.max(afterIndex + 1, firstBlockAtOrAfter(blocks, minOffset)); index < blocks.length; index++) {
    const lineStart = lineStartOf(text, blocks[index].start);
    if (lineStart < 1 || lineStartOf(text, lineStart - 1) < minOffset) continue;
    if (startsCleanLine(text, blocks, index, false)) return index;
  }
  return blocks.length;
}

/** Block `index` starts its line (after indentation only) and, unless `afterFrontMatter`, follows a blank line. */
function startsCleanLine(text: string, blocks: readonly MarkdownBlock[], index: number, afterFrontMatter: boolean): boolean {
  const start = blocks[index].start;
  const lineStart = lineStartOf(text, start);
  if (lineStart === 0 || !/^[ \t]*$/.test(text.slice(lineStart, start))) return false;
  if (blocks[index - 1].end > lineStart - 1) return false;
  if (afterFrontMatter) return true;
  const previousLine = text.slice(lineStartOf(text, lineStart - 1), lineStart - 1);
  return /^[ \t\r]*$/.test(previousLine);
}

/** The index of the first block starting at or after `offset`. */
function firstBlockAtOrAfter(blocks: readonly MarkdownBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
