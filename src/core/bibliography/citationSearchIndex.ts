import { foldAccents } from '../catalog/nameFolding';
import { finishSteps, type Steps } from '../util/steps';

/** Match quality, best first. */
export const Tier = { KeyPrefix: 0, NamePrefix: 1, Author: 2, Year: 3, TitleWord: 4, Substring: 5 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];
export const tierCount = 6;
const noTier = 255;

/** What one entry is searched by, folded (lower case, no accents, no LaTeX markup). */
export interface SearchRow {
  readonly keyLower: string;
  /** Compact model names and aliases (`esm2`); empty for bibliography entries. */
  readonly names: readonly string[];
  readonly families: readonly string[];
  readonly year: string;
  readonly title: string;
}

/** Sorted distinct words, each with the rows that contain it: a prefix lookup is a binary search. */
interface WordIndex {
  readonly words: readonly string[];
  /** Rows of words[i] are postings[starts[i]] … postings[starts[i + 1] - 1]. */
  readonly starts: Int32Array;
  readonly postings: Int32Array;
}

/** Rows sorted by key, word indexes of their authors, years and titles, and one string of all rows for substrings. */
export interface SearchRows {
  readonly rows: readonly SearchRow[];
  /** Each row's `keyLower`, in order: the sorted list the key-prefix binary search runs on. */
  readonly keys: readonly string[];
  readonly families: WordIndex;
  readonly years: WordIndex;
  readonly titles: WordIndex;
  readonly corpus: string;
  /** Where each row starts in the corpus; one more element marks the end. */
  readonly rowStarts: Int32Array;
  readonly hasNames: boolean;
}

const nonAscii = /[^\t\n\r -~]/;
const latexMarkup = /\\[A-Za-z]+\s*|\\[^A-Za-z]|[{}]/g;
const rowSeparator = '\u0001';
/** Rows handled between steps of a build (a few milliseconds). */
const rowsPerStep = 5_000;
const wordSeparator = /[^\p{L}\p{N}]+/u;

/** Cheap folding for search: LaTeX commands and braces dropped, accents removed, lower case. */
export function foldForSearch(raw: string): string {
  const text = raw.indexOf('\\') === -1 && raw.indexOf('{') === -1 ? raw : raw.replace(latexMarkup, '');
  return (nonAscii.test(text) ? foldAccents(text) : text.toLowerCase()).replaceAll(rowSeparator, '');
}

export function searchRow(key: string, compactNames: readonly string[], families: readonly string[], year: string, title: string): SearchRow {
  return { keyLower: key.toLowerCase(), names: compactNames, families, year, title: foldForSearch(title) };
}

/** Words of folded (lower-case) text; a character loop for ASCII, which is most text and several times faster. */
function words(text: string): string[] {
  if (nonAscii.test(text)) return text.split(wordSeparator).filter((w) => w !== '');
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found.push(text.slice(start, i));
      start = -1;
    }
  }
  return found;
}

/**
 * Word → rows, built without a list per word (which would mean 100k small arrays for 10k titles): words get numbers,
 * occurrences are counted, and the postings are filled into one typed array.
 */
function* buildWordIndex(rows: readonly SearchRow[], wordsOf: (row: SearchRow) => readonly string[]): Steps<WordIndex> {
  const idOf = new Map<string, number>();
  const distinct: string[] = [];
  let occurrenceIds = new Int32Array(1024);
  let occurrenceRows = new Int32Array(1024);
  let occurrences = 0;
  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % rowsPerStep === 0) yield;
    for (const word of wordsOf(rows[index])) {
      let id = idOf.get(word);
      if (id === undefined) {
        id = distinct.length;
        idOf.set(word, id);
        distinct.push(word);
      }
      if (occurrences === occurrenceIds.length) {
        const ids = new Int32Array(occurrences * 2);
        ids.set(occurrenceIds);
        occurrenceIds = ids;
        const rowsOf = new Int32Array(occurrences * 2);
        rowsOf.set(occurrenceRows);
        occurrenceRows = rowsOf;
      }
      occurrenceIds[occurrences] = id;
      occurrenceRows[occurrences++] = index;
    }
  }
  yield;
  // Sorted order of the words, and each word's slot in it.
  const order = distinct.map((_, id) => id).sort((a, b) => (distinct[a] < distinct[b] ? -1 : distinct[a] > distinct[b] ? 1 : 0));
  yield;
  const slotOf = new Int32Array(distinct.length);
  order.forEach((id, slot) => (slotOf[id] = slot));
  // Count each word's rows (a word repeated in one row counts once), then place them.
  const lastRow = new Int32Array(distinct.length).fill(-1);
  const counts = new Int32Array(distinct.length + 1);
  for (let i = 0; i < occurrences; i++) {
    const id = occurrenceIds[i];
    if (lastRow[id] === occurrenceRows[i]) continue;
    lastRow[id] = occurrenceRows[i];
    counts[slotOf[id]]++;
  }
  const starts = new Int32Array(distinct.length + 1);
  for (let slot = 0; slot < distinct.length; slot++) starts[slot + 1] = starts[slot] + counts[slot];
  const postings = new Int32Array(starts[distinct.length]);
  const next = starts.slice(0, distinct.length);
  lastRow.fill(-1);
  for (let i = 0; i < occurrences; i++) {
    const id = occurrenceIds[i];
    if (lastRow[id] === occurrenceRows[i]) continue;
    lastRow[id] = occurrenceRows[i];
    postings[next[slotOf[id]]++] = occurrenceRows[i];
  }
  return { words: order.map((id) => distinct[id]), starts, postings };
}

/** `rows` must already be sorted by `keyLower`. */
export function buildSearchRows(rows: readonly SearchRow[]): SearchRows {
  return finishSteps(buildSearchRowsInSteps(rows));
}

/** `buildSearchRows` with a step between its parts (each word index takes tens of milliseconds for 10k rows). */
export function* buildSearchRowsInSteps(rows: readonly SearchRow[]): Steps<SearchRows> {
  const rowStarts = new Int32Array(rows.length + 1);
  let length = 0;
  const texts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % rowsPerStep === 0) yield;
    const row = rows[i];
    rowStarts[i] = length;
    const text = `${row.keyLower} ${row.names.join(' ')} ${row.families.join(' ')} ${row.year} ${row.title}${rowSeparator}`;
    length += text.length;
    texts.push(text);
  }
  rowStarts[rows.length] = length;
  yield;
  const families = yield* buildWordIndex(rows, (row) => row.families.flatMap(words));
  yield;
  const years = yield* buildWordIndex(rows, (row) => (row.year === '' ? [] : [row.year]));
  yield;
  const titles = yield* buildWordIndex(rows, (row) => words(row.title));
  yield;
  const corpus = texts.join('');
  yield;
  return { rows, keys: rows.map((row) => row.keyLower), families, years, titles, corpus, rowStarts, hasNames: rows.some((r) => r.names.length > 0) };
}

function lowerBound(items: readonly string[], key: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Gives every row holding a word that starts with `query` the tier `tier`, unless it has a better one. */
function markWordPrefix(index: WordIndex, query: string, tier: Tier, best: Uint8Array): void {
  const { words: sorted, starts, postings } = index;
  for (let w = lowerBound(sorted, query); w < sorted.length && sorted[w].startsWith(query); w++) {
    for (let p = starts[w]; p < starts[w + 1]; p++) if (best[postings[p]] > tier) best[postings[p]] = tier;
  }
}

/** Collects rows of the marked tiers in key order, at most `limit` per tier; returns how many were taken. */
function collect(best: Uint8Array, tiers: number[][], limit: number, skip: (row: number) => boolean, only?: Tier): number {
  let taken = 0;
  for (let row = 0; row < best.length; row++) {
    const tier = best[row];
    if (tier === noTier || (only !== undefined && tier !== only) || tiers[tier].length >= limit || skip(row)) continue;
    tiers[tier].push(row);
    taken++;
  }
  return taken;
}

/**
 * Row indexes matching a folded query, by tier, at most `limit` per tier and in key order within each. Key prefixes
 * come from a binary search over the sorted keys, authors, years and title words from their word indexes; only when
 * those do not fill the list is the corpus scanned (native `indexOf`) for the query anywhere.
 */
export function searchRows(list: SearchRows, query: string, compactQuery: string, limit: number, skip: (row: number) => boolean): number[][] {
  const tiers: number[][] = Array.from({ length: tierCount }, () => []);
  const { rows } = list;
  const best = new Uint8Array(rows.length).fill(noTier);
  for (let i = lowerBound(list.keys, query); i < rows.length && rows[i].keyLower.startsWith(query); i++) best[i] = Tier.KeyPrefix;
  if (query !== '') {
    if (list.hasNames && compactQuery !== '') {
      rows.forEach((row, i) => {
        if (best[i] === noTier && row.names.some((name) => name.startsWith(compactQuery))) best[i] = Tier.NamePrefix;
      });
    }
    markWordPrefix(list.families, query, Tier.Author, best);
    markWordPrefix(list.years, query, Tier.Year, best);
    markWordPrefix(list.titles, query, Tier.TitleWord, best);
  }
  const taken = collect(best, tiers, limit, skip);
  if (query === '' || taken >= limit) return tiers;
  const { corpus, rowStarts } = list;
  let r = 0;
  for (let at = corpus.indexOf(query); at !== -1; at = corpus.indexOf(query, rowStarts[r + 1])) {
    while (rowStarts[r + 1] <= at) r++;
    if (best[r] === noTier) best[r] = Tier.Substring;
  }
  collect(best, tiers, limit, skip, Tier.Substring);
  return tiers;
}
