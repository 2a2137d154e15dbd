import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { bibField, type BibEntry } from './bibIndex';
import { bibEntryIdentifiers } from './bibIdentifiers';
import { bibYear, parseBibNames, plainBibText } from './bibText';
import { ieeeNames, ieeeReference, type CslItem } from './ieeeReference';

export { shortLabel } from './shortLabel';

/** Formatted references by entry: an entry object is immutable, and a re-scan makes new ones. */
const cache = new WeakMap<BibEntry, string>();

/**
 * The entry as one BibTeX record for citation-js. The key is replaced by a safe one (it is not printed, and odd
 * keys would make the parser throw); values are re-braced as they were read, so braces stay balanced.
 */
function singleEntryBibtex(entry: BibEntry): string {
  const lines = [`@${entry.type}{entry,`];
  for (const [name, value] of Object.entries(entry.fields)) lines.push(`  ${name} = {${value}},`);
  lines.push('}');
  return lines.join('\n');
}

function toCsl(entry: BibEntry): CslItem {
  if (entry.csl) return entry.csl;
  const items = plugins.input.chain(singleEntryBibtex(entry), { forceType: '@biblatex/text', generateGraph: false });
  if (items.length !== 1) throw new Error(`citation-js read ${items.length} entries`);
  return items[0];
}

/** "Authors, Title, Container, Year": for an entry citation-js cannot read. */
function plainReference(entry: BibEntry): string {
  const people = ieeeNames(parseBibNames(bibField(entry, 'author') ?? bibField(entry, 'editor')).map((name) => ({ family: name.family, given: name.given })));
  const title = bibField(entry, 'title');
  const container = bibField(entry, 'journal') ?? bibField(entry, 'journaltitle') ?? bibField(entry, 'booktitle') ?? bibField(entry, 'publisher');
  const year = bibYear(bibField(entry, 'year') ?? bibField(entry, 'date'));
  const parts = [people, title === undefined ? undefined : plainBibText(title), container === undefined ? undefined : plainBibText(container), year];
  const line = parts.filter((part) => part !== undefined && part !== '').join(', ');
  return line === '' ? entry.key : `${line}.`;
}

/**
 * The entry as an IEEE-style reference (citation-js reads the BibTeX — LaTeX accents, names, dates — and
 * `ieeeReference` lays it out). Computed on demand and cached per entry; never throws: if citation-js cannot read
 * the entry, a plain "Authors, Title, Container, Year." line stands in.
 */
export function formatReference(entry: BibEntry): string {
  const cached = cache.get(entry);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    const type = entry.csl ? (typeof entry.csl.type === 'string' ? entry.csl.type : '') : undefined;
    const preprint = type === undefined || type === 'article' || type === 'document' || type === 'manuscript' ? bibEntryIdentifiers(entry).arxiv : undefined;
    text = ieeeReference(toCsl(entry), preprint);
  } catch {
    text = plainReference(entry);
  }
  cache.set(entry, text);
  return text;
}
