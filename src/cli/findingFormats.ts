import type { Finding, Severity } from '../core/findings/finding';

/** A finding with the path it should be reported under (relative to where the CLI was run, when possible). */
export interface ReportedFinding extends Finding {
  readonly displayPath: string;
}

/** `path:line:col: severity code message`, 1-based like compilers, so editors and CI annotate the right place. */
export function findingAsTextLine(finding: ReportedFinding): string {
  const { line, character } = finding.location.range.start;
  return `${finding.displayPath}:${line + 1}:${character + 1}: ${finding.severity} ${finding.code} ${finding.message}`;
}

/** The JSON shape of one finding: 0-based LSP range, as in the `--format json` output. */
export function findingAsJson(finding: ReportedFinding): Record<string, unknown> {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    file: finding.displayPath,
    range: finding.location.range,
    ...(finding.data ? { data: finding.data } : {}),
  };
}

const sarifLevel: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A SARIF 2.1.0 log, for GitHub code scanning. Columns are UTF-16 code units, SARIF's default. */
export function findingsAsSarif(findings: readonly ReportedFinding[], toolVersion: string): Record<string, unknown> {
  const ruleIds = [...new Set(findings.map((f) => f.code))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'biofm',
            informationUri: 'https://marketplace.visualstudio.com/items?itemName=biofm.biofm-writer',
            version: toolVersion,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id.replace(/-/g, ' ') } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          level: sarifLevel[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.displayPath.replace(/\\/g, '/') },
                region: {
                  startLine: f.location.range.start.line + 1,
                  startColumn: f.location.range.start.character + 1,
                  endLine: f.location.range.end.line + 1,
                  endColumn: f.location.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
