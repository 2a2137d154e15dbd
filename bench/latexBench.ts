/**
 * LaTeX reader benchmark: our full read of a draft (`readDraft`: scan, prose runs, fields, citations, locations)
 * against latex-utensils' `latexParser.parse` (a full AST, the usual way extensions read LaTeX), same input, same run.
 * Run: `node --expose-gc --import tsx bench/latexBench.ts` (without --expose-gc the memory row is skipped).
 */
import { latexParser } from 'latex-utensils';
import type { Draft } from '../src/core/draft/draftModel';
import { readDraft } from '../src/core/draft/readDraft';

export interface BenchRow {
  readonly case: string;
  /** Words of prose in the generated draft. */
  readonly size: number;
  readonly oursMs: number;
  readonly baselineMs: number;
  /** baselineMs / oursMs: how many times faster ours is. */
  readonly ratio: number;
}

const vocabulary = (
  'foundation model pretrained large corpus clinical notes chest radiographs electronic health records multimodal ' +
  'alignment contrastive objective downstream tasks segmentation classification retrieval patients cohort hospital ' +
  'transformer encoder decoder attention tokens images labels supervised baseline evaluation accuracy fairness the of ' +
  'and with for on in to a is we our that this which across from by as'
).split(' ');
const keys = ['tiu2022chexzero', 'ma2024medsam', 'zhou2023retfound', 'yang2022gatortron', 'li2020behrt', 'lin2023esm2'];

/** A deterministic IEEEtran-style draft of about `words` words: sections, citations, math, comments, environments. */
export function generateLatexDraft(words: number, seed = 7): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const out: string[] = [
    '\\documentclass[journal]{IEEEtran}\n\\usepackage{amsmath}\n\\usepackage{cite}\n% biofm-topics: 6, 9\n\\begin{document}\n',
    '\\title{A Multimodal Foundation Model for Chest Radiographs and Health Records}\n\\maketitle\n',
    '\\begin{abstract}\nWe pretrain a multimodal foundation model on radiographs and records.\n\\end{abstract}\n',
    '\\begin{IEEEkeywords}\nFoundation models, multimodal learning, electronic health records\n\\end{IEEEkeywords}\n',
  ];
  let written = 0;
  let section = 0;
  while (written < words) {
    if (written % 2000 < 60 || section === 0) out.push(`\n\\section{Section ${++section} on ${pick(vocabulary)} ${pick(vocabulary)}}\n\\label{sec:s${section}}\n`);
    else if (next() < 0.3) out.push(`\n\\subsection{Part on ${pick(vocabulary)}}\n`);
    const sentences = 3 + Math.floor(next() * 4);
    for (let s = 0; s < sentences; s++) {
      const length = 10 + Math.floor(next() * 15);
      const sentence: string[] = [];
      for (let w = 0; w < length; w++) {
        const roll = next();
        if (roll < 0.02) sentence.push(`\\emph{${pick(vocabulary)}}`);
        else if (roll < 0.035) sentence.push(`$x_{${w}}^2$`);
        else if (roll < 0.04) sentence.push(`\\ref{sec:s${section}}`);
        else sentence.push(pick(vocabulary));
      }
      written += length;
      const cite = next() < 0.3 ? `~\\cite{${pick(keys)},${pick(keys)}}` : next() < 0.1 ? `~\\citep[p.~${s + 1}]{${pick(keys)}}` : '';
      out.push(`${sentence.join(' ')}${cite}.${next() < 0.5 ? '\n' : ' '}`);
    }
    const roll = next();
    if (roll < 0.08) out.push('\n% TODO: tighten this paragraph before submission.\n');
    else if (roll < 0.14) out.push('\n\\begin{equation}\n  \\mathcal{L} = -\\sum_i \\log p(x_i \\mid x_{<i})\n  \\label{eq:l}\n\\end{equation}\n');
    else if (roll < 0.17) out.push('\n\\begin{figure}[t]\n\\centering\n\\includegraphics[width=\\linewidth]{fig.pdf}\n\\caption{Results of the model across sites.}\n\\end{figure}\n');
    else if (roll < 0.2) out.push('\n\\begin{itemize}\n  \\item first point about pretraining;\n  \\item second point about alignment.\n\\end{itemize}\n');
    out.push('\n');
  }
  out.push('\\bibliographystyle{IEEEtran}\n\\bibliography{references}\n\\end{document}\n');
  return out.join('');
}

const noIncludes = { readText: () => Promise.resolve(undefined) };

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Median wall time and median CPU time of the process (less sensitive to a busy machine) over the runs. */
interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Times `task` after warm-up. With `--expose-gc` the heap is collected once first, so a side does not pay for the
 * garbage the other left (latex-utensils leaves a lot); the collections its own runs cause are counted. (Collecting
 * before every run would be unfair the other way: V8 then shrinks the young generation, and every run pays for
 * growing it again.)
 */
async function measure(runs: number, task: () => unknown): Promise<Timing> {
  collectGarbage?.();
  for (let i = 0; i < 3; i++) await task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await task();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: middle(wall), cpuMs: middle(cpu) };
}

const round = (value: number) => Math.round(value * 100) / 100;

interface DetailedRow extends BenchRow {
  readonly oursCpuMs: number;
  readonly baselineCpuMs: number;
}

async function benchRows(sizes: readonly number[]): Promise<DetailedRow[]> {
  const rows: DetailedRow[] = [];
  for (const size of sizes) {
    const text = generateLatexDraft(size);
    const runs = size >= 200_000 ? 9 : 15;
    const ours = await measure(runs, () => readDraft('/bench/main.tex', text, noIncludes));
    const baseline = await measure(size >= 200_000 ? 5 : runs, () => latexParser.parse(text));
    rows.push({
      case: 'latex read',
      size,
      oursMs: round(ours.wallMs),
      baselineMs: round(baseline.wallMs),
      ratio: round(baseline.wallMs / ours.wallMs),
      oursCpuMs: round(ours.cpuMs),
      baselineCpuMs: round(baseline.cpuMs),
    });
  }
  return rows;
}

/** One row per size: median wall time of several runs after warm-up, ours against latex-utensils. */
export async function runLatexBench(sizes: readonly number[] = [2_000, 20_000, 200_000]): Promise<BenchRow[]> {
  return (await benchRows(sizes)).map(({ case: name, size, oursMs, baselineMs, ratio }) => ({ case: name, size, oursMs, baselineMs, ratio }));
}

/** Heap held by the Draft of a `words`-word draft (after GC), in MB; undefined without `--expose-gc`. */
export async function measureDraftMemory(words = 200_000): Promise<number | undefined> {
  const gc = collectGarbage;
  if (!gc) return undefined;
  const text = generateLatexDraft(words);
  gc();
  const before = process.memoryUsage().heapUsed;
  const draft: Draft = await readDraft('/bench/main.tex', text, noIncludes);
  gc();
  const after = process.memoryUsage().heapUsed;
  if (draft.prose.length === 0) throw new Error('the benchmark draft has no prose');
  return round((after - before) / (1024 * 1024));
}

async function main(): Promise<void> {
  console.table(await benchRows([2_000, 20_000, 200_000]));
  const memory = await measureDraftMemory();
  console.log(memory === undefined ? 'memory: run with node --expose-gc to measure' : `Draft of 200k words holds ${memory} MB of heap (text included)`);
}

if (process.argv[1]?.endsWith('latexBench.ts')) void main();
