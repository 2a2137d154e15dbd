import type { CatalogAuthor, CatalogEntry } from './catalogEntry';
import { escapeLatex } from './latexEscape';

/*
 * Why unverified entries carry a `%` comment line rather than a `note` field: a note would be printed in the
 * paper's reference list, which no author wants. Text outside an `@entry{...}` is ignored by BibTeX, biber and
 * citation-js, yet stays visible to whoever pastes the entry into their .bib file.
 */

// Proper nouns that appear in titles in plain capitalised form; sentence-casing styles would lower-case them.
const properNouns = new Set(['Twitter', 'Reddit', 'Gemini', 'Bayesian', 'Gaussian', 'Markov', 'English', 'Chinese']);

/** Whether a title word must keep its capitals under styles that sentence-case titles. */
function needsProtection(word: string, nameWords: ReadonlySet<string>): boolean {
  if (nameWords.has(word)) return true;
  return word.split(/[-/\u2013\u2014]/).some((part) => {
    if (nameWords.has(part) || properNouns.has(part)) return true;
    const letters = part.replace(/[^A-Za-z]/g, '');
    // Acronyms (RNA, COVID), CamelCase and lower-camel (AlphaFold, scGPT), letters with digits (3D, ML4H).
    return /[A-Z]/.test(part.slice(1)) || (/\d/.test(part) && /[A-Z]/.test(part)) || (letters.length >= 2 && letters === letters.toUpperCase());
  });
}

/** The title escaped, with acronyms, model names and proper nouns wrapped in braces. */
export function bibtexTitle(entry: CatalogEntry): string {
  const nameWords = new Set([entry.name, ...entry.aliases].flatMap((n) => n.split(/\s+/)).filter((w) => /^[A-Z]/.test(w)));
  return entry.title
    .split(/(\s+)/)
    .map((token) => {
      const match = /^([("'`\u2018\u201c]*)(.*?)([)"'.,:;?!\u2019\u201d]*)$/.exec(token);
      if (!match || token.trim() === '') return token;
      const [, lead, core, trail] = match;
      if (core.length === 0) return escapeLatex(token);
      const escaped = escapeLatex(core);
      const wrapped = needsProtection(core, nameWords) ? `{${escaped}}` : escaped;
      return escapeLatex(lead) + wrapped + escapeLatex(trail);
    })
    .join('');
}

function bibtexName(author: CatalogAuthor): string {
  // Braces keep multi-word and particle family names whole ("Agüera y Arcas", "de Melo", "Al Sayed").
  const family = /\s|,|^[a-z]/.test(author.family) ? `{${escapeLatex(author.family)}}` : escapeLatex(author.family);
  return author.given.trim() === '' ? family : `${family}, ${escapeLatex(author.given)}`;
}

/** `Family, Given and …`, ending in `and others` when the list is known to be incomplete. */
export function bibtexAuthors(entry: CatalogEntry): string {
  const names = entry.authors.map(bibtexName);
  if (!entry.authorsComplete) names.push('others');
  return names.join(' and ');
}

/** `1099-1106` → `1099--1106`; single pages and article numbers are unchanged. */
function pageRange(pages: string): string {
  return pages.replace(/^\s*([A-Za-z]*\d+)\s*[-\u2013]{1,2}\s*([A-Za-z]*\d+)\s*$/, '$1--$2');
}

/** The pages worth citing, or `null` when they only repeat the preprint identifier (`arXiv:2204.00300`). */
function citablePages(entry: CatalogEntry): string | null {
  const pages = entry.pages?.trim();
  if (!pages) return null;
  if (entry.arxiv !== null && pages.toLowerCase() === `arxiv:${entry.arxiv.toLowerCase()}`) return null;
  if (entry.bibtexType === 'misc' && entry.doi !== null && entry.doi.endsWith(`/${pages}`)) return null;
  return pages;
}

// ACM's form for article-numbered journals (e.g. IMWUT): "Article 32 (32 pages)".
const articleNumber = /^Article\s+(\S+)(?:\s+\((\d+)\s+pages\))?$/i;

/** BibTeX page fields; article numbers become ACM's own `articleno`/`numpages`, as the ACM Digital Library exports. */
function pageFields(entry: CatalogEntry): [string, string][] {
  const pages = citablePages(entry);
  if (pages === null) return [];
  const article = articleNumber.exec(pages);
  if (article) return article[2] ? [['articleno', article[1]], ['numpages', article[2]]] : [['articleno', article[1]]];
  return [['pages', escapeLatex(pageRange(pages))]];
}

const containerField: Readonly<Record<CatalogEntry['bibtexType'], string>> = {
  article: 'journal',
  inproceedings: 'booktitle',
  misc: 'howpublished',
};

/** The comment line warning that an entry's facts were not (fully) checked, or `undefined` for verified entries. */
export function unverifiedComment(entry: CatalogEntry): string | undefined {
  if (entry.provenance.status === 'verified') return undefined;
  return entry.provenance.source === 'catalog-facts.json'
    ? '% biofm catalog: only partly verified; check these facts against the publisher before citing.'
    : '% biofm catalog: UNVERIFIED, written from general knowledge; check title, authors, venue and year before citing.';
}

/** A clean BibTeX entry for the model's canonical paper, keyed by `entry.key`. */
export function bibtexForEntry(entry: CatalogEntry): string {
  const fields: [string, string][] = [
    ['title', bibtexTitle(entry)],
    ['author', bibtexAuthors(entry)],
  ];
  if (entry.container !== null) fields.push([containerField[entry.bibtexType], escapeLatex(entry.container)]);
  fields.push(['year', String(entry.year)]);
  if (entry.volume !== null) fields.push(['volume', escapeLatex(entry.volume)]);
  if (entry.issue !== null) fields.push(['number', escapeLatex(entry.issue)]);
  fields.push(...pageFields(entry));
  // DOIs and arXiv ids are verbatim fields: escaping would corrupt them, and none of ours holds a LaTeX special.
  if (entry.doi !== null) fields.push(['doi', entry.doi]);
  if (entry.arxiv !== null) fields.push(['eprint', entry.arxiv], ['archivePrefix', 'arXiv']);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  const comment = unverifiedComment(entry);
  return `${comment === undefined ? '' : `${comment}\n`}@${entry.bibtexType}{${entry.key},\n${body}\n}\n`;
}

/** Several entries, separated by a blank line. */
export function bibtexForEntries(entries: readonly CatalogEntry[]): string {
  return entries.map(bibtexForEntry).join('\n');
}

/** A CSL-JSON item (the format of Zotero, Pandoc and citation-js). */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-journal' | 'paper-conference' | 'article';
  readonly title: string;
  readonly author: readonly { family: string; given?: string }[];
  readonly issued: { 'date-parts': [[number]] };
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly page?: string;
  readonly DOI?: string;
  readonly URL?: string;
  readonly number?: string;
  readonly note?: string;
}

const cslType: Readonly<Record<CatalogEntry['bibtexType'], CslItem['type']>> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  // CSL's `article` is the type for preprints and working papers.
  misc: 'article',
};

/** The entry as a CSL-JSON item; unverified entries say so in `note`, which CSL users see in their reference manager. */
export function cslForEntry(entry: CatalogEntry): CslItem {
  const pages = citablePages(entry);
  const page = pages === null ? undefined : (articleNumber.exec(pages)?.[1] ?? pages.replace(/\s*[-\u2013]{1,2}\s*/, '-'));
  return {
    id: entry.key,
    type: cslType[entry.bibtexType],
    title: entry.title,
    author: entry.authors.map((a) => (a.given === '' ? { family: a.family } : { family: a.family, given: a.given })),
    issued: { 'date-parts': [[entry.year]] },
    ...(entry.container === null ? {} : entry.bibtexType === 'misc' ? { publisher: entry.container } : { 'container-title': entry.container }),
    ...(entry.volume === null ? {} : { volume: entry.volume }),
    ...(entry.issue === null ? {} : { issue: entry.issue }),
    ...(page === undefined ? {} : { page }),
    ...(entry.doi === null ? {} : { DOI: entry.doi }),
    ...(entry.arxiv === null ? {} : { number: `arXiv:${entry.arxiv}` }),
    ...(entry.arxiv === null || entry.doi !== null ? {} : { URL: `https://arxiv.org/abs/${entry.arxiv}` }),
    ...(entry.provenance.status === 'verified' ? {} : { note: 'Unverified bibliographic facts: check before citing.' }),
  };
}
