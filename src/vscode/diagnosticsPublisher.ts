import * as vscode from 'vscode';
import type { Finding } from '../core/findings/finding';
import { FindingDiagnostic } from './findingConversion';

/**
 * Publishes findings per draft root. A draft's findings can land in its included files, and two open files of one
 * LaTeX project share a root, so each file shows the union of what every root says about it.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('biofm');
  private readonly byRoot = new Map<string, Map<string, FindingDiagnostic[]>>();

  publish(root: string, findings: readonly Finding[]): void {
    const previous = this.byRoot.get(root);
    const next = new Map<string, FindingDiagnostic[]>();
    for (const finding of findings) {
      const list = next.get(finding.location.file) ?? [];
      list.push(new FindingDiagnostic(finding));
      next.set(finding.location.file, list);
    }
    this.byRoot.set(root, next);
    const touched = new Set([...(previous?.keys() ?? []), ...next.keys()]);
    for (const file of touched) this.refresh(file);
  }

  clear(root: string): void {
    const previous = this.byRoot.get(root);
    if (!previous) return;
    this.byRoot.delete(root);
    for (const file of previous.keys()) this.refresh(file);
  }

  private refresh(file: string): void {
    const all = [...this.byRoot.values()].flatMap((files) => files.get(file) ?? []);
    const uri = vscode.Uri.parse(file);
    if (all.length === 0) this.collection.delete(uri);
    else this.collection.set(uri, all);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
