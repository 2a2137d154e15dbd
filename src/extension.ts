import type * as vscode from 'vscode';
import { createOutputLog } from './vscode/outputLog';

/** What activation returns, so tests (and other extensions) can see the extension is ready. */
export interface BioFmApi {
  readonly version: number;
}

/** Wires the features together; each feature lives in its own module under src/vscode. */
export function activate(context: vscode.ExtensionContext): BioFmApi {
  const log = createOutputLog(context);
  log.info('BioFM Writer activated');
  return { version: 1 };
}

export function deactivate(): void {
  // Everything is registered through context.subscriptions and disposed by VS Code.
}
