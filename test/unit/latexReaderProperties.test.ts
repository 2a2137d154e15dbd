import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Draft } from '../../src/core/draft/draftModel';
import { parseLatexDraft } from '../../src/core/latex/parseLatexDraft';
import { scanLatexFile, scanLatexFileInSteps } from '../../src/core/latex/latexScanner';
import { PositionCursor } from '../../src/core/latex/positionCursor';
import { LineIndex } from '../../src/core/text/lineIndex';
import type { Location, Position } from '../../src/core/text/lineIndex';

/** Fragments that exercise every branch of the scanner, in any order, balanced or not. */
const fragments = [
  '\\section{', '\\section*{', '\\subsection[s]{', '\\title{', '\\keywords{', '\\caption{', '\\emph{', '\\textbf{', '\\footnote{',
  '\\IEEEPARstart{', '\\href{', '\\cite{', '\\citep[p.~3]{', '\\cite[see][p.~3]{', '\\cites{', '\\autocites(', '\\nocite{*}',
  '\\label{', '\\ref{', '\\url{', '\\includegraphics[', '\\newcommand{\\x}[1]{', '\\def\\y#1{', '\\input{', '\\input ', '\\import{',
  '\\bibliography{', '\\addbibresource{', '\\documentclass{', '\\begin{document}', '\\end{document}', '\\begin{abstract}',
  '\\end{abstract}', '\\begin{IEEEkeywords}', '\\end{IEEEkeywords}', '\\begin{equation}', '\\end{equation}', '\\begin{align*}',
  '\\end{align*}', '\\begin{verbatim}', '\\end{verbatim}', '\\begin{itemize}', '\\item', '\\end{itemize}', '\\begin{figure}[t]',
  '\\end{figure}', '\\begin{tabular}{lc}', '&', '\\\\', '\\\\[2pt]', '\\verb|', '\\verb', '|', '{', '}', '[', ']', '(', ')', '$', '$$',
  '\\(', '\\)', '\\[', '\\]', '%', '% !TEX root = a.tex', '% biofm-topics: 6, 9', '\\%', '\\', '\\~', "\\'", '~', ',', ';', '.',
  '\n', '\n\n', '\r\n', '\r', ' ', '\t', 'word', 'Foundation model', 'a,b', '😀', '𝛼', '\uD800', '\uDC00', 'é', '\u0000',
];

const latexish = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** Lengths of the lines as VS Code counts them: a `\r` belongs to the line break only right before a `\n`. */
function lineLengths(text: string): number[] {
  const lines = text.split('\n');
  return lines.map((line, index) => (index < lines.length - 1 && line.endsWith('\r') ? line.length - 1 : line.length));
}

function assertPositionInside(position: Position, lengths: readonly number[], what: string): void {
  assert.ok(position.line >= 0 && position.line < lengths.length, `${what}: line ${position.line} of ${lengths.length}`);
  assert.ok(position.character >= 0 && position.character <= lengths[position.line], `${what}: character ${position.character} > ${lengths[position.line]}`);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Every location lies inside its file, start before end; every prose run maps exactly onto the source. */
function assertWellFormed(draft: Draft, text: string): void {
  const lengths = lineLengths(text);
  const locations: [string, Location][] = [
    ...(draft.title ? [['title', draft.title.location] as [string, Location]] : []),
    ...(draft.abstract ? [['abstract', draft.abstract.location] as [string, Location]] : []),
    ...(draft.declaredTopics ? [['topics', draft.declaredTopics.location] as [string, Location]] : []),
    ...draft.keywords.map((k) => ['keyword', k.location] as [string, Location]),
    ...draft.sections.map((s) => ['section', s.location] as [string, Location]),
    ...draft.citations.map((c) => ['citation', c.location] as [string, Location]),
    ...draft.bibliographies.map((b) => ['bibliography', b.location] as [string, Location]),
    ...draft.includes.map((i) => ['include', i.location] as [string, Location]),
    ...draft.nonProse.map((n) => [n.kind, n.location] as [string, Location]),
    ...draft.problems.map((p) => [p.code, p.location] as [string, Location]),
  ];
  for (const [what, location] of locations) {
    assertPositionInside(location.range.start, lengths, what);
    assertPositionInside(location.range.end, lengths, what);
    assert.ok(before(location.range.start, location.range.end), `${what}: start after end`);
  }
  const lines = draft.files[0].lines;
  for (const citation of draft.citations) {
    assert.equal(text.slice(lines.offsetAt(citation.location.range.start), lines.offsetAt(citation.location.range.end)), citation.key);
  }
  for (const run of draft.prose) {
    let textEnd = 0;
    let sourceEnd = 0;
    for (const piece of run.pieces) {
      assert.equal(piece.textStart, textEnd, 'pieces cover the text without gaps');
      assert.ok(piece.length > 0 && piece.sourceStart >= sourceEnd, 'pieces sorted, not overlapping');
      assert.ok(piece.sourceStart + piece.length <= text.length, 'piece inside the file');
      for (let i = 0; i < piece.length; i++) {
        const source = text[piece.sourceStart + i];
        const expected = source === '~' || source === '\n' ? ' ' : source;
        assert.equal(run.text[piece.textStart + i], expected, `prose character ${piece.textStart + i} of ${JSON.stringify(run.text)}`);
      }
      textEnd = piece.textStart + piece.length;
      sourceEnd = piece.sourceStart + piece.length;
    }
    assert.equal(textEnd, run.text.length);
  }
}

describe('LaTeX reader properties', () => {
  it('never throws, and every range and prose piece is exact, on LaTeX-like input', () => {
    fc.assert(
      fc.property(latexish, (text) => assertWellFormed(parseLatexDraft('/p/x.tex', text), text)),
      { numRuns: 2500 },
    );
  });

  it('never throws on arbitrary strings, CRLF included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, crlf) => {
        const source = crlf ? text.replace(/\n/g, '\r\n') : text;
        assertWellFormed(parseLatexDraft('/p/x.tex', source), source);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('scanLatexFileInSteps', () => {
  it('comes out exactly as scanLatexFile for any text and any step size, pausing on long texts', () => {
    fc.assert(
      fc.property(latexish, fc.integer({ min: 1, max: 40 }), fc.boolean(), (text, step, startInPreamble) => {
        const steps = scanLatexFileInSteps('/p/x.tex', text, step, { startInPreamble });
        let pauses = 0;
        let next = steps.next();
        for (; !next.done; next = steps.next()) pauses++;
        assert.deepStrictEqual(next.value, scanLatexFile('/p/x.tex', text, { startInPreamble }));
        if (text.length > 2 * step) assert.ok(pauses > 0, `no pause in ${text.length} characters`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('PositionCursor', () => {
  it('agrees with LineIndex for any text and any order of offsets', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '😀'), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 90 }), { maxLength: 40 }), (source, offsets) => {
        const lines = new LineIndex(source);
        const cursor = new PositionCursor(new LineIndex(source));
        for (const offset of offsets) assert.deepEqual(cursor.positionAt(offset), lines.positionAt(offset), `offset ${offset}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('LaTeX reader on hostile input', () => {
  const sentence = 'Pretrained on chest radiographs and health records, the foundation model adapts to new tasks with few labels. ';
  // About the density of a real paper: a heading, a citation, some math and a comment every few hundred words.
  const paragraph = `\\section{Results}\n${sentence.repeat(4)}It reaches $x^2$~\\cite{a,b} on 10\\% of labels. % note\n${sentence.repeat(4)}\n\\begin{equation}y\\end{equation}\n\n`;

  function timed(text: string): { draft: Draft; ms: number } {
    const start = performance.now();
    const draft = parseLatexDraft('/p/big.tex', text);
    return { draft, ms: performance.now() - start };
  }

  it('reads a 20 MB draft in linear time', () => {
    const text = paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
    const { draft, ms } = timed(text);
    assert.equal(draft.sections.length, Math.ceil(20_000_000 / paragraph.length));
    assert.ok(ms < 10_000, `took ${ms} ms`);
  });

  it('reads a 10 MB single line, and 1 MB of unclosed groups, arguments and math, without hanging', () => {
    const unitOfLine = `${sentence.repeat(2)}\\emph{x} $y$ \\cite{k} `;
    const line = unitOfLine.repeat(Math.ceil(10_000_000 / unitOfLine.length));
    assert.equal(timed(line).draft.citations.length, Math.ceil(10_000_000 / unitOfLine.length));
    for (const unit of ['{', '\\emph{', '\\section{', '\\cite{', '$x\n\n', '\\[', '\\begin{equation}', '\\begin{itemize}', '\\verb|', '\\newcommand{', '\\end{x}']) {
      const { draft, ms } = timed(unit.repeat(Math.ceil(1_000_000 / unit.length)));
      assert.ok(draft.problems.length > 0, unit);
      assert.ok(ms < 5_000, `${unit}: ${ms} ms`);
    }
  });

  it('reads binary junk', () => {
    let state = 42;
    const bytes = new Uint8Array(2_000_000).map(() => (state = (state * 1103515245 + 12345) % 2147483648) & 0xff);
    const text = new TextDecoder('utf-8').decode(bytes);
    const { draft } = timed(text);
    assert.equal(draft.files[0].text.length, text.length);
  });
});
