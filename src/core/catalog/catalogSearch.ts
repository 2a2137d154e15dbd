import type { CatalogArea, CatalogEntry } from './catalogEntry';
import { compactName, foldAccents } from './nameFolding';

export interface CatalogSearchOptions {
  readonly area?: CatalogArea;
  /** At most this many results; all by default. */
  readonly limit?: number;
}

// Weights: an identifier beats a name, a whole name or an author's family name beats part of a name, which beats
// words of titles, tasks and modalities.
const weight = {
  key: 100,
  name: 90,
  namePrefix: 60,
  family: 50,
  namePart: 40,
  keyPart: 25,
  year: 20,
  titleWord: 15,
  familyPrefix: 12,
  topic: 10,
  titlePrefix: 8,
  wholeQueryName: 100,
} as const;

/** One indexed word: which entry it belongs to and what an exact or prefix hit on it is worth. */
interface Posting {
  readonly token: string;
  readonly entry: number;
  readonly exact: number;
  readonly prefix: number;
}

function lowerBound(postings: readonly Posting[], token: string): number {
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid].token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds a search over the entries. Everything is folded and indexed once: exact and prefix hits come from one
 * sorted word list (binary search), substring hits scan only the short name, key and topic strings, so a query
 * costs a few hundredths of a millisecond rather than a pass over every title and author.
 */
export function createCatalogSearch(entries: readonly CatalogEntry[]): (query: string, options?: CatalogSearchOptions) => CatalogEntry[] {
  const postings: Posting[] = [];
  const names: string[][] = [];
  const topics: string[] = [];
  entries.forEach((entry, index) => {
    const add = (token: string, exact: number, prefix: number) => {
      if (token.length > 0) postings.push({ token, entry: index, exact, prefix });
    };
    add(entry.key, weight.key, 0);
    const compactNames = [entry.name, ...entry.aliases].map(compactName);
    names.push(compactNames);
    for (const name of compactNames) add(name, weight.name, weight.namePrefix);
    for (const author of entry.authors) for (const part of foldAccents(author.family).split(/\s+/)) add(part, weight.family, weight.familyPrefix);
    add(String(entry.year), weight.year, 0);
    for (const word of foldAccents(entry.title).split(/[^a-z0-9]+/)) add(word, weight.titleWord, weight.titlePrefix);
    topics.push([...entry.tasks, ...entry.modality].map(foldAccents).join('\n'));
  });
  postings.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));

  const scoreTerm = (term: string, compact: string, scores: Float64Array) => {
    const take = (index: number, score: number) => {
      if (score > scores[index]) scores[index] = score;
    };
    // Exact hits on either spelling of the term, then prefixes of three characters or more.
    for (const probe of compact === term ? [term] : [term, compact]) {
      for (let i = lowerBound(postings, probe); i < postings.length && postings[i].token.startsWith(probe); i++) {
        const p = postings[i];
        if (p.token === probe) take(p.entry, p.exact);
        else if (probe.length >= 3 || p.prefix === weight.namePrefix) take(p.entry, p.prefix);
      }
    }
    if (compact.length >= 3) {
      for (let e = 0; e < entries.length; e++) {
        if (scores[e] >= weight.namePart) continue;
        if (names[e].some((name) => name.includes(compact))) take(e, weight.namePart);
        else if (entries[e].key.includes(compact)) take(e, weight.keyPart);
        else if (topics[e].includes(term)) take(e, weight.topic);
      }
    }
  };

  return (query, options = {}) => {
    const terms = foldAccents(query).split(/\s+/).filter((t) => t.length > 0);
    const total = new Float64Array(entries.length);
    const scores = new Float64Array(entries.length);
    for (const term of terms) {
      scores.fill(0);
      scoreTerm(term, compactName(term), scores);
      // Every word must match somewhere: an entry that misses one is out.
      for (let e = 0; e < entries.length; e++) total[e] = scores[e] === 0 ? -Infinity : total[e] + scores[e];
    }
    if (terms.length > 1) {
      const whole = compactName(query);
      for (let e = 0; e < entries.length; e++) if (names[e].includes(whole)) total[e] += weight.wholeQueryName;
    }
    const hits: number[] = [];
    for (let e = 0; e < entries.length; e++) {
      if (total[e] !== -Infinity && (options.area === undefined || entries[e].area === options.area)) hits.push(e);
    }
    // An empty query lists the catalog in its own order (by area); otherwise best first, ties by name.
    if (terms.length > 0) hits.sort((a, b) => total[b] - total[a] || (entries[a].name < entries[b].name ? -1 : 1));
    return hits.slice(0, Math.max(0, options.limit ?? hits.length)).map((e) => entries[e]);
  };
}
