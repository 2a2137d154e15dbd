/**
 * The frame stack of the LaTeX scanner: open `{…}` arguments and environments, the prose zone each puts its text
 * in, and the fields (title, headings, abstract, keywords) they fill when they close. The scan loop is in
 * latexScanner.ts.
 */
import type { ProseZone } from '../draft/draftModel';
import { LatexScanState } from './latexFileScan';
import * as lexing from './latexLexing';
import type { ProseRunBuilder } from './proseRunBuilder';
import type { LatexField } from './latexVocabulary';

const { BACKSLASH, OPEN_BRACE, OPEN_BRACKET, STAR } = lexing.charCodes;
// Module constants, read once: run through tsx (tests, benchmarks) an imported binding is a getter call on every use.
const { bracketGroupEnd, braceGroupEnd, isCommandLetter, skipArgumentSpace } = lexing;

/** An open `{…}` argument, environment, or the file itself. */
export interface Frame {
  readonly kind: 'root' | 'env' | 'brace';
  zone: ProseZone | undefined;
  /** Offset of the `{` or of `\begin`. */
  readonly open: number;
  readonly contentStart: number;
  readonly envName: string;
  readonly field: LatexField | undefined;
  readonly level: number;
  /** The index of the first prose run that belongs to this frame's field. */
  readonly runStart: number;
  /** Arguments still to read after this `{…}` closes (e.g. the second of `\IEEEPARstart{F}{oundation}`). */
  readonly rest: string;
  readonly command: string;
  readonly aside: boolean;
  /** Offsets of open plain `{` groups (the outermost few), and how many deeper ones are open. */
  readonly plainOpens: number[];
  plainOverflow: number;
}

export const maxFrames = 1000;
const maxRecordedPlainGroups = 64;

export const fieldZones: Readonly<Record<LatexField, ProseZone>> = {
  title: 'title',
  keywords: 'keywords',
  abstract: 'abstract',
  caption: 'caption',
  heading: 'heading',
};

/** Frames, prose and arguments: what every part of the scanner needs. */
export abstract class LatexFrameScanner {
  readonly state: LatexScanState;
  protected readonly text: string;
  protected readonly builder: ProseRunBuilder;
  protected readonly stack: Frame[];
  protected pos = 0;
  /** How many frames of each field are open. */
  private readonly openFields: Record<LatexField, number> = { title: 0, keywords: 0, abstract: 0, caption: 0, heading: 0 };

  constructor(path: string, text: string, startInPreamble: boolean) {
    this.state = new LatexScanState(path, text);
    this.text = text;
    this.builder = this.state.builder;
    this.stack = [this.frame('root', startInPreamble ? undefined : 'body', 0, 0, {})];
  }

  protected top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  protected frame(kind: Frame['kind'], zone: ProseZone | undefined, open: number, contentStart: number, extra: Partial<Frame>): Frame {
    return {
      kind,
      zone,
      open,
      contentStart,
      envName: extra.envName ?? '',
      field: extra.field,
      level: extra.level ?? 0,
      runStart: this.builder.runCount,
      rest: extra.rest ?? '',
      command: extra.command ?? '',
      aside: extra.aside ?? false,
      plainOpens: [],
      plainOverflow: 0,
    };
  }

  protected appendProse(start: number, end: number): void {
    const zone = this.top().zone;
    if (zone !== undefined) this.builder.append(zone, start, end);
  }

  protected openPlainGroup(frame: Frame): void {
    if (frame.plainOverflow === 0 && frame.plainOpens.length < maxRecordedPlainGroups) frame.plainOpens.push(this.pos);
    else frame.plainOverflow++;
  }

  protected closeBrace(): void {
    const top = this.top();
    const at = this.pos;
    this.pos++;
    if (top.plainOverflow > 0) top.plainOverflow--;
    else if (top.plainOpens.length > 0) top.plainOpens.pop();
    else if (top.kind === 'brace') {
      this.popFrame(this.pos, true);
      if (top.rest !== '') this.readArguments(top.rest, top.command, top.field, top.level);
    } else this.state.addProblem('unbalanced-brace', 'This `}` closes no group.', at, at + 1);
  }

  /** A blank line: prose runs end, and a title, heading or keywords argument cannot go on past it. */
  protected paragraphBreak(): void {
    this.builder.flush();
    let cut = -1;
    for (let i = this.stack.length - 1; i > 0 && this.stack[i].kind === 'brace'; i--) {
      const field = this.stack[i].field;
      if (field === 'title' || field === 'heading' || field === 'keywords') cut = i;
    }
    while (cut > 0 && this.stack.length > cut) this.popFrame(this.pos, false);
  }

  /**
   * Opens a frame that fills `field`. Inside a frame of the same field (`\section{\section{…`, an abstract in an
   * abstract) it only adds its text to the outer one: as fields of their own, nested ones would each copy all the
   * text inside them, which for a thousand of them on a long line took minutes and gigabytes.
   */
  protected pushField(kind: 'brace' | 'env', field: LatexField, open: number, contentStart: number, extra: Partial<Frame>): void {
    const nested = this.openFields[field] > 0;
    if (!nested) this.openFields[field]++;
    this.stack.push(this.frame(kind, fieldZones[field], open, contentStart, { ...extra, field: nested ? undefined : field, level: nested ? 0 : extra.level }));
  }

  /** Closes the top frame at `end` (just past its `}`, or where it was cut off when `closed` is false). */
  protected popFrame(end: number, closed: boolean): void {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.field !== undefined) this.openFields[frame.field]--;
    for (const open of frame.plainOpens) this.state.addProblem('unterminated-group', 'This `{` is never closed.', open, open + 1);
    if (frame.kind === 'brace') {
      if (frame.field !== undefined || frame.aside) this.builder.flush();
      if (!closed) this.state.addProblem('unterminated-argument', `The argument of ${frame.command} is not closed.`, frame.open, frame.open + 1);
    } else {
      this.builder.flush();
      if (!closed) {
        const nameEnd = Math.min(this.text.length, frame.open + 8 + frame.envName.length);
        this.state.addProblem('unterminated-environment', `\\begin{${frame.envName}} has no \\end{${frame.envName}}.`, frame.open, nameEnd);
      }
    }
    if (frame.field !== undefined) {
      const contentEnd = frame.kind === 'brace' && closed ? end - 1 : end;
      this.state.addField({
        field: frame.field,
        level: frame.level,
        runStart: frame.runStart,
        runEnd: this.builder.runCount,
        contentStart: frame.contentStart,
        contentEnd,
      });
    }
  }

  protected finish(): void {
    this.builder.flush();
    while (this.stack.length > 1) this.popFrame(this.text.length, false);
    for (const open of this.stack[0].plainOpens) this.state.addProblem('unterminated-group', 'This `{` is never closed.', open, open + 1);
  }

  protected optionalArgument(at: number, command: string): void {
    const group = bracketGroupEnd(this.text, at);
    this.state.addNonProse('argument', at, group.end);
    if (!group.closed) this.state.addProblem('unterminated-argument', `The optional argument of ${command} is not closed.`, at, at + 1);
    this.pos = group.end;
  }

  /** Reads arguments by spec (see latexVocabulary); a prose argument opens a frame and defers the rest to its `}`. */
  protected readArguments(spec: string, command: string, field: LatexField | undefined, level: number): void {
    const text = this.text;
    for (let k = 0; k < spec.length; k++) {
      const letter = spec[k];
      if (letter === 's') {
        if (text.charCodeAt(this.pos) === STAR) this.pos++;
        continue;
      }
      const at = skipArgumentSpace(text, this.pos);
      const code = text.charCodeAt(at);
      if (letter === 'o') {
        if (code === OPEN_BRACKET) this.optionalArgument(at, command);
        continue;
      }
      if (letter === 'N' && code === BACKSLASH) {
        let end = at + 1;
        if (isCommandLetter(text.charCodeAt(end))) while (end < text.length && isCommandLetter(text.charCodeAt(end))) end++;
        else end++;
        this.state.addNonProse('argument', at, end);
        this.pos = end;
        continue;
      }
      if (code !== OPEN_BRACE) return;
      if (letter === 'T' || letter === 'X' || letter === 'F') {
        this.openArgumentFrame(letter, at, spec.slice(k + 1), command, field, level);
        return;
      }
      const group = braceGroupEnd(text, at, letter === 'L', letter === 'U');
      this.state.addNonProse(letter === 'M' ? 'math' : 'argument', at, group.end);
      if (!group.closed) this.state.addProblem('unterminated-argument', `The argument of ${command} is not closed.`, at, at + 1);
      this.pos = group.end;
    }
  }

  protected openArgumentFrame(letter: string, at: number, rest: string, command: string, field: LatexField | undefined, level: number): void {
    this.pos = at + 1;
    const parent = this.top();
    if (this.stack.length >= maxFrames) {
      this.openPlainGroup(parent);
      return;
    }
    if (letter === 'T') {
      this.stack.push(this.frame('brace', parent.zone, at, at + 1, { rest, command }));
      return;
    }
    this.builder.flush();
    if (letter === 'X') {
      const zone = parent.zone === 'title' || parent.zone === 'heading' || parent.zone === 'keywords' ? undefined : parent.zone;
      this.stack.push(this.frame('brace', zone, at, at + 1, { rest, command, aside: true }));
      return;
    }
    this.pushField('brace', field ?? 'caption', at, at + 1, { rest, command, level });
  }
}
