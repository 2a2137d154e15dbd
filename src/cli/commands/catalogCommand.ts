import { catalogAreas, catalogEntries, searchCatalog } from '../../core/catalog/catalog';
import type { CatalogArea, CatalogEntry } from '../../core/catalog/catalogEntry';
import { bibtexForEntries, cslForEntry } from '../../core/catalog/entryBibtex';
import { optionValue, type CliCommand, type ParsedArgs } from '../cliCommand';
import type { CliIo } from '../cliIo';

const formats = ['text', 'json', 'bibtex', 'csl'] as const;

/** The JSON form of one entry: what a script needs to cite the model, with `verified` instead of full provenance. */
export interface CatalogJsonEntry {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly area: CatalogArea;
  readonly title: string;
  readonly authors: readonly { family: string; given: string }[];
  readonly authorsComplete: boolean;
  readonly year: number;
  readonly container: string | null;
  readonly volume: string | null;
  readonly issue: string | null;
  readonly pages: string | null;
  readonly doi: string | null;
  readonly arxiv: string | null;
  readonly verified: boolean;
}

function jsonEntry(entry: CatalogEntry): CatalogJsonEntry {
  return {
    key: entry.key,
    name: entry.name,
    aliases: entry.aliases,
    area: entry.area,
    title: entry.title,
    authors: entry.authors,
    authorsComplete: entry.authorsComplete,
    year: entry.year,
    container: entry.container,
    volume: entry.volume,
    issue: entry.issue,
    pages: entry.pages,
    doi: entry.doi,
    arxiv: entry.arxiv,
    verified: entry.provenance.status === 'verified',
  };
}

function textLine(entry: CatalogEntry): string {
  const id = entry.doi !== null ? `doi:${entry.doi}` : entry.arxiv !== null ? `arXiv:${entry.arxiv}` : '';
  const columns = [entry.key, entry.name, entry.area, String(entry.year), id, entry.provenance.status === 'verified' ? '' : 'UNVERIFIED'];
  return columns.filter((c) => c !== '').join('\t');
}

function render(entries: readonly CatalogEntry[], format: (typeof formats)[number]): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ version: 1, entries: entries.map(jsonEntry) }, null, 2)}\n`;
    case 'bibtex':
      return bibtexForEntries(entries);
    case 'csl':
      return `${JSON.stringify(entries.map(cslForEntry), null, 2)}\n`;
    case 'text':
      return entries.map((e) => `${textLine(e)}\n`).join('');
  }
}

/** `biofm catalog`: list, search and export the bundled model catalog. */
export const catalogCommand: CliCommand = {
  name: 'catalog',
  usage: `catalog [--format ${formats.join('|')}] [--area ${catalogAreas.join('|')}] [QUERY...]`,
  valueOptions: ['format', 'area'],
  run(args: ParsedArgs, io: CliIo): Promise<number> {
    const format = optionValue(args, 'format', formats, 'text');
    const area = args.options.has('area') ? optionValue(args, 'area', catalogAreas, catalogAreas[0]) : undefined;
    const query = args.positionals.join(' ').trim();
    const entries = query === '' ? catalogEntries.filter((e) => area === undefined || e.area === area) : searchCatalog(query, { area });
    io.out(render(entries, format));
    // Like grep: a search that finds nothing exits 1, so scripts can tell.
    if (entries.length === 0) {
      io.err(`biofm catalog: no catalog entry matches '${query}'${area === undefined ? '' : ` in ${area}`}\n`);
      return Promise.resolve(1);
    }
    return Promise.resolve(0);
  },
};
