import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/findings/finding';
import type { Range } from '../core/text/lineIndex';

const severities: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** A diagnostic that remembers the finding it came from, so quick fixes can read the finding's data. */
export class FindingDiagnostic extends vscode.Diagnostic {
  constructor(readonly finding: Finding) {
    super(toVscodeRange(finding.location.range), finding.message, severities[finding.severity]);
    this.source = 'BioFM';
    this.code = finding.code;
  }
}
