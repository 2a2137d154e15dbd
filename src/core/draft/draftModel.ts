import type { LineIndex, Location } from '../text/lineIndex';

/** The formats a draft can be written in. */
export type DraftFormat = 'latex' | 'markdown';

/** Where in the paper a stretch of prose stands; topic-fit weighs title, abstract and keywords above the body. */
export type ProseZone = 'title' | 'abstract' | 'keywords' | 'heading' | 'body' | 'caption';

/**
 * One contiguous source stretch that a prose run's text came from: characters
 * `textStart .. textStart+length` of the run are characters `sourceStart .. sourceStart+length` of `file`.
 */
export interface ProsePiece {
  readonly textStart: number;
  readonly sourceStart: number;
  readonly length: number;
}

/**
 * Prose as a reader sees it (markup removed, math and citations left out), with a piece map back to the exact
 * source characters, so a finding about a phrase lands on that phrase. Pieces are sorted and do not overlap.
 */
export interface ProseRun {
  readonly file: string;
  readonly zone: ProseZone;
  readonly text: string;
  readonly pieces: readonly ProsePiece[];
}

/** A field such as the title or abstract: its plain text and where it stands. */
export interface DraftField {
  readonly text: string;
  readonly location: Location;
}

export interface DraftSection {
  /** 0 for `\part`/`\chapter`-like, 1 for `\section` or `#`, 2 for `\subsection` or `##`, and so on. */
  readonly level: number;
  readonly title: string;
  readonly location: Location;
}

export interface DraftCitation {
  readonly key: string;
  /** The range of the key itself, not of the whole command. */
  readonly location: Location;
  /** The command or syntax that cites, e.g. `\citep` or `[@`. */
  readonly command: string;
}

/** A file the draft names (an included file or a bibliography), as written and as resolved. */
export interface DraftFileReference {
  readonly path: string;
  /** The resolved path or URI, or undefined when it could not be found. */
  readonly resolved: string | undefined;
  readonly location: Location;
}

export type NonProseKind = 'math' | 'code' | 'comment' | 'verbatim' | 'argument' | 'frontmatter' | 'html';

/** Source that is not prose and that checks must ignore. */
export interface NonProseSpan {
  readonly kind: NonProseKind;
  readonly location: Location;
}

/** Topics the author declares (front matter `topics:` or `% biofm-topics:`), with where the declaration is. */
export interface TopicDeclaration {
  readonly ids: readonly number[];
  readonly location: Location;
}

/** Something the reader could not make sense of; the rest of the draft still comes back. */
export interface DraftProblem {
  readonly code: string;
  readonly message: string;
  readonly location: Location;
}

/** The text of one file the draft was read from, with its line index for turning offsets into positions. */
export interface DraftFile {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
}

/** One model of a draft, the same for LaTeX and Markdown. */
export interface Draft {
  readonly format: DraftFormat;
  /** The root file (the file given, or the LaTeX root it belongs to). */
  readonly root: string;
  readonly files: readonly DraftFile[];
  readonly title: DraftField | undefined;
  readonly abstract: DraftField | undefined;
  readonly keywords: readonly DraftField[];
  readonly sections: readonly DraftSection[];
  readonly prose: readonly ProseRun[];
  readonly citations: readonly DraftCitation[];
  readonly bibliographies: readonly DraftFileReference[];
  readonly includes: readonly DraftFileReference[];
  readonly nonProse: readonly NonProseSpan[];
  readonly declaredTopics: TopicDeclaration | undefined;
  readonly problems: readonly DraftProblem[];
}
