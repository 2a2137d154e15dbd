import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/runCli';
import { exampleFiles } from './support/exampleFiles';
import { memoryCliIo } from './support/memoryCliIo';

/** The example paper's files, placed under `/project/paper/` of an in-memory disk. */
const examplePaper = (): Record<string, string> => exampleFiles('latex', 'paper');

interface InspectJson {
  version: number;
  path: string;
  root: string;
  format: string;
  files: string[];
  title: string | null;
  abstract: string | null;
  keywords: string[];
  declaredTopics: number[] | null;
  sections: { level: number; title: string; file: string; range: unknown }[];
  citations: { key: string; command: string; file: string; range: { start: { line: number; character: number } } }[];
  bibliographies: { path: string; resolved: string | null; file: string }[];
  includes: { path: string; resolved: string | null; file: string }[];
  problems: { code: string; message: string; file: string; range: unknown }[];
}

async function inspect(argv: string[], files: Record<string, string>): Promise<{ code: number; json?: InspectJson; out: string; err: string }> {
  const io = memoryCliIo(files);
  const code = await runCli(['inspect', ...argv], io);
  const out = io.stdout();
  return { code, out, err: io.stderr(), json: code === 0 && argv.includes('json') ? (JSON.parse(out) as InspectJson) : undefined };
}

describe('biofm inspect', () => {
  it('prints the model of a multi-file LaTeX paper as JSON, paths relative to the root folder', async () => {
    const { code, json, err } = await inspect(['--format', 'json', 'paper/sections/method.tex'], examplePaper());
    assert.equal(code, 0, err);
    assert.ok(json);
    // method.tex has no magic comment and no \documentclass, and inspect offers no candidates: read on its own.
    assert.equal(json.root, 'method.tex');
    const whole = await inspect(['--format', 'json', 'paper/sections/introduction.tex'], examplePaper());
    const model = whole.json!;
    assert.equal(model.version, 1);
    assert.equal(model.path, 'paper/sections/introduction.tex');
    assert.equal(model.root, 'main.tex');
    assert.equal(model.format, 'latex');
    assert.deepEqual(model.files, ['main.tex', 'sections/introduction.tex', 'sections/method.tex', 'sections/experiments.tex', 'sections/conclusion.tex']);
    assert.equal(model.title, 'A Multimodal Foundation Model Aligning Chest Radiographs with Electronic Health Records');
    assert.ok(model.abstract?.startsWith('Chest radiographs and electronic health records'));
    assert.equal(model.keywords.length, 5);
    assert.deepEqual(model.declaredTopics, [6, 9]);
    assert.deepEqual(model.sections.slice(0, 3).map((s) => [s.level, s.title, s.file]), [
      [1, 'Introduction', 'sections/introduction.tex'],
      [1, 'Method', 'sections/method.tex'],
      [2, 'Encoders', 'sections/method.tex'],
    ]);
    assert.deepEqual(model.citations[0], {
      key: 'tiu2022chexzero',
      command: '\\cite',
      file: 'sections/introduction.tex',
      range: { start: { line: 6, character: 13 }, end: { line: 6, character: 28 } },
    });
    assert.equal(model.citations.length, 11);
    assert.deepEqual(model.bibliographies.map((b) => [b.path, b.resolved, b.file]), [['references.bib', 'references.bib', 'main.tex']]);
    assert.deepEqual(model.includes.map((i) => i.resolved), ['sections/introduction.tex', 'sections/method.tex', 'sections/experiments.tex', 'sections/conclusion.tex']);
    assert.deepEqual(model.problems, []);
  });

  it('reports a missing include as a problem, with the rest of the draft', async () => {
    const { code, json } = await inspect(['--format', 'json', 'main.tex'], { 'main.tex': '\\title{T}\n\\input{gone}\n\\section{S}' });
    assert.equal(code, 0);
    assert.deepEqual(json!.problems.map((p) => [p.code, p.file, p.range]), [
      ['missing-include', 'main.tex', { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } }],
    ]);
    assert.deepEqual(json!.includes, [{ path: 'gone', resolved: null, file: 'main.tex', range: { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } } }]);
    assert.deepEqual(json!.sections.map((s) => s.title), ['S']);
  });

  it('reads Markdown too', async () => {
    const { code, json } = await inspect(['--format', 'json', 'notes.md'], { 'notes.md': '# A title\n\nText [@lee2020biobert].\n' });
    assert.equal(code, 0);
    assert.equal(json!.format, 'markdown');
    assert.deepEqual(json!.citations.map((c) => c.key), ['lee2020biobert']);
  });

  it('prints a text summary by default', async () => {
    const { code, out } = await inspect(['paper/main.tex'], examplePaper());
    assert.equal(code, 0);
    assert.match(out, /^main\.tex \(latex, 5 files\)$/m);
    assert.match(out, /^ {2}sections\/introduction\.tex:7:14 tiu2022chexzero$/m);
    assert.match(out, /^declared topics: 6, 9$/m);
  });

  it('exits 2 with a clear message for an unreadable file or a bad call', async () => {
    const missing = await inspect(['--format', 'json', 'nowhere.tex'], {});
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nowhere\.tex: cannot read: no such file/);
    assert.equal((await inspect([], {})).code, 2);
    assert.equal((await inspect(['--format', 'xml', 'a.tex'], { 'a.tex': '' })).code, 2);
  });
});
