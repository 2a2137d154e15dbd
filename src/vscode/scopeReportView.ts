import * as vscode from 'vscode';
import type { DraftAnalysis } from '../core/analysis/draftAnalysis';
import type { Location } from '../core/text/lineIndex';
import { dirname, relativePath } from '../core/util/paths';
import { toVscodeRange } from './findingConversion';

type ReportNode =
  | { kind: 'group'; label: string; description?: string; tooltip?: string; icon: string; children: ReportNode[]; expanded?: boolean }
  | { kind: 'evidence'; label: string; description?: string; location: Location };

/** A ten-cell bar for a score in [0, 1], readable in any theme and by screen readers via the number beside it. */
export function scoreBar(score: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, score)) * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${score.toFixed(2)}`;
}

/**
 * Evidence from an included file names that file (relative to the root's folder, decoded from the URI): "line 10"
 * alone would point into the root the report is for.
 */
function evidenceNodes(evidence: readonly { text: string; location: Location }[], root: string): ReportNode[] {
  return evidence.map((e) => {
    const line = e.location.range.start.line + 1;
    const where = e.location.file === root ? `line ${line}` : `${relativePath(dirname(root), e.location.file)}:${line}`;
    return { kind: 'evidence', label: `“${e.text}”`, description: where, location: e.location };
  });
}

/** Builds the report's tree from an analysis: scope first, then declared topics, then every topic by score. */
export function scopeReportNodes(analysis: DraftAnalysis, minimumScore: number): ReportNode[] {
  const report = analysis.topicFit;
  if (!report) return [{ kind: 'group', label: 'Topic fit is switched off (biofm.topicFit.enabled)', icon: 'circle-slash', children: [] }];
  const scopeChildren: ReportNode[] = [
    {
      kind: 'group',
      label: 'Biomedical or health',
      description: report.biomedical.present ? scoreBar(report.biomedical.score) : 'missing',
      icon: report.biomedical.present ? 'pass' : 'error',
      children: evidenceNodes(report.biomedical.evidence, analysis.draft.root),
    },
    {
      kind: 'group',
      label: 'Foundation models',
      description: report.foundationModel.present ? scoreBar(report.foundationModel.score) : 'missing',
      icon: report.foundationModel.present ? 'pass' : 'error',
      children: evidenceNodes(report.foundationModel.evidence, analysis.draft.root),
    },
  ];
  const nodes: ReportNode[] = [
    {
      kind: 'group',
      label: report.inScope ? 'In scope' : 'Out of scope',
      description: report.inScope ? analysis.venue.shortName : `missing: ${report.missing.join(', ')}`,
      icon: report.inScope ? 'pass-filled' : 'warning',
      children: scopeChildren,
      expanded: !report.inScope,
    },
  ];
  const declared = analysis.draft.declaredTopics;
  if (declared) {
    const unsupported = declared.ids.filter((id) => (report.topics.find((t) => t.id === id)?.score ?? 0) < minimumScore);
    nodes.push({
      kind: 'group',
      label: `Declared topics: ${declared.ids.join(', ')}`,
      description: unsupported.length === 0 ? 'all supported' : `not supported: ${unsupported.join(', ')}`,
      icon: unsupported.length === 0 ? 'pass' : 'warning',
      children: [{ kind: 'evidence', label: 'Go to the declaration', location: declared.location }],
    });
  }
  for (const topic of report.topics) {
    const fits = topic.score >= minimumScore;
    nodes.push({
      kind: 'group',
      label: `${topic.id}. ${topic.title}`,
      description: scoreBar(topic.score),
      tooltip: fits ? 'Fits this topic' : `Below the minimum score ${minimumScore}`,
      icon: fits ? 'star-full' : 'circle-outline',
      children: topic.evidence.length > 0 ? evidenceNodes(topic.evidence, analysis.draft.root) : [{ kind: 'group', label: 'No phrase in the draft carries this topic', icon: 'info', children: [] }],
    });
  }
  return nodes;
}

/** The Scope report tree: follows the active draft's latest analysis; clicking a phrase jumps to it. */
export class ScopeReportProvider implements vscode.TreeDataProvider<ReportNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private nodes: ReportNode[] = [];

  show(analysis: DraftAnalysis | undefined, minimumScore: number): void {
    this.nodes = analysis ? scopeReportNodes(analysis, minimumScore) : [];
    this.emitter.fire();
  }

  /** The current top-level nodes (tests read them). */
  get topLevel(): readonly ReportNode[] {
    return this.nodes;
  }

  getChildren(node?: ReportNode): ReportNode[] {
    if (!node) return this.nodes;
    return node.kind === 'group' ? node.children : [];
  }

  getTreeItem(node: ReportNode): vscode.TreeItem {
    if (node.kind === 'evidence') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon('quote');
      item.command = {
        command: 'vscode.open',
        title: 'Go to phrase',
        arguments: [vscode.Uri.parse(node.location.file), { selection: toVscodeRange(node.location.range) }],
      };
      return item;
    }
    const state =
      node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
