/**
 * Every benchmark in one command: `npm run bench` (= `node --import tsx bench/run.ts`).
 * Builds dist/ once (`node scripts/build.mjs`), then runs each group of benches in its own child process
 * (`node --expose-gc --import tsx bench/run.ts --child GROUP`), so one group's garbage, JIT state and loaded
 * libraries do not slow another, and the memory group can force collections. Groups run one after another.
 * Prints one table and writes bench/results.json (the committed reference run; see docs/performance.md).
 *   --only a,b    run only these groups (results.json is then left alone)
 *   --no-build    benchmark dist/ as it is
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchTable, memoryTable, overTarget, type BenchRow, type MemoryRow } from './benchRow';

interface GroupResult {
  readonly rows: BenchRow[];
  readonly memory: MemoryRow[];
}

const rowsOnly = async (rows: Promise<BenchRow[]>): Promise<GroupResult> => ({ rows: await rows, memory: [] });

/** Each group loads only its own modules (the child process imports them on demand). */
const groups: Record<string, () => Promise<GroupResult>> = {
  activation: async () => rowsOnly((await import('./activationBench')).runActivationBench()),
  cli: async () => rowsOnly((await import('./cliBench')).runCliBench()),
  keystroke: async () => rowsOnly((await import('./keystrokeBench')).runKeystrokeBench()),
  latex: async () => rowsOnly((await import('./latexBench')).runLatexBench()),
  markdown: async () => rowsOnly((await import('./markdownBench')).runMarkdownBench()),
  topic: async () => rowsOnly((await import('./topicBench')).runTopicBench()),
  bib: async () => rowsOnly((await import('./bibBench')).runBibBench()),
  catalog: async () => rowsOnly((await import('./catalogBench')).runCatalogBench()),
  memory: async () => {
    const latex = await (await import('./latexBench')).runLatexMemoryBench();
    if (!latex) throw new Error('the memory group needs node --expose-gc');
    const markdown = await (await import('./markdownBench')).runMarkdownMemoryBench();
    return { rows: [], memory: [latex, markdown] };
  },
};

const repo = path.resolve(__dirname, '..');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** In a child: run one group and write its result where the parent said. */
async function child(name: string, out: string): Promise<void> {
  const group = groups[name];
  if (!group) throw new Error(`no bench group '${name}'`);
  writeFileSync(out, JSON.stringify(await group()));
}

function build(): void {
  console.error('building dist/ (node scripts/build.mjs)…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    // Another change in progress can break the build for a moment; the dist/ already there is still worth timing.
    console.error('warning: the build failed; benchmarking the dist/ already there');
  }
}

function git(...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function runGroup(name: string, directory: string): GroupResult {
  const out = path.join(directory, `${name}.json`);
  const started = performance.now();
  console.error(`▶ ${name}`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--child', name, '--out', out], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`bench group '${name}' failed (exit ${result.status ?? result.signal})`);
  console.error(`  ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return JSON.parse(readFileSync(out, 'utf8')) as GroupResult;
}

function main(): void {
  const only = option('--only')?.split(',');
  const unknown = only?.filter((name) => !(name in groups)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown group(s) ${unknown.join(', ')}; groups: ${Object.keys(groups).join(', ')}`);
  const names = only ?? Object.keys(groups);
  if (!process.argv.includes('--no-build')) build();

  const loadAtStart = os.loadavg();
  const directory = mkdtempSync(path.join(os.tmpdir(), 'biofm-bench-run-'));
  const rows: BenchRow[] = [];
  const memory: MemoryRow[] = [];
  try {
    for (const name of names) {
      const result = runGroup(name, directory);
      rows.push(...result.rows);
      memory.push(...result.memory);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  const cpus = os.cpus();
  const results = {
    version: 1,
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: (git('status', '--porcelain') ?? '') !== '',
    loadAverage: { start: loadAtStart.map((l) => Math.round(l * 100) / 100), end: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    rows,
    memory,
  };

  console.log(`\nBioFM Writer benchmarks — ${results.date}, Node ${results.node}, ${results.cpu} (${results.cores} cores), load average ${results.loadAverage.start.join(' ')} → ${results.loadAverage.end.join(' ')}\n`);
  console.log(benchTable(rows));
  if (memory.length > 0) console.log(`\n${memoryTable(memory)}`);
  const over = [...rows.filter((r) => overTarget(r)).map((r) => `${r.case} at ${r.size}: ${r.oursMs} ms > ${r.targetMs} ms`), ...memory.filter((m) => m.targetMB !== undefined && m.oursMB >= m.targetMB).map((m) => `${m.case}: ${m.oursMB} MB`)];
  console.log(over.length === 0 ? '\nEvery figure with a target meets it.' : `\nOver target:\n${over.map((o) => `- ${o}`).join('\n')}`);
  if (only) {
    console.log('\n(--only: bench/results.json left as it was)');
  } else {
    writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten: bench/results.json');
  }
}

const childGroup = option('--child');
const finished = (error: unknown) => {
  console.error(error);
  process.exitCode = 1;
};
if (childGroup) {
  child(childGroup, option('--out') ?? path.join(os.tmpdir(), `biofm-bench-${childGroup}.json`)).catch(finished);
} else {
  try {
    main();
  } catch (error) {
    finished(error);
  }
}
