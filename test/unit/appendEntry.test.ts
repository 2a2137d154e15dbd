import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planCatalogCitation } from '../../src/core/bibliography/appendEntry';
import { scanBibtex } from '../../src/core/bibliography/bibScanner';
import { catalogEntries, findByKey } from '../../src/core/catalog/catalog';
import type { CatalogEntry } from '../../src/core/catalog/catalogEntry';
import { bibtexForEntry } from '../../src/core/catalog/entryBibtex';

function entry(key: string): CatalogEntry {
  const found = findByKey(key);
  assert.ok(found, key);
  return found;
}

const esm2 = entry('lin2023esm2');
const hyena = entry('nguyen2023hyenadna');

/** Applies a plan's edit (if any) to the text. */
function apply(text: string, plan: ReturnType<typeof planCatalogCitation>): string {
  return plan.edit ? text.slice(0, plan.edit.offset) + plan.edit.insert + text.slice(plan.edit.offset) : text;
}

describe('planCatalogCitation', () => {
  it('cites the existing entry with the same DOI (any case, resolver URL) and adds nothing', () => {
    const text = '@article{myesm,\n  doi = {https://doi.org/10.1126/SCIENCE.ADE2574},\n  title = {ESM}\n}\n';
    const plan = planCatalogCitation(text, scanBibtex('refs.bib', text), esm2);
    assert.equal(plan.keyToCite, 'myesm');
    assert.equal(plan.edit, undefined);
    assert.equal(plan.existing?.matchedBy, 'doi');
  });

  it('cites the existing entry with the same arXiv id, ignoring the version, wherever the id is written', () => {
    for (const fields of ['eprint = {2306.15794v2}, archivePrefix = {arXiv}', 'url = {https://arxiv.org/abs/2306.15794v1}', 'journal = {arXiv preprint arXiv:2306.15794}', 'doi = {10.48550/arXiv.2306.15794}']) {
      const text = `@misc{hyena, ${fields}}`;
      const plan = planCatalogCitation(text, scanBibtex('refs.bib', text), hyena);
      assert.equal(plan.keyToCite, 'hyena', fields);
      assert.equal(plan.existing?.matchedBy, 'arxiv', fields);
    }
  });

  it('cites an existing entry with the same key, even in another case', () => {
    const text = '@article{Lin2023ESM2, title = {Something else}}';
    const plan = planCatalogCitation(text, scanBibtex('refs.bib', text), esm2);
    assert.equal(plan.keyToCite, 'Lin2023ESM2');
    assert.equal(plan.existing?.matchedBy, 'key');
    assert.equal(plan.edit, undefined);
  });

  it('appends at the end with one blank line between entries and a final newline', () => {
    const body = bibtexForEntry(esm2);
    const cases: Array<[string, string]> = [
      ['', body],
      ['@misc{a, title = {A}}', `@misc{a, title = {A}}\n\n${body}`],
      ['@misc{a, title = {A}}\n', `@misc{a, title = {A}}\n\n${body}`],
      ['@misc{a, title = {A}}\n\n', `@misc{a, title = {A}}\n\n${body}`],
      ['@misc{a, title = {A}}\n\n\n', `@misc{a, title = {A}}\n\n\n${body}`],
    ];
    for (const [text, expected] of cases) {
      const plan = planCatalogCitation(text, scanBibtex('refs.bib', text), esm2);
      assert.equal(plan.keyToCite, 'lin2023esm2');
      assert.equal(plan.edit?.offset, text.length);
      assert.equal(apply(text, plan), expected, JSON.stringify(text));
    }
  });

  it("keeps a CRLF file's line endings", () => {
    const text = '@misc{a,\r\n  title = {A}\r\n}';
    const result = apply(text, planCatalogCitation(text, scanBibtex('refs.bib', text), esm2));
    assert.ok(result.startsWith(`${text}\r\n\r\n@article{lin2023esm2,\r\n`));
    assert.ok(result.endsWith('}\r\n'));
    assert.equal(result.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  });

  it('fuzz: never changes an existing byte, and the new key is then found exactly once', () => {
    const piece = fc.oneof(
      fc.constantFrom('@article{x1, title = {T}}', '@misc{broken, title = {never closed', '@book{, title={no key}}', '@comment{', '@string{s = "v"}', '% comment ü 漢字', '@misc{y, title = "q"', '@misc{lin2023esm2, title = {x}}', '@misc{lin2023esm2, title = {never closed', '{', '}', '@', ',', '"', '\\', 'é', '🧬'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    const text = fc.tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([parts, eol, finalNewline]) => {
      const joined = parts.join(eol);
      return finalNewline && joined !== '' ? joined + eol : joined;
    });
    fc.assert(
      fc.property(text, fc.constantFrom(...catalogEntries), (original, model) => {
        const plan = planCatalogCitation(original, scanBibtex('refs.bib', original), model);
        const result = apply(original, plan);
        assert.equal(result.slice(0, original.length), original);
        if (plan.edit) {
          assert.equal(plan.edit.offset, original.length);
          const found = scanBibtex('refs.bib', result).entries.filter((e) => e.key === plan.keyToCite);
          assert.equal(found.length, 1, JSON.stringify(result));
        } else {
          assert.equal(result, original);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
