import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanBibtex, scanBibtexInSteps } from '../../src/core/bibliography/bibScanner';
import { bibEntryRanges, bibField, bibProblemRanges, type BibIndex } from '../../src/core/bibliography/bibIndex';
import { readCslJson } from '../../src/core/bibliography/cslJsonReader';
import { LineIndex } from '../../src/core/text/lineIndex';
import { generateBibtexOfSize, generateCslJson } from '../../bench/generateBib';

function keys(index: BibIndex): string[] {
  return index.entries.map((e) => e.key);
}

/** Every entry's offsets must point at its own text: `@…}` and the key. */
function assertOffsetsConsistent(text: string, index: BibIndex): void {
  let previousEnd = 0;
  for (const entry of index.entries) {
    assert.ok(entry.start >= previousEnd && entry.end <= text.length && entry.start < entry.end, `entry ${entry.key} offsets`);
    assert.equal(text[entry.start], '@');
    assert.equal(text.slice(entry.keyStart, entry.keyEnd), entry.key);
    previousEnd = entry.end;
  }
  for (const problem of index.problems) assert.ok(problem.start >= 0 && problem.end >= problem.start && problem.end <= text.length, problem.message);
}

describe('scanBibtex', () => {
  it('reads entries, keys, offsets and raw fields with outer delimiters stripped', () => {
    const text = [
      '% a comment line with an e-mail: someone@example.org',
      '@Article{lee2020biobert,',
      '  Author  = {Lee, Jinhyuk and Yoon, Wonjin},',
      '  title   = {{BioBERT}: a pre-trained {\\"u}ber model},',
      '  journal = "Bioinformatics",',
      '  year    = 2020,',
      '  month   = feb,',
      '}',
      '',
      '@misc(paren2021, title = {Parenthesised}, note = "with {braces} and {\\"q}uotes" )',
    ].join('\n');
    const index = scanBibtex('refs.bib', text);
    assert.deepEqual(index.problems, []);
    assert.deepEqual(keys(index), ['lee2020biobert', 'paren2021']);
    const [lee, paren] = index.entries;
    assert.equal(lee.type, 'article');
    assert.equal(bibField(lee, 'author'), 'Lee, Jinhyuk and Yoon, Wonjin');
    assert.equal(bibField(lee, 'title'), '{BioBERT}: a pre-trained {\\"u}ber model');
    assert.equal(bibField(lee, 'journal'), 'Bioinformatics');
    assert.equal(bibField(lee, 'year'), '2020');
    assert.equal(bibField(lee, 'month'), 'February');
    assert.equal(bibField(lee, 'constructor'), undefined);
    assert.equal(text.slice(lee.start, lee.end), text.slice(text.indexOf('@Article'), text.indexOf('}\n\n') + 1));
    assert.equal(paren.type, 'misc');
    assert.equal(bibField(paren, 'note'), 'with {braces} and {\\"q}uotes');
    assert.ok(text.slice(paren.start, paren.end).endsWith(')'));
    assertOffsetsConsistent(text, index);
  });

  it('skips @comment and @preamble, expands @string macros and # concatenation', () => {
    const text = [
      '@comment{jabref-meta: {nested} braces @article{not, an = {entry}}}',
      '@comment old BibTeX style, no braces',
      '@preamble{"\\newcommand{\\noop}[1]{}"}',
      '@STRING{ natmeth = "Nature Methods" }',
      '@string(pre = {Proc. })',
      '@article{a, journal = natmeth, booktitle = pre # "ICML" # { 2020}, volume = unknownmacro}',
    ].join('\n');
    const index = scanBibtex('refs.bib', text);
    assert.deepEqual(index.problems, []);
    assert.deepEqual(keys(index), ['a']);
    assert.equal(bibField(index.entries[0], 'journal'), 'Nature Methods');
    assert.equal(bibField(index.entries[0], 'booktitle'), 'Proc. ICML 2020');
    assert.equal(bibField(index.entries[0], 'volume'), 'unknownmacro');
  });

  it('reports a broken entry in the middle at its position and reads the rest of the file', () => {
    const text = [
      '@article{first, title = {One}}',
      '@article{broken,',
      '  title = {Never closed,',
      '  year = 2020',
      '@article{third, title = {Three}}',
      '@book{, title = {No key}}',
      '@misc{fourth title = {Missing comma}}',
      '@inproceedings{fifth, title = {Five}, year = 2021}',
    ].join('\r\n');
    const index = scanBibtex('refs.bib', text);
    assert.deepEqual(keys(index), ['first', 'third', 'fifth']);
    const lines = new LineIndex(text);
    const where = index.problems.map((p) => [bibProblemRanges(p, lines).range.start.line, p.message]);
    assert.deepEqual(
      where.map(([line]) => line),
      [2, 5, 6],
    );
    assert.match(String(where[0][1]), /not closed/);
    assert.equal(text.slice(index.problems[0].start, index.problems[0].end), '{');
    assert.match(String(where[1][1]), /no citation key/);
    assert.match(String(where[2][1]), /expected ',' or '}'/);
    const third = index.byKey.get('third');
    assert.ok(third);
    assert.deepEqual(bibEntryRanges(third, lines).keyRange, { start: { line: 4, character: 9 }, end: { line: 4, character: 14 } });
  });

  it('reports duplicate keys at both positions and keeps the first in byKey', () => {
    const text = '@article{dup, title = {First}}\n\n@misc{dup, title = {Second}}\n';
    const index = scanBibtex('refs.bib', text);
    assert.equal(index.entries.length, 2);
    assert.equal(bibField(index.byKey.get('dup')!, 'title'), 'First');
    assert.equal(index.problems.length, 1);
    const [problem] = index.problems;
    assert.equal(problem.code, 'duplicate-key');
    assert.equal(problem.start, text.lastIndexOf('dup'));
    assert.deepEqual(problem.related, { start: 9, end: 12 });
  });

  it('ignores text between entries and an @ inside a line, but reports garbage starting a line', () => {
    const index = scanBibtex('refs.bib', 'Contact: me@example.org\n@ garbage here\n@@@\n@article{ok, title={Fine}}');
    assert.deepEqual(keys(index), ['ok']);
    assert.equal(index.problems.length, 2);
    assert.deepEqual(
      index.problems.map((p) => p.start),
      [26, 39],
    );
  });

  it('stops at end of file inside an entry with a problem, not an exception', () => {
    for (const text of ['@article{a,', '@article{a, title = {x', '@article{a, title = "x', '@article', '@article{', '@string{x = ', '@comment{']) {
      const index = scanBibtex('refs.bib', text);
      assert.equal(index.entries.length, 0, text);
      assert.equal(index.problems.length, 1, text);
    }
  });

  it('never throws on random text and keeps every offset consistent', () => {
    const pieces = fc.constantFrom('@', '@article{', '{', '}', '(', ')', ',', '=', '"', '#', '%', '\n', '\r\n', ' ', 'key', 'title', 'ü', '\\"', 'and', '@string{', '@comment{');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        assertOffsetsConsistent(text, scanBibtex('random.bib', text));
      }),
      { numRuns: 2000 },
    );
    const bytes = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919 + (i >> 3) * 104729) % 256)).join('');
    assertOffsetsConsistent(bytes, scanBibtex('bytes.bib', bytes));
  });

  it('comes out the same read in steps of any size, broken entries, @string macros and all', () => {
    const pieces = fc.constantFrom('@', '@article{', '@misc{k,', '{', '}', ',', '=', '"', '#', '%', '\n', ' ', 'key', 'title = {T}', '@string{j = "J"}', 'journal = j #', '@comment{');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (parts, step) => {
        const text = parts.join('');
        const steps = scanBibtexInSteps('random.bib', text, step);
        let pauses = 0;
        let next = steps.next();
        for (; !next.done; next = steps.next()) pauses++;
        assert.deepStrictEqual(next.value, scanBibtex('random.bib', text));
        if (text.indexOf('@', 2 * step) !== -1) assert.ok(pauses > 0, 'an entry far enough in comes after a pause');
      }),
      { numRuns: 2000 },
    );
  });

  it('recovers generated well-formed entries exactly', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9 .,:;'()\-ü{}]*$/).filter((v) => {
      let depth = 0;
      for (const c of v) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        if (depth < 0) return false;
      }
      return depth === 0;
    });
    const entry = fc.record({ key: fc.stringMatching(/^[A-Za-z0-9:_-]{1,20}$/), fields: fc.dictionary(fc.constantFrom('title', 'author', 'year', 'journal', 'doi', 'note'), value) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.key.toLowerCase(), maxLength: 8 }), (entries) => {
        const text = entries.map((e) => `@article{${e.key},\n${Object.entries(e.fields).map(([n, v]) => `  ${n} = {${v}},`).join('\n')}\n}`).join('\n\n');
        const index = scanBibtex('gen.bib', text);
        assert.deepEqual(index.problems, []);
        assert.deepEqual(
          index.entries.map((e) => [e.key, { ...e.fields }]),
          entries.map((e) => [e.key, { ...e.fields }]),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('scans a 50 MB Zotero-like export without trouble', function () {
    this.timeout(120_000);
    const { text, entries } = generateBibtexOfSize(50 * 1024 * 1024);
    const started = performance.now();
    const index = scanBibtex('big.bib', text);
    const elapsed = performance.now() - started;
    assert.equal(index.entries.length, entries);
    assert.deepEqual(index.problems, []);
    console.log(`      50 MB, ${entries} entries: scanned in ${elapsed.toFixed(0)} ms`);
    assert.ok(elapsed < 20_000, `took ${elapsed} ms`);
  });
});

describe('readCslJson', () => {
  it('reads items, maps them to BibTeX-like fields and finds each id', () => {
    const text = JSON.stringify(
      [
        { id: 'smith2021', type: 'article-journal', title: 'A "quoted" title', author: [{ family: 'Smith', given: 'Anna' }, { literal: 'WHO' }], issued: { 'date-parts': [[2021, 3]] }, 'container-title': 'J. Test', DOI: '10.5555/x', nested: { id: 'not-this' } },
        { id: 42, type: 'paper-conference', title: 'Numeric id', 'container-title': 'Proc. Test' },
      ],
      null,
      2,
    );
    const index = readCslJson('refs.json', text);
    assert.deepEqual(index.problems, []);
    assert.deepEqual(keys(index), ['smith2021', '42']);
    const [smith, numeric] = index.entries;
    assert.equal(text.slice(smith.keyStart, smith.keyEnd), 'smith2021');
    assert.equal(text.slice(numeric.keyStart, numeric.keyEnd), '42');
    assert.equal(text[smith.start], '{');
    assert.equal(text[smith.end - 1], '}');
    assert.equal(smith.type, 'article');
    assert.equal(numeric.type, 'inproceedings');
    assert.equal(bibField(smith, 'author'), 'Smith, Anna and {WHO}');
    assert.equal(bibField(smith, 'year'), '2021');
    assert.equal(bibField(smith, 'journal'), 'J. Test');
    assert.equal(bibField(numeric, 'booktitle'), 'Proc. Test');
    assert.ok(smith.csl);
  });

  it('reports bad JSON at its position with an empty index, and items without an id', () => {
    const bad = readCslJson('bad.json', '[{"id": "a"},\n {"id": ]');
    assert.equal(bad.entries.length, 0);
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.problems[0].start, 22);
    assert.equal(readCslJson('obj.json', '{"items": []}').problems.length, 1);
    const partial = readCslJson('p.json', '[{"title": "no id"}, {"id": "b"}, {"id": "b"}]');
    assert.deepEqual(keys(partial), ['b', 'b']);
    assert.deepEqual(
      partial.problems.map((p) => p.code),
      ['syntax', 'duplicate-key'],
    );
  });

  it('reads a generated 2,000-item CSL-JSON file with every id located', () => {
    const text = generateCslJson(2000);
    const index = readCslJson('big.json', text);
    assert.equal(index.entries.length, 2000);
    for (const entry of index.entries) assert.equal(text.slice(entry.keyStart, entry.keyEnd), entry.key);
  });
});
