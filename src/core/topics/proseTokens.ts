/**
 * The word tokens of a text, as parallel arrays (a 20k-word draft would otherwise allocate 20k small objects per
 * check). Letters and digits form words; everything else (spaces, hyphens, slashes, punctuation, line breaks)
 * separates them, so "chain-of-thought", "chain of thought" and "chain\nof thought" give the same tokens.
 * `norms[i]` is word i's lowercase stem; `starts[i]..ends[i]` its offsets in `text`.
 */
export interface ProseTokens {
  readonly text: string;
  readonly norms: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Turns lowercase words into their normal form; callers pass a caching wrapper around `wordStem`. */
export type WordNormalizer = (lowercaseWord: string) => string;

const nonAsciiWordChar = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return nonAsciiWordChar.test(text[index]);
}

/** Splits `text` into word tokens in one pass. */
export function proseTokens(text: string, normalize: WordNormalizer): ProseTokens {
  const norms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Lowercasing the whole text once is cheaper than per word, unless it changes lengths (e.g. "İ").
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordChar(text.charCodeAt(i), text, i)) i++;
    norms.push(normalize(sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase()));
    starts.push(start);
    ends.push(i);
  }
  return { text, norms, starts, ends };
}

/** A normalizer that remembers what it has seen; one per compiled matcher, so repeated words cost a map lookup. */
export function cachingNormalizer(stem: (word: string) => string): WordNormalizer {
  const cache = new Map<string, string>();
  return (word) => {
    let normal = cache.get(word);
    if (normal === undefined) {
      normal = stem(word);
      if (cache.size < 200_000) cache.set(word, normal);
    }
    return normal;
  };
}
