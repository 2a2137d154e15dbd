/**
 * Markdown reader benchmark. Baseline: a full unified + remark-parse + remark-gfm + remark-math parse of the draft
 * (what re-reading on every keystroke would cost). Ours: `IncrementalMarkdownReader.update` after a one-character
 * edit at a random place, and, for reference, our full read (`parseMarkdownDraft`: parse plus the draft model).
 * Run: `node --import tsx bench/markdownBench.ts`
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { IncrementalMarkdownReader } from '../src/core/markdown/incrementalMarkdown';
import { parseMarkdownDraft } from '../src/core/markdown/parseMarkdownDraft';
import { benchRow, benchTable, isRunDirectly, lcg, median, medianMs, memoryTable, ratioOf, retainedMB, type BenchRow, type MemoryRow } from './benchRow';

const vocabulary = (
  'foundation model pretrained single-cell transcriptomes chromatin accessibility genomic sequence protein language ' +
  'alignment contrastive objective downstream tasks annotation perturbation retrieval cells donors tissues atlas ' +
  'transformer encoder decoder attention tokens genes peaks supervised baseline evaluation accuracy the of and with ' +
  'for on in to a is we our that this which across from by as'
).split(' ');
const keys = ['cui2024scgpt', 'theodoris2023geneformer', 'lin2023esm2', 'yang2022scbert', 'hao2024scfoundation'];

/** A deterministic pandoc draft of about `words` words: front matter, sections, citations, lists, math, code, tables. */
export function generateMarkdownDraft(words: number, seed = 11): string {
  const next = lcg(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const out: string[] = [
    '---\ntitle: "A Multi-Modal Single-Cell Foundation Model"\nabstract: |\n  We align expression and chromatin views.\n',
    'keywords: [single-cell, foundation model]\ntopics: [6, 9]\nbibliography: references.bib\n---\n\n',
  ];
  let written = 0;
  let section = 0;
  while (written < words) {
    if (written % 2000 < 60 || section === 0) out.push(`# Section ${++section} on ${pick(vocabulary)}\n\n`);
    else if (next() < 0.2) out.push(`## Part on ${pick(vocabulary)} ${pick(vocabulary)}\n\n`);
    const sentences = 3 + Math.floor(next() * 4);
    const paragraph: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const length = 10 + Math.floor(next() * 15);
      const sentence: string[] = [];
      for (let w = 0; w < length; w++) {
        const roll = next();
        if (roll < 0.02) sentence.push(`*${pick(vocabulary)}*`);
        else if (roll < 0.03) sentence.push(`**${pick(vocabulary)}**`);
        else if (roll < 0.045) sentence.push(`$x_{${w}}^2$`);
        else if (roll < 0.05) sentence.push('`code`');
        else if (roll < 0.055) sentence.push(`@${pick(keys)}`);
        else sentence.push(pick(vocabulary));
      }
      written += length;
      const cite = next() < 0.3 ? ` [@${pick(keys)}; @${pick(keys)}]` : next() < 0.1 ? ` [see @${pick(keys)}, p. ${s + 1}]` : '';
      paragraph.push(`${sentence.join(' ')}${cite}.${next() < 0.5 ? '\n' : ' '}`);
    }
    out.push(paragraph.join('').trimEnd(), '\n\n');
    const roll = next();
    if (roll < 0.05) out.push('<!-- TODO: tighten this paragraph before submission. -->\n\n');
    else if (roll < 0.1) out.push('$$\n\\mathcal{L} = -\\sum_i \\log p(x_i \\mid x_{<i})\n$$\n\n');
    else if (roll < 0.13) out.push('```python\nloss = model(batch)\nloss.backward()\n```\n\n');
    else if (roll < 0.17) out.push('- first point about pretraining [@cui2024scgpt];\n- second point about alignment.\n\n');
    else if (roll < 0.19) out.push('| Model | F1 |\n|---|---|\n| ours | 0.87 |\n\n');
    else if (roll < 0.21) out.push('> A quoted remark about cells\n> and genes.\n\n');
  }
  return out.join('');
}

const baseline = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

/** Median time of `update` after inserting one character at a random place; each edit is undone untimed. */
function medianEdit(reader: IncrementalMarkdownReader, text: string, runs: number): number {
  let state = 3;
  const times: number[] = [];
  for (let i = -2; i < runs; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const at = state % text.length;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const start = performance.now();
    reader.update(edited);
    const elapsed = performance.now() - start;
    reader.update(text);
    if (i >= 0) times.push(elapsed);
  }
  return median(times);
}

/** Rows per size: incremental update after a one-character edit, and our full read, each against a full remark parse. */
export function runMarkdownBench(sizes: readonly number[] = [2_000, 20_000, 200_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const text = generateMarkdownDraft(size);
    const runs = size >= 200_000 ? 7 : 15;
    const baselineMs = medianMs(() => baseline.parse(text), runs, 2);

    const reader = new IncrementalMarkdownReader('/bench/paper.md');
    reader.update(text);
    const incrementalMs = medianEdit(reader, text, 41);
    const fullMs = medianMs(() => parseMarkdownDraft('/bench/paper.md', text), runs, 2);
    const note = 'baseline: unified + remark-parse/gfm/math full parse';
    rows.push(benchRow('markdown incremental update (1-char edit)', size, incrementalMs, baselineMs, { note }));
    rows.push(benchRow('markdown full read (parseMarkdownDraft)', size, fullMs, baselineMs, { note }));
    if (size >= 20_000) rows.push(steppedFirstReadRow(text, size, baselineMs));
  }
  return Promise.resolve(rows);
}

/**
 * The editor's first read of a long draft, in steps of 8k characters (as src/vscode/draftAnalyzer.ts reads) with a pause between them: the longest step is
 * what blocks the extension host (target: no synchronous task over 50 ms); the total is compared with one full parse.
 */
function steppedFirstReadRow(text: string, size: number, baselineMs: number): BenchRow {
  const steps: number[] = [];
  const started = performance.now();
  const reading = new IncrementalMarkdownReader('/bench/paper.md').updateInSteps(text, 8_192);
  for (let last = started; ; ) {
    const step = reading.next();
    const now = performance.now();
    steps.push(now - last);
    last = now;
    if (step.done) break;
  }
  const totalMs = performance.now() - started;
  const longest = Math.max(...steps);
  const sorted = [...steps].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  return benchRow('markdown first read in 8k steps: longest step', size, longest, baselineMs, {
    targetMs: 50,
    note: `${steps.length} steps, p95 ${p95.toFixed(1)} ms, total ${totalMs.toFixed(0)} ms (one full read blocks for all of it); baseline: full remark parse`,
  });
}

/**
 * What the editor keeps per open 200k-word Markdown draft (the incremental reader: its blocks and the Draft)
 * against remark's mdast of the same text. Needs `node --expose-gc`.
 */
export async function runMarkdownMemoryBench(words = 200_000): Promise<MemoryRow> {
  const text = generateMarkdownDraft(words);
  const ours = await retainedMB(() => {
    const reader = new IncrementalMarkdownReader('/bench/paper.md');
    if (reader.update(text).prose.length === 0) throw new Error('the benchmark draft has no prose');
    return Promise.resolve(reader);
  });
  const tree = await retainedMB(() => Promise.resolve(baseline.parse(text)));
  return { case: 'Markdown incremental reader (blocks + Draft) vs remark mdast', size: words, oursMB: ours, baselineMB: tree, ratio: ratioOf(tree, ours), targetMB: 50, note: 'heap kept after GC; the input text not counted' };
}

async function main(): Promise<void> {
  console.log(benchTable(await runMarkdownBench()));
  if ((globalThis as { gc?: unknown }).gc) console.log(memoryTable([await runMarkdownMemoryBench()]));
}

if (isRunDirectly('markdownBench.ts')) void main();
