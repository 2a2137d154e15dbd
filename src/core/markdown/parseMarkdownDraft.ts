import type { Draft } from '../draft/draftModel';
import { assembleMarkdownDraft } from './assembleMarkdownDraft';
import { endOf, extractBlockFacts, startOf } from './blockFacts';
import type { MarkdownBlock } from './markdownBlock';
import { parseMarkdownTree } from './markdownPipeline';
import { oversizeReason, readOversizedDraft } from './oversizedMarkdown';

/**
 * Reads a Markdown draft (pandoc, Quarto, R Markdown, GFM) into the draft model: front matter, title, abstract,
 * keywords, sections, pandoc citations, prose runs mapped to exact UTF-16 source positions, and the spans that are
 * not prose. Never throws on bad input; what cannot be read becomes a problem, and a draft too large to parse in
 * reasonable time (see {@link oversizeReason}) is read for its front matter only.
 */
export function parseMarkdownDraft(path: string, text: string): Draft {
  const oversize = oversizeReason(text);
  if (oversize) return readOversizedDraft(path, text, oversize);
  return assembleMarkdownDraft(path, text, readMarkdownBlocks(text));
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
