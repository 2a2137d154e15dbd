import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/runCli';
import { exampleFiles } from './support/exampleFiles';
import { memoryCliIo } from './support/memoryCliIo';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface CheckJson {
  version: number;
  venue: string;
  now: string;
  files: {
    path: string;
    format: string;
    scope: {
      inScope: boolean;
      biomedical: boolean;
      foundationModel: boolean;
      missing: string[];
      topics: { id: number; title: string; score: number; evidence: { text: string; file: string; range: Range }[] }[];
    } | null;
    findings: { code: string; severity: string; message: string; file: string; range: Range }[];
  }[];
}

const examples = (): Record<string, string> => ({ ...exampleFiles('latex', 'latex'), ...exampleFiles('markdown', 'markdown') });

async function check(argv: string[], files: Record<string, string>, now?: Date) {
  const io = memoryCliIo(files, now);
  const code = await runCli(['check', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr(), files: io.files };
}

/** The source text a 0-based range covers, in a file of the in-memory disk. */
function sourceAt(files: Record<string, string>, file: string, range: Range): string {
  const lines = files[file].split('\n');
  assert.equal(range.start.line, range.end.line, 'single-line range expected');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('biofm check', () => {
  it('prints one finding a line as path:line:col: severity code message, 1-based, and a summary on stderr', async () => {
    const { code, out, err } = await check(['latex/main.tex', 'markdown/paper.md'], examples(), new Date('2026-11-27T00:00:00Z'));
    assert.equal(code, 0, 'no error-level finding: exit 0 with the default --fail-on error');
    const lines = out.trim().split('\n');
    for (const line of lines) assert.match(line, /^[^:]+:\d+:\d+: (error|warning|information) [a-z-]+ \S/);
    // The example's introduction cites a key its bibliography lacks, on line 16 column 15 (1-based).
    assert.ok(lines.includes("latex/sections/introduction.tex:16:15: warning undefined-citation 'smith2023cxrehr' is not defined in any bibliography of this draft."), out);
    assert.ok(lines.some((l) => l.startsWith('latex/sections/introduction.tex:13:8: information uncited-model BioBERT')), out);
    assert.ok(lines.some((l) => l.startsWith('markdown/paper.md:') && l.includes('undefined-citation') && l.includes('smith2024cellatlas')), out);
    assert.match(err, /^2 drafts checked against J-BHI FM: 0 error, \d+ warning, \d+ information\n$/);
  });

  it('exits 1 when a finding reaches --fail-on, 0 with --fail-on none', async () => {
    assert.equal((await check(['--fail-on', 'warning', 'latex/main.tex'], examples())).code, 1);
    assert.equal((await check(['--fail-on', 'information', 'markdown/paper.md'], examples())).code, 1);
    assert.equal((await check(['--fail-on', 'none', 'latex/main.tex'], examples())).code, 0);
  });

  it('exits 2 naming the file when a draft cannot be read, and on bad usage', async () => {
    const missing = await check(['nowhere.tex'], examples());
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nowhere\.tex/);
    assert.equal((await check(['--format', 'xml', 'latex/main.tex'], examples())).code, 2);
    assert.equal((await check(['--fail-on', 'sometimes', 'latex/main.tex'], examples())).code, 2);
    assert.equal((await check([], examples())).code, 2);
  });

  it('gives versioned JSON with the scope, topics sorted by score, and evidence that points at its words', async () => {
    const files = examples();
    const { code, out } = await check(['--format', 'json', 'latex/sections/method.tex', 'latex/main.tex', 'markdown/paper.md'], files);
    assert.equal(code, 0);
    const json = JSON.parse(out) as CheckJson;
    assert.equal(json.version, 1);
    assert.equal(json.venue, 'jbhi-fm-2024');
    assert.equal(json.now, '2024-01-20T12:00:00.000Z');
    // main.tex and one of its sections are one project: checked once, under its root.
    assert.deepEqual(json.files.map((f) => [f.path, f.format]), [['latex/main.tex', 'latex'], ['markdown/paper.md', 'markdown']]);
    for (const file of json.files) {
      const scope = file.scope!;
      assert.equal(scope.inScope, true);
      assert.deepEqual(scope.missing, []);
      assert.equal(scope.topics.length, 13);
      const scores = scope.topics.map((t) => t.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'highest first');
      assert.ok(scores.every((s) => s >= 0 && s <= 1));
      for (const topic of scope.topics) {
        for (const evidence of topic.evidence) {
          // Evidence paths are relative to the working folder, like every path the CLI prints.
          assert.equal(sourceAt(files, evidence.file, evidence.range).replace(/\s+/g, ' '), evidence.text.replace(/\s+/g, ' '), `${topic.id} ${evidence.text}`);
        }
      }
    }
    const latex = json.files[0];
    assert.ok(latex.scope!.topics.slice(0, 3).some((t) => t.id === 6), 'the multimodal radiograph + EHR paper fits topic 6 among its first three');
    const undefinedKey = latex.findings.find((f) => f.code === 'undefined-citation')!;
    assert.deepEqual(undefinedKey.range.start, { line: 15, character: 14 }, '0-based LSP position');
  });

  it('writes SARIF 2.1.0 with 1-based regions and one rule per code', async () => {
    const { out } = await check(['--format', 'sarif', 'latex/main.tex'], examples());
    const sarif = JSON.parse(out) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    const [run] = sarif.runs;
    const result = run.results.find((r) => r.ruleId === 'undefined-citation')!;
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 16, startColumn: 15, endLine: 16, endColumn: 30 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'latex/sections/introduction.tex');
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), [...new Set(run.results.map((r) => r.ruleId))].sort());
  });

  it('warns that the next milestone is near, by the --now clock, and not once it has passed', async () => {
    const soon = await check(['--now', '2024-01-25T12:00:00Z', 'markdown/paper.md'], examples());
    assert.match(soon.out, /deadline/);
    const passed = await check(['--now', '2026-11-27T12:00:00Z', 'markdown/paper.md'], examples());
    assert.doesNotMatch(passed.out, /deadline-soon/);
  });

  it('reports a bibliography the draft names but that is missing where it is named, and its keys as undefined', async () => {
    const files = { 'p.tex': '\\documentclass{article}\n\\begin{document}\nText~\\cite{a}.\n\\bibliography{refs}\n\\end{document}\n' };
    const { out } = await check(['p.tex'], files);
    assert.match(out, /^p\.tex:4:15: warning bibliography-unreadable The bibliography named here cannot be read: .*refs\.bib/m);
    assert.match(out, /^p\.tex:3:12: warning undefined-citation 'a'/m);
    assert.doesNotMatch(out, /no-bibliography/);
  });

  it('reads --bib too, and a broken .bib entry is an error in the .bib while the rest still defines keys', async () => {
    const files = {
      'p.md': '---\ntitle: A foundation model for pathology\n---\n\nWe cite [@good] and [@later].\n',
      'refs.bib': '@article{good, title={Good}, year={2020}}\n@article{broken, title={Broken\n@article{later, title={Later}, year={2021}}\n',
    };
    const { code, out } = await check(['--bib', 'refs.bib', 'p.md'], files);
    assert.equal(code, 1, 'a syntax error in the .bib is an error finding');
    assert.match(out, /^refs\.bib:2:\d+: error bib-syntax /m);
    assert.doesNotMatch(out, /undefined-citation 'good'/);
    assert.doesNotMatch(out, /undefined-citation 'later'/);
  });

  it('counts lone CR line breaks as VS Code does, in the draft, its included files and its .bib', async () => {
    const files = {
      'p.tex': '\\documentclass{article}\r\\begin{document}\r\\input{part}\rText~\\cite{a}.\r\\bibliography{refs}\r\\end{document}\r',
      'part.tex': 'One.\rTwo~\\cite{b}.\r',
      'refs.bib': '@article{a, title={A}, year={2020}}\r@article{broken, title={Broken\r@article{c, title={C}, year={2021}}\r',
    };
    const { out } = await check(['p.tex'], files);
    assert.match(out, /^part\.tex:2:11: warning undefined-citation 'b'/m);
    assert.match(out, /^refs\.bib:2:\d+: error bib-syntax /m);
    assert.doesNotMatch(out, /undefined-citation 'a'/);
    // The files on disk keep their bytes.
    assert.ok(files['p.tex'].includes('\r\\input'));
  });
});
