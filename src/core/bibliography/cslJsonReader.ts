import { parseJsonTree } from '../json/jsonTree';
import { indexEntries, type BibEntry, type BibIndex, type BibProblem } from './bibIndex';

/** Where each top-level item of a CSL-JSON array sits in the text, and where its `"id"` value is. */
interface ItemPosition {
  readonly start: number;
  end: number;
  idStart: number;
  idEnd: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return text.length;
}

/** One pass over (already valid) JSON text, following only nesting and strings: JSON.parse gives no positions. */
function itemPositions(text: string): ItemPosition[] {
  const items: ItemPosition[] = [];
  let depth = 0;
  let current: ItemPosition | undefined;
  let keyExpected = false;
  let idValueNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 2 && current) {
        if (keyExpected) {
          keyExpected = false;
          idValueNext = text.slice(i + 1, end - 1) === 'id';
        } else if (idValueNext) {
          current.idStart = i + 1;
          current.idEnd = end - 1;
          idValueNext = false;
        }
      }
      i = end - 1;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth === 2 && c === 123) {
        current = { start: i, end: i + 1, idStart: i, idEnd: i };
        keyExpected = true;
      }
      idValueNext = false;
    } else if (c === 125 || c === 93) {
      if (depth === 2 && current) {
        current.end = i + 1;
        items.push(current);
        current = undefined;
      }
      depth--;
    } else if (c === 44 && depth === 2) {
      keyExpected = true;
      idValueNext = false;
    } else if (idValueNext && depth === 2 && current && c > 32 && c !== 58) {
      // A numeric id: up to the next delimiter.
      let end = i;
      while (end < text.length && !/[\s,}\]]/.test(text[end])) end++;
      current.idStart = i;
      current.idEnd = end;
      idValueNext = false;
      i = end - 1;
    }
  }
  return items;
}

const bibtexTypes: Readonly<Record<string, string>> = {
  'article-journal': 'article', 'article-magazine': 'article', 'article-newspaper': 'article', 'paper-conference': 'inproceedings',
  book: 'book', chapter: 'incollection', thesis: 'phdthesis', report: 'techreport', webpage: 'online', dataset: 'dataset', software: 'software',
};

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function names(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const people = value.map((person: unknown) => {
    const p = (person ?? {}) as Record<string, unknown>;
    const literal = text(p.literal);
    if (literal !== undefined) return `{${literal}}`;
    const family = [text(p['non-dropping-particle']), text(p.family)].filter(Boolean).join(' ');
    const given = text(p.given);
    return given ? `${family}, ${given}` : family;
  });
  return people.filter((p) => p !== '').join(' and ') || undefined;
}

function issuedYear(value: unknown): string | undefined {
  const date = (value ?? {}) as Record<string, unknown>;
  const parts = date['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) return text((parts[0] as unknown[])[0]);
  return /\d{4}/.exec(text(date.raw) ?? text(date.literal) ?? '')?.[0];
}

/** BibTeX-like raw fields for a CSL item, so that search and matching treat both formats alike. */
function fieldsOf(item: Record<string, unknown>): Record<string, string> {
  const type = text(item.type) ?? '';
  const container = text(item['container-title']);
  const candidates: Array<[string, string | undefined]> = [
    ['title', text(item.title)],
    ['author', names(item.author)],
    ['editor', names(item.editor)],
    ['year', issuedYear(item.issued)],
    [type === 'paper-conference' || type === 'chapter' ? 'booktitle' : 'journal', container],
    ['volume', text(item.volume)],
    ['number', text(item.issue) ?? text(item.number)],
    ['pages', text(item.page)],
    ['publisher', text(item.publisher)],
    ['address', text(item['publisher-place'])],
    ['doi', text(item.DOI)],
    ['url', text(item.URL)],
    ['abstract', text(item.abstract)],
    ['note', text(item.note)],
  ];
  const fields: Record<string, string> = {};
  for (const [name, value] of candidates) if (value !== undefined && value !== '') fields[name] = value;
  return fields;
}

/**
 * Reads a CSL-JSON bibliography (an array of items, as Zotero and pandoc write it). Never throws: bad JSON gives a
 * problem at the parser's position and an empty index; an item without an id is a problem and is skipped.
 */
export function readCslJson(path: string, source: string): BibIndex {
  const problems: BibProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    // JSON.parse says what but not where; the positional parser (run only now, on failure) says where.
    const where = parseJsonTree(source).error;
    const message = where?.message ?? (error instanceof Error ? error.message : String(error));
    problems.push({ code: 'syntax', message: `not valid JSON: ${message}`, start: where?.start ?? 0, end: where?.end ?? Math.min(1, source.length) });
    return indexEntries(path, [], problems);
  }
  if (!Array.isArray(data)) {
    problems.push({ code: 'syntax', message: 'a CSL-JSON bibliography must be an array of items', start: 0, end: Math.min(1, source.length) });
    return indexEntries(path, [], problems);
  }
  const positions = itemPositions(source);
  const entries: BibEntry[] = [];
  data.forEach((value: unknown, index) => {
    const position = positions.length === data.length ? positions[index] : undefined;
    const start = position?.start ?? 0;
    const end = position?.end ?? 0;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ code: 'syntax', message: `item ${index + 1} is not an object`, start, end });
      return;
    }
    const item = value as Record<string, unknown>;
    const key = text(item.id);
    if (key === undefined || key === '') {
      problems.push({ code: 'syntax', message: `item ${index + 1} has no "id"`, start, end: Math.min(end, start + 1) });
      return;
    }
    const type = bibtexTypes[text(item.type) ?? ''] ?? 'misc';
    entries.push({ key, type, fields: fieldsOf(item), start, end, keyStart: position?.idStart ?? 0, keyEnd: position?.idEnd ?? 0, csl: item });
  });
  return indexEntries(path, entries, problems);
}
