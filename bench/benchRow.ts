/**
 * What every benchmark reports, and the timing helpers they share. A row compares our code with a baseline measured
 * in the same run on the same input, so the ratio holds even when the machine is slower or busier than usual.
 */

export interface BenchRow {
  readonly case: string;
  /** Words of prose in the draft, entries in the bibliography, or requests/queries; each bench says which. */
  readonly size: number;
  /** Median milliseconds of our code (for a percentile row, that percentile). */
  readonly oursMs: number;
  /** The same statistic of the baseline, measured in the same run. */
  readonly baselineMs: number;
  /** baselineMs / oursMs: how many times faster ours is (below 1: slower). */
  readonly ratio: number;
  /** The product target for `oursMs`, when an issue set one (e.g. completion p95 ≤ 10 ms). */
  readonly targetMs?: number;
  /** What the reader needs to read the row right: the baseline, a breakdown, a percentile. */
  readonly note?: string;
}

/** Heap retained by a data structure, ours against the baseline's, in MB (after garbage collection). */
export interface MemoryRow {
  readonly case: string;
  readonly size: number;
  readonly oursMB: number;
  readonly baselineMB: number;
  /** baselineMB / oursMB: how many times smaller ours is. */
  readonly ratio: number;
  readonly targetMB?: number;
  readonly note?: string;
}

/** Two decimals, or three below 1 ms so that sub-millisecond figures keep their meaning. */
export function roundMs(ms: number): number {
  const scale = Math.abs(ms) < 1 ? 1000 : 100;
  return Math.round(ms * scale) / scale;
}

/** baseline / ours, two decimals below 10, one above. */
export function ratioOf(baseline: number, ours: number): number {
  const ratio = baseline / ours;
  const scale = ratio < 10 ? 100 : 10;
  return Math.round(ratio * scale) / scale;
}

export function benchRow(name: string, size: number, oursMs: number, baselineMs: number, extra: { targetMs?: number; note?: string } = {}): BenchRow {
  return { case: name, size, oursMs: roundMs(oursMs), baselineMs: roundMs(baselineMs), ratio: ratioOf(baselineMs, oursMs), ...extra };
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The value below which a fraction `p` of the samples lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** Wall time of one synchronous run. */
export function timeMs(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/** Median wall time of `runs` runs after `warmup` untimed runs; `task` gets the run number (negative in warm-up). */
export function medianMs(task: (run: number) => unknown, runs: number, warmup = 0): number {
  for (let i = 0; i < warmup; i++) task(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The same for a task that returns a promise (the await is part of the time). */
export async function medianMsAsync(task: (run: number) => Promise<unknown>, runs: number, warmup = 0): Promise<number> {
  for (let i = 0; i < warmup; i++) await task(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Heap (MB) that what `build` returns keeps alive, measured between two full collections. Needs `node --expose-gc`;
 * whatever `build` reads that was allocated before (the input text) is not counted.
 */
export async function retainedMB(build: () => Promise<unknown>): Promise<number> {
  if (!collectGarbage) throw new Error('measuring memory needs node --expose-gc');
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = await build();
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('nothing was built');
  return Math.round(((after - before) / (1024 * 1024)) * 100) / 100;
}

/** A deterministic pseudo-random sequence in [0, 1) (the LCG the draft generators use). */
export function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const cell = (value: string) => value.replace(/\|/g, '\\|');
const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Whether a row misses its target (undefined when it has none). */
export function overTarget(row: BenchRow): boolean | undefined {
  return row.targetMs === undefined ? undefined : row.oursMs > row.targetMs;
}

/** Rows as a Markdown table (readable in a terminal, and pasted as is into docs/performance.md). */
export function benchTable(rows: readonly BenchRow[]): string {
  const lines = ['| case | size | ours ms | baseline ms | ratio | target | note |', '|---|--:|--:|--:|--:|---|---|'];
  for (const row of rows) {
    const over = overTarget(row);
    const target = row.targetMs === undefined ? '' : `≤ ${row.targetMs} ms ${over ? '**OVER**' : 'met'}`;
    lines.push(`| ${cell(row.case)} | ${number(row.size)} | ${number(row.oursMs)} | ${number(row.baselineMs)} | ${number(row.ratio)} | ${target} | ${cell(row.note ?? '')} |`);
  }
  return lines.join('\n');
}

export function memoryTable(rows: readonly MemoryRow[]): string {
  const lines = ['| case | size | ours MB | baseline MB | ratio | target | note |', '|---|--:|--:|--:|--:|---|---|'];
  for (const row of rows) {
    const target = row.targetMB === undefined ? '' : `< ${row.targetMB} MB ${row.oursMB < row.targetMB ? 'met' : '**OVER**'}`;
    lines.push(`| ${cell(row.case)} | ${number(row.size)} | ${number(row.oursMB)} | ${number(row.baselineMB)} | ${number(row.ratio)} | ${target} | ${cell(row.note ?? '')} |`);
  }
  return lines.join('\n');
}

/** Whether the process was started on this bench file (`node --import tsx bench/<file>`), not imported by run.ts. */
export function isRunDirectly(fileName: string): boolean {
  return (process.argv[1] ?? '').replace(/\\/g, '/').endsWith(`bench/${fileName}`);
}

/** When the bench file is run on its own: runs it and prints its table; a failure sets the exit code. */
export function runIfDirect(fileName: string, run: () => Promise<readonly BenchRow[]>): void {
  if (!isRunDirectly(fileName)) return;
  run().then(
    (rows) => console.log(benchTable(rows)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
