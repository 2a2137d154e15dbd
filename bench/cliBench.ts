/**
 * The CLI end to end: `node dist/cli.js check FILES` as a child process (Node start-up, loading the bundle, reading,
 * every check, printing the findings), median of several runs after one untimed run. Baseline: `node -e ""` in the
 * same run, bare Node start-up, so the ratio (below 1) and the note show what the CLI adds to starting Node.
 * Inputs: the bundled examples, and generated 20k- and 200k-word LaTeX and Markdown drafts (with a references.bib
 * holding their cited papers and 1,000 made-up entries) in a temporary directory.
 * Run: `node --import tsx bench/cliBench.ts` (needs dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readDraft } from '../src/core/draft/readDraft';
import { countWords } from '../src/core/text/wordCount';
import { benchRow, median, runIfDirect, type BenchRow } from './benchRow';
import { generatedDraftBibliography } from './keystrokeBench';
import { generateLatexDraft } from './latexBench';
import { generateMarkdownDraft } from './markdownBench';

const repo = path.resolve(__dirname, '..');
const cli = path.join(repo, 'dist', 'cli.js');

/** Median wall ms of running `node ...args` (exit codes 0 and 1 are fine: 1 means findings at the fail level). */
function medianRunMs(args: readonly string[], runs: number, cwd: string): number {
  const times: number[] = [];
  for (let i = -1; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
    if (i >= 0) times.push(elapsed);
  }
  return median(times);
}

/** Words of prose the checks read in a draft (included files too). */
async function proseWords(file: string): Promise<number> {
  const host = { readText: (p: string) => readFile(p, 'utf8').catch(() => undefined) };
  const draft = await readDraft(file, await readFile(file, 'utf8'), host);
  return draft.prose.reduce((sum, run) => sum + countWords(run.text), 0);
}

export async function runCliBench(runs = 5): Promise<BenchRow[]> {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');
  const nodeMs = medianRunMs(['-e', ''], runs, repo);
  const row = (name: string, size: number, oursMs: number) =>
    benchRow(name, size, oursMs, nodeMs, { note: `${(oursMs - nodeMs).toFixed(0)} ms over bare Node start-up (baseline: node -e "")` });

  const examples = ['examples/latex/main.tex', 'examples/markdown/paper.md'];
  const exampleWords = (await Promise.all(examples.map((file) => proseWords(path.join(repo, file))))).reduce((a, b) => a + b, 0);
  const rows = [row(`CLI check ${examples.join(' ')}`, exampleWords, medianRunMs([cli, 'check', ...examples], runs, repo))];

  const directory = mkdtempSync(path.join(tmpdir(), 'biofm-bench-cli-'));
  try {
    writeFileSync(path.join(directory, 'references.bib'), generatedDraftBibliography());
    for (const words of [20_000, 200_000]) {
      writeFileSync(path.join(directory, `main-${words}.tex`), generateLatexDraft(words));
      writeFileSync(path.join(directory, `paper-${words}.md`), generateMarkdownDraft(words));
      rows.push(row('CLI check generated LaTeX draft', words, medianRunMs([cli, 'check', `main-${words}.tex`], runs, directory)));
      rows.push(row('CLI check generated Markdown draft', words, medianRunMs([cli, 'check', `paper-${words}.md`], runs, directory)));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return rows;
}

runIfDirect('cliBench.ts', runCliBench);
