/**
 * Bibliography benchmarks on generated Zotero-like `.bib` files: our one-pass index against citation-js's full parse,
 * completion latency against a naive filter, and lazy IEEE formatting against citation-js's CSL formatting.
 * Run: `node --import tsx bench/bibBench.ts`
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { bibField, type BibEntry, type BibIndex } from '../src/core/bibliography/bibIndex';
import { bibScanStepCharacters, scanBibtex, scanBibtexInSteps } from '../src/core/bibliography/bibScanner';
import { completeCitations, prepareCitationSearch, prepareCitationSearchInSteps } from '../src/core/bibliography/citationCompletion';
import { formatReference } from '../src/core/bibliography/formatReference';
import { catalogEntries } from '../src/core/catalog/catalog';
import { runSteps } from '../src/core/util/steps';
import { TaskBudget, taskBudgetMs } from '../src/vscode/taskBudget';
import { benchRow as row, median, medianMs, percentile, runIfDirect, timeMs, type BenchRow } from './benchRow';
import { generateBibtex, seededRandom } from './generateBib';

/** What a plain implementation would do per keystroke: lower-case and filter every entry, sort, cut. */
function naiveCompletion(index: BibIndex, prefix: string): BibEntry[] {
  const query = prefix.toLowerCase();
  return index.entries
    .filter((e) => [e.key, bibField(e, 'author') ?? '', bibField(e, 'title') ?? '', bibField(e, 'year') ?? ''].some((v) => v.toLowerCase().includes(query)))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, 100);
}

/** Prefixes a user might type: starts of keys, author family names, title words and years. */
function randomPrefixes(index: BibIndex, count: number): string[] {
  const random = seededRandom(11);
  const prefixes: string[] = [];
  while (prefixes.length < count) {
    const entry = index.entries[Math.floor(random() * index.entries.length)];
    const source = [entry.key, (bibField(entry, 'author') ?? '').split(',')[0], ...(bibField(entry, 'title') ?? '').split(/\W+/), bibField(entry, 'year') ?? ''][Math.floor(random() * 4)] ?? entry.key;
    const word = source.replace(/[^A-Za-z0-9]/g, '');
    if (word.length > 0) prefixes.push(word.slice(0, 1 + Math.floor(random() * Math.min(6, word.length))));
  }
  return prefixes;
}

/**
 * A .bib (re)loaded in the editor (opened, or typed in): the scan and the build of its completion search, in steps
 * under the editor's TaskBudget as src/vscode/bibliographyWorkspace.ts runs them, against both in one task each (how
 * they ran before). The figure is the longest synchronous task, median over runs.
 */
async function reloadRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of [10_000, 50_000]) {
    const text = generateBibtex(size);
    const runs = size >= 50_000 ? 3 : 7;
    const stepped: number[] = [];
    const oneGo: number[] = [];
    for (let run = 0; run < runs; run++) {
      const budget = new TaskBudget(taskBudgetMs, () => true);
      const index = await runSteps(scanBibtexInSteps('bench.bib', text, bibScanStepCharacters), budget.pause);
      await budget.pause();
      await runSteps(prepareCitationSearchInSteps(index), budget.pause);
      stepped.push(budget.timing().longestTaskMs);
      const scanMs = timeMs(() => scanBibtex('bench.bib', text));
      const fresh = scanBibtex('bench.bib', text);
      oneGo.push(Math.max(scanMs, timeMs(() => prepareCitationSearch([fresh], []))));
    }
    rows.push(row('.bib (re)load in the editor, scan + search build: longest synchronous task', size, median(stepped), median(oneGo), { targetMs: 50, note: 'baseline: scan, then search build, each in one task' }));
  }
  return rows;
}

export async function runBibBench(): Promise<BenchRow[]> {
  // First, while the heap holds only this group's own data: the citation-js parses below leave hundreds of
  // megabytes behind, and a collection of that heap (up to ~140 ms under --trace-gc) would land in whichever of our
  // steps allocates next, which says more about the benchmark than about an extension host.
  const rows: BenchRow[] = await reloadRows();
  for (const size of [1_000, 9_000, 10_000, 50_000]) {
    const text = generateBibtex(size);
    const ours = scanBibtex('bench.bib', text);
    const cite = new Cite(text);
    if (ours.entries.length !== size || cite.data.length !== size) throw new Error(`entry counts differ: ours ${ours.entries.length}, citation-js ${cite.data.length}, expected ${size}`);
    const oursMs = medianMs(() => scanBibtex('bench.bib', text), size >= 50_000 ? 3 : 7);
    const baselineMs = medianMs(() => new Cite(text), size >= 50_000 ? 1 : 3);
    const targetMs = size === 9_000 ? 150 : undefined;
    rows.push(row(`index .bib (${(text.length / 1e6).toFixed(1)} MB) vs new Cite(text)`, size, oursMs, baselineMs, { targetMs }));
  }

  const source = generateBibtex(10_000);
  const index = scanBibtex('bench.bib', source);
  const buildMs = timeMs(() => completeCitations('', [index], catalogEntries));
  const prefixes = randomPrefixes(index, 500);
  const ours = prefixes.map((prefix) => timeMs(() => completeCitations(prefix, [index], catalogEntries)));
  const naive = prefixes.map((prefix) => timeMs(() => naiveCompletion(index, prefix)));
  const note = 'baseline: lower-case, filter, sort every entry per request';
  rows.push(row('completion p95 per request (500 random prefixes)', 10_000, percentile(ours, 0.95), percentile(naive, 0.95), { targetMs: 10, note }));
  rows.push(row('completion p50 per request', 10_000, median(ours), median(naive), { note }));
  rows.push(row('completion search index build, first request only (baseline: scan)', 10_000, buildMs, timeMs(() => scanBibtex('bench.bib', source))));

  const sample = index.entries.slice(0, 200);
  const oursFormat = timeMs(() => sample.forEach((entry) => formatReference(entry))) / sample.length;
  const citeFormat =
    timeMs(() =>
      sample.forEach((entry) => {
        new Cite(source.slice(entry.start, entry.end)).format('bibliography', { template: 'vancouver' });
      }),
    ) / sample.length;
  rows.push(row('formatReference per entry (IEEE, lazy) vs citation-js format (vancouver)', sample.length, oursFormat, citeFormat));
  return Promise.resolve(rows);
}

runIfDirect('bibBench.ts', runBibBench);
