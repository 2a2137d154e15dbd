import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { DraftHost } from '../../src/core/draft/draftHost';
import type { Draft } from '../../src/core/draft/draftModel';
import { draftFormatOf, readDraft } from '../../src/core/draft/readDraft';
import type { Range } from '../../src/core/text/lineIndex';

const exampleFolder = path.resolve(__dirname, '../../examples/latex');

/** Every file under a folder, by absolute path. */
function filesUnder(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) Object.assign(out, filesUnder(full));
    else out[full] = readFileSync(full, 'utf8');
  }
  return out;
}

const exampleFiles = filesUnder(exampleFolder);

/** An in-memory host that records what was asked of it. */
function memoryHost(files: Record<string, string>): DraftHost & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    readText(file: string) {
      asked.push(file);
      return Promise.resolve(files[file]);
    },
  };
}

function span(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

const short = (file: string) => path.relative(exampleFolder, file);
const at = (file: string) => path.join(exampleFolder, file);

async function readExample(file: string, options?: Parameters<typeof readDraft>[3], text = exampleFiles[at(file)]): Promise<Draft> {
  return readDraft(at(file), text, memoryHost(exampleFiles), options);
}

describe('readDraft: the example LaTeX paper', () => {
  it('follows \\input and \\include from main.tex and merges every file in document order', async () => {
    const draft = await readExample('main.tex');
    assert.equal(draft.format, 'latex');
    assert.equal(draft.root, at('main.tex'));
    assert.deepEqual(draft.files.map((f) => short(f.path)), [
      'main.tex',
      'sections/introduction.tex',
      'sections/method.tex',
      'sections/experiments.tex',
      'sections/conclusion.tex',
    ]);
    assert.equal(draft.title?.text, 'A Multimodal Foundation Model Aligning Chest Radiographs with Electronic Health Records');
    assert.ok(draft.abstract?.text.startsWith('Chest radiographs and electronic health records (EHRs) describe'));
    assert.deepEqual(draft.keywords.map((k) => k.text), ['Foundation models', 'multimodal learning', 'chest radiography', 'electronic health records', 'contrastive pretraining']);
    assert.deepEqual(draft.declaredTopics?.ids, [6, 9]);
    assert.deepEqual(draft.problems, []);
  });

  it('lists sections with levels, files and title ranges', async () => {
    const draft = await readExample('main.tex');
    assert.deepEqual(
      draft.sections.map((s) => [s.level, s.title, short(s.location.file), span(s.location.range)]),
      [
        [1, 'Introduction', 'sections/introduction.tex', '1:9-1:21'],
        [1, 'Method', 'sections/method.tex', '0:9-0:15'],
        [2, 'Encoders', 'sections/method.tex', '3:12-3:20'],
        [2, 'Contrastive Alignment', 'sections/method.tex', '8:12-8:33'],
        [3, 'Masked Record Modelling', 'sections/method.tex', '18:15-18:38'],
        [1, 'Experiments', 'sections/experiments.tex', '0:9-0:20'],
        [2, 'Data', 'sections/experiments.tex', '3:12-3:16'],
        [2, 'Results', 'sections/experiments.tex', '7:12-7:19'],
        [1, 'Conclusion', 'sections/conclusion.tex', '0:9-0:19'],
      ],
    );
  });

  it('gives every citation key with its file and exact range', async () => {
    const draft = await readExample('main.tex');
    assert.deepEqual(
      draft.citations.map((c) => [c.key, c.command, short(c.location.file), span(c.location.range)]),
      [
        ['tiu2022chexzero', '\\cite', 'sections/introduction.tex', '6:13-6:28'],
        ['ma2024medsam', '\\cite', 'sections/introduction.tex', '6:79-6:91'],
        ['zhou2023retfound', '\\cite', 'sections/introduction.tex', '7:65-7:81'],
        ['yang2022gatortron', '\\cite', 'sections/introduction.tex', '8:74-8:91'],
        ['li2020behrt', '\\cite', 'sections/introduction.tex', '9:41-9:52'],
        ['zhang2025biomedclip', '\\cite', 'sections/introduction.tex', '14:25-14:44'],
        ['smith2023cxrehr', '\\cite', 'sections/introduction.tex', '15:14-15:29'],
        ['lin2023esm2', '\\cite', 'sections/method.tex', '6:28-6:39'],
        ['ma2024medsam', '\\citep', 'sections/method.tex', '20:28-20:40'],
        ['tiu2022chexzero', '\\cite', 'sections/experiments.tex', '9:16-9:31'],
        ['yang2022gatortron', '\\cite', 'sections/experiments.tex', '9:32-9:49'],
      ],
    );
    for (const citation of draft.citations) {
      const file = draft.files.find((f) => f.path === citation.location.file)!;
      const { start, end } = citation.location.range;
      assert.equal(file.text.slice(file.lines.offsetAt(start), file.lines.offsetAt(end)), citation.key);
    }
  });

  it('resolves includes and the bibliography against the root folder, and the bibliography defines the cited keys but one', async () => {
    const draft = await readExample('main.tex');
    assert.deepEqual(
      draft.includes.map((i) => [i.path, i.resolved && short(i.resolved), short(i.location.file), span(i.location.range)]),
      [
        ['sections/introduction', 'sections/introduction.tex', 'main.tex', '38:7-38:28'],
        ['sections/method.tex', 'sections/method.tex', 'main.tex', '39:7-39:26'],
        ['sections/experiments', 'sections/experiments.tex', 'main.tex', '40:9-40:29'],
        ['sections/conclusion', 'sections/conclusion.tex', 'main.tex', '41:7-41:26'],
      ],
    );
    assert.deepEqual(draft.bibliographies.map((b) => [b.path, b.resolved]), [['references.bib', at('references.bib')]]);
    const bib = exampleFiles[at('references.bib')];
    const defined = new Set([...bib.matchAll(/@\w+\{([^,]+),/g)].map((m) => m[1]));
    assert.deepEqual([...new Set(draft.citations.map((c) => c.key))].filter((k) => !defined.has(k)), ['smith2023cxrehr']);
  });

  it('keeps each file’s prose, and names a catalog model without a citation (BioBERT)', async () => {
    const draft = await readExample('main.tex');
    const intro = draft.prose.filter((r) => r.file === at('sections/introduction.tex')).map((r) => r.text);
    assert.ok(intro.some((t) => t.startsWith('Foundation models pretrained with self-supervision')), 'IEEEPARstart joins F+oundation');
    assert.ok(intro.some((t) => t.startsWith('Unlike BioBERT, which only reads biomedical text')));
    assert.ok(!draft.prose.some((r) => /TODO|temperature is clipped/.test(r.text)), 'comments are not prose');
  });
});

describe('readDraft: finding the root', () => {
  it('follows `% !TEX root` and uses the text it was given for the open file', async () => {
    const edited = exampleFiles[at('sections/introduction.tex')].replace('\\section{Introduction}', '\\section{Introduction, edited}');
    const draft = await readExample('sections/introduction.tex', undefined, edited);
    assert.equal(draft.root, at('main.tex'));
    assert.equal(draft.files.length, 5);
    assert.equal(draft.sections[0].title, 'Introduction, edited');
  });

  it('finds the root among candidates for a file with neither \\documentclass nor a magic comment', async () => {
    const candidates = [at('unrelated.tex'), at('main.tex')];
    const files = { ...exampleFiles, [at('unrelated.tex')]: '\\documentclass{article}\\begin{document}method\\end{document}' };
    const draft = await readDraft(at('sections/method.tex'), exampleFiles[at('sections/method.tex')], memoryHost(files), { candidates });
    assert.equal(draft.root, at('main.tex'));
    assert.equal(draft.title?.text.startsWith('A Multimodal'), true);
    const alone = await readExample('sections/method.tex');
    assert.equal(alone.root, at('sections/method.tex'));
    assert.deepEqual(alone.files.map((f) => short(f.path)), ['sections/method.tex']);
  });

  it('reads the file on its own, with a problem, when the magic comment names a missing root', async () => {
    const host = memoryHost({});
    const draft = await readDraft('/w/ch1.tex', '% !TeX root = ../thesis.tex\nText \\cite{k}.', host);
    assert.equal(draft.root, '/w/ch1.tex');
    assert.deepEqual(draft.problems.map((p) => [p.code, span(p.location.range)]), [['missing-root', '0:14-0:27']]);
    assert.deepEqual(draft.citations.map((c) => c.key), ['k']);
    assert.deepEqual(host.asked, ['/thesis.tex']);
  });
});

describe('readDraft: includes that go wrong', () => {
  it('reports a missing include at its argument and returns the rest', async () => {
    const host = memoryHost({ '/p/b.tex': 'Bee \\cite{b}.' });
    const draft = await readDraft('/p/main.tex', '\\documentclass{article}\\begin{document}\n\\input{a}\n\\input{b}\nEnd \\cite{c}.\n\\end{document}', host);
    assert.deepEqual(draft.problems.map((p) => [p.code, p.location.file, span(p.location.range)]), [['missing-include', '/p/main.tex', '1:7-1:8']]);
    assert.deepEqual(draft.citations.map((c) => c.key), ['b', 'c']);
    assert.deepEqual(draft.includes.map((i) => i.resolved), [undefined, '/p/b.tex']);
    assert.deepEqual(host.asked, ['/p/a.tex', '/p/a', '/p/b.tex']);
  });

  it('reports an include cycle instead of looping', async () => {
    const files = { '/p/a.tex': 'A \\input{b}', '/p/b.tex': 'B \\input{a.tex}' };
    const draft = await readDraft('/p/main.tex', '\\input{a}', memoryHost(files));
    assert.deepEqual(draft.files.map((f) => f.path), ['/p/main.tex', '/p/a.tex', '/p/b.tex']);
    assert.deepEqual(draft.problems.map((p) => [p.code, p.location.file]), [['include-cycle', '/p/b.tex']]);
    assert.deepEqual(draft.prose.map((r) => r.text), ['A', 'B']);
  });

  it('stops at maxFiles with a problem at the first include left out', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 5; i++) files[`/p/f${i}.tex`] = `File ${i}.`;
    const main = [1, 2, 3, 4, 5].map((i) => `\\input{f${i}}`).join('\n');
    const draft = await readDraft('/p/main.tex', main, memoryHost(files), { maxFiles: 3 });
    assert.deepEqual(draft.prose.map((r) => r.text), ['File 1.', 'File 2.']);
    assert.deepEqual(draft.problems.map((p) => [p.code, span(p.location.range)]), [['include-limit', '2:7-2:9'], ['include-limit', '3:7-3:9'], ['include-limit', '4:7-4:9']]);
  });

  it('treats a host that throws as a missing file', async () => {
    const host: DraftHost = { readText: () => Promise.reject(new Error('disk on fire')) };
    const draft = await readDraft('/p/main.tex', '\\input{a} text', host);
    assert.deepEqual(draft.problems.map((p) => p.code), ['missing-include']);
    assert.deepEqual(draft.prose.map((r) => r.text), ['text']);
  });
});

describe('readDraft: paths', () => {
  it('resolves \\import, \\subimport and \\subfile as LaTeX does, with file:// URIs', async () => {
    const files = {
      'file:///w/parts/one.tex': 'One \\subimport{deep/}{two}',
      'file:///w/parts/deep/two.tex': 'Two.',
      'file:///w/ch/three.tex': '\\documentclass[../main]{subfiles}\\begin{document}Three \\subfile{four}\\end{document}',
      'file:///w/ch/four.tex': 'Four.',
      'file:///w/my%20notes.tex': 'Notes.',
    };
    const main = '\\documentclass{article}\\begin{document}\\import{parts/}{one}\\subfile{ch/three}\\input{./x/../my notes}\\end{document}';
    const draft = await readDraft('file:///w/main.tex', main, memoryHost(files));
    assert.deepEqual(draft.files.map((f) => f.path), [
      'file:///w/main.tex',
      'file:///w/parts/one.tex',
      'file:///w/parts/deep/two.tex',
      'file:///w/ch/three.tex',
      'file:///w/ch/four.tex',
      'file:///w/my%20notes.tex',
    ]);
    assert.deepEqual(draft.prose.map((r) => r.text), ['One', 'Two.', 'Three', 'Four.', 'Notes.']);
    assert.deepEqual(draft.problems, []);
  });

  it('reads a file \\input in the preamble as preamble, not prose', async () => {
    const files = { '/p/macros.tex': '\\newcommand{\\x}{y}\nSome stray text' };
    const draft = await readDraft('/p/main.tex', '\\documentclass{article}\n\\input{macros}\n\\begin{document}Body.\\end{document}', memoryHost(files));
    assert.deepEqual(draft.prose.map((r) => r.text), ['Body.']);
  });
});

describe('readDraft: dispatch', () => {
  it('chooses the reader by extension, and by content for others', async () => {
    assert.equal(draftFormatOf('/a/x.tex'), 'latex');
    assert.equal(draftFormatOf('/a/x.LTX'), 'latex');
    assert.equal(draftFormatOf('/a/x.latex'), 'latex');
    assert.equal(draftFormatOf('/a/x.Rmd'), 'markdown');
    assert.equal(draftFormatOf('/a/x.qmd'), 'markdown');
    assert.equal(draftFormatOf('/a/x.markdown'), 'markdown');
    assert.equal(draftFormatOf('/a/x.txt'), undefined);
    const host = memoryHost({});
    const markdown = await readDraft('/a/paper.md', '# Title\n\nText [@key].', host);
    assert.equal(markdown.format, 'markdown');
    assert.equal((await readDraft('/a/paper.txt', '\\section{S} text', host)).format, 'latex');
    assert.equal((await readDraft('/a/paper.txt', '# S\n\ntext', host)).format, 'markdown');
  });
});
