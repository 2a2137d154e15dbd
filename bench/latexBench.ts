/**
 * LaTeX reader benchmark: our full read of a draft (`readDraft`: scan, prose runs, fields, citations, locations)
 * against latex-utensils' `latexParser.parse` (a full AST, the usual way extensions read LaTeX), same input, same run.
 * Run: `node --expose-gc --import tsx bench/latexBench.ts` (without --expose-gc the memory row is skipped).
 */
import { latexParser } from 'latex-utensils';
import { readDraft } from '../src/core/draft/readDraft';
import { benchRow, benchTable, isRunDirectly, lcg, median, memoryTable, ratioOf, retainedMB, type BenchRow, type MemoryRow } from './benchRow';

const vocabulary = (
  'foundation model pretrained large corpus clinical notes chest radiographs electronic health records multimodal ' +
  'alignment contrastive objective downstream tasks segmentation classification retrieval patients cohort hospital ' +
  'transformer encoder decoder attention tokens images labels supervised baseline evaluation accuracy fairness the of ' +
  'and with for on in to a is we our that this which across from by as'
).split(' ');
const keys = ['tiu2022chexzero', 'ma2024medsam', 'zhou2023retfound', 'yang2022gatortron', 'li2020behrt', 'lin2023esm2'];

/** A deterministic IEEEtran-style draft of about `words` words: sections, citations, math, comments, environments. */
export function generateLatexDraft(words: number, seed = 7): string {
  const next = lcg(seed);
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

export const noIncludes = { readText: () => Promise.resolve(undefined) };

/**
 * The generated draft split the way long papers are: `/bench/project/main.tex` keeps the preamble, front matter and
 * bibliography and `\input`s `files` section files (`sections/partNN.tex`) that share its sections out evenly.
 */
export function generateLatexProject(words: number, files: number): Map<string, string> {
  const text = generateLatexDraft(words);
  const sectionStarts: number[] = [];
  for (let at = text.indexOf('\n\\section{'); at !== -1; at = text.indexOf('\n\\section{', at + 1)) sectionStarts.push(at);
  const end = text.indexOf('\\bibliographystyle');
  const project = new Map<string, string>();
  const inputs: string[] = [];
  for (let part = 0; part < files; part++) {
    const from = sectionStarts[Math.floor((part * sectionStarts.length) / files)];
    const to = part + 1 < files ? sectionStarts[Math.floor(((part + 1) * sectionStarts.length) / files)] : end;
    const name = `sections/part${String(part + 1).padStart(2, '0')}`;
    project.set(`/bench/project/${name}.tex`, text.slice(from, to));
    inputs.push(`\\input{${name}}\n`);
  }
  project.set('/bench/project/main.tex', text.slice(0, sectionStarts[0]) + '\n' + inputs.join('') + text.slice(end));
  return project;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Median wall time and median CPU time of the process (less sensitive to a busy machine) over the runs. */
interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

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
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** One row per size: median wall time of several runs after warm-up, ours against latex-utensils (CPU time in the note). */
export async function runLatexBench(sizes: readonly number[] = [2_000, 20_000, 200_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const text = generateLatexDraft(size);
    const runs = size >= 200_000 ? 9 : 15;
    const ours = await measure(runs, () => readDraft('/bench/main.tex', text, noIncludes));
    const baseline = await measure(size >= 200_000 ? 5 : runs, () => latexParser.parse(text));
    const note = `CPU ms: ours ${round(ours.cpuMs)}, baseline ${round(baseline.cpuMs)}`;
    rows.push(benchRow('latex read: readDraft vs latex-utensils parse', size, ours.wallMs, baseline.wallMs, { note }));
  }
  return rows;
}

/**
 * The Draft of a 200k-word LaTeX draft against latex-utensils' AST of the same text (the text itself is allocated
 * before either is measured, so neither counts it). Undefined without `--expose-gc`.
 */
export async function runLatexMemoryBench(words = 200_000): Promise<MemoryRow | undefined> {
  if (!collectGarbage) return undefined;
  const text = generateLatexDraft(words);
  const ours = await retainedMB(async () => {
    const draft = await readDraft('/bench/main.tex', text, noIncludes);
    if (draft.prose.length === 0) throw new Error('the benchmark draft has no prose');
    return draft;
  });
  const baseline = await retainedMB(() => Promise.resolve(latexParser.parse(text)));
  return { case: 'LaTeX Draft model vs latex-utensils AST', size: words, oursMB: ours, baselineMB: baseline, ratio: ratioOf(baseline, ours), targetMB: 50, note: 'heap kept after GC; the input text not counted' };
}

async function main(): Promise<void> {
  console.log(benchTable(await runLatexBench()));
  const memory = await runLatexMemoryBench();
  console.log(memory === undefined ? 'memory: run with node --expose-gc to measure' : memoryTable([memory]));
}

if (isRunDirectly('latexBench.ts')) void main();
