import * as vscode from 'vscode';
import type { DraftAnalysis } from '../core/analysis/draftAnalysis';
import type { Location } from '../core/text/lineIndex';
import { topicSummary } from '../core/topics/topicSummary';
import type { DraftAnalyzer } from './draftAnalyzer';
import { toVscodeRange } from './findingConversion';
import { ScopeReportProvider } from './scopeReportView';
import { readSettings } from './settingsReader';

const draftSelector: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'latex' }];

function rangeIn(document: vscode.TextDocument, location: Location | undefined): vscode.Range | undefined {
  return location && location.file === document.uri.toString() ? toVscodeRange(location.range) : undefined;
}

/** Per-topic scores as a Markdown table, for the hover on the title or the topic declaration. */
export function topicScoresMarkdown(analysis: DraftAnalysis, minimumScore: number): vscode.MarkdownString {
  const report = analysis.topicFit;
  const markdown = new vscode.MarkdownString();
  if (!report) return markdown.appendMarkdown('Topic fit is switched off.');
  markdown.appendMarkdown(`**${topicSummary(report, minimumScore)}** — ${analysis.venue.shortName}\n\n| Topic | Score |\n|---|---|\n`);
  for (const topic of report.topics) {
    const mark = topic.score >= minimumScore ? '**' : '';
    markdown.appendMarkdown(`| ${mark}${topic.id}. ${topic.title.replace(/\|/g, '\\|')}${mark} | ${topic.score.toFixed(2)} |\n`);
  }
  markdown.appendMarkdown('\n[Open the scope report](command:biofm.showScopeReport)');
  markdown.isTrusted = { enabledCommands: ['biofm.showScopeReport'] };
  return markdown;
}

/** The topic-fit surfaces in the editor: the lens on the title, hovers, and the Scope report view. */
export function registerTopicFitSupport(analyzer: DraftAnalyzer): vscode.Disposable {
  const lensesChanged = new vscode.EventEmitter<void>();
  const report = new ScopeReportProvider();
  const view = vscode.window.createTreeView('biofm.scopeReport', { treeDataProvider: report, showCollapseAll: true });
  const minimumScore = () => readSettings()['biofm.topicFit.minimumScore'];
  const showActive = () => {
    const editor = vscode.window.activeTextEditor;
    if (editor && (editor.document.languageId === 'markdown' || editor.document.languageId === 'latex')) {
      report.show(analyzer.get(editor.document.uri), minimumScore());
    }
  };
  const lensProvider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    provideCodeLenses(document) {
      const analysis = analyzer.get(document.uri);
      const range = rangeIn(document, analysis?.draft.title?.location);
      if (!analysis?.topicFit || !range) return [];
      const title = `${topicSummary(analysis.topicFit, minimumScore())} — scope report`;
      return [new vscode.CodeLens(range, { title, command: 'biofm.showScopeReport' })];
    },
  };
  const hoverProvider: vscode.HoverProvider = {
    provideHover(document, position) {
      const analysis = analyzer.get(document.uri);
      if (!analysis) return undefined;
      for (const location of [analysis.draft.title?.location, analysis.draft.declaredTopics?.location]) {
        const range = rangeIn(document, location);
        if (range?.contains(position)) return new vscode.Hover(topicScoresMarkdown(analysis, minimumScore()), range);
      }
      return undefined;
    },
  };
  return vscode.Disposable.from(
    lensesChanged,
    report,
    view,
    vscode.languages.registerCodeLensProvider(draftSelector, lensProvider),
    vscode.languages.registerHoverProvider(draftSelector, hoverProvider),
    analyzer.onDidAnalyze(({ uri }) => {
      lensesChanged.fire();
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) showActive();
    }),
    vscode.window.onDidChangeActiveTextEditor(showActive),
    vscode.commands.registerCommand('biofm.showScopeReport', async () => {
      showActive();
      await vscode.commands.executeCommand('biofm.scopeReport.focus');
    }),
  );
}
