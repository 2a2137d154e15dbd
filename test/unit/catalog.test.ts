import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { catalogAreas, catalogEntries, findByArxiv, findByDoi, findByKey, searchCatalog } from '../../src/core/catalog/catalog';
import type { CatalogEntry } from '../../src/core/catalog/catalogEntry';
import { referenceFile } from './referenceFiles';

const factsPath = referenceFile('catalog-facts.json');

interface FactsRecord {
  model: string;
  domain: string;
  title: string;
  authors: { family: string; given: string }[];
  authors_complete: boolean;
  year: number;
  container: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  arxiv: string | null;
  bibtex_type: string;
  confidence: 'verified' | 'partial';
  notes: string | null;
}

const doiSyntax = /^10\.\d{4,9}\/\S+$/;
const arxivSyntax = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/;
const factsSource = 'catalog-facts.json';
const unverifiedSource = 'not in the verified facts; written from general knowledge — check before citing';

function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

describe('catalog data', () => {
  it('has at least 110 entries and at least 8 in every area', () => {
    assert.ok(catalogEntries.length >= 110, `only ${catalogEntries.length} entries`);
    for (const area of catalogAreas) {
      const count = catalogEntries.filter((e) => e.area === area).length;
      assert.ok(count >= 8, `${area} has ${count} entries`);
    }
  });

  it('gives every entry a well-formed record', () => {
    const fields = ['key', 'name', 'aliases', 'area', 'modality', 'tasks', 'description', 'title', 'authors', 'authorsComplete', 'year', 'bibtexType', 'container', 'volume', 'issue', 'pages', 'doi', 'arxiv', 'provenance'];
    for (const e of catalogEntries) {
      const where = `entry ${e.key}`;
      assert.deepEqual(Object.keys(e).sort(), [...fields].sort(), where);
      assert.ok(catalogAreas.includes(e.area), `${where}: area ${e.area}`);
      assert.ok(['article', 'inproceedings', 'misc'].includes(e.bibtexType), `${where}: type`);
      for (const text of [e.name, e.description, e.title]) assert.ok(typeof text === 'string' && text.trim() === text && text.length > 0, where);
      assert.ok(e.modality.length > 0 && e.tasks.length > 0, `${where}: modality and tasks`);
      assert.ok(e.authors.length > 0, `${where}: authors`);
      for (const a of e.authors) assert.ok(typeof a.family === 'string' && a.family.length > 0 && typeof a.given === 'string', where);
      assert.ok(Number.isInteger(e.year) && e.year >= 2017 && e.year <= 2026, `${where}: year ${e.year}`);
      for (const v of [e.container, e.volume, e.issue, e.pages]) assert.ok(v === null || (typeof v === 'string' && v.length > 0), where);
      if (e.doi !== null) assert.match(e.doi, doiSyntax, where);
      if (e.arxiv !== null) assert.match(e.arxiv, arxivSyntax, where);
      assert.ok(['verified', 'unverified'].includes(e.provenance.status), where);
      assert.ok(e.provenance.source === factsSource || e.provenance.source === unverifiedSource, `${where}: source`);
    }
  });

  it('keys entries by first author, year and model in lower-case ASCII, uniquely', () => {
    const keys = new Set<string>();
    for (const e of catalogEntries) {
      assert.match(e.key, /^[a-z]+\d{4}[a-z0-9]+$/, e.key);
      assert.ok(e.key.startsWith(`${asciiFold(e.authors[0].family)}${e.year}`), `${e.key} does not start with the first author and year`);
      assert.ok(!keys.has(e.key), `duplicate key ${e.key}`);
      keys.add(e.key);
    }
  });

  it('never gives two entries the same name or alias, in any letter case', () => {
    const owner = new Map<string, string>();
    for (const e of catalogEntries) {
      for (const n of [e.name, ...e.aliases]) {
        const k = n.toLowerCase();
        assert.ok(!owner.has(k), `'${n}' of ${e.key} is already used by ${owner.get(k)}`);
        owner.set(k, e.key);
      }
    }
  });

  it('invents no identifiers for unverified entries', () => {
    const unverified = catalogEntries.filter((e) => e.provenance.source === unverifiedSource);
    assert.ok(unverified.length >= 42, `only ${unverified.length} entries beyond the facts`);
    for (const e of unverified) {
      assert.equal(e.provenance.status, 'unverified', e.key);
      assert.equal(e.doi, null, e.key);
      assert.equal(e.arxiv, null, e.key);
    }
  });
});

describe('catalog against the verified facts', () => {
  let facts: FactsRecord[] = [];
  before(() => {
    facts = (JSON.parse(readFileSync(factsPath, 'utf8')) as { entries: FactsRecord[] }).entries;
  });

  it('turns every facts record into exactly one catalog entry, and nothing else claims the facts as source', () => {
    const fromFacts = catalogEntries.filter((e) => e.provenance.source === factsSource);
    assert.equal(fromFacts.length, facts.length);
    for (const f of facts) assert.equal(fromFacts.filter((e) => e.title === f.title).length, 1, f.model);
  });

  it('copies every fact field by field', () => {
    for (const f of facts) {
      const e = catalogEntries.find((c) => c.provenance.source === factsSource && c.title === f.title) as CatalogEntry;
      const where = `${f.model} (${e.key})`;
      assert.deepEqual(e.authors, f.authors, where);
      assert.equal(e.authorsComplete, f.authors_complete, where);
      assert.equal(e.year, f.year, where);
      assert.equal(e.container, f.container, where);
      assert.equal(e.volume, f.volume, where);
      assert.equal(e.issue, f.issue, where);
      assert.equal(e.pages, f.pages, where);
      assert.equal(e.doi, f.doi, where);
      assert.equal(e.arxiv, f.arxiv, where);
      assert.equal(e.bibtexType, f.bibtex_type, where);
      assert.equal(e.area, f.domain, where);
      if (f.confidence === 'verified') {
        assert.equal(e.provenance.status, 'verified', where);
        assert.equal(e.provenance.notes, f.notes ?? undefined, where);
      } else {
        // Only partly verified: shown as unverified, and the note says why.
        assert.equal(e.provenance.status, 'unverified', where);
        assert.match(e.provenance.notes ?? '', /partial/, where);
      }
    }
  });
});

describe('catalog lookup and search', () => {
  it('finds entries by key, by DOI in any case or URL form, and by arXiv id with or without a version', () => {
    assert.equal(findByKey('lin2023esm2')?.name, 'ESM-2');
    assert.equal(findByKey('nobody2020nothing'), undefined);
    assert.equal(findByDoi('10.1126/SCIENCE.ADE2574')?.key, 'lin2023esm2');
    assert.equal(findByDoi('https://doi.org/10.1038/s41592-024-02523-z')?.key, 'dallatorre2025nucleotidetransformer');
    // The wrong DOI that circulates for the Nucleotide Transformer must not resolve to it.
    assert.equal(findByDoi('10.1038/s41592-024-02330-3'), undefined);
    assert.equal(findByArxiv('2306.15006v2')?.key, 'zhou2024dnabert2');
    assert.equal(findByArxiv('arXiv:2306.15006')?.key, 'zhou2024dnabert2');
    assert.equal(findByArxiv('2306.99999'), undefined);
  });

  it('ranks a model first when the query names it, however it is spelt', () => {
    assert.equal(searchCatalog('esm2')[0]?.key, 'lin2023esm2');
    assert.equal(searchCatalog('ESM-2')[0]?.key, 'lin2023esm2');
    assert.equal(searchCatalog('ESMFold')[0]?.key, 'lin2023esm2');
    assert.equal(searchCatalog('nucleotide transformer')[0]?.key, 'dallatorre2025nucleotidetransformer');
    assert.equal(searchCatalog('lin2023esm2')[0]?.key, 'lin2023esm2');
  });

  it('matches author family names, title words, years, tasks and modalities, requiring every word', () => {
    assert.ok(searchCatalog('jumper').some((e) => e.key === 'jumper2021alphafold2'));
    assert.ok(searchCatalog('müller').some((e) => e.key === 'muller2023covidtwitterbert'));
    assert.ok(searchCatalog('muller').some((e) => e.key === 'muller2023covidtwitterbert'));
    const pathology2024 = searchCatalog('pathology 2024');
    assert.ok(pathology2024.length > 0 && pathology2024.every((e) => e.year === 2024));
    assert.ok(searchCatalog('readmission').some((e) => e.key === 'huang2019clinicalbert'));
    assert.ok(searchCatalog('chest X-ray').every((e) => e.area === 'medical-imaging'));
    assert.deepEqual(searchCatalog('esm2 zzzzqqq'), []);
  });

  it('filters by area and honours the limit; an empty query lists the area in catalog order', () => {
    const imaging = searchCatalog('clip', { area: 'medical-imaging' });
    assert.ok(imaging.length > 1 && imaging.every((e) => e.area === 'medical-imaging'));
    assert.equal(searchCatalog('clip', { limit: 2 }).length, 2);
    assert.deepEqual(searchCatalog('', { area: 'public-health' }), catalogEntries.filter((e) => e.area === 'public-health'));
  });
});
