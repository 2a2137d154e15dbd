import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { NonProseKind } from '../draft/draftModel';
import type { BlockFacts, CitationFacts, FrontMatterFacts, NonProseFacts, RunFacts, RunRole, SpanFacts } from './markdownBlock';
import { scanPandocCitations } from './pandocCitations';
import { isCrossReference, mergeSpans, pandocMarkupSpans } from './pandocMarkup';
import { buildRun } from './proseRunBuilder';
import { appendAligned, appendLineBreak, SourcedText, UNMAPPED } from './sourcedText';
import { readYamlFrontMatter } from './yamlFrontMatter';
import { readTomlFrontMatter } from './tomlFrontMatter';

/** A pandoc table caption paragraph (`Table: Results on …`). */
const TABLE_CAPTION = /^Table:\s/;

/** What one top-level mdast node of `source` contributes to the draft, relative to the node's start. */
export function extractBlockFacts(node: RootContent, source: string): BlockFacts {
  const collector = new BlockCollector(source, startOf(node));
  collector.block(node, true);
  return collector.result();
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? startOf(node);
}

class BlockCollector {
  private readonly runs: RunFacts[] = [];
  private readonly citations: CitationFacts[] = [];
  private readonly nonProse: NonProseFacts[] = [];
  private readonly definitions: string[] = [];
  private frontMatter: FrontMatterFacts | undefined;
  /** Image captions met inside a run, added after it so that runs stay in source order. */
  private pendingCaptions: { text: SourcedText; span: SpanFacts }[] = [];

  constructor(
    private readonly source: string,
    private readonly base: number,
  ) {}

  result(): BlockFacts {
    const { runs, citations, nonProse, definitions, frontMatter } = this;
    return { runs, citations, nonProse, definitions, frontMatter };
  }

  block(node: RootContent, topLevel: boolean): void {
    switch (node.type) {
      case 'paragraph':
        this.inlineRun(topLevel ? 'paragraph' : 'text', 0, node.children, span(node));
        break;
      case 'heading':
        this.inlineRun('heading', node.depth, node.children, contentSpan(node));
        break;
      case 'table':
        for (const row of node.children) for (const cell of row.children) this.inlineRun('text', 0, cell.children, span(cell));
        break;
      case 'blockquote':
      case 'list':
      case 'listItem':
        for (const child of node.children) this.block(child, false);
        break;
      case 'footnoteDefinition':
        this.definitions.push(`^${node.label ?? node.identifier}`);
        for (const child of node.children) this.block(child, false);
        break;
      case 'definition': {
        // `[^x]: …` continuing a paragraph is a link definition whose label starts with `^`: a leading `[` (which no
        // label starts with) keeps it apart from the footnote definition `^x`.
        const label = node.label ?? node.identifier;
        this.definitions.push(label.startsWith('^') ? `[${label}` : label);
        break;
      }
      case 'code':
        this.addNonProse('code', node);
        break;
      case 'math':
        this.addNonProse('math', node);
        break;
      case 'html':
        this.addNonProse(isComment(node.value) ? 'comment' : 'html', node);
        break;
      case 'yaml':
        this.readFrontMatter(node, readYamlFrontMatter);
        break;
      default:
        // remark-frontmatter's `toml` node is not among mdast's declared types.
        if ((node.type as string) === 'toml') this.readFrontMatter(node, readTomlFrontMatter);
        break;
    }
  }

  private readFrontMatter(node: Nodes, read: typeof readYamlFrontMatter): void {
    this.addNonProse('frontmatter', node);
    const reading = read(this.source, startOf(node), endOf(node), this.base);
    this.frontMatter = reading.facts;
    this.runs.push(...reading.runs);
  }

  private addNonProse(kind: NonProseKind, node: Nodes): void {
    this.nonProse.push({ kind, start: startOf(node) - this.base, end: endOf(node) - this.base });
  }

  private inlineRun(role: RunRole, depth: number, children: readonly PhrasingContent[], where: SpanFacts): void {
    const text = new SourcedText();
    this.inline(children, text, where.start, where.end);
    const plain = role === 'heading' ? plainText(children).trim() : '';
    const captionRole = role === 'paragraph' || role === 'text' ? (TABLE_CAPTION.test(text.toString()) ? 'caption' : role) : role;
    this.addRun(captionRole, depth, text, where, plain);
    const captions = this.pendingCaptions;
    this.pendingCaptions = [];
    for (const caption of captions) this.addRun('caption', 0, caption.text, caption.span, '');
  }

  /** Adds a run, its citations left out of the prose; a heading is kept even when empty, for the section list. */
  private addRun(role: RunRole, depth: number, text: SourcedText, where: SpanFacts, plain: string): void {
    const whole = text.toString();
    const scan = scanPandocCitations(whole);
    for (const found of scan.citations) {
      if (isCrossReference(found.key)) continue;
      const extent = mappedRange(text.offsets, found.start, found.end);
      if (extent) this.citations.push({ key: found.key, command: found.command, start: extent.start - this.base, end: extent.end - this.base });
    }
    const excluded = mergeSpans([...scan.excluded, ...pandocMarkupSpans(whole)]);
    const run = buildRun(role, depth, text, excluded, this.base, where, role === 'heading' ? withoutMarkup(plain) : plain);
    if (run) this.runs.push(run);
    else if (role === 'heading') {
      this.runs.push({ role, depth, text: '', pieces: [], start: where.start - this.base, end: where.end - this.base, plain: withoutMarkup(plain) });
    }
  }

  /**
   * Gathers the text of inline nodes within `source[from..to)`. Nodes that remark-gfm's autolink transform made
   * carry no position; they are placed after their predecessor, up to the next node that has one.
   */
  private inline(nodes: readonly PhrasingContent[], out: SourcedText, from: number, to: number): number {
    let cursor = from;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index];
      const start = node.position ? startOf(node) : cursor;
      const end = node.position ? endOf(node) : nextStart(nodes, index + 1, to);
      cursor = this.inlineNode(node, out, start, end);
      if (node.position) cursor = end;
    }
    return cursor;
  }

  /** Gathers one inline node's text; returns the offset after what it used. */
  private inlineNode(node: PhrasingContent, out: SourcedText, start: number, end: number): number {
    switch (node.type) {
      case 'text':
        return appendAligned(out, node.value, this.source, start, end);
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
        return this.inline(node.children, out, start, end);
      case 'linkReference': {
        // `[@key]` is a link reference when a definition of that label exists; read it as the text it is.
        if (this.source[start] === '[') out.push('[', start);
        const close = this.inline(node.children, out, start + 1, end);
        if (close < end && this.source[close] === ']') out.push(']', close);
        return end;
      }
      case 'image':
      case 'imageReference': {
        const alt = new SourcedText();
        if (node.alt) appendAligned(alt, node.alt, this.source, Math.min(start + 2, end), end);
        this.pendingCaptions.push({ text: alt, span: { start, end } });
        return end;
      }
      case 'inlineCode':
        this.nonProse.push({ kind: 'code', start: start - this.base, end: end - this.base });
        return end;
      case 'inlineMath':
        this.nonProse.push({ kind: 'math', start: start - this.base, end: end - this.base });
        return end;
      case 'html':
        this.nonProse.push({ kind: isComment(node.value) ? 'comment' : 'html', start: start - this.base, end: end - this.base });
        return end;
      case 'break': {
        appendLineBreak(out, this.source, start, end);
        return end;
      }
      default:
        return end;
    }
  }
}

function nextStart(nodes: readonly Nodes[], from: number, fallback: number): number {
  for (let k = from; k < nodes.length; k++) if (nodes[k].position) return startOf(nodes[k]);
  return fallback;
}

function span(node: Nodes): SpanFacts {
  return { start: startOf(node), end: endOf(node) };
}

/**
 * A heading's text without its `#` marks or setext underline: from its first to its last child that has a position.
 * remark-gfm's autolinking can leave every child without one (`lazy\n[\na@b.com` over `===`); the whole heading
 * then, rather than offset 0 of the text.
 */
function contentSpan(node: Nodes & { children: readonly Nodes[] }): SpanFacts {
  const placed = node.children.filter((child) => child.position);
  if (placed.length === 0) return span(node);
  return { start: startOf(placed[0]), end: endOf(placed[placed.length - 1]) };
}

function plainText(nodes: readonly Nodes[]): string {
  let text = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') text += node.value;
    else if ('children' in node) text += plainText(node.children);
    else if (node.type === 'break') text += ' ';
  }
  return text.replace(/\s+/g, ' ');
}

/** A heading's title without pandoc attributes (`Introduction {#sec-intro}` is titled "Introduction"). */
function withoutMarkup(plain: string): string {
  const spans = pandocMarkupSpans(plain);
  if (spans.length === 0) return plain;
  let kept = '';
  let from = 0;
  for (const [start, end] of spans) {
    kept += plain.slice(from, start);
    from = end;
  }
  return (kept + plain.slice(from)).replace(/\s+/g, ' ').trim();
}

function mappedRange(offsets: readonly number[], from: number, to: number): SpanFacts | undefined {
  let start = from;
  while (start < to && offsets[start] === UNMAPPED) start++;
  let last = to - 1;
  while (last >= start && offsets[last] === UNMAPPED) last--;
  return start <= last ? { start: offsets[start], end: offsets[last] + 1 } : undefined;
}

function isComment(html: string): boolean {
  return html.startsWith('<!--');
}
