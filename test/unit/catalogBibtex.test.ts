import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { catalogEntries, findByKey } from '../../src/core/catalog/catalog';
import type { CatalogEntry } from '../../src/core/catalog/catalogEntry';
import { bibtexForEntry, cslForEntry } from '../../src/core/catalog/entryBibtex';
import { escapeLatex } from '../../src/core/catalog/latexEscape';
import { modelCardMarkdown, unverifiedWarning } from '../../src/core/catalog/modelCard';

/** What citation-js makes of a BibTeX entry (CSL-JSON), as far as these tests read it. */
interface ParsedItem {
  'citation-key': string;
  type: string;
  title: string;
  author: { family: string; given?: string }[];
  issued: { 'date-parts': number[][] };
  DOI?: string;
  'container-title'?: string;
  publisher?: string;
  volume?: string | number;
  issue?: string | number;
}

// citation-js ships no type declarations; load it untyped and describe the one call used.
const load = createRequire(__filename);
const { Cite } = load('@citation-js/core') as { Cite: new (input: string) => { data: ParsedItem[] } };
load('@citation-js/plugin-bibtex');

function parseBibtex(text: string): ParsedItem[] {
  return new Cite(text).data;
}

function entry(key: string): CatalogEntry {
  const found = findByKey(key);
  assert.ok(found, `no entry ${key}`);
  return found;
}

describe('bibtexForEntry', () => {
  it('parses back through citation-js to the same facts for every entry', () => {
    for (const e of catalogEntries) {
      const bibtex = bibtexForEntry(e);
      const items = parseBibtex(bibtex);
      assert.equal(items.length, 1, `${e.key}: ${bibtex}`);
      const item = items[0];
      const where = `${e.key}:\n${bibtex}`;
      assert.equal(item['citation-key'], e.key, where);
      assert.equal(item.title, e.title, where);
      const authors = item.author.map((a) => ({ family: a.family, given: a.given ?? '' }));
      const expected = e.authors.map((a) => ({ family: a.family, given: a.given }));
      assert.deepEqual(authors, e.authorsComplete ? expected : [...expected, { family: 'others', given: '' }], where);
      assert.deepEqual(item.issued['date-parts'][0], [e.year], where);
      assert.equal(item.DOI, e.doi ?? undefined, where);
      // Journals and proceedings come back as container-title; howpublished (preprint servers) as publisher.
      assert.equal(e.bibtexType === 'misc' ? item.publisher : item['container-title'], e.container ?? undefined, where);
      if (e.volume !== null) assert.equal(String(item.volume), e.volume, where);
      if (e.issue !== null) assert.equal(String(item.issue), e.issue, where);
    }
  });

  it('protects acronyms and model names in titles and double-dashes page ranges', () => {
    const bibtex = bibtexForEntry(entry('lin2023esm2'));
    assert.match(bibtex, /^@article\{lin2023esm2,$/m);
    assert.match(bibtex, /pages = \{1123--1130\},/);
    assert.match(bibtex, /journal = \{Science\},/);
    assert.match(bibtexForEntry(entry('zhou2024dnabert2')), /title = \{\{DNABERT-2\}: Efficient Foundation Model/);
    assert.match(bibtexForEntry(entry('cui2024scgpt')), /title = \{\{scGPT\}: toward building a foundation model for single-cell multi-omics using generative \{AI\}\},/);
    assert.match(bibtexForEntry(entry('kraljevic2024foresight')), /pages = \{e281--e290\},/);
  });

  it('escapes accents and LaTeX specials so classic BibTeX reads them', () => {
    assert.match(bibtexForEntry(entry('avsec2021enformer')), /author = \{Avsec, \{\\v\{Z\}\}iga and/);
    assert.match(bibtexForEntry(entry('singhal2023medpalm')), /\{Ag\{\\"u\}era y Arcas\}, Blaise/);
    assert.match(bibtexForEntry(entry('wu2023radfm')), /\{2D\\&3D\}/);
    assert.equal(escapeLatex('50% of A_B & C# ~x^y {z}'), '50\\% of A\\_B \\& C\\# \\textasciitilde{}x\\textasciicircum{}y \\{z\\}');
    assert.equal(escapeLatex('Dollár, Tomašev, Gómez–Bombarelli — Stärk, Jiří'), "Doll{\\'a}r, Toma{\\v{s}}ev, G{\\'o}mez--Bombarelli --- St{\\\"a}rk, Ji{\\v{r}}{\\'i}");
    for (const e of catalogEntries) assert.match(bibtexForEntry(e).replace(/^%.*\n/, ''), /^[\x20-\x7e\n]*$/, `${e.key} has non-ASCII or control characters`);
  });

  it('writes arXiv ids as eprints and drops pages that only repeat the identifier', () => {
    const rnafm = bibtexForEntry(entry('chen2022rnafm'));
    assert.match(rnafm, /^@misc\{chen2022rnafm,$/m);
    assert.match(rnafm, /eprint = \{2204\.00300\},\n {2}archivePrefix = \{arXiv\},/);
    assert.doesNotMatch(rnafm, /pages/);
    assert.doesNotMatch(bibtexForEntry(entry('zvyagin2022genslms')), /pages/);
    assert.match(bibtexForEntry(entry('zhang2025biomedclip')), /pages = \{AIoa2400640\},/);
    assert.match(bibtexForEntry(entry('xu2024mentalllm')), /articleno = \{32\},\n {2}numpages = \{32\},/);
  });

  it('marks unverified entries with a comment line, never a note, and ends short author lists with "and others"', () => {
    const radfm = bibtexForEntry(entry('wu2023radfm'));
    assert.match(radfm, /^% biofm catalog: UNVERIFIED[^\n@]*\n@misc\{wu2023radfm,/);
    assert.match(radfm, /author = \{Wu, Chaoyi and others\},/);
    assert.doesNotMatch(radfm, /note|doi|eprint/);
    assert.match(bibtexForEntry(entry('madani2023progen')), /^% biofm catalog: only partly verified/);
    assert.doesNotMatch(bibtexForEntry(entry('lin2023esm2')), /%|others|note/);
  });
});

describe('cslForEntry', () => {
  it('maps types, containers, pages and identifiers to CSL-JSON', () => {
    const esm2 = cslForEntry(entry('lin2023esm2'));
    assert.equal(esm2.type, 'article-journal');
    assert.equal(esm2['container-title'], 'Science');
    assert.equal(esm2.page, '1123-1130');
    assert.equal(esm2.DOI, '10.1126/science.ade2574');
    assert.deepEqual(esm2.issued, { 'date-parts': [[2023]] });
    assert.equal(esm2.note, undefined);
    const dnabert2 = cslForEntry(entry('zhou2024dnabert2'));
    assert.equal(dnabert2.type, 'paper-conference');
    assert.equal(dnabert2.URL, 'https://arxiv.org/abs/2306.15006');
    const radfm = cslForEntry(entry('wu2023radfm'));
    assert.equal(radfm.type, 'article');
    assert.equal(radfm.publisher, 'arXiv');
    assert.match(radfm.note ?? '', /Unverified/);
    assert.deepEqual(radfm.author, [{ family: 'Wu', given: 'Chaoyi' }]);
  });
});

describe('modelCardMarkdown', () => {
  it('shows name, area, modality, tasks, description, reference and links', () => {
    const card = modelCardMarkdown(entry('lin2023esm2'));
    assert.match(card, /^\*\*ESM-2\*\* · Computational biology$/m);
    assert.match(card, /Also written: ESM2, ESMFold, ESM Atlas/);
    assert.match(card, /- Modality: protein sequence, protein structure/);
    assert.match(card, /- Tasks: protein structure prediction/);
    assert.match(card, /Lin, Akin, Rao et al\. \(2023\)\. Evolutionary-scale prediction of atomic-level protein structure with a language model\. \*Science\* 379\(6637\): 1123–1130\./);
    assert.match(card, /\[doi:10\.1126\/science\.ade2574\]\(https:\/\/doi\.org\/10\.1126\/science\.ade2574\)/);
    assert.doesNotMatch(card, /Unverified/);
  });

  it('warns visibly on unverified entries and escapes Markdown in names', () => {
    const radfm = modelCardMarkdown(entry('wu2023radfm'));
    assert.ok(radfm.includes(unverifiedWarning));
    assert.equal(unverifiedWarning, '⚠ Unverified: bibliographic facts not checked — verify before citing');
    assert.doesNotMatch(radfm, /doi\.org|arxiv\.org/);
    assert.match(radfm, /^Wu et al\. \(2023\)\. Towards Generalist Foundation Model/m);
    assert.match(modelCardMarkdown(entry('zhou2023retfound')), /RETFound\\_MAE/);
    assert.match(modelCardMarkdown(entry('kraljevic2024foresight')), /S2589-7500%2824%2900025-6/);
  });
});
