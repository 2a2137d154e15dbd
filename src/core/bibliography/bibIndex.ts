import type { LineIndex, Range } from '../text/lineIndex';

/**
 * One entry of a user's bibliography, as read from a `.bib` file or a CSL-JSON file.
 * Offsets are UTF-16 offsets into the file's text; turn them into Ranges with `bibEntryRanges`.
 */
export interface BibEntry {
  readonly key: string;
  /** Lower-case entry type: `article`, `inproceedings`, `misc`… (CSL-JSON types are mapped to BibTeX ones). */
  readonly type: string;
  /**
   * Lower-case field name → raw value, outer braces or quotes removed, `#` concatenations joined and `@string`
   * macros expanded where known. Inner braces and LaTeX commands are kept: use `plainBibText` to show them.
   * Read it with `bibField` (it is an ordinary object, for speed).
   */
  readonly fields: Readonly<Record<string, string>>;
  /** From the `@` (or the CSL item's `{`) to just past the closing delimiter. */
  readonly start: number;
  readonly end: number;
  /** The key itself (for CSL-JSON: the `"id"` value, quotes excluded). */
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The original CSL-JSON item, when the entry came from CSL-JSON: formatting uses it as it is. */
  readonly csl?: Readonly<Record<string, unknown>>;
}

/** Something wrong in a bibliography file: where, and what. The rest of the file is still read. */
export interface BibProblem {
  readonly code: 'syntax' | 'duplicate-key';
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** For a duplicate key: the key of the first entry that has it. */
  readonly related?: { readonly start: number; readonly end: number };
}

/** Everything read from one bibliography file. */
export interface BibIndex {
  readonly path: string;
  /** Every entry in file order, duplicates included. */
  readonly entries: readonly BibEntry[];
  /** Key → the first entry with that key (what BibTeX and biber use). Keys are case-sensitive here. */
  readonly byKey: ReadonlyMap<string, BibEntry>;
  readonly problems: readonly BibProblem[];
}

/**
 * A field's raw value, or undefined. `fields` is an ordinary object (the fastest to build for 10k entries), so read
 * it through here: `fields.constructor` would otherwise answer with Object's own property.
 */
export function bibField(entry: BibEntry, name: string): string | undefined {
  return Object.hasOwn(entry.fields, name) ? entry.fields[name] : undefined;
}

/** Builds the index's key map and reports duplicate keys (second occurrence, pointing back to the first). */
export function indexEntries(path: string, entries: readonly BibEntry[], problems: BibProblem[]): BibIndex {
  const byKey = new Map<string, BibEntry>();
  for (const entry of entries) {
    const first = byKey.get(entry.key);
    if (first === undefined) {
      byKey.set(entry.key, entry);
      continue;
    }
    problems.push({
      code: 'duplicate-key',
      message: `duplicate key '${entry.key}': the entry at offset ${first.start} already uses it, so this one is ignored`,
      start: entry.keyStart,
      end: entry.keyEnd,
      related: { start: first.keyStart, end: first.keyEnd },
    });
  }
  problems.sort((a, b) => a.start - b.start);
  return { path, entries, byKey, problems };
}

/** Line/character ranges of an entry and of its key, through the file's LineIndex. */
export function bibEntryRanges(entry: BibEntry, lines: LineIndex): { readonly range: Range; readonly keyRange: Range } {
  return { range: lines.rangeOf(entry.start, entry.end), keyRange: lines.rangeOf(entry.keyStart, entry.keyEnd) };
}

/** Line/character range of a problem (and of the related position, for a duplicate key). */
export function bibProblemRanges(problem: BibProblem, lines: LineIndex): { readonly range: Range; readonly relatedRange?: Range } {
  const range = lines.rangeOf(problem.start, problem.end);
  return problem.related ? { range, relatedRange: lines.rangeOf(problem.related.start, problem.related.end) } : { range };
}
