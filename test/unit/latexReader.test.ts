import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Draft, ProseRun } from '../../src/core/draft/draftModel';
import { parseLatexDraft } from '../../src/core/latex/parseLatexDraft';
import type { Location, Range } from '../../src/core/text/lineIndex';

const exampleFolder = path.resolve(__dirname, '../../examples/latex');
const mainPath = path.join(exampleFolder, 'main.tex');
const mainText = readFileSync(mainPath, 'utf8');

/** `line:character-line:character`, 0-based, for compact position assertions. */
function span(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The source text a location covers, read back through the draft's own line index. */
function sourceAt(draft: Draft, location: Location): string {
  const file = draft.files.find((f) => f.path === location.file);
  assert.ok(file, `no file ${location.file}`);
  return file.text.slice(file.lines.offsetAt(location.range.start), file.lines.offsetAt(location.range.end));
}

function parse(text: string): Draft {
  return parseLatexDraft('/paper/x.tex', text);
}

function proseOf(draft: Draft, zone?: ProseRun['zone']): string[] {
  return draft.prose.filter((run) => zone === undefined || run.zone === zone).map((run) => run.text);
}

describe('LaTeX reader: the example paper (main.tex on its own)', () => {
  const draft = parseLatexDraft(mainPath, mainText);

  it('reads the title with its exact range, from \\title in the body', () => {
    assert.equal(draft.title?.text, 'A Multimodal Foundation Model Aligning Chest Radiographs with Electronic Health Records');
    assert.equal(span(draft.title.location.range), '12:7-12:94');
    assert.equal(sourceAt(draft, draft.title.location), draft.title.text);
  });

  it('reads the abstract as plain text (\\% as %, {,} as ,), ranged over the environment body', () => {
    assert.ok(draft.abstract?.text.startsWith('Chest radiographs and electronic health records (EHRs) describe the same patient'));
    assert.match(draft.abstract!.text, /pretraining on 214,000 admissions/);
    assert.match(draft.abstract!.text, /With 1% of the labels/);
    assert.equal(span(draft.abstract!.location.range), '24:0-29:36');
  });

  it('splits IEEEkeywords on commas and semicolons, each keyword with its own range', () => {
    assert.deepEqual(
      draft.keywords.map((k) => [k.text, span(k.location.range)]),
      [
        ['Foundation models', '33:0-33:17'],
        ['multimodal learning', '33:19-33:38'],
        ['chest radiography', '33:40-33:57'],
        ['electronic health records', '33:59-33:84'],
        ['contrastive pretraining', '33:86-33:109'],
      ],
    );
    for (const keyword of draft.keywords) assert.equal(sourceAt(draft, keyword.location), keyword.text);
  });

  it('reads the topic declaration comment with its range', () => {
    assert.deepEqual(draft.declaredTopics?.ids, [6, 9]);
    assert.equal(span(draft.declaredTopics.location.range), '1:0-1:20');
  });

  it('lists includes as written (unresolved when read alone) and the bibliography with .bib added', () => {
    assert.deepEqual(
      draft.includes.map((i) => [i.path, i.resolved, span(i.location.range)]),
      [
        ['sections/introduction', undefined, '38:7-38:28'],
        ['sections/method.tex', undefined, '39:7-39:26'],
        ['sections/experiments', undefined, '40:9-40:29'],
        ['sections/conclusion', undefined, '41:7-41:26'],
      ],
    );
    assert.deepEqual(
      draft.bibliographies.map((b) => [b.path, b.resolved, span(b.location.range)]),
      [['references.bib', path.join(exampleFolder, 'references.bib'), '44:14-44:24']],
    );
  });

  it('keeps the preamble, author block, \\thanks and \\markboth out of the prose', () => {
    const all = proseOf(draft).join(' ');
    assert.doesNotMatch(all, /IEEEtran|amsmath|CXR-EHR-FM|Ribeiro|Manuscript submitted|Journal of Biomedical/);
    assert.deepEqual(proseOf(draft, 'title'), ['A Multimodal Foundation Model Aligning Chest Radiographs with Electronic Health Records']);
    assert.equal(draft.problems.length, 0, JSON.stringify(draft.problems));
  });
});

describe('LaTeX reader: citations', () => {
  it('reads every key of the natbib and biblatex families with the range of the key itself', () => {
    const text = String.raw`A \cite[p.~3]{ a , b} and \cite[see][p.~3]{c} \cites[x]{d}{e,f} \textcite{g} \nocite{*} \citep*{h} \parencite[][12]{i} \Autocite{j} \footcite{k} \citeauthor{l} \citeyearpar{m} \supercite{n} \smartcite{o} \fullcite{p} \Parencite{q} \citealp{r} \citealt{s} \citet{t} \Cite{u} \Textcite{v} \autocites(see)()[1]{w}[2]{x}`;
    const draft = parse(text);
    assert.deepEqual(
      draft.citations.map((c) => `${c.command}:${c.key}`),
      [
        '\\cite:a', '\\cite:b', '\\cite:c', '\\cites:d', '\\cites:e', '\\cites:f', '\\textcite:g', '\\citep:h', '\\parencite:i',
        '\\Autocite:j', '\\footcite:k', '\\citeauthor:l', '\\citeyearpar:m', '\\supercite:n', '\\smartcite:o', '\\fullcite:p',
        '\\Parencite:q', '\\citealp:r', '\\citealt:s', '\\citet:t', '\\Cite:u', '\\Textcite:v', '\\autocites:w', '\\autocites:x',
      ],
    );
    for (const citation of draft.citations) assert.equal(sourceAt(draft, citation.location), citation.key);
    assert.equal(span(draft.citations[0].location.range), '0:15-0:16');
    assert.equal(span(draft.citations[1].location.range), '0:19-0:20');
    assert.equal(span(draft.citations[2].location.range), '0:43-0:44');
  });

  it('reads keys split over lines and skips comments inside the key list', () => {
    const draft = parse('See \\citep[e.g.][]{alpha2020x,\n  beta2021y, % a comment, not a key\n  gamma2022z}.');
    assert.deepEqual(
      draft.citations.map((c) => [c.key, span(c.location.range)]),
      [
        ['alpha2020x', '0:19-0:29'],
        ['beta2021y', '1:2-1:11'],
        ['gamma2022z', '2:2-2:12'],
      ],
    );
  });

  it('leaves citations and their optional arguments out of the prose, keeping the sentence whole', () => {
    const draft = parse('Unlike BioBERT~\\cite[p.~3]{lee2020biobert}, it sees images.');
    assert.deepEqual(proseOf(draft), ['Unlike BioBERT , it sees images.']);
    assert.ok(draft.nonProse.some((s) => s.kind === 'argument' && sourceAt(draft, s.location) === '{lee2020biobert}'));
    assert.ok(draft.nonProse.some((s) => s.kind === 'argument' && sourceAt(draft, s.location) === '[p.~3]'));
  });
});

describe('LaTeX reader: structure', () => {
  it('reads sectioning commands, starred too, with their levels and title ranges', () => {
    const draft = parse('\\part{P}\n\\chapter*{C}\n\\section{Intro \\emph{now}}\n\\subsection[short]{Long}\n\\subsubsection{S}\n\\paragraph{Para.} Text.');
    assert.deepEqual(
      draft.sections.map((s) => [s.level, s.title, span(s.location.range)]),
      [
        [0, 'P', '0:6-0:7'],
        [0, 'C', '1:10-1:11'],
        [1, 'Intro now', '2:9-2:25'],
        [2, 'Long', '3:19-3:23'],
        [3, 'S', '4:15-4:16'],
        [4, 'Para.', '5:11-5:16'],
      ],
    );
    assert.deepEqual(
      draft.prose.map((r) => `${r.zone}:${r.text}`),
      ['heading:P', 'heading:C', 'heading:Intro now', 'heading:Long', 'heading:S', 'heading:Para.', 'body:Text.'],
    );
  });

  it('reads \\title with an optional argument, \\keywords{…}, and captions as their own zone', () => {
    const draft = parse('\\title[Short]{Full \\\\ Title}\n\\keywords{alpha; beta , gamma.}\n\\begin{figure}[t]\\caption{A \\emph{good} figure.}\\label{f}\\end{figure}');
    assert.equal(draft.title?.text, 'Full Title');
    assert.deepEqual(draft.keywords.map((k) => [k.text, span(k.location.range)]), [['alpha', '1:10-1:15'], ['beta', '1:17-1:21'], ['gamma', '1:24-1:29']]);
    assert.deepEqual(proseOf(draft, 'caption'), ['A good figure.']);
  });

  it('breaks prose runs at blank lines, headings and environments', () => {
    const draft = parse('First paragraph\nstill first.\n\nSecond.\n\\begin{itemize}\\item one\n\\item two\\end{itemize}after');
    assert.deepEqual(proseOf(draft), ['First paragraph still first.', 'Second.', 'one', 'two', 'after']);
  });

  it('reads \\bibliography entries (adding .bib), \\addbibresource, and every kind of include', () => {
    const draft = parse('\\bibliography{a, b.bib}\\addbibresource[datatype=bibtex]{c.bib}\n\\input{x}\\include {y}\\subfile{z}\\import{d/}{f}\\subimport{e}{g}\\input w.tex more');
    assert.deepEqual(draft.bibliographies.map((b) => [b.path, span(b.location.range)]), [['a.bib', '0:14-0:15'], ['b.bib', '0:17-0:22'], ['c.bib', '0:56-0:61']]);
    assert.deepEqual(draft.includes.map((i) => i.path), ['x', 'y', 'z', 'd/f', 'e/g', 'w.tex']);
    assert.equal(span(draft.includes[5].location.range), '1:69-1:74');
    assert.deepEqual(proseOf(draft), ['more']);
  });
});

describe('LaTeX reader: what is not prose', () => {
  it('drops comments but not \\%, and records each comment', () => {
    const draft = parse('50\\% of runs % a comment here\nconverge.');
    assert.deepEqual(proseOf(draft), ['50% of runs converge.']);
    assert.deepEqual(draft.nonProse.map((s) => [s.kind, sourceAt(draft, s.location)]), [['comment', '% a comment here']]);
  });

  it('joins words split by a comment at the end of a line, as TeX does', () => {
    assert.deepEqual(proseOf(parse('foun%\ndation model')), ['foundation model']);
  });

  it('leaves out every kind of math and records it as math', () => {
    const text = 'a $x$ b $$y$$ c \\(z\\) d \\[w\\] e\n\\begin{equation}q\\end{equation}\n\\begin{align*}r\\end{align*}\n\\begin{gather}s\\end{gather} f \\ensuremath{t} g';
    const draft = parse(text);
    assert.equal(proseOf(draft).join('|').match(/[xyzwqrst]/), null);
    assert.deepEqual(
      draft.nonProse.filter((s) => s.kind === 'math').map((s) => sourceAt(draft, s.location)),
      ['$x$', '$$y$$', '\\(z\\)', '\\[w\\]', '\\begin{equation}q\\end{equation}', '\\begin{align*}r\\end{align*}', '\\begin{gather}s\\end{gather}', '{t}'],
    );
  });

  it('leaves out verbatim-like environments and \\verb, whatever they contain', () => {
    const text = 'a \\verb|x{\\section{no}| b\n\\begin{verbatim}\n\\section{no} $ {\n\\end{verbatim}\nc \\begin{lstlisting}\n}}}\n\\end{lstlisting}\n\\begin{comment}\nhidden\n\\end{comment}\nd';
    const draft = parse(text);
    assert.deepEqual(proseOf(draft), ['a  b', 'c', 'd']);
    assert.deepEqual(draft.sections, []);
    assert.deepEqual(draft.problems, []);
    assert.deepEqual(draft.nonProse.map((s) => s.kind), ['verbatim', 'verbatim', 'code', 'comment']);
  });

  it('keeps the text of \\emph and \\textbf, drops \\ref, \\label, \\url, \\includegraphics and unknown command names', () => {
    const draft = parse('\\emph{large} language~models \\ref{x}\\label{y} see \\url{http://a.org/%20b} and \\foo[opt]{bar} \\includegraphics[width=1cm]{fig.png}\\textbf{end}');
    assert.deepEqual(proseOf(draft), ['large language models  see  and bar end']);
    assert.deepEqual(
      draft.nonProse.map((s) => sourceAt(draft, s.location)),
      ['{x}', '{y}', '{http://a.org/%20b}', '[opt]', '[width=1cm]', '{fig.png}'],
    );
  });

  it('maps every prose character to its source character (~ and line breaks read as spaces)', () => {
    const draft = parse('A \\emph{large}~language\nmodel, \\textbf{x} \\cite{k} y.');
    const run = draft.prose[0];
    assert.equal(run.text, 'A large language model, x  y.');
    for (let i = 0; i < run.text.length; i++) {
      const piece = run.pieces.find((p) => i >= p.textStart && i < p.textStart + p.length)!;
      const source = draft.files[0].text[piece.sourceStart + i - piece.textStart];
      assert.equal(run.text[i], source === '~' || source === '\n' ? ' ' : source, `character ${i}`);
    }
  });
});

describe('LaTeX reader: positions', () => {
  it('gives exact UTF-16 positions in CRLF files', () => {
    const draft = parse('\\section{Intro}\r\nText~\\cite{k1} here.\r\n\r\n\\subsection{Next}\r\nMore \\citep{k2}.\r\n');
    assert.deepEqual(draft.citations.map((c) => [c.key, span(c.location.range)]), [['k1', '1:11-1:13'], ['k2', '4:12-4:14']]);
    assert.deepEqual(draft.sections.map((s) => span(s.location.range)), ['0:9-0:14', '3:12-3:16']);
    assert.deepEqual(proseOf(draft, 'body'), ['Text  here.', 'More .']);
  });

  it('counts characters outside the BMP as two UTF-16 code units', () => {
    const draft = parse('🧬🧬 DNA~\\cite{ji2021dnabert} and 𝛼 \\cite{k😀}');
    assert.deepEqual(draft.citations.map((c) => [c.key, span(c.location.range)]), [['ji2021dnabert', '0:15-0:28'], ['k😀', '0:43-0:46']]);
    assert.equal(draft.prose[0].text, '🧬🧬 DNA  and 𝛼');
    assert.deepEqual(draft.prose[0].pieces[0], { textStart: 0, sourceStart: 0, length: 9 });
  });
});

describe('LaTeX reader: bad input', () => {
  it('reports unterminated math and environments at their opening and reads on', () => {
    const draft = parse('a $x b\n\nnext \\begin{equation}y\n\nafter\n\\begin{itemize}\\item z');
    assert.deepEqual(
      draft.problems.map((p) => [p.code, span(p.location.range)]),
      [['unterminated-math', '0:2-0:3'], ['unterminated-environment', '2:5-2:21'], ['unterminated-environment', '5:0-5:15']],
    );
    assert.deepEqual(proseOf(draft), ['a', 'next', 'after', 'z']);
  });

  it('reports unbalanced braces, unclosed headings and stray \\end without losing the rest', () => {
    const draft = parse('}\\section{Open\n\nBody text {unclosed\n\\end{figure}');
    assert.deepEqual(
      draft.problems.map((p) => p.code),
      ['unbalanced-brace', 'unterminated-argument', 'unterminated-group', 'unmatched-end'],
    );
    assert.deepEqual(draft.sections.map((s) => s.title), ['Open']);
    assert.deepEqual(proseOf(draft), ['Open', 'Body text unclosed']);
  });

  it('reads `% !TeX root` and `% biofm-topics` case-insensitively, and reports a bad topic list', () => {
    const draft = parse('% !TeX Root = ../main.tex\n% BioFM-Topics: 6, nine\n');
    assert.deepEqual(draft.declaredTopics?.ids, [6]);
    assert.deepEqual(draft.problems.map((p) => p.code), ['invalid-topic-declaration']);
  });
});
