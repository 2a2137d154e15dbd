import { wordStem } from './wordStem';

/**
 * A weighted phrase of a lexicon. Phrases are written naturally ("chain-of-thought prompting"); the matcher
 * normalises case, hyphens and inflections itself, and also accepts the hyphen-less compound ("multimodal" for
 * "multi-modal"). Weight 0 makes a blocker: it claims its words so that a shorter phrase of the same lexicon
 * inside it does not count ("structural health monitoring" keeps "health" from counting as biomedical).
 */
export interface LexiconPhrase {
  readonly phrase: string;
  readonly weight: number;
  /** Match only as written, for short names that are also common words ("SAM", "PET"). */
  readonly caseSensitive?: boolean;
}

/** The phrases that carry one topic (or one scope test), and how much raw evidence makes a confident fit. */
export interface Lexicon {
  readonly phrases: readonly LexiconPhrase[];
  /**
   * The raw evidence at which the score reaches 1 - 1/e (about 0.63). Curated lexicons set it so that scores are
   * comparable across topics whose vocabularies differ in breadth; derived lexicons use the default.
   */
  readonly scale?: number;
  /**
   * Evidence that ordinary in-scope prose gives this topic in passing (every paper reports results and mentions
   * data or patients), subtracted before scoring so that broad topics do not fit everything.
   */
  readonly offset?: number;
}

export const defaultLexiconScale = 10;

/**
 * Builds phrase lists from weight tiers: `weighted([2, ['federated learning']], [0.5, ['clients']])`.
 * A leading `=` marks a case-sensitive phrase (`'=SAM'`).
 */
export function weighted(...tiers: readonly (readonly [number, readonly string[]])[]): LexiconPhrase[] {
  const phrases: LexiconPhrase[] = [];
  for (const [weight, list] of tiers) {
    for (const entry of list) {
      const caseSensitive = entry.startsWith('=');
      phrases.push(caseSensitive ? { phrase: entry.slice(1), weight, caseSensitive } : { phrase: entry, weight });
    }
  }
  return phrases;
}

/**
 * The strongest phrases of a lexicon, for suggesting wording that would support a topic: highest weight first,
 * multi-word phrases before single words (they say more), curated order otherwise, one per stem.
 */
export function headlinePhrases(lexicon: Lexicon, count: number): string[] {
  const wordsOf = (p: LexiconPhrase) => p.phrase.split(/[\s-]+/).length;
  const ranked = lexicon.phrases
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.weight > 0 && p.phrase.length > 3)
    .sort((a, b) => b.p.weight - a.p.weight || Number(wordsOf(b.p) > 1) - Number(wordsOf(a.p) > 1) || a.order - b.order);
  // First pass: phrases that share no word with one already chosen, so suggestions show the topic's breadth.
  const result: string[] = [];
  const usedWords = new Set<string>();
  const stemsOf = (phrase: string) => phrase.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '').map(wordStem);
  for (const diverse of [true, false]) {
    for (const { p } of ranked) {
      if (result.length === count) return result;
      const stems = stemsOf(p.phrase);
      if (result.includes(p.phrase) || (diverse && stems.some((w) => usedWords.has(w)))) continue;
      stems.forEach((w) => usedWords.add(w));
      result.push(p.phrase);
    }
  }
  return result;
}
