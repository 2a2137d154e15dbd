// Hostile input, proved: huge and broken bibliographies, drafts that include themselves, 10 MB single lines, binary
// junk and venue files of the wrong shape. Each reader must return (never throw, never hang), say what it could not
// read and where, and keep reading what it can. Time bounds are generous, so that they fail on a hang or a quadratic
// blow-up, not on a slow machine.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runCli } from '../../src/cli/runCli';
import { bibProblemRanges, type BibIndex } from '../../src/core/bibliography/bibIndex';
import { scanBibtex } from '../../src/core/bibliography/bibScanner';
import { readCslJson } from '../../src/core/bibliography/cslJsonReader';
import type { DraftHost } from '../../src/core/draft/draftHost';
import type { Draft } from '../../src/core/draft/draftModel';
import { readDraft } from '../../src/core/draft/readDraft';
import { parseLatexDraft } from '../../src/core/latex/parseLatexDraft';
import { IncrementalMarkdownReader } from '../../src/core/markdown/incrementalMarkdown';
import { MAX_PARAGRAPH_MARKS } from '../../src/core/markdown/oversizedMarkdown';
import { parseMarkdownDraft } from '../../src/core/markdown/parseMarkdownDraft';
import { LineIndex, type Range } from '../../src/core/text/lineIndex';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';
import { resolveVenue } from '../../src/core/venue/resolveVenue';
import { parseVenueFile } from '../../src/core/venue/venueFile';
import { seededRandom } from '../../bench/generateBib';
import { memoryCliIo } from './support/memoryCliIo';

/** `BIOFM_FUZZ_SCALE=20` runs twenty times as many random cases, to hunt for bugs. */
const scale = Number(process.env.BIOFM_FUZZ_SCALE ?? 1);

/** Runs `work` and returns its result with how long it took. */
function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** `line:character-line:character`, 0-based. */
function span(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Whether a range lies in the text: real lines, characters within them (line breaks excluded), start before end. */
function rangeInside(lines: LineIndex, range: Range): boolean {
  const inside = (p: Range['start']) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && lines.offsetAt(p) - lines.offsetAt({ line: p.line, character: 0 }) === p.character;
  return inside(range.start) && inside(range.end) && lines.offsetAt(range.start) <= lines.offsetAt(range.end);
}

/** Every location of the draft lies inside one of its files. */
function assertDraftRangesInside(draft: Draft): void {
  const files = new Map(draft.files.map((file) => [file.path, file]));
  const locations = [
    ...[draft.title, draft.abstract, draft.declaredTopics].flatMap((f) => (f ? [f.location] : [])),
    ...[...draft.keywords, ...draft.sections, ...draft.citations, ...draft.bibliographies, ...draft.includes, ...draft.nonProse, ...draft.problems].map((x) => x.location),
  ];
  for (const location of locations) {
    const file = files.get(location.file);
    assert.ok(file && rangeInside(file.lines, location.range), `${location.file} ${JSON.stringify(location.range)}`);
  }
  for (const run of draft.prose) {
    const text = files.get(run.file)!.text;
    for (const piece of run.pieces) assert.ok(piece.length > 0 && piece.sourceStart >= 0 && piece.sourceStart + piece.length <= text.length && piece.textStart + piece.length <= run.text.length);
  }
}

/** Every offset of a bibliography index lies inside the text, and each key's offsets hold that key where they can. */
function assertBibOffsetsInside(index: BibIndex, text: string): void {
  for (const entry of index.entries) {
    assert.ok(entry.start >= 0 && entry.start <= entry.end && entry.end <= text.length, `entry ${entry.key}`);
    assert.ok(entry.keyStart >= 0 && entry.keyStart <= entry.keyEnd && entry.keyEnd <= text.length, `key ${entry.key}`);
  }
  const lines = new LineIndex(text);
  for (const problem of index.problems) {
    assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length, problem.message);
    assert.ok(rangeInside(lines, bibProblemRanges(problem, lines).range), problem.message);
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * A .bib of about `size` characters the way reference managers and people write them: mixed LF and CRLF, `@string`
 * macros, `@comment` blocks, quoted and braced values with nested braces, month macros, `#` concatenation, URLs with
 * `%`, e-mail addresses in notes, commented-out fields. One entry in the middle has a value that is never closed.
 */
function realisticBib(size: number): { text: string; keys: string[]; brokenKey: string; brokenValue: number } {
  const next = seededRandom(2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const words = ['foundation', 'model', 'protein', 'single-cell', 'radiology', '{BERT}', 'pretraining', 'M{\\"u}ller', 'na{\\"\\i}ve', 'über', 'cells', 'genomic', 'clinical', '{DNA}', 'zero-shot'];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  const parts: string[] = ['% Encoding: UTF-8\n', '@string{natmeth = "Nature Methods"}\n', '@preamble{"\\providecommand{\\noopsort}[1]{}"}\n\n'];
  const keys: string[] = [];
  let length = 0;
  let brokenKey = '';
  for (let i = 0; length < size; i++) {
    const eol = next() < 0.3 ? '\r\n' : '\n';
    const key = `${pick(['lin', 'cui', 'ma', 'zhou', 'theodoris'])}${2015 + (i % 11)}${i.toString(36)}`;
    const fields = [
      `title = {${sentence(6)}: {${sentence(3)}}}`,
      `author = {${pick(['Lin, Zeming', 'M{\\"u}ller, Anna', '{World Health Organization}'])} and ${pick(['Rives, Alexander', 'Garc{\\\'i}a, Jos{\\\'e}'])}}`,
      next() < 0.5 ? 'journal = natmeth' : `journal = "Proc. " # {${sentence(2)}}`,
      `year = ${2015 + (i % 11)}`,
      `month = ${pick(['jan', 'feb', 'mar'])}`,
      `doi = {10.5555/hostile.${i}}`,
      `url = {https://example.org/paper%20${i}}`,
      `note = {Contact: author${i}@example.org for data}`,
      `abstract = {${sentence(120)}}`,
    ];
    if (next() < 0.1) fields.splice(3, 0, '% note = {commented out}');
    let entry = `@${pick(['article', 'Article', 'inproceedings', 'misc'])}{${key},${eol}  ${fields.join(`,${eol}  `)}${eol}}${eol}${eol}`;
    if (brokenKey === '' && length >= size / 2) {
      brokenKey = key;
      entry = `@article{${key},${eol}  title = {Never closed: ${sentence(4)},${eol}  year = 2020${eol}${eol}`;
    } else keys.push(key);
    if (next() < 0.02) entry += `@comment{jabref-meta: grouping:${eol}0 AllEntriesGroup:;${eol}}${eol}${eol}`;
    parts.push(entry);
    length += entry.length;
  }
  const text = parts.join('');
  return { text, keys, brokenKey, brokenValue: text.indexOf('{Never closed') };
}

describe('hostile input: bibliographies', () => {
  it('scans a 50 MB .bib with a broken entry in the middle: every other key indexed, the problem where it is, in bounded time', function () {
    this.timeout(120_000);
    const { text, keys, brokenKey, brokenValue } = realisticBib(50 * 1024 * 1024);
    assert.ok(text.length >= 50 * 1024 * 1024 && keys.length > 20_000);
    const { result: index, ms } = timed(() => scanBibtex('big.bib', text));
    assert.ok(ms < 10_000, `scanned in ${ms} ms`);
    assert.equal(index.entries.length, keys.length);
    for (const key of keys) assert.ok(index.byKey.has(key), key);
    assert.equal(index.byKey.has(brokenKey), false);
    const lines = new LineIndex(text);
    assert.deepEqual(
      index.problems.map((p) => [p.code, span(bibProblemRanges(p, lines).range)]),
      [['syntax', span(lines.rangeOf(brokenValue, brokenValue + 1))]],
    );
    assert.equal(index.problems[0].message, 'value is not closed before the next entry (unbalanced braces?)');
  });

  it('reports each kind of broken entry on the entry, at its line and column, and reads every entry after it', () => {
    const text = [
      '@article{first, title = {One}}',
      '@article{quote, title = "never closed,',
      '  year = 2020',
      '@article{second, title = {Two}}',
      '@misc{noequals, title {x}}',
      '@book{third, title = {Three}}',
      '@string{journal = ',
      '@inproceedings{fourth, title = {Four}}',
      '@comment(never closed',
      '@misc{fifth, note = {a@b.org}, title = {Five}}',
      '@article{sixth, title = {Six, year = 2020}',
      '@article{seventh, title = {Seven}, year = 20x}',
      '  @misc{eighth}',
      '@misc{',
      '@misc{ninth, title = {Nine}}',
    ].join('\r\n');
    const index = scanBibtex('refs.bib', text);
    assertBibOffsetsInside(index, text);
    assert.deepEqual(index.entries.map((e) => e.key), ['first', 'second', 'third', 'fourth', 'fifth', 'eighth', 'ninth']);
    const lines = new LineIndex(text);
    assert.deepEqual(
      index.problems.map((p) => [span(bibProblemRanges(p, lines).range), p.message]),
      [
        ['1:24-1:25', 'a "…" value is not closed before the next entry (unbalanced braces?)'],
        ['4:16-4:22', "expected '=' after the field name 'title'"],
        ['6:0-6:15', '@string{journal is not closed before the next entry'],
        ['8:8-8:9', '@comment is not closed before the next entry (unbalanced braces?)'],
        ['10:0-10:14', '@article{sixth is not closed before the next entry'],
        ['11:44-11:45', "expected ',' or '}' after the value of 'year'"],
        ['13:0-13:6', '@misc{ is not closed before the next entry'],
      ],
    );
  });

  it('reads junk made of unclosed values and groups in one pass, listing the first thousand problems', function () {
    this.timeout(60_000);
    // Each of these once took time that grows with the square of the file: every unclosed value searched on to
    // the end of the file (a 5 MB file of them took minutes).
    for (const [name, text] of [
      ['unclosed quotes', '@a{k, t = "x\n'.repeat(80_000)],
      ['unclosed braces, one } at the end', `${'@a{k, t = {\n'.repeat(80_000)}}`],
      ['unclosed @comment(, one ) at the end', `${'@comment(\n'.repeat(100_000)})`],
      ['entries cut short', '@a{k,\n'.repeat(150_000)],
    ] as const) {
      const { result: index, ms } = timed(() => scanBibtex('junk.bib', text));
      assert.ok(ms < 5_000, `${name}: ${ms} ms`);
      assert.equal(index.problems.length, 1001, name);
      assert.match(index.problems[1000].message, /^\d+ more syntax problems in this file are not listed$/, name);
      assertBibOffsetsInside(index, text);
    }
  });

  it('biofm check: a broken entry is an error at its line and column, and the keys after it are still defined', async () => {
    const bib = [
      '@article{alpha, title = {Alpha}, year = 2020}',
      '@article{broken, title = {Never closed,',
      '  year = 2021',
      '',
      '@article{beta, title = {Beta}, year = 2022}',
      '@misc{quoted, note = "unclosed',
      '@misc{gamma, title = {Gamma}}',
    ].join('\r\n');
    const tex = '\\documentclass{article}\n\\begin{document}\nA foundation model for cells \\cite{alpha,broken} and \\cite{beta, gamma}.\n\\bibliography{refs}\n\\end{document}\n';
    const io = memoryCliIo({ 'paper.tex': tex, 'refs.bib': bib });
    const status = await runCli(['check', 'paper.tex'], io);
    assert.equal(status, 1, 'a syntax error in the .bib fails the check');
    const out = io.stdout().split('\n');
    assert.ok(out.includes('refs.bib:2:26: error bib-syntax value is not closed before the next entry (unbalanced braces?)'), io.stdout());
    assert.ok(out.includes('refs.bib:6:22: error bib-syntax a "…" value is not closed before the next entry (unbalanced braces?)'), io.stdout());
    assert.ok(out.some((line) => line.startsWith('paper.tex:3:') && line.includes("undefined-citation 'broken'")), io.stdout());
    for (const key of ['alpha', 'beta', 'gamma']) assert.ok(!out.some((line) => line.includes(`undefined-citation '${key}'`)), key);

    const json = memoryCliIo({ 'paper.tex': tex, 'refs.bib': bib });
    await runCli(['check', '--format', 'json', 'paper.tex'], json);
    const findings = (JSON.parse(json.stdout()) as { files: { findings: { code: string; file: string; range: Range }[] }[] }).files[0].findings;
    assert.deepEqual(
      findings.filter((f) => f.code === 'bib-syntax').map((f) => [f.file, span(f.range)]),
      [['refs.bib', '1:25-1:26'], ['refs.bib', '5:21-5:22']],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** An in-memory host that counts what it was asked. */
function memoryHost(files: Record<string, string>): DraftHost & { asked: string[] } {
  const asked: string[] = [];
  return { asked, readText: (path) => (asked.push(path), Promise.resolve(files[path])) };
}

describe('hostile input: LaTeX drafts that include themselves', () => {
  it('reports a draft that \\input-s itself, however the path is written, at the \\input, naming the cycle', async () => {
    for (const [text, argument] of [
      ['Intro \\input{main} end.', 'main'],
      ['Intro \\input{main.tex} end.', 'main.tex'],
      ['Intro \\include{./x/../main} end.', './x/../main'],
      ['Intro \\input main end.', 'main'],
      ['Intro \\subfile{main} end.', 'main'],
      ['Intro \\import{./}{main} end.', 'main'],
    ]) {
      const { result: draft, ms } = await timedAsync(() => readDraft('/p/main.tex', text, memoryHost({ '/p/main.tex': text })));
      assert.ok(ms < 1_000, `${text}: ${ms} ms`);
      assert.deepEqual(draft.files.map((f) => f.path), ['/p/main.tex'], text);
      assert.deepEqual(draft.prose.map((run) => run.text), ['Intro', 'end.'], text);
      assert.deepEqual(draft.problems.map((p) => [p.code, p.location.file]), [['include-cycle', '/p/main.tex']], text);
      const [problem] = draft.problems;
      const at = text.lastIndexOf(argument);
      assert.equal(span(problem.location.range), `0:${at}-0:${at + argument.length}`, text);
      assert.match(problem.message, /main\.tex again, which is already being read: main\.tex → main\.tex\.$/, text);
    }
  });

  it('reports an A → B → A cycle at the \\input that closes it, from whichever file it is opened, reading each once', async () => {
    const files = {
      '/p/main.tex': '\\documentclass{article}\n\\begin{document}\n\\input{a}\n\\end{document}\n',
      '/p/a.tex': 'Alpha text.\n\\input{sub/b}\n',
      '/p/sub/b.tex': 'Beta text.\n\n  \\input{a}\n',
    };
    for (const opened of Object.keys(files)) {
      const host = memoryHost(files);
      const draft = await readDraft(opened, files[opened as keyof typeof files], host, { candidates: Object.keys(files) });
      assert.deepEqual(draft.files.map((f) => f.path), ['/p/main.tex', '/p/a.tex', '/p/sub/b.tex'], opened);
      assert.deepEqual(draft.prose.map((run) => run.text), ['Alpha text.', 'Beta text.'], opened);
      assert.deepEqual(draft.problems.map((p) => [p.code, p.location.file, span(p.location.range), p.message]), [
        ['include-cycle', '/p/sub/b.tex', '2:9-2:10', '\\input{a} includes a.tex again, which is already being read: a.tex → sub/b.tex → a.tex.'],
      ]);
      assert.ok(host.asked.length <= 8, `asked ${host.asked.join(', ')}`);
    }
  });

  it('stops projects that never end: an endless chain of new files, a tree that doubles at each level, a root loop', async () => {
    // Every path exists, and each file includes another one never seen: only the depth limit ends it.
    const chain: DraftHost = { readText: (path) => Promise.resolve(`Depth. \\input{${path.slice(3, -4)}x}`) };
    const { result: deep, ms: deepMs } = await timedAsync(() => readDraft('/p/x.tex', 'Top. \\input{xx}', chain));
    assert.ok(deepMs < 2_000, `${deepMs} ms`);
    assert.deepEqual(deep.problems.map((p) => p.code), ['include-depth']);
    assert.ok(deep.files.length <= 18);
    assertDraftRangesInside(deep);
    // Each file includes two others: 2^16 files at depth 16, but at most 200 are read.
    const tree = memoryHost({});
    tree.readText = (path) => (tree.asked.push(path), Promise.resolve(`Node. \\input{${path.replace(/\.tex$/, '')}l} \\input{${path.replace(/\.tex$/, '')}r}`));
    const { result: wide, ms: wideMs } = await timedAsync(() => readDraft('/p/n.tex', 'Root. \\input{nl} \\input{nr}', tree));
    assert.ok(wideMs < 5_000, `${wideMs} ms`);
    assert.ok(wide.files.length <= 200 && tree.asked.length <= 400, `${wide.files.length} files, ${tree.asked.length} reads`);
    assert.ok(wide.problems.length > 0 && wide.problems.every((p) => p.code === 'include-limit' || p.code === 'include-depth'));
    assertDraftRangesInside(wide);
    // Two files that each name the other as their root: the root named first is read, once.
    const roots = { '/p/a.tex': '% !TEX root = b.tex\nA.', '/p/b.tex': '% !TEX root = a.tex\nB. \\input{a}' };
    const loop = await readDraft('/p/a.tex', roots['/p/a.tex'], memoryHost(roots));
    assert.equal(loop.root, '/p/b.tex');
    assert.deepEqual(loop.prose.map((run) => run.text), ['B.', 'A.']);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('hostile input: 10 MB on a single line', () => {
  const unit = 'Pretrained on millions of cells, the foundation model [@key] transfers to *new* tasks with $x^2$ labels. ';
  const line = unit.repeat(Math.ceil(10_000_000 / unit.length));
  const latexUnit = 'Pretrained on millions of cells, the foundation model \\cite{key} transfers to \\emph{new} tasks with $x^2$ labels. ';

  it('Markdown: every way of reading it returns at once and says it was not analysed', async function () {
    this.timeout(60_000);
    assert.ok(line.length >= 10_000_000 && !line.includes('\n'));
    const withFrontMatter = `---\ntitle: A Huge Draft\ntopics: [6]\n---\n${line}`;
    const host = memoryHost({});
    for (const [path, text] of [['/p/line.md', line], ['/p/line.txt', line], ['/p/front.qmd', withFrontMatter]] as const) {
      const { result: draft, ms } = await timedAsync(() => readDraft(path, text, host));
      assert.ok(ms < 5_000, `${path}: ${ms} ms`);
      assert.equal(draft.format, 'markdown');
      assert.deepEqual(draft.problems.map((p) => p.code), ['markdown/too-large'], path);
      assert.match(draft.problems[0].message, /^Not analysed: the draft has \d+ characters/);
      assert.deepEqual(draft.prose.filter((run) => run.zone === 'body'), []);
      assertDraftRangesInside(draft);
    }
    const front = await readDraft('/p/front.qmd', withFrontMatter, host);
    assert.equal(front.title?.text, 'A Huge Draft');
    assert.deepEqual(front.declaredTopics?.ids, [6]);
    // The incremental reader too, and after an edit in the middle of the line, and after the line is cut back.
    const reader = new IncrementalMarkdownReader('/p/line.md');
    const { ms: firstMs } = timed(() => reader.update(line));
    const edited = `${line.slice(0, 5_000_000)}x${line.slice(5_000_000)}`;
    const { result: afterEdit, ms: editMs } = timed(() => reader.update(edited));
    assert.ok(firstMs < 5_000 && editMs < 5_000, `${firstMs} ms, ${editMs} ms`);
    assert.deepEqual(afterEdit.problems.map((p) => p.code), ['markdown/too-large']);
    const short = `${unit}\n`;
    assert.deepStrictEqual(reader.update(short), parseMarkdownDraft('/p/line.md', short));
  });

  it('LaTeX: reads it, with headings, keywords and multicite notes left open along the way, in bounded time', function () {
    this.timeout(60_000);
    // Each of these once made the time or memory grow with the square of the line: 100 `\section{` left open
    // made 100 headings each holding the rest of the line (gigabytes); every `\autocites(` without `)` searched on
    // to the end of the line.
    const hostile = `\\section{Open ${latexUnit.repeat(1_000)}\\keywords{ open, ${latexUnit.repeat(1_000)}\\autocites(note ${latexUnit.repeat(10)}`;
    const text = hostile.repeat(Math.ceil(10_000_000 / hostile.length));
    assert.ok(text.length >= 10_000_000 && !text.includes('\n'));
    const { result: draft, ms } = timed(() => parseLatexDraft('/p/line.tex', text));
    assert.ok(ms < 15_000, `${ms} ms`);
    assert.equal(draft.sections.length, 1, 'a heading opened inside an open heading adds its text to it');
    assert.ok(draft.citations.length >= Math.floor(text.length / latexUnit.length) - 1_000);
    assert.ok(draft.problems.some((p) => p.code === 'unterminated-argument'));
    assertDraftRangesInside(draft);
  });

  it('Markdown: a short line of emphasis marks or nested lists is declined at once, not parsed for minutes', function () {
    this.timeout(60_000);
    // 99 kB of `*_` took six minutes to parse; `- ` written 5,000 times threw a stack overflow after half a minute.
    for (const [name, text, reason] of [
      ['marks', '*_'.repeat(49_500), /more than 5000 emphasis and link marks/],
      ['closing brackets', ']'.repeat(99_000), /more than 5000 emphasis and link marks/],
      ['nested list markers', `${'- '.repeat(5_000)}item [@k]`, /nested more than 32 deep/],
      ['nested quotes', `${'> '.repeat(5_000)}quote`, /nested more than 32 deep/],
      ['a list nested by indentation', Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n\n'), /nested more than 32 deep/],
    ] as const) {
      const { result: draft, ms } = timed(() => parseMarkdownDraft('/p/x.md', text));
      assert.ok(ms < 2_000, `${name}: ${ms} ms`);
      assert.deepEqual(draft.problems.map((p) => p.code), ['markdown/too-large'], name);
      assert.match(draft.problems[0].message, reason, name);
      const reader = new IncrementalMarkdownReader('/p/x.md');
      reader.update('# Title\n\nShort.\n');
      assert.deepStrictEqual(reader.update(`# Title\n\n${text}\n`), parseMarkdownDraft('/p/x.md', `# Title\n\n${text}\n`), name);
    }
    // What real papers write is still read: many citations in one paragraph, a thematic break of many dashes.
    const cited = `${'See [@key] and *this*. '.repeat(Math.floor(MAX_PARAGRAPH_MARKS / 5))}\n\n${'- '.repeat(60)}\n`;
    const draft = parseMarkdownDraft('/p/ok.md', cited);
    assert.deepEqual(draft.problems, []);
    assert.equal(draft.citations.length, Math.floor(MAX_PARAGRAPH_MARKS / 5));
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** Random bytes decoded as UTF-8 (invalid sequences become U+FFFD), with NULs and lone surrogates thrown in. */
const junk = fc
  .tuple(fc.uint8Array({ maxLength: 3_000, size: 'large' }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\uFFFD', '\uFEFF', '\r', '😀')), { maxLength: 8 }))
  .map(([bytes, inserts]) => {
    let text = new TextDecoder('utf-8').decode(bytes);
    for (const [at, char] of inserts) {
      const cut = at % (text.length + 1);
      text = text.slice(0, cut) + char + text.slice(cut);
    }
    return text;
  });

describe('hostile input: random bytes', () => {
  it('as LaTeX, Markdown, .bib, CSL-JSON and venue JSON: never throws, every range inside its document', async function () {
    this.timeout(60_000 * scale);
    await fc.assert(
      fc.asyncProperty(junk, junk, async (text, other) => {
        assertDraftRangesInside(parseLatexDraft('/p/junk.tex', text));
        assertDraftRangesInside(await readDraft('/p/junk.tex', text, memoryHost({ '/p/junk.tex': text })));
        assertDraftRangesInside(parseMarkdownDraft('/p/junk.md', text));
        const reader = new IncrementalMarkdownReader('/p/junk.md');
        reader.update(other);
        assert.deepStrictEqual(reader.update(text), parseMarkdownDraft('/p/junk.md', text));
        assertBibOffsetsInside(scanBibtex('/p/junk.bib', text), text);
        assertBibOffsetsInside(readCslJson('/p/junk.json', text), text);
        const venue = parseVenueFile(text, '.biofm/venue.json');
        const lines = new LineIndex(text);
        for (const problem of venue.problems) assert.ok(rangeInside(lines, problem.range), problem.message);
        assert.equal(venue.venue === undefined, venue.problems.length > 0);
      }),
      { numRuns: 150 * scale },
    );
  });

  it('as JSON of any shape for CSL-JSON and venue files: never throws, every range inside, ids found where they are', function () {
    this.timeout(30_000 * scale);
    const item = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), title: fc.jsonValue({ maxDepth: 1 }), author: fc.jsonValue({ maxDepth: 2 }), issued: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] }));
    const venueValue = fc.record(
      {
        name: fc.jsonValue({ maxDepth: 1 }),
        timeZone: fc.oneof(fc.constantFrom('UTC-12', 'Europe/Paris', 'Mars/Olympus', 'UTC+99', '', 'utc'), fc.jsonValue({ maxDepth: 1 })),
        topics: fc.oneof(fc.array(fc.record({ id: fc.jsonValue({ maxDepth: 1 }), title: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] })), fc.jsonValue({ maxDepth: 2 })),
        milestones: fc.oneof(fc.array(fc.record({ id: fc.jsonValue({ maxDepth: 1 }), label: fc.string(), date: fc.oneof(fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', '1 Feb 2024', '2024-02-01T00:00Z'), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] })), fc.jsonValue({ maxDepth: 2 })),
        limits: fc.oneof(fc.record({ abstractWords: fc.jsonValue({ maxDepth: 1 }), pages: fc.integer() }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 1 })),
        url: fc.jsonValue({ maxDepth: 1 }),
        extra: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), venueValue, fc.constantFrom(0, 2, '\t'), fc.boolean(), (items, venueObject, indent, bom) => {
        const csl = (bom ? '\uFEFF' : '') + JSON.stringify(items, null, indent);
        const index = readCslJson('refs.json', csl);
        assertBibOffsetsInside(index, csl);
        for (const entry of index.entries) {
          const written = csl.slice(entry.keyStart, entry.keyEnd);
          if (written !== '' && !written.includes('\\')) assert.equal(written, entry.key);
        }
        const venueText = JSON.stringify(venueObject, null, indent);
        const { venue, problems } = parseVenueFile(venueText, 'v.json');
        const lines = new LineIndex(venueText);
        for (const problem of problems) assert.ok(rangeInside(lines, problem.range), problem.message);
        assert.equal(venue === undefined, problems.length > 0);
        assert.equal(resolveVenue('', venue), venue ?? jbhiFoundationModels);
      }),
      { numRuns: 400 * scale },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('hostile input: a venue file of the wrong shape', () => {
  const text = [
    '{',
    '  "name": "Workshop on Cell Models",',
    '  "timeZone": "Mars/Olympus_Mons",',
    '  "topics": "single-cell foundation models",',
    '  "milestones": [',
    '    { "id": "submission", "label": "Submission", "date": "1 March 2027" },',
    '    { "id": "camera-ready", "label": "Camera ready", "date": "2027/05/01" },',
    '    { "id": "notification", "label": "Notification", "date": 20270401 }',
    '  ],',
    '  "limits": { "abstractWords": -250, "pages": -8 }',
    '}',
  ].join('\r\n');

  /** The range of the first occurrence of `needle`. */
  function rangeOf(needle: string): string {
    const at = text.indexOf(needle);
    assert.ok(at >= 0, needle);
    return span(new LineIndex(text).rangeOf(at, at + needle.length));
  }

  it('gives each wrong value a clear problem at its exact range, no venue, and the bundled venue is used instead', () => {
    const { result, ms } = timed(() => parseVenueFile(text, '.biofm/venue.json'));
    assert.ok(ms < 1_000);
    assert.equal(result.venue, undefined);
    assert.deepEqual(
      result.problems.map((p) => [span(p.range), p.message.replace(/\s*\(.*$/s, '')]),
      [
        [rangeOf('"Mars/Olympus_Mons"'), result.problems[0].message.replace(/\s*\(.*$/s, '')],
        [rangeOf('"single-cell foundation models"'), '"topics" must be an array, found the string "single-cell foundation models"'],
        [rangeOf('"1 March 2027"'), '"date" must be a calendar date written YYYY-MM-DD, found "1 March 2027"'],
        [rangeOf('"2027/05/01"'), '"date" must be a calendar date written YYYY-MM-DD, found "2027/05/01"'],
        [rangeOf('20270401'), '"date" of milestone 3 must be a non-empty string, found 20270401'],
        [rangeOf('-250'), '"abstractWords" must be a whole number of at least 1, found -250'],
        [rangeOf('-8'), '"pages" must be a whole number of at least 1, found -8'],
      ],
    );
    assert.match(result.problems[0].message, /Unknown time zone 'Mars\/Olympus_Mons'/);
    assert.equal(resolveVenue('', result.venue), jbhiFoundationModels);
  });

  it('biofm check --venue refuses it, listing every problem at its line and column, and reads nothing else', async () => {
    const io = memoryCliIo({ 'bad-venue.json': text, 'paper.md': '# A foundation model\n\nText.\n' });
    const status = await runCli(['check', '--venue', 'bad-venue.json', 'paper.md'], io);
    assert.equal(status, 2);
    const err = io.stderr();
    assert.match(err, /bad-venue\.json is not a valid venue file \(7 problems\)/);
    for (const needle of ['"Mars/Olympus_Mons"', '"single-cell foundation models"', '"1 March 2027"', '"2027/05/01"', '20270401', '-250', '-8']) {
      const at = text.indexOf(needle);
      const position = new LineIndex(text).positionAt(at);
      assert.ok(err.includes(`bad-venue.json:${position.line + 1}:${position.character + 1}: `), `${needle} in ${err}`);
    }
    assert.equal(io.stdout(), '');
  });
});
