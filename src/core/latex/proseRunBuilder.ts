import type { ProsePiece, ProseRun, ProseZone } from '../draft/draftModel';

const NEWLINE = 10;
const TILDE = 126;

/**
 * Collects the prose of a file into ProseRuns, one source character per text character, so the piece map stays
 * exact. A run's text is its source characters with the two substitutions TeX makes: a line break and a `~` read as
 * a space. A run ends when the zone changes or the scanner says so (paragraph, heading, environment).
 *
 * Why offsets until the end: while the scan runs, only flat arrays of numbers grow (pieces as triples, and the
 * source stretches to copy, with -1 marking a substituted space). Thousands of strings and piece objects made
 * mid-scan would survive, and be copied by, each young-generation collection the scan's garbage triggers; made in
 * one burst by `runs()`, they are copied fewer times.
 */
export class ProseRunBuilder {
  /** All runs' pieces: textStart, sourceStart, length. */
  private readonly pieces: number[] = [];
  /** All runs' source stretches: start, end; a start of -1 stands for one substituted space at `end`. */
  private readonly stretches: number[] = [];
  /** Per finished run: first piece, end piece, first stretch, end stretch (array indexes), lead, tail. */
  private readonly bounds: number[] = [];
  private readonly zones: ProseZone[] = [];
  private pieceFrom = 0;
  private stretchFrom = 0;
  private length = 0;
  private zone: ProseZone | undefined;
  private built: ProseRun[] | undefined;

  constructor(
    private readonly file: string,
    private readonly source: string,
  ) {}

  /** How many runs have ended so far (the index the next run will have). */
  get runCount(): number {
    return this.zones.length;
  }

  /** Source characters `start .. end` are prose (a line break or `~` among them reads as a space). */
  append(zone: ProseZone, start: number, end: number): void {
    if (end <= start) return;
    if (zone !== this.zone) this.flush(zone);
    const pieces = this.pieces;
    const last = pieces.length - 3;
    if (last >= this.pieceFrom && pieces[last + 1] + pieces[last + 2] === start) pieces[last + 2] += end - start;
    else pieces.push(this.length, start, end - start);
    this.length += end - start;
    const stretches = this.stretches;
    const code = end - start === 1 ? this.source.charCodeAt(start) : 0;
    const tail = stretches.length - 2;
    if (code === NEWLINE || code === TILDE) stretches.push(-1, start);
    else if (tail >= this.stretchFrom && stretches[tail] !== -1 && stretches[tail + 1] === start) stretches[tail + 1] = end;
    else stretches.push(start, end);
  }

  /** Ends the current run (kept only if it has a non-space character) and starts the next in `zone`. */
  flush(nextZone?: ProseZone): void {
    const zone = this.zone;
    this.zone = nextZone;
    if (zone === undefined || this.pieces.length === this.pieceFrom) return;
    const lead = this.leadingSpaces();
    if (lead < this.length) {
      this.zones.push(zone);
      this.bounds.push(this.pieceFrom, this.pieces.length, this.stretchFrom, this.stretches.length, lead, this.length - this.trailingSpaces());
      this.pieceFrom = this.pieces.length;
      this.stretchFrom = this.stretches.length;
    } else {
      this.pieces.length = this.pieceFrom;
      this.stretches.length = this.stretchFrom;
    }
    this.length = 0;
  }

  /** Every run, built once (call after the last flush). */
  runs(): ProseRun[] {
    while (!this.buildSome(Infinity));
    return this.built ?? [];
  }

  /** Builds up to `sourceCharacters` more characters' worth of runs (at least one); true when every run is built. */
  buildSome(sourceCharacters: number): boolean {
    const built = (this.built ??= []);
    let budget = sourceCharacters;
    while (built.length < this.zones.length && budget > 0) {
      const run = this.build(built.length);
      built.push(run);
      budget -= run.text.length;
    }
    return built.length === this.zones.length;
  }

  private build(run: number): ProseRun {
    const at = 6 * run;
    const pieceFrom = this.bounds[at];
    const pieceTo = this.bounds[at + 1];
    const stretchFrom = this.bounds[at + 2];
    const stretchTo = this.bounds[at + 3];
    const lead = this.bounds[at + 4];
    const tail = this.bounds[at + 5];
    const parts = new Array<string>((stretchTo - stretchFrom) >> 1);
    for (let i = stretchFrom; i < stretchTo; i += 2) {
      parts[(i - stretchFrom) >> 1] = this.stretches[i] === -1 ? ' ' : this.source.slice(this.stretches[i], this.stretches[i + 1]);
    }
    const whole = parts.join('');
    const pieces: ProsePiece[] = [];
    for (let i = pieceFrom; i < pieceTo; i += 3) {
      const textStart = this.pieces[i];
      const start = Math.max(textStart, lead);
      const end = Math.min(textStart + this.pieces[i + 2], tail);
      if (end > start) pieces.push({ textStart: start - lead, sourceStart: this.pieces[i + 1] + (start - textStart), length: end - start });
    }
    return { file: this.file, zone: this.zones[run], text: lead === 0 && tail === whole.length ? whole : whole.slice(lead, tail), pieces };
  }

  /** The character a stretch contributes at its `index`-th position. */
  private stretchCode(i: number, index: number): number {
    return this.stretches[i] === -1 ? 32 : this.source.charCodeAt(this.stretches[i] + index);
  }

  private leadingSpaces(): number {
    let count = 0;
    for (let i = this.stretchFrom; i < this.stretches.length; i += 2) {
      const size = this.stretches[i] === -1 ? 1 : this.stretches[i + 1] - this.stretches[i];
      for (let k = 0; k < size; k++) {
        if (!isSpace(this.stretchCode(i, k))) return count;
        count++;
      }
    }
    return count;
  }

  private trailingSpaces(): number {
    let count = 0;
    for (let i = this.stretches.length - 2; i >= this.stretchFrom; i -= 2) {
      const size = this.stretches[i] === -1 ? 1 : this.stretches[i + 1] - this.stretches[i];
      for (let k = size - 1; k >= 0; k--) {
        if (!isSpace(this.stretchCode(i, k))) return count;
        count++;
      }
    }
    return count;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}
