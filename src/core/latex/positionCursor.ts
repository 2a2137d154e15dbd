import type { LineIndex, Position, Range } from '../text/lineIndex';

/**
 * Offsets to positions exactly as LineIndex computes them (a `\r` before `\n` belongs to the line break), but fast
 * for the scanner's pattern of mostly increasing offsets: it remembers the last line it found and looks there
 * first, so a 200k-word draft's tens of thousands of locations cost a comparison each instead of a binary search.
 */
export class PositionCursor {
  private readonly text: string;
  private readonly lineStarts: readonly number[];
  private line = 0;

  constructor(lines: LineIndex) {
    this.text = lines.text;
    this.lineStarts = lines.lineStarts;
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let line = this.line;
    if (starts[line] <= clamped) {
      // Forward from the last line: usually zero or one step.
      let steps = 0;
      while (line + 1 < starts.length && starts[line + 1] <= clamped && steps < 8) {
        line++;
        steps++;
      }
      if (line + 1 < starts.length && starts[line + 1] <= clamped) line = this.search(clamped, line, starts.length - 1);
    } else {
      line = this.search(clamped, 0, line);
    }
    this.line = line;
    return { line, character: Math.min(clamped, this.contentEnd(line)) - starts[line] };
  }

  /** The last line in `low .. high` that starts at or before `offset`. */
  private search(offset: number, low: number, high: number): number {
    const starts = this.lineStarts;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private contentEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const newline = this.lineStarts[line + 1] - 1;
    return newline > this.lineStarts[line] && this.text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  }
}
