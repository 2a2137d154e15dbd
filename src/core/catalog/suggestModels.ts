import { catalogEntries } from './catalog';
import type { CatalogEntry } from './catalogEntry';
import { findModelMentions } from './modelMentions';

const stopWords = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was we were which with using used use model models based large pretrained data learning deep new our study'.split(' '),
);

function terms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []).filter((t) => t.length > 2 && !stopWords.has(t));
}

/** Words that describe what an entry is for: its tasks, modality, area and description. */
const entryTerms = new Map<CatalogEntry, Set<string>>(
  catalogEntries.map((e) => [e, new Set(terms([...e.tasks, ...e.modality, e.area.replace(/-/g, ' '), e.description].join(' ')))]),
);

/**
 * Catalog models relevant to a paragraph: models it names come first, then models whose tasks, data and description
 * share the most words with it (each shared word weighted by how rare it is across the catalog).
 */
export function suggestCatalogModels(paragraph: string, limit: number): CatalogEntry[] {
  const named = [...new Set(findModelMentions(paragraph).map((m) => m.entry))];
  const words = new Set(terms(paragraph));
  const documentFrequency = (word: string) => catalogEntries.filter((e) => entryTerms.get(e)?.has(word)).length;
  const weights = new Map([...words].map((w) => [w, Math.log(1 + catalogEntries.length / (1 + documentFrequency(w)))]));
  const scored = catalogEntries
    .filter((e) => !named.includes(e))
    .map((entry) => {
      let score = 0;
      for (const word of entryTerms.get(entry) ?? []) score += weights.get(word) ?? 0;
      return { entry, score };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  return [...named, ...scored.map((s) => s.entry)].slice(0, limit);
}
