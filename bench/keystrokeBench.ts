/**
 * Keystroke responsiveness: the synchronous work the editor does after the user types one character (once the
 * debounce of `biofm.diagnostics.delay` has passed), as src/vscode/draftAnalyzer.ts does it:
 * - Markdown: `IncrementalMarkdownReader.update(text)` then `analyzeDraft` (topic fit, citation checks, problems);
 * - LaTeX: `readDraft` (a full read: LaTeX is not read incrementally) then `analyzeDraft`.
 * Baselines, measured in the same run on the same edits:
 * - Markdown: a full read (`parseMarkdownDraft`) + `analyzeDraft`, i.e. the same checks without the incremental reader;
 * - LaTeX: latex-utensils' full AST (`latexParser.parse`, how extensions usually read LaTeX) + the same `analyzeDraft`.
 * The product target: no synchronous task over 50 ms, and a full analysis of a 200k-word LaTeX draft within 30 ms.
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
import { readDraft } from '../src/core/draft/readDraft';
import { IncrementalMarkdownReader } from '../src/core/markdown/incrementalMarkdown';
import { parseMarkdownDraft } from '../src/core/markdown/parseMarkdownDraft';
import { defaultSettings } from '../src/core/settings/settingsSchema';
import { assessTopicFit } from '../src/core/topics/assessTopicFit';
import { resolveVenue } from '../src/core/venue/resolveVenue';
import { benchRow, median, medianMs, percentile, runIfDirect, type BenchRow } from './benchRow';
import { generateBibtex } from './generateBib';
import { generateLatexDraft, noIncludes } from './latexBench';
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
  readonly total: number[];
  readonly read: number[];
}

/** Times read + analyze for each edit; `after` runs untimed after each (to undo the edit). */
async function timeEdits(edits: readonly string[], read: (text: string) => Draft | Promise<Draft>, context: DraftAnalysisContext, after?: () => void): Promise<Samples> {
  const total: number[] = [];
  const readTimes: number[] = [];
  for (const edited of edits) {
    const start = performance.now();
    const draft = await read(edited);
    const readEnd = performance.now();
    analyzeDraft(draft, context);
    const end = performance.now();
    total.push(end - start);
    readTimes.push(readEnd - start);
    after?.();
  }
  return { total, read: readTimes };
}

const fixed = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

/** `topicFitMs`: assessTopicFit alone on the draft (part of analyze), to show where the time goes. */
function keystrokeRow(name: string, size: number, ours: Samples, baseline: Samples, targetMs: number, topicFitMs: number, baselineName: string): BenchRow {
  const oursMs = median(ours.total.slice(2));
  const readMs = median(ours.read.slice(2));
  const split = `read ${fixed(readMs)} + analyze ${fixed(oursMs - readMs)} ms (medians; topic fit alone ${fixed(topicFitMs)})`;
  const note = `p95 ${fixed(percentile(ours.total.slice(2), 0.95))} ms, max ${fixed(Math.max(...ours.total.slice(2)))}; ${split}; baseline: ${baselineName}`;
  return benchRow(name, size, oursMs, median(baseline.total.slice(1)), { targetMs, note });
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
    const oursMarkdown = await timeEdits(markdownEdits, (text) => reader.update(text), context, () => reader.update(markdown));
    const fullMarkdown = await timeEdits(markdownEdits.slice(0, baselineRuns + 1), (text) => parseMarkdownDraft('/bench/paper.md', text), context);
    rows.push(keystrokeRow('keystroke, Markdown: incremental update + analyzeDraft', size, oursMarkdown, fullMarkdown, 50, markdownTopicMs, 'full parseMarkdownDraft + analyzeDraft'));

    // LaTeX: every edit is a full read.
    const latex = generateLatexDraft(size);
    const latexEdits = editPositions(latex.length, runs + 2).map((at) => insertAt(latex, at));
    const oursLatex = await timeEdits(latexEdits, (text) => readDraft('/bench/main.tex', text, noIncludes), context);
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
    rows.push(keystrokeRow('keystroke, LaTeX: readDraft + analyzeDraft', size, oursLatex, astLatex, size >= 200_000 ? 30 : 50, latexTopicMs, 'latex-utensils parse + analyzeDraft'));
  }
  return rows;
}

runIfDirect('keystrokeBench.ts', runKeystrokeBench);
