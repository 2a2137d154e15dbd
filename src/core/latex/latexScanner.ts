/**
 * A single-pass, character-code scanner for one LaTeX file. It builds no syntax tree: a stack of open groups and
 * environments tells it which zone the next characters of prose belong to, and every search it starts ends where
 * scanning resumes, so any input (unbalanced, unterminated, binary) is read in linear time without throwing.
 */
import { finishSteps, type Steps } from '../util/steps';
import type { LatexFileScan } from './latexFileScan';
import {
  readBibliography,
  readCitation,
  readDefinition,
  readImport,
  readInclude,
  readMagicComment,
  readVerbatimCommand,
} from './latexCommandReaders';
import * as lexing from './latexLexing';
import type { MathCloser } from './latexLexing';
import { commandRule, environmentRule } from './latexVocabulary';
import { LatexFrameScanner, maxFrames } from './latexFrameScanner';

const { AMPERSAND, BACKSLASH, CARET, CARRIAGE_RETURN, CLOSE_BRACE, DOLLAR, HASH, NEWLINE, OPEN_BRACE, OPEN_BRACKET, PERCENT, SPACE, STAR, TAB, TILDE, UNDERSCORE } = lexing.charCodes;
// Module constants, read once: run through tsx (tests, benchmarks) an imported binding is a getter call on every use.
const { blankLineFollows, isBlankLineAt, isCommandLetter, mathEnd, nextParagraphBreak, plainTextEnd, skipArgumentSpace } = lexing;

export interface LatexScanOptions {
  /** Start outside prose, as for a file `\input` in the preamble. */
  readonly startInPreamble?: boolean;
}

/** Reads one LaTeX file into its title, sections, prose, citations, includes and the rest (includes not followed). */
export function scanLatexFile(path: string, text: string, options: LatexScanOptions = {}): LatexFileScan {
  return finishSteps(scanLatexFileInSteps(path, text, Infinity, options));
}

/**
 * `scanLatexFile` in steps of about `stepCharacters` (a command or group that reaches further is read whole), with a
 * last step that turns the findings into the scan. The scanner keeps all its state between steps and `text` cannot
 * change, so a caller may run other work at each yield; the result equals `scanLatexFile`'s.
 */
export function* scanLatexFileInSteps(path: string, text: string, stepCharacters: number, options: LatexScanOptions = {}): Steps<LatexFileScan> {
  const scanner = new LatexScanner(path, text, options.startInPreamble === true);
  while (!scanner.scan(stepCharacters)) yield;
  if (text.length > stepCharacters) yield;
  return yield* scanner.state.resultInSteps(stepCharacters);
}

/** The scan loop and the commands, environments, comments and math it meets; the frame stack is its base. */
class LatexScanner extends LatexFrameScanner {
  private readonly missingEnds = new Set<string>();
  private stopped = false;

  /** Scans about `budget` more characters; true when the file is done (and finished). */
  scan(budget: number): boolean {
    const text = this.text;
    const length = text.length;
    const stepEnd = Math.min(length, this.pos + budget);
    while (this.pos < stepEnd && !this.stopped) {
      const code = text.charCodeAt(this.pos);
      switch (code) {
        case BACKSLASH:
          this.command();
          break;
        case OPEN_BRACE:
          this.openPlainGroup(this.top());
          this.pos++;
          break;
        case CLOSE_BRACE:
          this.closeBrace();
          break;
        case PERCENT:
          this.comment();
          break;
        case DOLLAR:
          this.dollarMath();
          break;
        case TILDE:
          this.appendProse(this.pos, this.pos + 1);
          this.pos++;
          break;
        case NEWLINE:
          if (blankLineFollows(text, this.pos)) this.paragraphBreak();
          else this.appendProse(this.pos, this.pos + 1);
          this.pos++;
          break;
        case AMPERSAND:
          this.builder.flush();
          this.pos++;
          break;
        case CARRIAGE_RETURN:
        case CARET:
        case UNDERSCORE:
        case HASH:
          this.pos++;
          break;
        default: {
          const end = plainTextEnd(text, this.pos + 1);
          const zone = this.top().zone;
          if (zone !== undefined) this.builder.append(zone, this.pos, end);
          this.pos = end;
        }
      }
    }
    if (this.pos < length && !this.stopped) return false;
    this.finish();
    return true;
  }

  private comment(): void {
    const text = this.text;
    const start = this.pos;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const contentEnd = end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
    this.state.addNonProse('comment', start, contentEnd);
    let probe = start + 1;
    while (probe < contentEnd && (text.charCodeAt(probe) === PERCENT || text.charCodeAt(probe) === SPACE || text.charCodeAt(probe) === TAB)) probe++;
    const first = text.charCodeAt(probe) | 32;
    if (first === 33 /* ! */ || first === 98 /* b */) readMagicComment(this.state, start, contentEnd);
    // TeX drops the comment, its line break and the next line's indentation.
    let next = end + 1;
    while (next < text.length && (text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB)) next++;
    if (next < text.length && isBlankLineAt(text, next)) this.paragraphBreak();
    this.pos = Math.min(next, text.length);
  }

  private dollarMath(): void {
    const display = this.text.charCodeAt(this.pos + 1) === DOLLAR;
    this.math(this.pos, display ? 2 : 1, display ? '$$' : '$');
  }

  private math(start: number, delimiterLength: number, closer: MathCloser): void {
    const display = closer === '$$' || closer === ']';
    if (display) this.builder.flush();
    const group = mathEnd(this.text, start + delimiterLength, closer);
    if (!group.closed) this.state.addProblem('unterminated-math', 'This math is not closed before the paragraph ends.', start, start + delimiterLength);
    this.state.addNonProse('math', start, group.end);
    this.pos = group.end;
    if (display) this.builder.flush();
  }

  private command(): void {
    const text = this.text;
    const start = this.pos;
    const first = start + 1;
    if (first >= text.length) {
      this.pos = text.length;
      return;
    }
    const code = text.charCodeAt(first);
    if (!isCommandLetter(code)) {
      this.controlSymbol(start, code);
      return;
    }
    let end = first + 1;
    while (end < text.length && isCommandLetter(text.charCodeAt(end))) end++;
    const name = text.slice(first, end);
    this.pos = end;
    const rule = commandRule(name);
    if (!rule) {
      // An unknown command's name is not prose; a `[…]` right after it is almost always an optional argument.
      if (text.charCodeAt(end) === OPEN_BRACKET) this.optionalArgument(end, `\\${name}`);
      return;
    }
    const inPreamble = this.top().zone === undefined;
    switch (rule.kind) {
      case 'args':
        this.readArguments(rule.args, `\\${name}`, undefined, 0);
        break;
      case 'break':
        this.builder.flush();
        this.readArguments(rule.args, `\\${name}`, undefined, 0);
        break;
      case 'field':
        this.readArguments(rule.args, `\\${name}`, rule.field, rule.level ?? 0);
        break;
      case 'cite':
        this.pos = readCitation(this.state, end, `\\${name}`, rule.multi);
        break;
      case 'include':
        this.builder.flush();
        this.pos = readInclude(this.state, end, name, rule.relativeTo, start, inPreamble);
        break;
      case 'import':
        this.builder.flush();
        this.pos = readImport(this.state, end, name, rule.relativeTo, start, inPreamble);
        break;
      case 'bibliography':
      case 'addbibresource':
        this.pos = readBibliography(this.state, end, name);
        break;
      case 'documentclass':
        this.state.hasDocumentclass = true;
        if (this.stack.length === 1) this.stack[0].zone = undefined;
        this.readArguments('oA', '\\documentclass', undefined, 0);
        break;
      case 'begin':
        this.begin(start);
        break;
      case 'end':
        this.end(start);
        break;
      case 'verb':
        this.pos = readVerbatimCommand(this.state, end, name, start);
        break;
      case 'def':
        this.pos = readDefinition(this.state, end, start);
        break;
    }
  }

  private controlSymbol(start: number, code: number): void {
    this.pos = start + 2;
    switch (code) {
      case PERCENT:
      case DOLLAR:
      case AMPERSAND:
      case HASH:
      case UNDERSCORE:
      case OPEN_BRACE:
      case CLOSE_BRACE:
      case SPACE:
      case TAB:
        this.appendProse(start + 1, start + 2);
        return;
      case NEWLINE:
        this.appendProse(start + 1, start + 2);
        return;
      case BACKSLASH:
        this.builder.flush();
        if (this.text.charCodeAt(this.pos) === STAR) this.pos++;
        if (this.text.charCodeAt(this.pos) === OPEN_BRACKET) this.optionalArgument(this.pos, '\\\\');
        return;
      case 40 /* ( */:
        this.math(start, 2, ')');
        return;
      case OPEN_BRACKET:
        this.math(start, 2, ']');
        return;
      default:
        // Accents (`\'e`), spacing (`\,`) and the rest leave no prose; keep a surrogate pair together.
        if (code >= 0xd800 && code <= 0xdbff) this.pos = Math.min(start + 3, this.text.length);
    }
  }

  /** The `{name}` after `\begin` or `\end`, or undefined when it is not a plausible environment name. */
  private environmentName(): { name: string; start: number; end: number } | undefined {
    const text = this.text;
    const at = skipArgumentSpace(text, this.pos);
    if (text.charCodeAt(at) !== OPEN_BRACE) return undefined;
    const limit = Math.min(text.length, at + 100);
    for (let i = at + 1; i < limit; i++) {
      const code = text.charCodeAt(i);
      if (code === CLOSE_BRACE) {
        const name = text.slice(at + 1, i).trim();
        return name === '' ? undefined : { name, start: at, end: i + 1 };
      }
      if (code === OPEN_BRACE || code === BACKSLASH || code === NEWLINE || code === PERCENT) return undefined;
    }
    return undefined;
  }

  private begin(start: number): void {
    const environment = this.environmentName();
    if (!environment) return;
    const { name } = environment;
    this.pos = environment.end;
    const rule = environmentRule(name);
    this.builder.flush();
    if (rule.kind === 'math' || rule.kind === 'verbatim') {
      const closing = `\\end{${name}}`;
      const found = this.missingEnds.has(closing) ? -1 : this.text.indexOf(closing, this.pos);
      let end: number;
      if (found === -1) {
        this.missingEnds.add(closing);
        this.state.addProblem('unterminated-environment', `\\begin{${name}} has no \\end{${name}}.`, start, environment.end);
        // LaTeX reads verbatim to the end of the file; math cannot outlast its paragraph.
        end = rule.kind === 'math' ? nextParagraphBreak(this.text, this.pos) : this.text.length;
      } else end = found + closing.length;
      this.state.addNonProse(rule.kind === 'math' ? 'math' : rule.nonProse, start, end);
      this.pos = end;
      return;
    }
    this.state.addNonProse('argument', environment.start, environment.end);
    const parentZone = this.top().zone;
    if (this.stack.length >= maxFrames) return;
    if (rule.kind === 'document') {
      this.stack.push(this.frame('env', 'body', start, this.pos, { envName: name }));
    } else if (rule.kind === 'field') {
      this.pushField('env', rule.field, start, this.pos, { envName: name });
    } else {
      this.stack.push(this.frame('env', rule.prose ? parentZone : undefined, start, this.pos, { envName: name }));
      this.readArguments(rule.args, `\\begin{${name}}`, undefined, 0);
    }
  }

  private end(start: number): void {
    const environment = this.environmentName();
    if (!environment) return;
    const { name } = environment;
    this.pos = environment.end;
    this.state.addNonProse('argument', environment.start, environment.end);
    let index = this.stack.length - 1;
    while (index > 0 && !(this.stack[index].kind === 'env' && this.stack[index].envName === name)) index--;
    if (index === 0) {
      this.state.addProblem('unmatched-end', `\\end{${name}} closes no \\begin{${name}}.`, start, environment.end);
      return;
    }
    while (this.stack.length - 1 > index) this.popFrame(start, false);
    this.popFrame(start, true);
    if (name === 'document') this.stopped = true;
  }
}
