import { catalogEntries } from './catalog';
import type { CatalogEntry } from './catalogEntry';
import { compactName } from './nameFolding';
import { TextMemo } from '../util/textMemo';

/** One place where prose names a catalog model; `start`/`end` are UTF-16 offsets into the text, `end` exclusive. */
export interface ModelMention {
  readonly entry: CatalogEntry;
  readonly start: number;
  readonly end: number;
  /** The text as written, e.g. `ESM2` for the entry named `ESM-2`. */
  readonly matched: string;
}

/*
 * Case policy. Most names are distinctive ("BioBERT", "Geneformer") and match in any case. Names of four or fewer
 * letters and digits ("SAM", "UNI", "NT", "HINT", "Evo") and names that are also English words or people's names
 * ("GROVER", "Foresight", "MOTOR", "CONCH", "TITAN", "Virchow") match only as the catalog writes them, so "a hint",
 * "uni", "Grover" and "motor" stay unmarked. What remains ambiguous even then, e.g. "SAM" for S-adenosylmethionine,
 * "Foresight" opening a sentence or "Virchow" for the pathologist, is accepted: a false mention only offers a hover.
 */
const ambiguousWords = new Set([
  'grover', 'foresight', 'conch', 'motor', 'titan', 'chief', 'borzoi', 'caduceus', 'ankh', 'gloria', 'virchow',
  'segmentanything',
]);

/** Whether a name must match in exactly the catalog's letter case. */
export function isCaseSensitiveName(name: string): boolean {
  const compact = compactName(name);
  return compact.length <= 4 || ambiguousWords.has(compact);
}

interface SurfaceForm {
  readonly text: string;
  readonly entry: CatalogEntry;
  readonly caseSensitive: boolean;
  /** `formKey(text)`. */
  readonly key: string;
  /** Anchored at `lastIndex` (sticky), for retrying shorter names where a longer one failed the case check. */
  readonly sticky: RegExp;
}

// Word characters for the boundary tests: ASCII, Latin, Greek and Cyrillic letters. Written as a class without the
// `u` flag because the combined pattern runs several times faster without it; catalog names are ASCII.
const wordChar = 'A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const isWordChar = new RegExp(`[${wordChar}]`);
const boundaryAfter = `(?![${wordChar}])`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name may be split across a line break in the source, so inner spaces match any run of white space. */
function formPattern(text: string): string {
  return text.split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** The lookup key of a matched or written name: lower case, white space runs as one space. */
function formKey(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

/**
 * One alternation shaped as a trie ("Med-PaLM" and "Med-PaLM 2" share `med-palm`), which the regex engine walks
 * with far less backtracking than a flat list; at every node longer continuations are tried before stopping, so
 * the longest name at a position wins.
 */
function triePattern(keys: readonly string[]): string {
  const root: TrieNode = { end: false, children: new Map() };
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      let next = node.children.get(char);
      if (!next) {
        next = { end: false, children: new Map() };
        node.children.set(char, next);
      }
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([char, child]) => (char === ' ' ? '\\s+' : escapeRegExp(char)) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** Builds a mention finder over the given entries (the bundled catalog by default in `findModelMentions`). */
export function createMentionFinder(entries: readonly CatalogEntry[]): (text: string) => ModelMention[] {
  const forms = new Map<string, SurfaceForm>();
  for (const entry of entries) {
    for (const text of [entry.name, ...entry.aliases]) {
      if (!/^[A-Za-z0-9]/.test(text)) throw new Error(`catalog name '${text}' of ${entry.key} must start with a letter or digit`);
      const caseSensitive = isCaseSensitiveName(text);
      const sticky = new RegExp(formPattern(text) + boundaryAfter, caseSensitive ? 'y' : 'iy');
      const key = formKey(text);
      forms.set(key, { text, entry, caseSensitive, key, sticky });
    }
  }
  // Shorter names by first letter, longest first: the fallback when a longer match fails the case check.
  const byFirstChar = new Map<string, SurfaceForm[]>();
  for (const form of [...forms.values()].sort((a, b) => b.text.length - a.text.length)) {
    const first = form.key[0];
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), form]);
  }
  // No look-behind for the leading boundary: a pattern that starts with one is tried at every position. Every name
  // starts with a letter or digit, so an ASCII `\b` is a cheap pre-filter that lets the engine skip mid-word
  // positions; the Unicode-aware boundary test follows on each hit.
  const pattern = new RegExp(`\\b${triePattern([...forms.keys()])}${boundaryAfter}`, 'gi');

  const acceptAt = (text: string, index: number, matched: string): { form: SurfaceForm; end: number } | undefined => {
    const key = formKey(matched);
    const form = forms.get(key);
    if (form && (!form.caseSensitive || matched.replace(/\s+/g, ' ') === form.text)) {
      return { form, end: index + matched.length };
    }
    for (const shorter of byFirstChar.get(key[0]) ?? []) {
      // Only a name that is a prefix of the rejected match can start here; most are ruled out without a regex.
      if (shorter.key.length >= key.length || !key.startsWith(shorter.key)) continue;
      shorter.sticky.lastIndex = index;
      const found = shorter.sticky.exec(text);
      if (found) return { form: shorter, end: index + found[0].length };
    }
    return undefined;
  };

  return (text: string): ModelMention[] => {
    const mentions: ModelMention[] = [];
    const regex = new RegExp(pattern);
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const accepted = match.index > 0 && isWordChar.test(text[match.index - 1]) ? undefined : acceptAt(text, match.index, match[0]);
      if (accepted) {
        mentions.push({ entry: accepted.form.entry, start: match.index, end: accepted.end, matched: text.slice(match.index, accepted.end) });
        regex.lastIndex = accepted.end;
      } else {
        regex.lastIndex = match.index + 1;
      }
    }
    return mentions;
  };
}

/**
 * Every mention of a catalog model (name or alias) in prose: whole words only, the longest name where several
 * start at the same place ("Med-PaLM 2" over "Med-PaLM"), never overlapping, in text order.
 */
export const findModelMentions: (text: string) => readonly ModelMention[] = memoizeByText(createMentionFinder(catalogEntries));

/** Prose runs rarely change between two analyses of a draft, so their mentions are remembered by text. */
function memoizeByText(find: (text: string) => ModelMention[]): (text: string) => readonly ModelMention[] {
  const memo = new TextMemo(find);
  return (text) => memo.get(text);
}
