import type { Root, RootContent } from 'mdast';
import type { Draft } from '../draft/draftModel';
import { assembleMarkdownDraft } from './assembleMarkdownDraft';
import { endOf, extractBlockFacts, startOf } from './blockFacts';
import { BlockMaterializer } from './blockMaterial';
import { blockCutAfter, blockCutBefore, changedRange, firstLineOf, lineStartOf, startsWithFenceOpener, type ChangedRange } from './markdownCuts';
import type { MarkdownBlock } from './markdownBlock';
import { closedFrontMatterEnd, parseMarkdownTree } from './markdownPipeline';
import { oversizeReason, readOversizedDraft } from './oversizedMarkdown';
import { tryReadMarkdownBlocks } from './parseMarkdownDraft';
import type { Steps } from '../util/steps';

/** How many block boundaries after an edit are tried before the rest of the document is re-read. */
const END_CANDIDATES = 8;

/**
 * Re-reads a Markdown draft after each edit, re-parsing only the top-level blocks around the change. The result
 * always equals {@link parseMarkdownDraft} of the same text:
 * - the re-parsed slice starts at a block that follows a blank line (or the front matter) and lies wholly before the
 *   edit; it is parsed after the block before it, and both must come out as they were (micromark lets a block
 *   depend on the one before it, even across a blank line);
 * - it ends before an unchanged block that, parsed whole right after the new slice, comes out as it was, and after
 *   which the next block still starts as the same kind of block (so no fence, math block, HTML block, list or front
 *   matter opened in the slice runs on, and no block the slice leaves behind reads differently);
 * - link and footnote definitions made elsewhere are parsed along with the slice (before it, or after it at the
 *   document's start), since they decide what `[label]` is; when the edit changes the set of definitions, the whole
 *   document is read again.
 */
export class IncrementalMarkdownReader {
  private text: string | undefined;
  private blocks: MarkdownBlock[] = [];
  private draft: Draft | undefined;
  /** How many characters the last `update` handed to the parser (at least the whole text on a full read). */
  lastParsedLength = 0;
  /** Whether `blocks` are the parsed blocks of `text` (not so for a draft too large to parse). */
  private blocksRead = false;
  private readonly materializer: BlockMaterializer;

  constructor(private readonly path: string) {
    this.materializer = new BlockMaterializer(path);
  }

  /** The draft of `text`, the file's whole new content; equal to `parseMarkdownDraft(path, text)`. */
  update(text: string): Draft {
    this.lastParsedLength = 0;
    if (this.draft && text === this.text) return this.draft;
    return this.finishUpdate(text, this.rereadBlocks(text));
  }

  /**
   * `update` for an editor: an edit that can be re-read incrementally is read at once, but when the whole text must
   * be read again (the edit changed the link definitions, or most of the text) it is read in steps, as
   * `updateInSteps` does, instead of blocking for as long as a full parse takes (~1.7 s for 200k words).
   */
  *updateSteps(text: string, stepCharacters: number): Steps<Draft> {
    this.lastParsedLength = 0;
    if (this.draft && text === this.text) return this.draft;
    const edit = this.text === undefined ? undefined : changedRange(this.text, text);
    const blocks = edit && editSize(edit) <= 4 * stepCharacters ? this.rereadBlocks(text, edit) : undefined;
    if (blocks || text.length <= 2 * stepCharacters) return this.finishUpdate(text, blocks);
    this.text = undefined;
    this.draft = undefined;
    this.blocks = [];
    this.blocksRead = false;
    return yield* this.updateInSteps(text, stepCharacters);
  }

  /**
   * The blocks of `text` re-read incrementally from the current ones, or undefined when only a full read will do;
   * `edit` is where `text` differs from the current text, when the caller has it already.
   */
  private rereadBlocks(text: string, edit?: ChangedRange): MarkdownBlock[] | undefined {
    if (this.text === undefined || !this.blocksRead) return undefined;
    try {
      return this.reread(this.text, text, edit ?? changedRange(this.text, text));
    } catch {
      return undefined;
    }
  }

  /** Takes `text` with its re-read `blocks`, or reads it whole when there are none. */
  private finishUpdate(text: string, rereadBlocks: MarkdownBlock[] | undefined): Draft {
    let blocks = rereadBlocks;
    this.text = text;
    if (!blocks) {
      const oversize = oversizeReason(text);
      const read = oversize ?? tryReadMarkdownBlocks(text);
      if (!oversize) this.lastParsedLength += text.length;
      this.blocksRead = Array.isArray(read);
      if (!Array.isArray(read)) {
        this.blocks = [];
        this.draft = readOversizedDraft(this.path, text, read);
        return this.draft;
      }
      blocks = read;
    }
    this.blocks = blocks;
    this.draft = assembleMarkdownDraft(this.path, text, blocks, this.materializer);
    return this.draft;
  }

  /**
   * Reads `text` in steps of about `stepCharacters` (each step appends a part of the text, read as an edit at the
   * end), pausing at every `yield`, so an editor can stay responsive while it first reads a long draft. The result
   * equals `update(text)`. When a step has to read everything again, the rest is read in one go. The first step is
   * an eighth of the size, doubling up to it: the parser's code runs slowly until the engine has compiled it, so a
   * full first step of 8k characters took ~50 ms where later ones take ~15.
   *
   * A link definition changes what `[label]` reads as anywhere in the text, so a step that brought one in would make
   * the reader read everything again. Each part read is therefore followed by stand-ins (`[label]: #`) for every
   * definition the whole text seems to have: the set of definitions stays the same from the first step to the last,
   * where the real text replaces them. (A line that only looks like a definition, inside code, costs that full read.)
   */
  *updateInSteps(text: string, stepCharacters = 16_384): Steps<Draft> {
    if (this.text !== undefined || text.length <= 2 * stepCharacters || oversizeReason(text)) return this.update(text);
    const standIns = definitionStandIns(text);
    let readUpTo = 0;
    let size = Math.max(1, stepCharacters >> 3);
    for (;; size = Math.min(2 * size, stepCharacters)) {
      const cut = stepEnd(text, readUpTo + size);
      if (cut >= text.length) break;
      this.update(text.slice(0, cut) + standIns);
      const steppedIncrementally = readUpTo === 0 || this.lastParsedLength < cut;
      readUpTo = cut;
      if (!steppedIncrementally) break;
      yield;
    }
    return this.update(text);
  }

  /** The new blocks by re-parsing a slice, or undefined when only a full read is safe. */
  private reread(oldText: string, newText: string, edit: ChangedRange): MarkdownBlock[] | undefined {
    const old = this.blocks;
    const delta = newText.length - oldText.length;
    const hasFrontMatter = old.length > 0 && isFrontMatter(old[0]);
    const opensWithFence = startsWithFenceOpener(newText);
    // A first-line fence without front matter becomes front matter when a closing fence is typed anywhere below.
    const first = opensWithFence && !hasFrontMatter ? 0 : blockCutBefore(oldText, old, edit.start);
    const sliceStart = first === 0 ? 0 : lineStartOf(oldText, old[first].start);
    // The front matter, wherever its closing fence now is, must lie wholly inside the slice.
    const frontMatterEnd = first === 0 && opensWithFence ? closedFrontMatterEnd(newText) : -1;

    let candidate = blockCutAfter(oldText, old, first, edit.oldEnd);
    for (let attempt = 0; attempt < END_CANDIDATES && candidate < old.length; attempt++) {
      const endOld = lineStartOf(oldText, old[candidate].start);
      if (endOld + delta <= frontMatterEnd) {
        candidate = blockCutAfter(oldText, old, candidate, endOld + 1);
        attempt--;
        continue;
      }
      const result = this.parseSlice(newText, sliceStart, endOld + delta, first, candidate, old, delta);
      if (result === 'full-read') return undefined;
      if (result) return [...old.slice(0, first), ...result, ...old.slice(candidate).map((block) => shift(block, delta))];
      candidate = blockCutAfter(oldText, old, candidate, endOld + 1);
    }
    if (first === 0) return undefined;
    const result = this.parseSlice(newText, sliceStart, newText.length, first, old.length, old, delta);
    return result === 'full-read' || !result ? undefined : [...old.slice(0, first), ...result];
  }

  /**
   * Parses `newText[sliceStart..sliceEnd)` as it would stand in the whole document, replacing old blocks
   * `first..last` (blocks from `last` on have moved by `delta`); undefined when the block at `sliceEnd` would not
   * come out as it was.
   *
   * The unchanged block on each side of the slice is parsed along with it and must come out as it was, since
   * micromark lets a block depend on the one before it even across a blank line: after indented code, `2) item` or
   * a bare `-` is a paragraph, not a list; after a list whose items are indented further, an indented code block
   * breaks up line by line. The block before the slice gives the slice its real predecessor; the block after it,
   * parsed whole (and the first line of the one after that), shows that the slice leaves it as it was.
   */
  private parseSlice(
    newText: string,
    sliceStart: number,
    sliceEnd: number,
    first: number,
    last: number,
    old: readonly MarkdownBlock[],
    delta: number,
  ): MarkdownBlock[] | undefined | 'full-read' {
    const outside = [...old.slice(0, first), ...old.slice(last)].flatMap((block) => block.facts.definitions);
    // A link definition labelled `^x` cannot be written on a line of its own: it would be a footnote definition.
    if (outside.some((label) => label.startsWith('['))) return 'full-read';
    const definitionLines = outside.map((label) => `[${label.replace(/\s+/g, ' ')}]: #\n`).join('');
    const previous = first > 0 && !isFrontMatter(old[first - 1]) ? old[first - 1] : undefined;
    const following = last < old.length ? shift(old[last], delta) : undefined;
    const afterFollowing = last + 1 < old.length ? shift(old[last + 1], delta) : undefined;
    const afterFollowingLine = afterFollowing ? lineStartOf(newText, afterFollowing.start) : undefined;
    const contextStart = previous ? lineStartOf(newText, previous.start) : sliceStart;
    const nextEnd = afterFollowingLine === undefined ? newText.length : afterFollowingLine + firstLineOf(newText, afterFollowingLine).length;
    const next = following ? newText.slice(sliceEnd, nextEnd) : '';
    // A slice inside the document gets a leading blank line, so that a `---` it starts with is no front matter. After
    // the definitions, an unindented HTML comment closes a footnote definition, which would otherwise take an indented
    // first block of the slice as its own continuation.
    const before = sliceStart > 0 ? (definitionLines === '' ? '\n' : `${definitionLines}\n<!-- -->\n\n`) : '';
    const after = sliceStart === 0 && outside.length > 0 ? `\n\n${definitionLines}` : '';
    // A paragraph grown too long makes the whole draft unreadable; the full read reports it.
    if (oversizeReason(newText, sliceStart, sliceEnd)) return 'full-read';
    const slice = newText.slice(sliceStart, sliceEnd);
    const source = before + newText.slice(contextStart, sliceStart) + slice + next + after;
    const tree: Root = parseMarkdownTree(source);
    this.lastParsedLength += source.length;

    /** Where an offset of the new text stands in `source`. */
    const at = (offset: number) => offset - contextStart + before.length;
    const bodyStart = at(sliceStart);
    const nextStart = at(sliceEnd);
    const nodes = tree.children;
    // The slice's first block lies wholly before the edit (a later block's first line does too): it must come out as
    // it was, which shows that the blocks before it leave the parser as they did.
    if (first > 0 && ((previous && !parsedAs(nodes, source, previous, at)) || !parsedAs(nodes, source, old[first], at))) return 'full-read';
    if (following && !parsedAs(nodes, source, following, at)) return undefined;
    // Only the first line of the block after is parsed: it must start a block of the same kind (the kind of a block
    // can depend on the one before it, and so on the slice two blocks away).
    if (afterFollowing && !nodes.some((node) => startOf(node) === at(afterFollowing.start) && node.type === afterFollowing.type)) return undefined;
    const definitionCount = nodes.filter((node) => isDefinition(node) && (startOf(node) < before.length || startOf(node) >= nextStart + next.length)).length;
    if (definitionCount !== outside.length) return next === '' ? 'full-read' : undefined;

    const blocks: MarkdownBlock[] = [];
    for (const node of nodes) {
      const start = startOf(node);
      if (start < bodyStart || start >= nextStart) continue;
      blocks.push({ type: node.type, start: start - bodyStart + sliceStart, end: endOf(node) - bodyStart + sliceStart, facts: extractBlockFacts(node, source) });
    }
    const oldDefinitions = definitionSet(old.flatMap((block) => block.facts.definitions));
    const newDefinitions = definitionSet([...outside, ...blocks.flatMap((block) => block.facts.definitions)]);
    if (!sameSet(oldDefinitions, newDefinitions)) return 'full-read';
    return blocks;
  }
}

/**
 * Lines that define, with a dummy destination, every label the text seems to define (`[label]:` or `[^note]:` at the
 * start of a line, indented at most three spaces), after a blank line; empty when there are none.
 */
function definitionStandIns(text: string): string {
  const labels = new Set<string>();
  for (const match of text.matchAll(/^ {0,3}\[((?:[^\\\]\n]|\\.){1,999})\]:/gm)) labels.add(match[1]);
  return labels.size === 0 ? '' : `\n${[...labels].map((label) => `[${label}]: #\n`).join('')}`;
}

/** How many characters an edit spans, in the old text or the new, whichever is more. */
function editSize(edit: ChangedRange): number {
  return Math.max(edit.oldEnd, edit.newEnd) - edit.start;
}

/** The end of a step of a stepped read: just after the first blank line at or after `from`, or the text's end. */
function stepEnd(text: string, from: number): number {
  const blank = text.indexOf('\n\n', from);
  return blank < 0 ? text.length : blank + 2;
}

/**
 * Whether the parse of `source` has a top-level node that is the block as it was: same type, exact extent, same
 * facts (what is inside can change too: after indented code, a block quote's `*` is text, not a list item). `at`
 * maps offsets of the text into the parse.
 */
function parsedAs(nodes: readonly RootContent[], source: string, block: MarkdownBlock, at: (offset: number) => number): boolean {
  const start = at(block.start);
  const end = at(block.end);
  const node = nodes.find((candidate) => startOf(candidate) === start);
  return node !== undefined && endOf(node) === end && node.type === block.type && sameData(extractBlockFacts(node, source), block.facts);
}

/** Deep equality of plain data (arrays, objects, primitives), as facts are. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameData(recordA[key], recordB[key]));
}

function isFrontMatter(block: MarkdownBlock): boolean {
  return block.type === 'yaml' || block.type === 'toml';
}

function isDefinition(node: RootContent): boolean {
  return node.type === 'definition' || node.type === 'footnoteDefinition';
}

function shift(block: MarkdownBlock, delta: number): MarkdownBlock {
  return delta === 0 ? block : { type: block.type, start: block.start + delta, end: block.end + delta, facts: block.facts };
}

/** Definition labels as Markdown matches them: case-folded, whitespace collapsed. */
function definitionSet(labels: readonly string[]): Set<string> {
  return new Set(labels.map((label) => label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
