// Fuzzing the .bib writer (planCatalogCitation): whatever the user's file holds (valid entries, broken ones, CRLF, a
// lone CR, no final newline, a byte order mark, junk), citing a catalog model may only append to it, the appended
// entry must read back as the catalog's, the file's own entries must read as before, and a paper already in the file
// (same DOI, however written) must add nothing. fast-check picks a fresh seed each run and prints it on failure.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planCatalogCitation, type CitationPlan } from '../../src/core/bibliography/appendEntry';
import { bibField, type BibEntry } from '../../src/core/bibliography/bibIndex';
import { normalizeDoi } from '../../src/core/bibliography/bibIdentifiers';
import { scanBibtex } from '../../src/core/bibliography/bibScanner';
import { catalogEntries } from '../../src/core/catalog/catalog';
import { bibtexForEntry } from '../../src/core/catalog/entryBibtex';

/** `BIOFM_FUZZ_SCALE=20` runs twenty times as many cases, to hunt for bugs. */
const scale = Number(process.env.BIOFM_FUZZ_SCALE ?? 1);

const catalogKeys = new Set(catalogEntries.map((entry) => entry.key.toLowerCase()));
const withDoi = catalogEntries.filter((entry) => normalizeDoi(entry.doi) !== undefined);

/** A key of the user's own, never a catalog key. */
const userKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9:_.-]{0,14}$/).filter((key) => !catalogKeys.has(key.toLowerCase()));

const fieldValue = fc.oneof(
  fc.constantFrom('A {BERT} model for {\\"u}ber cells', 'Lee, Jinhyuk and Yoon, Wonjin', '2021', 'Contact: someone@example.org', 'https://example.org/a%20b', '{{Nested} {braces}}', 'x -- y', 'Ω-protein 🧬', ''),
  fc.stringMatching(/^[A-Za-z0-9 .,:;'()-]{0,20}$/),
);

/** A well-formed entry in one of the ways people and tools write them. */
const validEntry = fc
  .record({
    type: fc.constantFrom('article', 'Article', 'misc', 'inproceedings', 'book'),
    key: userKey,
    fields: fc.array(fc.tuple(fc.constantFrom('title', 'author', 'year', 'journal', 'note', 'url', 'abstract', 'eprint', 'howpublished'), fieldValue, fc.constantFrom('braces', 'quotes')), { maxLength: 5 }),
    parens: fc.boolean(),
    multiline: fc.boolean(),
    trailingComma: fc.boolean(),
  })
  .map(({ type, key, fields, parens, multiline, trailingComma }) => {
    const [open, close] = parens ? ['(', ')'] : ['{', '}'];
    const values = fields.map(([name, value, style]) => `${name} = ${style === 'braces' || /["{}]/.test(value) ? `{${value}}` : `"${value}"`}`);
    const separator = multiline ? ',\n  ' : ', ';
    return `@${type}${open}${key}${values.length > 0 ? separator + values.join(separator) : ''}${trailingComma ? ',' : ''}${multiline ? '\n' : ''}${close}`;
  });

/** What goes wrong in real files: unclosed values and groups, missing keys and commas, stray text. */
const brokenPiece = fc.constantFrom(
  '@misc{broken, title = {never closed',
  '@misc{quoted, title = "never closed',
  '@article{nocomma title = {x}}',
  '@book{, title = {no key}}',
  '@misc{k, title}',
  '@comment{unclosed',
  '@comment(unclosed',
  '@preamble{"\\newcommand"',
  '@string{s = ',
  '@string{s = "v"}',
  '@comment old-style comment',
  '@@@',
  '@',
  '}',
  '{',
  '% a comment line ü',
  'Stray text with an e-mail me@example.org',
  '\\',
  '@misc{lin2023esm2, title = {a broken entry under a catalog key',
);

const piece = fc.oneof({ weight: 4, arbitrary: validEntry }, { weight: 2, arbitrary: brokenPiece }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

/** A whole existing .bib: pieces joined by line breaks (one style, or mixed), with or without BOM and final newline. */
const bibText = fc
  .tuple(fc.array(fc.tuple(piece, fc.constantFrom(1, 1, 1, 2, 0)), { maxLength: 8 }), lineBreak, fc.boolean(), fc.boolean(), fc.constantFrom('', 'eol', 'eol2', ' ', 'eol ', 'eol3'))
  .chain(([pieces, eol, mixed, bom, ending]) =>
    fc.array(lineBreak, { minLength: pieces.length + 3, maxLength: pieces.length + 3 }).map((breaks) => {
      const br = (i: number) => (mixed ? breaks[i] : eol);
      let text = pieces.map(([part, count], i) => part + br(i).repeat(count)).join('');
      text = text.replace(/(\r\n|\r|\n)+$/, '');
      const last = pieces.length;
      text += { '': '', eol: br(last), eol2: br(last) + br(last + 1), ' ': ' ', 'eol ': `${br(last)} `, eol3: br(last).repeat(3) }[ending];
      return (bom ? '\uFEFF' : '') + text;
    }),
  );

function apply(text: string, plan: CitationPlan): string {
  return plan.edit ? text.slice(0, plan.edit.offset) + plan.edit.insert + text.slice(plan.edit.offset) : text;
}

/** An entry as it reads: key, type, place and fields. */
function summary(entry: BibEntry): unknown {
  return { key: entry.key, type: entry.type, start: entry.start, end: entry.end, fields: { ...entry.fields } };
}

describe('bib writer fuzz: planCatalogCitation', () => {
  it('only appends; the new entry reads back as the catalog entry; the file’s own entries read as before', function () {
    this.timeout(30_000 * scale);
    fc.assert(
      fc.property(bibText, fc.constantFrom(...catalogEntries), (original, model) => {
        const before = scanBibtex('refs.bib', original);
        const plan = planCatalogCitation(original, before, model);
        const result = apply(original, plan);
        assert.equal(result.slice(0, original.length), original, 'the existing bytes are kept');
        if (!plan.edit) {
          assert.equal(result, original);
          assert.ok(plan.existing && before.entries.includes(plan.existing.entry), 'an edit-free plan cites an entry of the file');
          assert.equal(plan.keyToCite, plan.existing.entry.key);
          return;
        }
        assert.equal(plan.edit.offset, original.length, 'appended at the very end');
        assert.equal(plan.keyToCite, model.key);
        const tail = plan.edit.insert;
        // In the file's own line ending, after a line break, with one blank line before the entry (none for an empty
        // file), ending with a line break.
        const firstBreak = /\r\n|\n/.exec(original);
        if (firstBreak?.[0] === '\r\n') assert.ok(!/(^|[^\r])\n/.test(tail), 'no bare LF in a CRLF file');
        else assert.ok(!tail.includes('\r'), 'no CR in an LF file');
        assert.match(tail, /(\r?\n)$/);
        const bodyStart = original.length + tail.search(/[^\r\n]/);
        if (original.length > 0) assert.match(result.slice(0, bodyStart), /\r?\n\r?\n$/, 'a blank line before the new entry');
        else assert.equal(bodyStart, 0, 'an empty file gets the entry alone');
        const after = scanBibtex('refs.bib', result);
        const appended = after.entries.filter((entry) => entry.start >= original.length);
        const expected = scanBibtex('catalog.bib', bibtexForEntry(model)).entries;
        assert.equal(appended.length, 1, JSON.stringify(result));
        assert.deepEqual({ key: appended[0].key, type: appended[0].type, fields: { ...appended[0].fields } }, { key: expected[0].key, type: expected[0].type, fields: { ...expected[0].fields } });
        assert.equal(after.byKey.get(model.key), appended[0], 'the new key is defined by the new entry');
        assert.deepEqual(after.entries.filter((entry) => entry.start < original.length).map(summary), before.entries.map(summary), 'the file’s entries read as before');
        // Citing the same model again finds the entry just added.
        const again = planCatalogCitation(result, after, model);
        assert.equal(again.edit, undefined);
        assert.equal(again.keyToCite, model.key);
      }),
      { numRuns: 1500 * scale },
    );
  });

  it('adds nothing when the file already has the paper under a DOI written any way, wherever it stands', function () {
    this.timeout(30_000 * scale);
    const doiWritten = fc.constantFrom(
      (doi: string) => `doi = {${doi}}`,
      (doi: string) => `DOI = "${doi.toUpperCase()}"`,
      (doi: string) => `doi = {https://doi.org/${doi}}`,
      (doi: string) => `doi = {http://dx.doi.org/${doi}}`,
      (doi: string) => `doi = {doi:${doi}}`,
      (doi: string) => `doi = {{${doi}}}`,
      (doi: string) => `doi = {${doi.replace(/_/g, '\\_')}}`,
      (doi: string) => `url = {https://doi.org/${doi}}`,
    );
    fc.assert(
      fc.property(bibText, fc.constantFrom(...withDoi), userKey, doiWritten, fc.nat(), lineBreak, (others, model, key, write, at, eol) => {
        const doi = model.doi!;
        const own = `@article{${key},${eol}  title = {Our copy},${eol}  ${write(doi)}${eol}}`;
        // The user's entry goes at a line start between two of the other pieces, or at the start or end.
        const starts = [0, ...[...others.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
        const cut = starts[at % starts.length];
        const text = `${others.slice(0, cut)}${cut > 0 && !/[\r\n]$/.test(others.slice(0, cut)) ? eol : ''}${own}${eol}${others.slice(cut)}`;
        const index = scanBibtex('refs.bib', text);
        fc.pre(index.entries.some((entry) => entry.key === key && bibField(entry, 'title') === 'Our copy'));
        // An entry standing before ours may cite the same paper by key or arXiv id; otherwise ours is the one found.
        const plan = planCatalogCitation(text, index, model);
        assert.equal(plan.edit, undefined, 'nothing is appended');
        assert.equal(apply(text, plan), text);
        const earlier = index.entries.filter((entry) => entry.start < text.indexOf(own));
        if (!earlier.some((entry) => entry.key.toLowerCase() === model.key.toLowerCase())) {
          assert.equal(plan.keyToCite, key);
          assert.equal(plan.existing?.matchedBy, 'doi');
        }
      }),
      { numRuns: 600 * scale },
    );
  });
});
