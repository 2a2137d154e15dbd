import type { CatalogArea, CatalogEntry } from './catalogEntry';
import catalogData from './catalogData.json';
import { createCatalogSearch, type CatalogSearchOptions } from './catalogSearch';

export type { CatalogSearchOptions } from './catalogSearch';
export { compactName } from './nameFolding';

/** The five areas in the survey's order, for menus, validation and `--area`. */
export const catalogAreas: readonly CatalogArea[] = [
  'computational-biology',
  'drug-discovery',
  'clinical-informatics',
  'medical-imaging',
  'public-health',
];

// The JSON is the source of truth and is validated field by field in test/unit/catalog.test.ts; TypeScript infers
// plain strings for its literal unions, hence the cast.
/** Every bundled model, grouped by area, in a stable order. */
export const catalogEntries: readonly CatalogEntry[] = (catalogData as unknown as { entries: CatalogEntry[] }).entries;

/** Strips `doi:` and resolver URL prefixes and lower-cases, since DOIs are case-insensitive. */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')
    .toLowerCase();
}

/** Strips `arXiv:` and abs-URL prefixes and the version suffix (`v2`). */
export function normalizeArxiv(id: string): string {
  return id
    .trim()
    .replace(/^(?:arxiv:\s*|https?:\/\/arxiv\.org\/(?:abs|pdf)\/)/i, '')
    .replace(/(?:\.pdf)?$/i, '')
    .replace(/v\d+$/i, '')
    .toLowerCase();
}

const byKey = new Map(catalogEntries.map((entry) => [entry.key, entry]));
const byDoi = new Map(catalogEntries.filter((e) => e.doi !== null).map((e) => [normalizeDoi(e.doi ?? ''), e]));
const byArxiv = new Map(catalogEntries.filter((e) => e.arxiv !== null).map((e) => [normalizeArxiv(e.arxiv ?? ''), e]));

export function findByKey(key: string): CatalogEntry | undefined {
  return byKey.get(key);
}

/** Case-insensitive; accepts `doi:` and `https://doi.org/` forms. */
export function findByDoi(doi: string): CatalogEntry | undefined {
  return byDoi.get(normalizeDoi(doi));
}

/** Ignores the version suffix, so `2306.15006v2` finds the entry stored as `2306.15006`. */
export function findByArxiv(id: string): CatalogEntry | undefined {
  return byArxiv.get(normalizeArxiv(id));
}

/** The catalog model whose paper a bibliography entry is: by its key, else its DOI, else its arXiv id. */
export function findCatalogPaper(key: string, ids: { readonly doi?: string; readonly arxiv?: string }): CatalogEntry | undefined {
  return findByKey(key) ?? (ids.doi ? findByDoi(ids.doi) : undefined) ?? (ids.arxiv ? findByArxiv(ids.arxiv) : undefined);
}

/**
 * Entries matching every word of the query (in key, name, alias, author family name, title, year, task or modality),
 * best first. A query that names a model as a whole ("nucleotide transformer") ranks that model first.
 */
export const searchCatalog: (query: string, options?: CatalogSearchOptions) => CatalogEntry[] = createCatalogSearch(catalogEntries);
