// Waiting helpers for integration suites: they wait on VS Code events (or poll a condition with a deadline), never a
// fixed sleep, so tests are as fast as the editor and fail with a message that says what never happened.
import * as vscode from 'vscode';

/** The extension's id as VS Code knows it (publisher.name). */
export const EXTENSION_ID = 'biofm.biofm-writer';

/** The root of the workspace the harness opened: a per-run copy of test/fixtures/workspace, safe to edit. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the harness must open test/fixtures/workspace');
  return folder.uri;
}

/** URI of a file of the workspace fixture, e.g. `workspaceFile('paper.tex')`. */
export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a workspace file and shows it in an editor, as a user would; resolves to the document. */
export async function openDoc(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Resolves with the diagnostics of `uri` as soon as they satisfy `predicate` (checked now and on every
 * `onDidChangeDiagnostics` for that URI); rejects after `timeoutMs` with the last diagnostics seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${d.message}`);
      reject(new Error(`diagnostics of ${uri.fsPath} did not match within ${timeoutMs} ms; last seen: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/**
 * Polls `condition` every `intervalMs` until it returns a value other than undefined/false, for state VS Code
 * offers no event for (e.g. `Extension.isActive`). Rejects after `timeoutMs`, naming `what`.
 */
export async function waitFor<T>(
  what: string,
  condition: () => T | undefined | false,
  timeoutMs = 10_000,
  intervalMs = 10,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The extension as VS Code sees it; fails when it is not installed in this host at all. */
export function ourExtension(): vscode.Extension<{ readonly version: number }> {
  const extension = vscode.extensions.getExtension<{ readonly version: number }>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded in this VS Code`);
  return extension;
}
