import type { DraftCitation, NonProseSpan, ProseRun, ProseZone } from '../draft/draftModel';
import type { LineIndex, Location } from '../text/lineIndex';
import type { BlockFacts, MarkdownBlock } from './markdownBlock';

/** A block's facts turned into draft objects at one place in one text. */
interface BlockMaterial {
  readonly start: number;
  readonly line: number;
  readonly character: number;
  readonly prose: (ProseRun | undefined)[];
  readonly runLocations: Location[];
  readonly citations: readonly DraftCitation[];
  readonly nonProse: readonly NonProseSpan[];
}

/**
 * Turns blocks into draft objects (absolute offsets, line/character locations), keeping those of blocks seen in the
 * previous text: a block that has not moved is reused as it is; one that moved is shifted by lines, not searched
 * again. This is what keeps an incremental update of a long draft fast; results equal a fresh materialisation.
 */
export class BlockMaterializer {
  private cache = new WeakMap<BlockFacts, BlockMaterial>();

  constructor(private readonly path: string) {}

  /** The draft objects of `block` in the text that `lines` indexes. */
  material(block: MarkdownBlock, lines: LineIndex): BlockMaterial {
    const at = lines.positionAt(block.start);
    const cached = this.cache.get(block.facts);
    let material: BlockMaterial;
    if (cached && cached.start === block.start && cached.line === at.line && cached.character === at.character) {
      material = cached;
    } else if (cached && cached.character === at.character) {
      material = this.shifted(cached, block.start, at.line);
    } else {
      material = this.fresh(block, lines, at.line, at.character);
    }
    this.cache.set(block.facts, material);
    return material;
  }

  /** The run's prose object for `zone`, made once per zone and place. */
  prose(material: BlockMaterial, facts: BlockFacts, index: number, zone: ProseZone): ProseRun {
    const existing = material.prose[index];
    if (existing && existing.zone === zone) return existing;
    const run = facts.runs[index];
    const base = material.start;
    const pieces = run.pieces.map((piece) => ({ textStart: piece.textStart, sourceStart: base + piece.sourceStart, length: piece.length }));
    const made: ProseRun = { file: this.path, zone, text: run.text, pieces };
    material.prose[index] = made;
    return made;
  }

  private fresh(block: MarkdownBlock, lines: LineIndex, line: number, character: number): BlockMaterial {
    const base = block.start;
    const locate = (start: number, end: number): Location => ({ file: this.path, range: lines.rangeOf(base + start, base + end) });
    return {
      start: base,
      line,
      character,
      prose: [],
      runLocations: block.facts.runs.map((run) => locate(run.start, run.end)),
      citations: block.facts.citations.map((c) => ({ key: c.key, command: c.command, location: locate(c.start, c.end) })),
      nonProse: block.facts.nonProse.map((span) => ({ kind: span.kind, location: locate(span.start, span.end) })),
    };
  }

  /** The same block moved to `start`, its first line now `line` and its first character where it was on that line. */
  private shifted(old: BlockMaterial, start: number, line: number): BlockMaterial {
    const lines = line - old.line;
    const move = (location: Location): Location =>
      lines === 0
        ? location
        : {
            file: location.file,
            range: {
              start: { line: location.range.start.line + lines, character: location.range.start.character },
              end: { line: location.range.end.line + lines, character: location.range.end.character },
            },
          };
    return {
      start,
      line,
      character: old.character,
      prose: [],
      runLocations: old.runLocations.map(move),
      citations: lines === 0 ? old.citations : old.citations.map((c) => ({ key: c.key, command: c.command, location: move(c.location) })),
      nonProse: lines === 0 ? old.nonProse : old.nonProse.map((span) => ({ kind: span.kind, location: move(span.location) })),
    };
  }
}
