/** A zero-based position in VS Code's terms: line, and UTF-16 code unit within the line. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A half-open range between two positions. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A range inside a named file (a path or URI string, as the reader was given it). */
export interface Location {
  readonly file: string;
  readonly range: Range;
}

/**
 * Converts between UTF-16 offsets and line/character positions of one text.
 * Lines end at `\n`; a `\r` before it belongs to the line break, as in VS Code, so CRLF files map exactly. A lone
 * `\r` (which VS Code also breaks at) is made a `\n` before text read from disk gets here (`withEditorLineBreaks`);
 * an open document's text already has VS Code's own line ends.
 */
export class LineIndex {
  /** The offset where each line starts (read by PositionCursor, so a text's lines are found once). */
  readonly lineStarts: readonly number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineEnd = this.lineContentEnd(low);
    return { line: low, character: Math.min(clamped, lineEnd) - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** Offset just past the line's last character, before its `\r\n` or `\n`. */
  private lineContentEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const newline = this.lineStarts[line + 1] - 1;
    const hasCarriageReturn = newline > this.lineStarts[line] && this.text.charCodeAt(newline - 1) === 13;
    return hasCarriageReturn ? newline - 1 : newline;
  }
}
