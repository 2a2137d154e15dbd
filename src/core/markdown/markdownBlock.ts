import type { NonProseKind, ProsePiece } from '../draft/draftModel';

/**
 * What one top-level Markdown block contributes to a draft. Every offset is relative to the block's start, so an
 * unchanged block can be reused at a new place in an edited document by moving its start alone.
 */
export interface BlockFacts {
  readonly runs: readonly RunFacts[];
  readonly citations: readonly CitationFacts[];
  readonly nonProse: readonly NonProseFacts[];
  /**
   * Identifiers of link (`label`) and footnote (`^label`) definitions the block makes, as written; a link label that
   * starts with `^` is written `[^label`.
   */
  readonly definitions: readonly string[];
  readonly frontMatter: FrontMatterFacts | undefined;
}

/** How a run takes part in the paper; the draft's zone also depends on where it stands (title, abstract). */
export type RunRole = 'title' | 'abstract' | 'keywords' | 'heading' | 'paragraph' | 'text' | 'caption';

export interface RunFacts {
  readonly role: RunRole;
  /** The heading depth for `heading`, else 0. */
  readonly depth: number;
  readonly text: string;
  readonly pieces: readonly ProsePiece[];
  /** The run's content range (a heading without its `#` marks). */
  readonly start: number;
  readonly end: number;
  /** The plain text a reader sees (a heading's title, with code and citations kept). */
  readonly plain: string;
}

export interface SpanFacts {
  readonly start: number;
  readonly end: number;
}

export interface CitationFacts extends SpanFacts {
  readonly key: string;
  readonly command: string;
}

export interface NonProseFacts extends SpanFacts {
  readonly kind: NonProseKind;
}

export interface FieldFacts extends SpanFacts {
  readonly text: string;
}

export interface FileReferenceFacts extends SpanFacts {
  readonly path: string;
}

export interface ProblemFacts extends SpanFacts {
  readonly code: string;
  readonly message: string;
}

/** The paper's metadata from YAML (or TOML) front matter; the fields' prose runs are among the block's runs. */
export interface FrontMatterFacts {
  readonly title: FieldFacts | undefined;
  readonly abstract: FieldFacts | undefined;
  readonly keywords: readonly FieldFacts[];
  readonly bibliographies: readonly FileReferenceFacts[];
  readonly csl: FileReferenceFacts | undefined;
  readonly topics: (SpanFacts & { readonly ids: readonly number[] }) | undefined;
  readonly problems: readonly ProblemFacts[];
}

/** One top-level block at its place in the document. */
export interface MarkdownBlock {
  /** The mdast node type (`paragraph`, `list`, `yaml`, …). */
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly facts: BlockFacts;
}
