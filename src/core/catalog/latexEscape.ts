/**
 * Turning Unicode text into what classic BibTeX (8-bit, no UTF-8 awareness) and biber both read correctly:
 * LaTeX specials escaped, accented letters as accent macros in braces (`{\"u}`), so sorting and case changes by
 * bibliography styles leave them intact.
 */

const specials: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '\u2013': '--',
  '\u2014': '---',
  '\u2018': '`',
  '\u2019': "'",
  '\u201c': '``',
  '\u201d': "''",
  '\u00a0': '~',
  '\u00df': '{\\ss}',
  '\u00f8': '{\\o}',
  '\u00d8': '{\\O}',
  '\u00e6': '{\\ae}',
  '\u00c6': '{\\AE}',
  '\u0153': '{\\oe}',
  '\u0152': '{\\OE}',
  '\u0142': '{\\l}',
  '\u0141': '{\\L}',
  '\u0131': '{\\i}',
};

/** Combining mark → accent command. The first group takes a bare letter (`\'e`), the second needs braces (`\v{z}`). */
const symbolAccents: Readonly<Record<string, string>> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0307': '.',
  '\u0308': '"',
};
const letterAccents: Readonly<Record<string, string>> = {
  '\u0306': 'u',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
};

function accented(char: string): string | undefined {
  const [base, ...marks] = Array.from(char.normalize('NFD'));
  if (base === undefined || marks.length === 0 || !/^[A-Za-z]$/.test(base)) return undefined;
  // `{\'i}` rather than the older `{\'{\i}}`: LaTeX, biber and citation-js all read it as í, while citation-js
  // turns `\i` into a dotless ı plus a loose accent.
  let inner = base;
  for (const mark of marks) {
    const symbol = symbolAccents[mark];
    const letter = letterAccents[mark];
    if (symbol !== undefined) inner = inner.length === 1 ? `\\${symbol}${inner}` : `\\${symbol}{${inner}}`;
    else if (letter !== undefined) inner = `\\${letter}{${inner}}`;
    else return undefined;
  }
  return `{${inner}}`;
}

/** Escapes text for a BibTeX field value. Characters with no ASCII spelling are kept as UTF-8 (biber reads them). */
export function escapeLatex(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const special = specials[char];
    if (special !== undefined) out += special;
    else if (char.charCodeAt(0) < 0x80) out += char;
    else out += accented(char) ?? char;
  }
  return out;
}
