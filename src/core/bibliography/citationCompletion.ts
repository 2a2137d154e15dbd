import { findCatalogPaper } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/catalogEntry';
import { compactName } from '../catalog/nameFolding';
import { bibField, type BibEntry, type BibIndex } from './bibIndex';
import { bibEntryIdentifiers, normalizeArxivId, normalizeDoi } from './bibIdentifiers';
import { bibYear } from './bibText';
import { buildSearchRows, buildSearchRowsInSteps, foldForSearch, searchRow, searchRows, tierCount, type SearchRow, type SearchRows } from './citationSearchIndex';
import { composeShortLabel, shortLabel } from './shortLabel';
import { sortInSteps } from '../util/sortInSteps';
import { finishSteps, type Steps } from '../util/steps';

interface CandidateBase {
  /** The citation key to insert (also the label). */
  readonly key: string;
  readonly label: string;
  /** "Lin et al., 2023 — Evolutionary-scale prediction…" (catalog: the model's name first). */
  readonly detail: string;
  /** Zero-padded rank: the order given here, for editors that sort by it. */
  readonly sortText: string;
  /**
   * Text an editor should filter on: starts with the typed prefix, so that an author or title match is not
   * dropped by the editor's own filtering on the key. Ask again on each keystroke (the list is capped).
   */
  readonly filterText: string;
}

/**
 * A completion proposal: an entry of the user's bibliography (with the catalog model it cites, if it is one, for a
 * model card), or a catalog model not yet in it. `bibEntry`/`catalogEntry` repeat `entry` under a name that says
 * which it is, so callers can read either without narrowing on `kind`.
 */
export type CompletionCandidate =
  | (CandidateBase & { readonly kind: 'bib'; readonly entry: BibEntry; readonly bibEntry: BibEntry; readonly catalogEntry?: CatalogEntry })
  | (CandidateBase & { readonly kind: 'catalog'; readonly entry: CatalogEntry; readonly catalogEntry: CatalogEntry; readonly bibEntry?: undefined });

export interface CitationCompletionOptions {
  /** At most this many candidates (default 100). */
  readonly limit?: number;
  /** Keys already in the citation being edited: not proposed again. */
  readonly exclude?: readonly string[];
  /** Offer catalog models (default true). */
  readonly includeCatalog?: boolean;
}

interface IndexSearch {
  readonly list: SearchRows;
  /** In the same (key) order as the rows. */
  readonly entries: readonly BibEntry[];
  readonly identifiers: ReadonlyArray<{ readonly doi?: string; readonly arxiv?: string }>;
  readonly keys: ReadonlySet<string>;
  readonly dois: ReadonlySet<string>;
  readonly arxivIds: ReadonlySet<string>;
}

interface CatalogSearch {
  readonly list: SearchRows;
  readonly entries: readonly CatalogEntry[];
  /** Lower-case key, normalized DOI or arXiv id → entry: to tell which user entries cite a catalog model. */
  readonly byIdentifier: ReadonlyMap<string, CatalogEntry>;
}

function familyOf(name: string): string {
  const comma = name.indexOf(',');
  if (comma !== -1) return name.slice(0, comma).trim();
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

function byKey(a: { readonly row: SearchRow }, b: { readonly row: SearchRow }): number {
  return a.row.keyLower < b.row.keyLower ? -1 : a.row.keyLower > b.row.keyLower ? 1 : 0;
}

function sortedByKey<T extends { readonly row: SearchRow }>(pairs: T[]): T[] {
  return pairs.sort(byKey);
}

const indexSearches = new WeakMap<BibIndex, IndexSearch>();
const catalogSearches = new WeakMap<readonly CatalogEntry[], CatalogSearch>();

/** Searches being built in steps (see prepareCitationSearchInSteps); a completion request finishes one at once. */
const searchesInProgress = new WeakMap<BibIndex, Steps<IndexSearch>>();
/** Entries read between steps of building a search. */
const entriesPerStep = 1_000;

function indexSearch(index: BibIndex): IndexSearch {
  const cached = indexSearches.get(index);
  if (cached) return cached;
  const inProgress = searchesInProgress.get(index);
  if (inProgress) finishSteps(inProgress);
  return indexSearches.get(index) ?? finishSteps(indexSearchInSteps(index));
}

function* indexSearchInSteps(index: BibIndex): Steps<IndexSearch> {
  const dois = new Set<string>();
  const arxivIds = new Set<string>();
  const keys = new Set<string>();
  const pairs: { entry: BibEntry; ids: ReturnType<typeof bibEntryIdentifiers>; row: SearchRow }[] = [];
  for (const entry of index.entries) {
    keys.add(entry.key.toLowerCase());
    const ids = bibEntryIdentifiers(entry);
    if (ids.doi) dois.add(ids.doi);
    if (ids.arxiv) arxivIds.add(ids.arxiv);
    const people = bibField(entry, 'author') ?? bibField(entry, 'editor');
    const families = people === undefined ? [] : foldForSearch(people).split(/\s+and\s+/).map(familyOf);
    // The user's own entry for a catalog paper answers to the model's name too ("esm" finds their `lin2023esm2`),
    // so it ranks with, and before, the catalog's items instead of below every title that mentions the word.
    const model = findCatalogPaper(entry.key, ids);
    const names = model ? [model.name, ...model.aliases].map(compactName) : [];
    pairs.push({ entry, ids, row: searchRow(entry.key, names, families, bibYear(bibField(entry, 'year') ?? bibField(entry, 'date')) ?? '', bibField(entry, 'title') ?? '') });
    if (pairs.length % entriesPerStep === 0) yield;
  }
  yield* sortInSteps(pairs, byKey, entriesPerStep * 5);
  const search: IndexSearch = {
    list: yield* buildSearchRowsInSteps(pairs.map((p) => p.row)),
    entries: pairs.map((p) => p.entry),
    identifiers: pairs.map((p) => p.ids),
    keys,
    dois,
    arxivIds,
  };
  indexSearches.set(index, search);
  searchesInProgress.delete(index);
  return search;
}

function catalogSearch(entries: readonly CatalogEntry[]): CatalogSearch {
  const cached = catalogSearches.get(entries);
  if (cached) return cached;
  const pairs = sortedByKey(
    entries.map((entry) => ({
      entry,
      row: searchRow(entry.key, [entry.name, ...entry.aliases].map(compactName), entry.authors.map((a) => foldForSearch(a.family)), String(entry.year), entry.title),
    })),
  );
  const byIdentifier = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    for (const id of [entry.key.toLowerCase(), normalizeDoi(entry.doi), normalizeArxivId(entry.arxiv)]) if (id !== undefined && !byIdentifier.has(id)) byIdentifier.set(id, entry);
  }
  const search = { list: buildSearchRows(pairs.map((p) => p.row)), entries: pairs.map((p) => p.entry), byIdentifier };
  catalogSearches.set(entries, search);
  return search;
}

/** Details by entry: computed for the few entries shown, kept while the index lives. */
const details = new WeakMap<BibEntry | CatalogEntry, string>();

function cachedDetail(entry: BibEntry): string {
  let detail = details.get(entry);
  if (detail === undefined) details.set(entry, (detail = shortLabel(entry)));
  return detail;
}

function catalogDetail(entry: CatalogEntry): string {
  const cached = details.get(entry);
  if (cached !== undefined) return cached;
  const label = composeShortLabel(
    entry.authors.map((a) => a.family),
    entry.year,
    entry.title,
  );
  const caution = entry.provenance.status === 'verified' ? '' : ' (unverified)';
  const detail = `${entry.name} · catalog${caution} · ${label}`;
  details.set(entry, detail);
  return detail;
}

/**
 * Builds (and caches) the search text of these bibliographies and of the catalog now, so that the first completion
 * after a bibliography changes does not pay for it: for 10,000 entries this takes a few hundred milliseconds.
 */
export function prepareCitationSearch(bibIndexes: readonly BibIndex[], catalogEntries: readonly CatalogEntry[]): void {
  for (const index of bibIndexes) indexSearch(index);
  if (catalogEntries.length > 0) catalogSearch(catalogEntries);
}

/**
 * Builds the search of one bibliography in steps (about a thousand entries each), so an editor can build it between
 * the user's keystrokes. A completion request that comes before the last step finishes the build at once.
 */
export function prepareCitationSearchInSteps(index: BibIndex): Steps<void> {
  return (function* () {
    if (indexSearches.has(index)) return;
    let steps = searchesInProgress.get(index);
    if (!steps) searchesInProgress.set(index, (steps = indexSearchInSteps(index)));
    for (let step = steps.next(); !step.done; step = steps.next()) yield;
  })();
}

/**
 * Citation keys for a prefix: the user's entries, and catalog models that are not already in the user's
 * bibliographies (same key, DOI or arXiv id). Ranked key prefix > model name/alias prefix > author family name >
 * year > title word > substring, the user's entries before catalog models within a rank, then by key. The search
 * text of each index is built once and cached by the index object.
 */
export function completeCitations(prefix: string, bibIndexes: readonly BibIndex[], catalogEntries: readonly CatalogEntry[], options: CitationCompletionOptions = {}): CompletionCandidate[] {
  const limit = options.limit ?? 100;
  const query = foldForSearch(prefix.trim());
  const compactQuery = compactName(query);
  const excluded = new Set((options.exclude ?? []).map((k) => k.toLowerCase()));
  const seen = new Set<string>();
  const searches = bibIndexes.map(indexSearch);
  const bibTiers: Array<Array<{ readonly row: SearchRow; readonly entry: BibEntry; readonly ids: { readonly doi?: string; readonly arxiv?: string } }>> = Array.from({ length: tierCount }, () => []);
  for (const search of searches) {
    const { rows } = search.list;
    const tiers = searchRows(search.list, query, compactQuery, limit, (i) => excluded.has(rows[i].keyLower));
    tiers.forEach((indexes, tier) => bibTiers[tier].push(...indexes.map((i) => ({ row: rows[i], entry: search.entries[i], ids: search.identifiers[i] }))));
  }
  const catalog = catalogEntries.length > 0 ? catalogSearch(catalogEntries) : undefined;
  const catalogModelOf = (entry: BibEntry, ids: { readonly doi?: string; readonly arxiv?: string }): CatalogEntry | undefined => {
    if (catalog === undefined) return undefined;
    return catalog.byIdentifier.get(entry.key.toLowerCase()) ?? catalog.byIdentifier.get(ids.doi ?? '') ?? catalog.byIdentifier.get(ids.arxiv ?? '');
  };
  let catalogTiers: Array<Array<{ readonly row: SearchRow; readonly entry: CatalogEntry }>> = Array.from({ length: tierCount }, () => []);
  if (options.includeCatalog !== false && catalog !== undefined) {
    const inBibliography = (entry: CatalogEntry): boolean => {
      const doi = normalizeDoi(entry.doi);
      const arxiv = normalizeArxivId(entry.arxiv);
      return searches.some((s) => s.keys.has(entry.key.toLowerCase()) || (doi !== undefined && s.dois.has(doi)) || (arxiv !== undefined && s.arxivIds.has(arxiv)));
    };
    const { rows } = catalog.list;
    const tiers = searchRows(catalog.list, query, compactQuery, limit, (i) => excluded.has(rows[i].keyLower) || inBibliography(catalog.entries[i]));
    catalogTiers = tiers.map((indexes) => indexes.map((i) => ({ row: rows[i], entry: catalog.entries[i] })));
  }
  const candidates: CompletionCandidate[] = [];
  const sortText = (): string => String(candidates.length).padStart(5, '0');
  for (let tier = 0; tier < tierCount && candidates.length < limit; tier++) {
    const bib = searches.length > 1 ? sortedByKey(bibTiers[tier]) : bibTiers[tier];
    for (const { entry, ids } of bib) {
      if (candidates.length >= limit) break;
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      const { key } = entry;
      candidates.push({ key, label: key, detail: cachedDetail(entry), sortText: sortText(), filterText: `${prefix} ${key}`, kind: 'bib', entry, bibEntry: entry, catalogEntry: catalogModelOf(entry, ids) });
    }
    for (const { entry } of catalogTiers[tier]) {
      if (candidates.length >= limit) break;
      const { key } = entry;
      candidates.push({ key, label: key, detail: catalogDetail(entry), sortText: sortText(), filterText: `${prefix} ${key}`, kind: 'catalog', entry, catalogEntry: entry });
    }
  }
  return candidates;
}
