import type { Draft } from '../draft/draftModel';
import { assembleMarkdownDraft } from './assembleMarkdownDraft';
import { endOf, extractBlockFacts, startOf } from './blockFacts';
import type { MarkdownBlock } from './markdownBlock';
import { parseMarkdownTree } from './markdownPipeline';
import { oversizeReason, readOversizedDraft, type OversizeReason } from './oversizedMarkdown';

/**
 * Reads a Markdown draft (pandoc, Quarto, R Markdown, GFM) into the draft model: front matter, title, abstract,
 * keywords, sections, pandoc citations, prose runs mapped to exact UTF-16 source positions, and the spans that are
 * not prose. Never throws on bad input; what cannot be read becomes a problem, and a draft too large to parse in
 * reasonable time (see {@link oversizeReason}) is read for its front matter only.
 */
export function parseMarkdownDraft(path: string, text: string): Draft {
  const oversize = oversizeReason(text);
  if (oversize) return readOversizedDraft(path, text, oversize);
  const blocks = tryReadMarkdownBlocks(text);
  return Array.isArray(blocks) ? assembleMarkdownDraft(path, text, blocks) : readOversizedDraft(path, text, blocks);
}

/**
 * The top-level blocks of a whole document, or why they could not be read. Blocks nested thousands deep made remark
 * overflow the stack; `oversizeReason` now declines such text, and should some other input still exhaust the stack
 * (or the length of a string or array), the draft gets a problem rather than its reader an exception.
 */
export function tryReadMarkdownBlocks(text: string): MarkdownBlock[] | OversizeReason {
  try {
    return readMarkdownBlocks(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { reason: `the Markdown parser gave up (${error.message})`, start: 0, end: 0 };
  }
}

/** The top-level blocks of a whole document, each with what it contributes. */
export function readMarkdownBlocks(text: string): MarkdownBlock[] {
  return parseMarkdownTree(text).children.map((node) => ({
    type: node.type,
    start: startOf(node),
    end: endOf(node),
    facts: extractBlockFacts(node, text),
  }));
}
