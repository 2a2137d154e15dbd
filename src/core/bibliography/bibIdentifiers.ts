import { bibField, type BibEntry } from './bibIndex';

/** A DOI in the canonical comparable form (lower case, no resolver URL or `doi:` prefix), or undefined. */
export function normalizeDoi(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const doi = raw
    .trim()
    .replace(/^[{]+|[}]+$/g, '')
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .replace(/\\_/g, '_')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

const newStyleArxiv = /^\d{4}\.\d{4,5}$/;
const oldStyleArxiv = /^[a-z-]+(?:\.[a-z]{2})?\/\d{7}$/;

/** An arXiv identifier without version, prefix or URL (`2301.12345`, `q-bio/0601001`), or undefined. */
export function normalizeArxivId(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const id = raw
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?(?:export\.)?arxiv\.org\/(?:abs|pdf)\//, '')
    .replace(/^arxiv:\s*/, '')
    .replace(/\.pdf$/, '')
    .replace(/v\d+$/, '');
  return newStyleArxiv.test(id) || oldStyleArxiv.test(id) ? id : undefined;
}

const arxivInText = /arxiv[:\s/.]\s*(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?/i;
const arxivDoi = /^10\.48550\/arxiv\.(.+)$/;

/** The DOI and arXiv id a bibliography entry gives, wherever the exporting tool put them. */
export function bibEntryIdentifiers(entry: BibEntry): { readonly doi?: string; readonly arxiv?: string } {
  const doi = normalizeDoi(bibField(entry, 'doi')) ?? normalizeDoi(/doi\.org\/\S+/i.exec(bibField(entry, 'url') ?? '')?.[0]);
  let arxiv: string | undefined;
  const eprint = bibField(entry, 'eprint');
  const archive = (bibField(entry, 'archiveprefix') ?? bibField(entry, 'eprinttype') ?? '').toLowerCase();
  if (eprint !== undefined && (archive === 'arxiv' || archive === '')) arxiv = normalizeArxivId(eprint);
  arxiv ??= normalizeArxivId(bibField(entry, 'arxiv')) ?? normalizeArxivId(bibField(entry, 'arxivid')) ?? normalizeArxivId(bibField(entry, 'url'));
  if (arxiv === undefined && doi !== undefined) arxiv = normalizeArxivId(arxivDoi.exec(doi)?.[1]);
  if (arxiv === undefined) {
    for (const name of ['journal', 'journaltitle', 'note', 'howpublished', 'number', 'eprint']) {
      const match = arxivInText.exec(bibField(entry, name) ?? '');
      if (match) {
        arxiv = normalizeArxivId(match[1]);
        break;
      }
    }
  }
  return { ...(doi !== undefined ? { doi } : {}), ...(arxiv !== undefined ? { arxiv } : {}) };
}
