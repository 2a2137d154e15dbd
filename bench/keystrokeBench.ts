/**
 * Keystroke responsiveness: the work the editor does after the user types one character (once the debounce of
 * `biofm.diagnostics.delay` has passed), as src/vscode/draftAnalyzer.ts does it, with the same pause between
 * synchronous tasks (src/vscode/taskBudget.ts, 10 ms budget):
 * - Markdown: `IncrementalMarkdownReader.updateSteps(text)` (incremental; a whole re-read in steps), a pause, then
 *   `analyzeDraft` (topic fit, citation checks, problems);
 * - LaTeX: `readDraft` (the whole project, scanned in steps with pauses), a pause, then `analyzeDraft`.
 * Two figures per edit: the time until the analysis is ready (wall clock, pauses included), and the longest
 * synchronous task, which is how long the extension host could not answer the user (the product target: no task over
 * 50 ms on a 200k-word draft).
 * Baselines, measured in the same run on the same edits (the first two read in one task):
 * - Markdown: a full read (`parseMarkdownDraft`) + `analyzeDraft`, i.e. the same checks without the incremental reader;
 * - LaTeX: latex-utensils' full AST (`latexParser.parse`, how extensions usually read LaTeX) + the same `analyzeDraft`;
 * - LaTeX project of 20 files, edited in one: the same stepped read without the kept scans of unchanged files.
 * Not counted: VS Code's `document.getText()` and publishing diagnostics (the editor's own work).
 * Run: `node --import tsx bench/keystrokeBench.ts`
 */
import { latexParser } from 'latex-utensils';
import { analyzeDraft, type DraftAnalysisContext } from '../src/core/analysis/draftAnalysis';
import { scanBibtex } from '../src/core/bibliography/bibScanner';
import { referenceLookupOf } from '../src/core/bibliography/referenceLookup';
import { findByKey } from '../src/core/catalog/catalog';
import { bibtexForEntry } from '../src/core/catalog/entryBibtex';
import type { Draft } from '../src/core/draft/draftModel';
import type { DraftHost } from '../src/core/draft/draftHost';
import { readDraft } from '../src/core/draft/readDraft';
import { LatexScanCache } from '../src/core/latex/latexScanCache';
import { runSteps } from '../src/core/util/steps';
import { IncrementalMarkdownReader } from '../src/core/markdown/incrementalMarkdown';
import { parseMarkdownDraft } from '../src/core/markdown/parseMarkdownDraft';
import { defaultSettings } from '../src/core/settings/settingsSchema';
import { assessTopicFit } from '../src/core/topics/assessTopicFit';
import { resolveVenue } from '../src/core/venue/resolveVenue';
import { TaskBudget, taskBudgetMs } from '../src/vscode/taskBudget';
import { benchRow, median, medianMs, percentile, runIfDirect, timeMs, type BenchRow } from './benchRow';
import { generateBibtex } from './generateBib';
import { generateLatexDraft, generateLatexProject, noIncludes } from './latexBench';
import { generateMarkdownDraft } from './markdownBench';

/** The catalog models the generated drafts cite. */
export const generatedDraftKeys = [
  'tiu2022chexzero',
  'ma2024medsam',
  'zhou2023retfound',
  'yang2022gatortron',
  'li2020behrt',
  'lin2023esm2',
  'cui2024scgpt',
  'theodoris2023geneformer',
  'yang2022scbert',
  'hao2024scfoundation',
];

/** A bibliography for the generated drafts: their cited papers (from the catalog) and `extra` made-up entries. */
export function generatedDraftBibliography(extra = 1_000): string {
  const cited = generatedDraftKeys.map((key) => {
    const entry = findByKey(key);
    if (!entry) throw new Error(`${key} is not in the catalog`);
    return bibtexForEntry(entry);
  });
  return `${cited.join('\n')}\n${generateBibtex(extra)}`;
}

/** Where the n-th edit goes: deterministic, spread over the whole text. */
function editPositions(length: number, count: number): number[] {
  let state = 3;
  return Array.from({ length: count }, () => (state = (state * 1103515245 + 12345) % 2147483648) % length);
}

const insertAt = (text: string, at: number) => text.slice(0, at) + 'x' + text.slice(at);

interface Samples {
  /** Per edit: ms from the edit to the finished analysis, pauses included. */
  readonly total: number[];
  /** Per edit: ms until the draft was read. */
  readonly read: number[];
  /** Per edit: the longest synchronous task, in ms. */
  readonly longestTask: number[];
  /** Per edit: the synchronous tasks' total, in ms (the host's time spent on the analysis; the rest is pauses). */
  readonly busy: number[];
}

type Reader = (text: string, pause: () => Promise<void>) => Draft | Promise<Draft>;

/**
 * Times read + pause + analyze for each edit, as the editor runs them, with the editor's TaskBudget; `after` runs
 * untimed after each (to undo the edit).
 */
async function timeEdits(edits: readonly string[], read: Reader, context: DraftAnalysisContext, after?: () => void): Promise<Samples> {
  const samples: Samples = { total: [], read: [], longestTask: [], busy: [] };
  for (const edited of edits) {
    const start = performance.now();
    const budget = new TaskBudget(taskBudgetMs, () => true);
    const draft = await read(edited, budget.pause);
    const readEnd = performance.now();
    await budget.pause();
    analyzeDraft(draft, context);
    const timing = budget.timing();
    samples.total.push(performance.now() - start);
    samples.read.push(readEnd - start);
    samples.longestTask.push(timing.longestTaskMs);
    samples.busy.push(timing.busyMs);
    after?.();
  }
  return samples;
}

const fixed = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

/** The first edits warm the code up; they are left out of the figures. */
const warm = (values: readonly number[], skip: number) => values.slice(skip);

/**
 * Two rows: the longest synchronous task over all edits (what the 50 ms target is about), and the median time the
 * host spends on the edit's read and checks (the sum of the tasks; the time to the finished analysis, pauses
 * included, is in the note). `topicFitMs`: assessTopicFit alone on the draft (part of analyze), to show where the time goes.
 */
function keystrokeRows(format: string, size: number, ours: Samples, baseline: Samples, latencyTargetMs: number, topicFitMs: number, baselineName: string): BenchRow[] {
  const tasks = warm(ours.longestTask, 2);
  const baselineTasks = warm(baseline.longestTask, 1);
  const longestRow = benchRow(`keystroke, ${format}: longest synchronous task`, size, Math.max(...tasks), Math.max(...baselineTasks), {
    targetMs: 50,
    note: `max over ${tasks.length} edits; per edit median ${fixed(median(tasks))}, p95 ${fixed(percentile(tasks, 0.95))} ms; baseline: ${baselineName}`,
  });
  const busy = warm(ours.busy, 2);
  const total = warm(ours.total, 2);
  const readMs = median(warm(ours.read, 2));
  const busyMs = median(busy);
  const wall = `edit to finished analysis (pauses included) median ${fixed(median(total))}, p95 ${fixed(percentile(total, 0.95))} ms`;
  const split = `read ${fixed(readMs)} ms; topic fit alone ${fixed(topicFitMs)}`;
  const latencyRow = benchRow(`keystroke, ${format}: read + checks, host busy`, size, busyMs, median(warm(baseline.busy, 1)), {
    targetMs: latencyTargetMs,
    note: `p95 ${fixed(percentile(busy, 0.95))} ms; ${wall}; ${split} (medians); baseline: ${baselineName}`,
  });
  return [longestRow, latencyRow];
}

/** Rows per size and format: median ms from a one-character edit to the finished analysis, with p95 and the split. */
export async function runKeystrokeBench(sizes: readonly number[] = [2_000, 20_000, 200_000]): Promise<BenchRow[]> {
  const bibliography = generatedDraftBibliography();
  const context: DraftAnalysisContext = {
    venue: resolveVenue(''),
    settings: defaultSettings(),
    references: referenceLookupOf([scanBibtex('/bench/references.bib', bibliography)]),
  };
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const runs = size >= 200_000 ? 21 : 41;
    const baselineRuns = size >= 200_000 ? 6 : 11;

    // Markdown: the reader holds the text before the edit; each edit is undone untimed, like markdownBench.
    const markdown = generateMarkdownDraft(size);
    const markdownEdits = editPositions(markdown.length, runs + 2).map((at) => insertAt(markdown, at));
    const reader = new IncrementalMarkdownReader('/bench/paper.md');
    const markdownDraft = reader.update(markdown);
    analyzeDraft(markdownDraft, context);
    const markdownTopicMs = medianMs(() => assessTopicFit(markdownDraft, context.venue), 5, 1);
    const oursMarkdown = await timeEdits(markdownEdits, (text, pause) => runSteps(reader.updateSteps(text, 8_192), pause), context, () => reader.update(markdown));
    const fullMarkdown = await timeEdits(markdownEdits.slice(0, baselineRuns + 1), (text) => parseMarkdownDraft('/bench/paper.md', text), context);
    rows.push(...keystrokeRows('Markdown', size, oursMarkdown, fullMarkdown, 50, markdownTopicMs, 'full parseMarkdownDraft (one task) + analyzeDraft'));

    // LaTeX: every edit is a full read, in steps.
    const latex = generateLatexDraft(size);
    const latexEdits = editPositions(latex.length, runs + 2).map((at) => insertAt(latex, at));
    const oursLatex = await timeEdits(latexEdits, (text, pause) => readDraft('/bench/main.tex', text, noIncludes, { pause }), context);
    const draft = await readDraft('/bench/main.tex', latex, noIncludes);
    const latexTopicMs = medianMs(() => assessTopicFit(draft, context.venue), 5, 1);
    const astLatex = await timeEdits(
      latexEdits.slice(0, baselineRuns + 1),
      (text) => {
        if (latexParser.parse(text).content.length === 0) throw new Error('latex-utensils read nothing');
        return draft;
      },
      context,
    );
    rows.push(...keystrokeRows('LaTeX', size, oursLatex, astLatex, size >= 200_000 ? 30 : 50, latexTopicMs, 'latex-utensils parse (one task) + analyzeDraft'));
    if (size >= 20_000) rows.push(...(await projectRows(size, runs, baselineRuns, context)));
    if (size >= 200_000) rows.push(await definitionEditRow(markdown, size, context));
  }
  return rows;
}

/**
 * A Markdown edit that adds a link definition, which changes what every `[label]` reads as, so the whole draft is
 * read again: in steps under the task budget as the editor reads it (`updateSteps`), against `update`, which reads
 * it in one task. The figure is the longest synchronous task; the note has the time to the finished analysis.
 */
async function definitionEditRow(markdown: string, size: number, context: DraftAnalysisContext): Promise<BenchRow> {
  const defined = `${markdown}\n\n[x]: https://example.org\n`;
  const reader = new IncrementalMarkdownReader('/bench/paper.md');
  const longest: number[] = [];
  const totals: number[] = [];
  const oneGo: number[] = [];
  for (let run = 0; run < 3; run++) {
    reader.update(markdown);
    const start = performance.now();
    const budget = new TaskBudget(taskBudgetMs, () => true);
    const draft = await runSteps(reader.updateSteps(defined, 8_192), budget.pause);
    await budget.pause();
    analyzeDraft(draft, context);
    longest.push(budget.timing().longestTaskMs);
    totals.push(performance.now() - start);
    reader.update(markdown);
    oneGo.push(timeMs(() => analyzeDraft(reader.update(defined), context)));
  }
  return benchRow('keystroke, Markdown: edit that adds a link definition (whole draft re-read), longest synchronous task', size, median(longest), median(oneGo), {
    targetMs: 50,
    note: `median of 3; edit to finished analysis ${fixed(median(totals))} ms in steps; baseline: update() + analyzeDraft in one task`,
  });
}

/**
 * The same draft as a project of 20 files, typed into in one section file (whose root is found among the candidates,
 * as the editor finds it): the editor keeps the project's scans, so only the edited file is scanned again. Baseline:
 * the same read without kept scans, every file scanned on every edit.
 */
async function projectRows(size: number, runs: number, baselineRuns: number, context: DraftAnalysisContext): Promise<BenchRow[]> {
  const project = generateLatexProject(size, 20);
  const host: DraftHost = { readText: (path) => Promise.resolve(project.get(path)) };
  const edited = '/bench/project/sections/part07.tex';
  const original = project.get(edited) ?? '';
  const edits = editPositions(original.length, runs + 2).map((at) => insertAt(original, at));
  const candidates = ['/bench/project/main.tex'];
  const scanCache = new LatexScanCache();
  await readDraft(edited, original, host, { candidates, scanCache });
  const ours = await timeEdits(edits, (text, pause) => readDraft(edited, text, host, { candidates, pause, scanCache }), context);
  const uncached = await timeEdits(edits.slice(0, baselineRuns + 1), (text, pause) => readDraft(edited, text, host, { candidates, pause }), context);
  const draft = await readDraft(edited, original, host, { candidates });
  if (draft.files.length !== 21) throw new Error(`the project read ${draft.files.length} files, not 21`);
  const topicMs = medianMs(() => assessTopicFit(draft, context.venue), 5, 1);
  return keystrokeRows('LaTeX, 20-file project, edit in one file', size, ours, uncached, size >= 200_000 ? 30 : 50, topicMs, 'the same stepped read without kept scans (every file scanned again) + analyzeDraft');
}

runIfDirect('keystrokeBench.ts', runKeystrokeBench);
