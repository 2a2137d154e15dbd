import * as vscode from 'vscode';
import { bibProblemRanges, type BibIndex } from '../core/bibliography/bibIndex';
import { bibScanStepCharacters, scanBibtexInSteps } from '../core/bibliography/bibScanner';
import { readCslJson } from '../core/bibliography/cslJsonReader';
import type { ReferenceLookup } from '../core/citations/citationFindings';
import { prepareCitationSearchInSteps } from '../core/bibliography/citationCompletion';
import { referenceLookupOf } from '../core/bibliography/referenceLookup';
import type { Draft } from '../core/draft/draftModel';
import { LineIndex } from '../core/text/lineIndex';
import { runSteps } from '../core/util/steps';
import { toVscodeRange } from './findingConversion';
import type { Log } from './outputLog';
import { readSettings } from './settingsReader';
import { TaskBudget, taskBudgetMs, WorkOvertaken } from './taskBudget';
import { withEditorLineBreaks } from '../core/text/editorLineBreaks';

/** A bibliography larger than this is not indexed (and the user is told): nothing real comes close. */
const maxBibliographyBytes = 96 * 1024 * 1024;
const maxWorkspaceBibliographies = 50;

/** A scan under way: the version of the file it reads, and its result to come (set as it starts). */
interface ScanRun {
  readonly version: string;
  index: Promise<BibIndex | undefined> | undefined;
}

interface CachedIndex {
  readonly version: string;
  readonly index: BibIndex;
}

/**
 * The user's bibliographies: those the draft names, else the `biofm.citations.bibliographies` setting, else every
 * `.bib` in the workspace. Indexes are kept fresh from open editors and from disk, and their problems (broken
 * entries, duplicate keys) are shown in the bibliography file itself.
 */
export class BibliographyWorkspace implements vscode.Disposable {
  private readonly cache = new Map<string, CachedIndex>();
  /** Scans under way, by file. */
  private readonly scans = new Map<string, ScanRun>();
  private readonly problems = vscode.languages.createDiagnosticCollection('biofm-bib');
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{bib,json}');
    // A change can land while an analysis is reading the file, before its index is cached: a .bib on disk always
    // counts as changed then, or the analysis would publish what the file held a moment ago and nothing would follow.
    // (Any JSON file in the workspace matches the watcher too; those count only when indexed.)
    const invalidate = (uri: vscode.Uri) => {
      const wasIndexed = this.cache.delete(uri.toString());
      if (wasIndexed || uri.path.toLowerCase().endsWith('.bib')) this.emitter.fire(uri);
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(invalidate),
      watcher.onDidCreate((uri) => this.emitter.fire(uri)),
      watcher.onDidDelete((uri) => {
        this.problems.delete(uri);
        invalidate(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => invalidate(event.document.uri)),
    );
  }

  /** The bibliography files that apply to a draft, as URIs. */
  async filesFor(draft: Draft): Promise<vscode.Uri[]> {
    const chosen = this.chosenFilesFor(draft);
    if (chosen.length > 0) return chosen;
    return vscode.workspace.findFiles('**/*.bib', '**/node_modules/**', maxWorkspaceBibliographies);
  }

  /**
   * The bibliography files chosen for a draft: those it names, else those of `biofm.citations.bibliographies`;
   * empty when only the workspace-wide fallback applies. Only these may receive new entries: a `.bib` found
   * somewhere in the workspace is read for completion, but writing into it would leave the draft citing a key from
   * a file it does not use.
   */
  chosenFilesFor(draft: Draft): vscode.Uri[] {
    const named = draft.bibliographies.flatMap((b) => (b.resolved ? [vscode.Uri.parse(b.resolved)] : []));
    if (named.length > 0) return named;
    const folder = vscode.workspace.workspaceFolders?.[0];
    const configured = readSettings()['biofm.citations.bibliographies'];
    return configured.map((file) => (file.startsWith('/') || !folder ? vscode.Uri.file(file) : vscode.Uri.joinPath(folder.uri, file)));
  }

  /** Indexes for a draft's bibliographies; a file that cannot be read is skipped and logged. */
  async indexesFor(draft: Draft): Promise<BibIndex[]> {
    const files = await this.filesFor(draft);
    const indexes = await Promise.all(files.map((uri) => this.indexOf(uri)));
    return indexes.filter((i): i is BibIndex => i !== undefined);
  }

  /** What the citation checks need to know of a draft's bibliographies. */
  async lookupFor(draft: Draft): Promise<ReferenceLookup> {
    return referenceLookupOf(await this.indexesFor(draft), draft.bibliographies.length > 0);
  }

  async indexOf(uri: vscode.Uri): Promise<BibIndex | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let version: string;
    let text: string;
    try {
      if (open) {
        version = `doc:${open.version}`;
        const cached = this.cache.get(uri.toString());
        if (cached?.version === version) return cached.index;
        text = open.getText();
      } else {
        const stat = await vscode.workspace.fs.stat(uri);
        version = `disk:${stat.mtime}:${stat.size}`;
        const cached = this.cache.get(uri.toString());
        if (cached?.version === version) return cached.index;
        if (stat.size > maxBibliographyBytes) {
          this.log.error(`${uri.toString()} is ${stat.size} bytes; bibliographies over ${maxBibliographyBytes} bytes are not indexed`);
          return undefined;
        }
        text = withEditorLineBreaks(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
      }
    } catch (error) {
      this.log.error(`Cannot read bibliography ${uri.toString()}`, error);
      return undefined;
    }
    const key = uri.toString();
    const scanning = this.scans.get(key);
    if (scanning?.version === version && scanning.index) return scanning.index;
    // A large .bib takes a while to scan (~40 ms for 10k entries) and longer to make searchable (~0.25 s): both run
    // in steps under the task budget, so typing (in the draft, or in this .bib) goes on meanwhile. A newer version of
    // the file overtakes an older scan, whose callers then get the newer index. The run is registered before it
    // starts: its first pause already asks whether it is still the current one.
    const run: ScanRun = { version, index: undefined };
    this.scans.set(key, run);
    const current = () => this.scans.get(key) === run;
    // Every caller of this run, the first or one that joined it, gets the same answer: this version's index, or the
    // newer version's when this scan was overtaken.
    run.index = this.scanInSteps(uri, text, new TaskBudget(taskBudgetMs, current))
      .then(
        (index) => {
          this.cache.set(key, { version, index });
          this.showProblems(uri, index, text);
          void runSteps(prepareCitationSearchInSteps(index), new TaskBudget(taskBudgetMs, () => this.cache.get(key)?.index === index).pause).catch(() => undefined);
          return index;
        },
        (error: unknown) => {
          if (error instanceof WorkOvertaken) return this.indexOf(uri);
          throw error;
        },
      )
      .finally(() => {
        if (current()) this.scans.delete(key);
      });
    return run.index;
  }

  private async scanInSteps(uri: vscode.Uri, text: string, budget: TaskBudget): Promise<BibIndex> {
    if (uri.path.toLowerCase().endsWith('.json')) return readCslJson(uri.toString(), text);
    return runSteps(scanBibtexInSteps(uri.toString(), text, bibScanStepCharacters), budget.pause);
  }

  private showProblems(uri: vscode.Uri, index: BibIndex, text: string): void {
    if (index.problems.length === 0) {
      this.problems.delete(uri);
      return;
    }
    const lines = new LineIndex(text);
    this.problems.set(
      uri,
      index.problems.map((problem) => {
        const { range, relatedRange } = bibProblemRanges(problem, lines);
        const severity = problem.code === 'syntax' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(toVscodeRange(range), problem.message, severity);
        if (relatedRange) {
          diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVscodeRange(relatedRange)), 'first entry with this key')];
        }
        diagnostic.source = 'BioFM';
        diagnostic.code = problem.code;
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    this.problems.dispose();
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
