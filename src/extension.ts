import * as vscode from 'vscode';
import { analysisReadiness } from './vscode/analysisReadiness';
import { BibliographyWorkspace } from './vscode/bibliographyWorkspace';
import { Clock } from './vscode/clock';
import { DeadlineReminders } from './vscode/deadlineReminders';
import { DeadlineStatusBar } from './vscode/deadlineStatusBar';
import { DiagnosticsPublisher } from './vscode/diagnosticsPublisher';
import { DraftAnalyzer, isDraftDocument } from './vscode/draftAnalyzer';
import { registerExampleDraftCommand } from './vscode/exampleDraft';
import { createOutputLog } from './vscode/outputLog';
import { onDidChangeSettings } from './vscode/settingsReader';
import { registerTopicFitSupport } from './vscode/topicFitSupport';
import { registerVenueCommands } from './vscode/venueCommands';
import { VenueWorkspace } from './vscode/venueWorkspace';
import { registerCitationSupport } from './vscode/citationSupport';

/** What activation returns: lets tests (and other extensions) see the extension's state and set its clock. */
export interface BioFmApi {
  readonly version: 1;
  readonly analyzer: DraftAnalyzer;
  readonly clock: Clock;
  readonly statusBar: DeadlineStatusBar;
  /** Re-reads the venue and refreshes everything that depends on the date or the venue. */
  refresh(): Promise<void>;
}

/** Wires the features together; each lives in its own module under src/vscode. */
export async function activate(context: vscode.ExtensionContext): Promise<BioFmApi> {
  const started = Date.now();
  const log = createOutputLog(context);
  const clock = new Clock();
  const venues = new VenueWorkspace(log);
  const bibliographies = new BibliographyWorkspace(log);
  const publisher = new DiagnosticsPublisher();
  const analyzer = new DraftAnalyzer({
    log,
    venue: () => venues.current(),
    references: (draft) => bibliographies.lookupFor(draft),
    latexCandidates: async () => (await vscode.workspace.findFiles('**/*.tex', '**/node_modules/**', 500)).map((u) => u.toString()),
  });
  const statusBar = new DeadlineStatusBar({ clock, venue: () => venues.current(), readiness: (document) => analysisReadiness(analyzer.get(document.uri)) });
  const reminders = new DeadlineReminders(context.globalState, clock, () => venues.current(), log);
  context.subscriptions.push(
    venues,
    bibliographies,
    publisher,
    analyzer,
    statusBar,
    reminders,
    analyzer.onDidAnalyze(({ analysis }) => {
      publisher.publish(analysis.draft.root, analysis.findings);
      statusBar.update();
    }),
    vscode.workspace.onDidOpenTextDocument((d) => analyzer.schedule(d)),
    vscode.workspace.onDidChangeTextDocument((e) => analyzer.schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (!isDraftDocument(d)) return;
      analyzer.forget(d);
      publisher.clear(d.uri.toString());
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    venues.onDidChange(() => {
      analyzer.refreshAll();
      statusBar.update();
    }),
    bibliographies.onDidChange(() => analyzer.refreshAll()),
    onDidChangeSettings(() => {
      analyzer.refreshAll();
      statusBar.update();
    }),
    registerTopicFitSupport(analyzer),
    registerVenueCommands(clock, () => venues.current(), venues.onDidChange),
    registerCitationSupport({ analyzer, bibliographies, log }),
    registerExampleDraftCommand(context.extensionUri),
  );
  await venues.reload();
  await vscode.commands.executeCommand('setContext', 'biofm.active', true);
  statusBar.update();
  for (const document of vscode.workspace.textDocuments) if (isDraftDocument(document)) void analyzer.analyze(document);
  void reminders.check();
  log.info(`BioFM Writer activated in ${Date.now() - started} ms`);
  return {
    version: 1,
    analyzer,
    clock,
    statusBar,
    async refresh() {
      await venues.reload();
      statusBar.update();
      analyzer.refreshAll();
    },
  };
}

export function deactivate(): void {
  // Everything is registered through context.subscriptions and disposed by VS Code.
}
