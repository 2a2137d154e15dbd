/**
 * Catalog benchmarks: model-mention finding over long prose and catalog search, each against a naive baseline.
 * Run: `node --import tsx bench/catalogBench.ts`
 */
import { catalogEntries, searchCatalog } from '../src/core/catalog/catalog';
import type { CatalogEntry } from '../src/core/catalog/catalogEntry';
import { createMentionFinder, findModelMentions, isCaseSensitiveName, type ModelMention } from '../src/core/catalog/modelMentions';
import { benchRow as row, lcg, medianMs, runIfDirect, type BenchRow } from './benchRow';

const filler = (
  'the model was trained on a large corpus of clinical notes and images while results show that pretraining helps ' +
  'downstream tasks such as segmentation classification and retrieval a hint for uni students motor skills Grover ' +
  'chief titan conch segment anything foresight sam evo nt transformer protein sequence cell expression'
).split(' ');

/** Deterministic prose of `words` words with a catalog name or alias about every 40 words. */
export function generateProse(words: number, seed = 1): string {
  const next = lcg(seed);
  const names = catalogEntries.flatMap((e) => [e.name, ...e.aliases]);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(next() < 0.025 ? names[Math.floor(next() * names.length)] : filler[Math.floor(next() * filler.length)]);
    if (i % 17 === 16) out.push('.\n');
  }
  return out.join(' ');
}

/** The obvious approach: one regular expression per name, then overlaps resolved by position and length. */
export function naiveMentions(text: string, entries: readonly CatalogEntry[] = catalogEntries): ModelMention[] {
  const found: ModelMention[] = [];
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const body = name.split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      const regex = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, isCaseSensitiveName(name) ? 'gu' : 'giu');
      for (const m of text.matchAll(regex)) found.push({ entry, start: m.index, end: m.index + m[0].length, matched: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ModelMention[] = [];
  for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

/** Search without precomputed haystacks: every field lower-cased again for every query. */
function naiveSearch(query: string): CatalogEntry[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return catalogEntries.filter((e) => {
    const hay = [e.key, e.name, ...e.aliases, ...e.authors.map((a) => a.family), e.title, String(e.year), ...e.tasks, ...e.modality]
      .map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
      .join(' ');
    return terms.every((t) => hay.includes(t));
  });
}

export function runCatalogBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const words of [20_000, 200_000]) {
    const text = generateProse(words);
    const ours = findModelMentions(text);
    const naive = naiveMentions(text);
    if (ours.length !== naive.length || ours.some((m, i) => m.start !== naive[i].start || m.end !== naive[i].end)) {
      throw new Error(`mention finders disagree on ${words} words: ${ours.length} vs ${naive.length}`);
    }
    // The finder itself, not `findModelMentions`, which remembers texts it has seen and would answer from memory.
    const finder = createMentionFinder(catalogEntries);
    rows.push(row(`findModelMentions (${ours.length} mentions)`, words, medianMs(() => finder(text), 5), medianMs(() => naiveMentions(text), 3), { note: 'baseline: one RegExp per name; first read of the text (no memory)' }));
  }
  const queries = ['esm2', 'protein language model', 'pathology 2024', 'lin', 'chest x-ray', 'nucleotide transformer', 'medsam', 'mental health', 'zhang', 'clip'];
  const perQuery = (search: (q: string) => unknown) => medianMs(() => queries.forEach((q) => search(q)), 21) / queries.length;
  rows.push(row('searchCatalog (ms per query)', queries.length, perQuery((q) => searchCatalog(q)), perQuery(naiveSearch), { note: 'baseline: fields folded again per query' }));
  return Promise.resolve(rows);
}

runIfDirect('catalogBench.ts', runCatalogBench);
