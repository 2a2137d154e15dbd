/** Turning raw BibTeX values (LaTeX accents, protective braces, `--`) into plain Unicode text, and reading names. */

const combiningAccents: Readonly<Record<string, string>> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a', d: '\u0323', b: '\u0331',
};

const letterCommands: Readonly<Record<string, string>> = {
  i: 'ı', j: 'ȷ', o: 'ø', O: 'Ø', ss: 'ß', ae: 'æ', AE: 'Æ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', oe: 'œ', OE: 'Œ',
  textendash: '–', textemdash: '—', textquoteright: '’', textquoteleft: '‘', textregistered: '®', texttrademark: '™',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ',
  tau: 'τ', phi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Delta: 'Δ', Omega: 'Ω', times: '×', pm: '±', ldots: '…', dots: '…',
};

// Escaped symbols stand in as private-use characters while braces and `$` are removed, then come back.
const escapedSymbols = /\\([&%$#_{}])/g;
const symbols = '&%$#_{}';
const hideSymbol = (_all: string, symbol: string): string => String.fromCharCode(0xe000 + symbols.indexOf(symbol));
const showSymbol = (hidden: string): string => symbols.charAt(hidden.charCodeAt(0) - 0xe000);
const accentCommand = /\\(["'`^~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))|\\([uvHckrdb])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+(\\?[A-Za-z]))/g;
const namedCommand = /\\([A-Za-z]+)\s*/g;
const needsWork = /[\\{}~$\n\t\r]|--|\s\s/;

function letterFor(base: string): string {
  return base.startsWith('\\') ? (letterCommands[base.slice(1)] ?? base.slice(1)) : base;
}

/**
 * Best-effort plain text for display and search: accents become Unicode (NFC), `\&` becomes `&`, `--` an en dash,
 * known commands their symbol, other commands vanish (keeping their argument), braces and `$` are dropped.
 */
export function plainBibText(raw: string): string {
  if (!needsWork.test(raw)) return raw.trim();
  let text = raw
    .replace(/\\[\s,;:!]/g, ' ')
    .replace(accentCommand, (_all, accent: string | undefined, braced: string | undefined, bare: string | undefined, letterAccent: string | undefined, letterBraced: string | undefined, letterBare: string | undefined) => {
      const mark = combiningAccents[accent ?? letterAccent ?? ''] ?? '';
      return letterFor(braced ?? bare ?? letterBraced ?? letterBare ?? '') + mark;
    })
    .replace(escapedSymbols, hideSymbol)
    .replace(namedCommand, (_all, name: string) => letterCommands[name] ?? '')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/[{}$]/g, '')
    .replace(/~/g, ' ')
    .replace(/[\ue000-\ue006]/g, showSymbol)
    .replace(/\s+/g, ' ')
    .trim();
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFC');
  return text;
}

/** One person of an `author`/`editor` field, in plain text. */
export interface BibName {
  readonly family: string;
  readonly given: string;
}

/** Splits a BibTeX name list on ` and ` outside braces (so `{Barnes and Noble}` stays one name). */
export function splitBibNames(raw: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (depth === 0 && (c === 32 || c === 9 || c === 10 || c === 13) && /^and\s/i.test(raw.slice(i + 1, i + 5))) {
      names.push(raw.slice(start, i));
      i += 4;
      start = i;
    }
  }
  names.push(raw.slice(start));
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

/** Top-level (outside braces) positions of a character in a name. */
function topLevelIndexes(name: string, char: number): number[] {
  const indexes: number[] = [];
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (depth === 0 && c === char) indexes.push(i);
  }
  return indexes;
}

/** Reads `Family, Given`, `von Family, Jr, Given` or `Given von Family`; a fully braced name is one family name. */
export function parseBibName(raw: string): BibName {
  const commas = topLevelIndexes(raw, 44);
  if (commas.length > 0) {
    const given = raw.slice(commas[commas.length - 1] + 1);
    return { family: plainBibText(raw.slice(0, commas[0])), given: plainBibText(given) };
  }
  const words: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 32;
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (depth === 0 && (c === 32 || c === 9 || c === 10 || c === 13 || c === 126)) {
      if (i > start) words.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  if (words.length <= 1) return { family: plainBibText(raw), given: '' };
  // The family name starts at the first lower-case ("von") word after the first, or is the last word.
  let familyStart = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (/^[a-z]/.test(words[i])) {
      familyStart = i;
      break;
    }
  }
  return { family: plainBibText(words.slice(familyStart).join(' ')), given: plainBibText(words.slice(0, familyStart).join(' ')) };
}

/** The people of a name-list field, in order. */
export function parseBibNames(raw: string | undefined): BibName[] {
  return raw === undefined ? [] : splitBibNames(raw).map(parseBibName);
}

/** The first four-digit year in a `year` or `date` value (`2023`, `2023-05-01`, `{2023}`). */
export function bibYear(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : /\d{4}/.exec(raw)?.[0];
}
