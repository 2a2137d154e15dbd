import type { CatalogEntry } from '../catalog/catalogEntry';
import { bibtexForEntry } from '../catalog/entryBibtex';
import type { BibEntry, BibIndex } from './bibIndex';
import { bibEntryIdentifiers, normalizeArxivId, normalizeDoi } from './bibIdentifiers';

/** What citing a catalog model takes: the key to write in the draft, and the text to append to the .bib, if any. */
export interface CitationPlan {
  readonly keyToCite: string;
  /** Insert `insert` at `offset` (always the end of the file): no existing byte is touched. */
  readonly edit?: { readonly offset: number; readonly insert: string };
  /** Why no edit is needed: the user's entry that already holds this paper, and how it was recognized. */
  readonly existing?: { readonly entry: BibEntry; readonly matchedBy: 'doi' | 'arxiv' | 'key' };
}

/** The file's own line ending: CRLF if its first line break is CRLF, otherwise LF. */
function lineEnding(text: string): '\r\n' | '\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

/** How many line breaks the text ends with (CRLF or LF), up to two: a blank line is all we need to know about. */
function trailingLineBreaks(text: string): number {
  let count = 0;
  let i = text.length;
  while (count < 2 && i > 0 && text.charCodeAt(i - 1) === 10) {
    count++;
    i -= text.charCodeAt(i - 2) === 13 ? 2 : 1;
  }
  return count;
}

/** The user's entry for the same paper: same DOI (case-insensitive), same arXiv id (any version), or same key. */
function findExisting(index: BibIndex, entry: CatalogEntry): CitationPlan['existing'] {
  const doi = normalizeDoi(entry.doi);
  const arxiv = normalizeArxivId(entry.arxiv);
  if (doi !== undefined || arxiv !== undefined) {
    for (const candidate of index.entries) {
      const ids = bibEntryIdentifiers(candidate);
      if (doi !== undefined && ids.doi === doi) return { entry: candidate, matchedBy: 'doi' };
      if (arxiv !== undefined && ids.arxiv === arxiv) return { entry: candidate, matchedBy: 'arxiv' };
    }
  }
  // BibTeX treats keys that differ only in case as the same ("repeated entry"), so compare that way too.
  const key = entry.key.toLowerCase();
  const sameKey = index.byKey.get(entry.key) ?? index.entries.find((e) => e.key.toLowerCase() === key);
  return sameKey ? { entry: sameKey, matchedBy: 'key' } : undefined;
}

/**
 * Plans citing a catalog model from a bibliography: if the file already has the paper (same DOI, arXiv id or key),
 * cite that entry's key and add nothing; otherwise append the catalog's BibTeX at the very end, in the file's line
 * ending style, after a line break if the file lacks a final one and with one blank line before the new entry.
 */
export function planCatalogCitation(bibText: string, bibIndex: BibIndex, entry: CatalogEntry): CitationPlan {
  const existing = findExisting(bibIndex, entry);
  if (existing) return { keyToCite: existing.entry.key, existing };
  const eol = lineEnding(bibText);
  const body = bibtexForEntry(entry).replace(/\r?\n/g, eol).replace(/(?:\r?\n)+$/, '') + eol;
  const separator = bibText.length === 0 ? '' : eol.repeat(2 - trailingLineBreaks(bibText));
  return { keyToCite: entry.key, edit: { offset: bibText.length, insert: separator + body } };
}
