import * as vscode from 'vscode';
import { analyzeDraft, type DraftAnalysis } from '../core/analysis/draftAnalysis';
import type { ReferenceLookup } from '../core/citations/citationFindings';
import type { DraftHost } from '../core/draft/draftHost';
import type { Draft } from '../core/draft/draftModel';
import { readDraft } from '../core/draft/readDraft';
import { LatexScanCache } from '../core/latex/latexScanCache';
import { runSteps } from '../core/util/steps';
import { IncrementalMarkdownReader } from '../core/markdown/incrementalMarkdown';
import type { Venue } from '../core/venue/venue';
import { nextTask, TaskBudget, taskBudgetMs, WorkOvertaken, type TaskTiming } from './taskBudget';
import type { Log } from './outputLog';
import { readSettings } from './settingsReader';
import { workspaceDraftHost } from './workspaceDraftHost';

/** The services analysis needs from the rest of the extension. */
export interface DraftAnalyzerServices {
  readonly log: Log;
  venue(): Venue;
  references(draft: Draft): Promise<ReferenceLookup>;
  /** Workspace .tex files, so a file without `\documentclass` can find the root that includes it. */
  latexCandidates(): Promise<string[]>;
}

export function isDraftDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'latex' || document.languageId === 'markdown';
}

/** One analysis run and what it cost the host; `overtaken` runs were stopped by a newer edit. */
export interface AnalysisRun extends TaskTiming {
  readonly outcome: 'finished' | 'overtaken' | 'failed';
}

/**
 * Keeps an up-to-date analysis of every open draft: debounced as the user types, stale runs dropped, Markdown
 * re-read incrementally. Fires `onDidAnalyze` with each new result (diagnostics, lenses and views follow it).
 */
export class DraftAnalyzer implements vscode.Disposable {
  private readonly results = new Map<string, DraftAnalysis>();
  private readonly markdownReaders = new Map<string, IncrementalMarkdownReader>();
  /** The first read of a Markdown draft while it runs: in steps, so a long draft does not block the host for seconds. */
  private readonly firstReads = new Map<string, Promise<Draft>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  /** Per draft, its latest analysis runs (finished or not) with what each cost the host, newest last. */
  private readonly runs = new Map<string, AnalysisRun[]>();
  /** Per LaTeX draft: its project's file scans, so an edit re-scans only the edited file. */
  private readonly latexScans = new Map<string, LatexScanCache>();
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; analysis: DraftAnalysis }>();
  private readonly host = workspaceDraftHost();
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly services: DraftAnalyzerServices) {}

  /** The latest analysis runs of an open draft (at most 32), with what each cost the host (see TaskBudget). */
  recentRuns(uri: vscode.Uri): readonly AnalysisRun[] {
    return this.runs.get(uri.toString()) ?? [];
  }

  /** The latest analysis of an open draft, if any. */
  get(uri: vscode.Uri): DraftAnalysis | undefined {
    return this.results.get(uri.toString());
  }

  /** Analyse after the configured delay; a newer edit restarts the wait. */
  schedule(document: vscode.TextDocument): void {
    if (!isDraftDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = readSettings(document.uri)['biofm.diagnostics.delay'];
    this.timers.set(key, setTimeout(() => void this.analyze(document), delay));
  }

  /** Analyse now and return the result (undefined when a newer request overtook this one). */
  async analyze(document: vscode.TextDocument): Promise<DraftAnalysis | undefined> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    // Between steps of a long read, and before the checks, the host may answer the user; a newer edit cancels this run.
    const budget = new TaskBudget(taskBudgetMs, () => this.generations.get(key) === generation && !document.isClosed);
    let outcome: AnalysisRun['outcome'] = 'failed';
    try {
      const draft = await this.read(document, budget);
      const references = await budget.wait(this.services.references(draft));
      await budget.pause();
      const analysis = analyzeDraft(draft, { venue: this.services.venue(), settings: readSettings(document.uri), references });
      this.results.set(key, analysis);
      outcome = 'finished';
      this.emitter.fire({ uri: document.uri, analysis });
      return analysis;
    } catch (error) {
      if (error instanceof WorkOvertaken) {
        outcome = 'overtaken';
        return undefined;
      }
      this.services.log.error(`Could not analyse ${document.uri.toString()}`, error);
      return undefined;
    } finally {
      this.recordRun(key, { ...budget.timing(), outcome });
    }
  }

  private recordRun(key: string, run: AnalysisRun): void {
    // A run that ends after its draft was closed (forgotten) leaves no record.
    if (!this.generations.has(key)) return;
    const runs = this.runs.get(key) ?? [];
    runs.push(run);
    if (runs.length > 32) runs.shift();
    this.runs.set(key, runs);
  }

  /** Re-analyse every open draft (after a setting, venue or bibliography change). */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.runs.delete(key);
    this.latexScans.delete(key);
    this.markdownReaders.delete(key);
    this.firstReads.delete(key);
    this.generations.delete(key);
  }

  private async read(document: vscode.TextDocument, budget: TaskBudget): Promise<Draft> {
    const key = document.uri.toString();
    if (document.languageId === 'markdown') {
      let reader = this.markdownReaders.get(key);
      if (!reader) {
        reader = new IncrementalMarkdownReader(key);
        this.markdownReaders.set(key, reader);
        this.firstReads.set(key, readInSteps(reader, document.getText()));
      }
      // Later requests wait for the first read, then go on incrementally from it.
      const firstRead = this.firstReads.get(key);
      if (firstRead) {
        await budget.wait(firstRead);
        if (this.firstReads.get(key) === firstRead) this.firstReads.delete(key);
      }
      return runSteps(reader.updateSteps(document.getText(), markdownStepCharacters), budget.pause);
    }
    const candidates = await budget.wait(this.services.latexCandidates());
    let scanCache = this.latexScans.get(key);
    if (!scanCache) this.latexScans.set(key, (scanCache = new LatexScanCache()));
    const host: DraftHost = { readText: (path) => budget.wait(this.host.readText(path)) };
    return readDraft(key, document.getText(), host, { candidates, pause: budget.pause, scanCache });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.emitter.dispose();
  }
}

/**
 * Parts of about 8k characters take ~5-20 ms each to parse: the host answers other requests (completion, hovers,
 * typing) between them; the whole read costs about 1.5 times one full parse (`npm run bench`: 2.1 s in steps, the
 * longest 18 ms, against 1.4 s in one task for 200k words).
 */
function readInSteps(reader: IncrementalMarkdownReader, text: string): Promise<Draft> {
  return runSteps(reader.updateInSteps(text, markdownStepCharacters), nextTask);
}

/** The size of a step of a Markdown read that has to parse the whole draft. */
const markdownStepCharacters = 8_192;

