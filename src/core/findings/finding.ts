import type { Location } from '../text/lineIndex';

/** Severities in the order the CLI's `--fail-on` compares them. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, information: 1, hint: 0 };

/**
 * One thing a check has to say about a draft. The editor turns it into a diagnostic, the CLI into a line,
 * a JSON object or a SARIF result; `code` links it to its quick fixes and documentation.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
  /** Extra, code-specific facts a quick fix needs (e.g. the catalog key to cite). */
  readonly data?: Readonly<Record<string, unknown>>;
}
