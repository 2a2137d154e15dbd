import { cachingNormalizer, proseTokens, type ProseTokens, type WordNormalizer } from './proseTokens';
import type { Lexicon } from './topicLexicon';
import { wordStem } from './wordStem';

/** One phrase found in a text: which lexicon and phrase, and the text offsets it covers. */
export interface PhraseMatch {
  readonly lexicon: number;
  readonly phrase: number;
  readonly start: number;
  readonly end: number;
  /** Index of the phrase's first word in the token list that was matched. */
  readonly firstToken: number;
}

interface Terminal {
  readonly lexicon: number;
  readonly phrase: number;
  readonly length: number;
  /** The words as written, for case-sensitive phrases; undefined otherwise. */
  readonly surface: readonly string[] | undefined;
}

/** Called for each match: lexicon and phrase index, and the first and last token it covers. */
export type MatchListener = (lexicon: number, phrase: number, firstToken: number, lastToken: number) => void;

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  terminals: Terminal[] | undefined;
}

/**
 * Many lexicons compiled into one token trie over normalised words, so a text is matched against every phrase of
 * every lexicon in a single left-to-right pass whose cost hardly depends on the number of phrases. Within one
 * lexicon matches do not overlap (the longest phrase starting at a word wins, then matching resumes after it);
 * different lexicons match independently.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { children: new Map(), terminals: undefined };
  readonly normalize: WordNormalizer = cachingNormalizer(wordStem);

  constructor(readonly lexicons: readonly Lexicon[]) {
    lexicons.forEach((lexicon, l) => {
      lexicon.phrases.forEach((phrase, p) => {
        for (const variant of phraseVariants(phrase.phrase)) {
          const words = proseTokens(variant, this.normalize);
          if (words.norms.length === 0) continue;
          const surface = phrase.caseSensitive ? words.starts.map((start, k) => variant.slice(start, words.ends[k])) : undefined;
          this.insert(words.norms, { lexicon: l, phrase: p, length: words.norms.length, surface });
        }
      });
    });
  }

  /** Every match in `text`, ordered by start offset. */
  match(text: string): PhraseMatch[] {
    const tokens = proseTokens(text, this.normalize);
    const matches: PhraseMatch[] = [];
    this.matchTokens(tokens, (lexicon, phrase, first, last) =>
      matches.push({ lexicon, phrase, start: tokens.starts[first], end: tokens.ends[last], firstToken: first }),
    );
    return matches;
  }

  /** Reports every match in `tokens` to `listener`, in order of first token, without allocating per match. */
  matchTokens(tokens: ProseTokens, listener: MatchListener): void {
    const { norms } = tokens;
    const count = this.lexicons.length;
    const coveredUntil = new Array<number>(count).fill(0);
    const bestLength = new Array<number>(count).fill(0);
    const bestPhrase = new Array<number>(count).fill(-1);
    const touched: number[] = [];
    for (let i = 0; i < norms.length; i++) {
      let node = this.root.children.get(norms[i]);
      for (let j = i; node !== undefined; ) {
        if (node.terminals) {
          for (const t of node.terminals) {
            if (i < coveredUntil[t.lexicon] || t.length <= bestLength[t.lexicon]) continue;
            if (t.surface && !sameSurface(tokens, i, t.surface)) continue;
            if (bestLength[t.lexicon] === 0) touched.push(t.lexicon);
            bestLength[t.lexicon] = t.length;
            bestPhrase[t.lexicon] = t.phrase;
          }
        }
        j++;
        node = j < norms.length ? node.children.get(norms[j]) : undefined;
      }
      if (touched.length === 0) continue;
      for (const l of touched) {
        const last = i + bestLength[l] - 1;
        listener(l, bestPhrase[l], i, last);
        coveredUntil[l] = last + 1;
        bestLength[l] = 0;
        bestPhrase[l] = -1;
      }
      touched.length = 0;
    }
  }

  private insert(norms: readonly string[], terminal: Terminal): void {
    let node = this.root;
    for (const norm of norms) {
      let child = node.children.get(norm);
      if (!child) {
        child = { children: new Map(), terminals: undefined };
        node.children.set(norm, child);
      }
      node = child;
    }
    const existing = node.terminals ?? (node.terminals = []);
    // The same phrase twice in a lexicon (after normalisation) would double-count; keep the first.
    if (!existing.some((t) => t.lexicon === terminal.lexicon && (t.surface === undefined) === (terminal.surface === undefined))) {
      existing.push(terminal);
    }
  }
}

function sameSurface(tokens: ProseTokens, first: number, surface: readonly string[]): boolean {
  for (let k = 0; k < surface.length; k++) {
    const i = first + k;
    if (i >= tokens.norms.length || tokens.text.slice(tokens.starts[i], tokens.ends[i]) !== surface[k]) return false;
  }
  return true;
}

/** The phrase as written, plus its closed compound when it has hyphens ("pre-trained" also as "pretrained"). */
function phraseVariants(phrase: string): string[] {
  if (!phrase.includes('-')) return [phrase];
  return [phrase, phrase.replace(/(\w)-(?=\w)/g, '$1')];
}
