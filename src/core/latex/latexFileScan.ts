import type {
  DraftCitation,
  DraftField,
  DraftFile,
  DraftFileReference,
  DraftProblem,
  DraftSection,
  NonProseKind,
  NonProseSpan,
  ProseRun,
  TopicDeclaration,
} from '../draft/draftModel';
import { LineIndex, type Location } from '../text/lineIndex';
import { finishSteps, type Steps } from '../util/steps';
import { applyField, type PendingField } from './latexFields';
import { PositionCursor } from './positionCursor';
import { ProseRunBuilder } from './proseRunBuilder';

/** An `\input`, `\include`, `\subfile` or `\import` as written in one file. */
export interface LatexInclude {
  /** The command as written, e.g. `\input`. */
  readonly command: string;
  /** The file argument as written (trimmed), e.g. `sections/intro`. */
  readonly written: string;
  /** The folder argument of `\import{dir}{file}` and its kin. */
  readonly directory: string | undefined;
  /**
   * What `written` is relative to: `base` the folder LaTeX resolves `\input` against (the root's folder, or the
   * folder of an enclosing `\import`), `file` the including file's folder (`\subfile`), `root` the root's folder.
   */
  readonly relativeTo: 'base' | 'file' | 'root';
  /** Where the file argument stands. */
  readonly location: Location;
  /** The offset of the command in its file, for merging in document order. */
  readonly offset: number;
  /** True when the include stands where no prose is (the preamble), so the included file is preamble too. */
  readonly inPreamble: boolean;
}

/** What the scanner found in one LaTeX file, before includes are followed. */
export interface LatexFileScan {
  readonly file: DraftFile;
  readonly title: DraftField | undefined;
  readonly abstract: DraftField | undefined;
  readonly keywords: readonly DraftField[];
  readonly sections: readonly DraftSection[];
  readonly prose: readonly ProseRun[];
  readonly citations: readonly DraftCitation[];
  /** `\bibliography` entries (with `.bib` added) and `\addbibresource` paths, as written; `resolved` is unset. */
  readonly bibliographies: readonly DraftFileReference[];
  readonly includes: readonly LatexInclude[];
  readonly nonProse: readonly NonProseSpan[];
  readonly declaredTopics: TopicDeclaration | undefined;
  /** Sorted by position. */
  readonly problems: readonly DraftProblem[];
  /** The `% !TEX root = …` magic comment's path, as written. */
  readonly texRoot: { readonly path: string; readonly location: Location } | undefined;
  readonly hasDocumentclass: boolean;
}

const maxProblems = 1000;
/** For stepping the result: about as long to make one citation or span as to build this many characters of prose. */
const charactersPerItem = 64;

/** The mutable results the scanner and its argument readers fill in, with helpers to record them. */
export class LatexScanState {
  readonly lines: LineIndex;
  title: DraftField | undefined;
  abstract: DraftField | undefined;
  readonly keywords: DraftField[] = [];
  readonly sections: DraftSection[] = [];
  readonly builder: ProseRunBuilder;
  private readonly pendingFields: PendingField[] = [];
  /** Citations and non-prose spans are kept as offsets and become objects in result() (see addNonProse). */
  private readonly citationSpans: number[] = [];
  private readonly citationCommands: string[] = [];
  readonly bibliographies: DraftFileReference[] = [];
  readonly includes: LatexInclude[] = [];
  private readonly nonProseSpans: number[] = [];
  private readonly nonProseKinds: NonProseKind[] = [];
  declaredTopics: TopicDeclaration | undefined;
  texRoot: { path: string; location: Location } | undefined;
  hasDocumentclass = false;
  /** From `noParenFrom` to the end of its line there is no `)` (see `closingParenOnLine`). */
  noParenFrom = -1;
  noParenTo = -1;
  private readonly problems: { offset: number; problem: DraftProblem }[] = [];
  private problemsDropped = 0;
  private readonly positions: PositionCursor;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    this.positions = new PositionCursor(this.lines);
    this.builder = new ProseRunBuilder(path, text);
  }

  /** A field whose argument or body has closed; it is filled from its prose runs in result(), once they exist. */
  addField(field: PendingField): void {
    this.pendingFields.push(field);
  }

  location(start: number, end: number): Location {
    return { file: this.path, range: this.positions.rangeOf(start, end) };
  }

  addProblem(code: string, message: string, start: number, end: number): void {
    // A file of junk can have a problem every few characters; past this many nobody reads them, and they cost memory.
    if (this.problems.length >= maxProblems) {
      this.problemsDropped++;
      return;
    }
    this.problems.push({ offset: start, problem: { code, message, location: this.location(start, end) } });
  }

  /*
   * Why offsets first: tens of thousands of small objects made while scanning would survive, and be copied by, each
   * young-generation collection the scan's own garbage triggers (with a larger young generation a 200k-word draft
   * reads in half the time, so those copies are a large share of it). Made at the end, they are copied fewer times.
   */
  addNonProse(kind: NonProseKind, start: number, end: number): void {
    if (end <= start) return;
    this.nonProseKinds.push(kind);
    this.nonProseSpans.push(start, end);
  }

  addCitation(command: string, keyStart: number, keyEnd: number): void {
    this.citationCommands.push(command);
    this.citationSpans.push(keyStart, keyEnd);
  }

  result(): LatexFileScan {
    return finishSteps(this.resultInSteps(Infinity));
  }

  /**
   * The result, made a part at a time: prose runs of about `stepCharacters` characters per step, then citations and
   * non-prose spans in steps of a proportionate count (creating these objects is most of a long file's read time).
   */
  *resultInSteps(stepCharacters: number): Steps<LatexFileScan> {
    this.builder.flush();
    while (!this.builder.buildSome(stepCharacters)) yield;
    const prose = this.builder.runs();
    for (const field of this.pendingFields) applyField(this, prose, field);
    const problems = this.problems
      .map((entry, index) => ({ ...entry, index }))
      .sort((a, b) => a.offset - b.offset || a.index - b.index)
      .map((entry) => entry.problem);
    if (this.problemsDropped > 0) {
      const end = this.text.length;
      problems.push({
        code: 'too-many-problems',
        message: `${this.problemsDropped} more problems in this file are not listed.`,
        location: this.location(end, end),
      });
    }
    const itemsPerStep = Math.max(1, Math.floor(stepCharacters / charactersPerItem));
    const citations: DraftCitation[] = [];
    for (let i = 0; i < this.citationCommands.length; i++) {
      const start = this.citationSpans[2 * i];
      const end = this.citationSpans[2 * i + 1];
      citations.push({ key: this.text.slice(start, end), location: this.location(start, end), command: this.citationCommands[i] });
      if ((i + 1) % itemsPerStep === 0) yield;
    }
    const nonProse: NonProseSpan[] = [];
    for (let i = 0; i < this.nonProseKinds.length; i++) {
      nonProse.push({ kind: this.nonProseKinds[i], location: this.location(this.nonProseSpans[2 * i], this.nonProseSpans[2 * i + 1]) });
      if ((i + 1) % itemsPerStep === 0) yield;
    }
    return {
      file: { path: this.path, text: this.text, lines: this.lines },
      title: this.title,
      abstract: this.abstract,
      keywords: this.keywords,
      sections: this.sections,
      prose,
      citations,
      bibliographies: this.bibliographies,
      includes: this.includes,
      nonProse,
      declaredTopics: this.declaredTopics,
      problems,
      texRoot: this.texRoot,
      hasDocumentclass: this.hasDocumentclass,
    };
  }
}
