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

// ------------------------------------------------------------------------------------------------------------------
// Shared by the citation and hostile-input suites: files written at run time, the extension's API, completion that is
// accepted the way the editor accepts it, and spies on the editor API the extension calls.

/** The extension's API (activating it if needed). */
export async function biofmApi(): Promise<import('../../src/extension').BioFmApi> {
  return (await ourExtension().activate()) as unknown as import('../../src/extension').BioFmApi;
}

/** Writes a workspace file (creating its folders) through VS Code's file system, as another program would. */
export async function writeWorkspaceFile(relativePath: string, text: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceFile(relativePath);
  await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return uri;
}

/** The bytes of a workspace file on disk (not an editor's unsaved text). */
export async function readWorkspaceBytes(relativePath: string): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(workspaceFile(relativePath));
}

/** Whether a workspace file exists on disk. */
export async function workspaceFileExists(relativePath: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(workspaceFile(relativePath));
    return true;
  } catch {
    return false;
  }
}

/** The label of a completion item as a string. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Runs every completion provider at `position`, as the editor does when the user types or presses Ctrl+Space. */
export async function completionsAt(uri: vscode.Uri, position: vscode.Position, triggerCharacter?: string, resolveCount?: number): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, triggerCharacter, resolveCount);
  return list.items;
}

/**
 * Accepts a completion item the way the editor does: replaces its range with its insert text, applies its
 * additional edits, then runs its command with its arguments. Resolves with the command's result.
 */
export async function acceptCompletion(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<unknown> {
  const range = item.range === undefined ? editor.document.getWordRangeAtPosition(editor.selection.active) ?? editor.selection : 'inserting' in item.range ? item.range.replacing : item.range;
  const text = item.insertText === undefined ? labelOf(item) : typeof item.insertText === 'string' ? item.insertText : item.insertText.value;
  const applied = await editor.edit((edit) => {
    edit.replace(range, text);
    for (const extra of item.additionalTextEdits ?? []) edit.replace(extra.range, extra.newText);
  });
  if (!applied) throw new Error(`the editor refused the edit of completion item ${labelOf(item)}`);
  if (!item.command) return undefined;
  return vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
}

/** A replaced method and the arguments of every call to it; `restore()` puts the original back. */
export interface Spy {
  readonly calls: unknown[][];
  restore(): void;
}

/**
 * Replaces `target[name]` with `fake` (which is handed the original), recording the arguments of each call. The
 * tests load from the extension's own folder, so VS Code hands them the same API object as the extension: a spy on
 * `vscode.window.showErrorMessage` sees the extension's calls. Throws when the property cannot be replaced.
 */
export function spyOn<T extends object, K extends keyof T>(target: T, name: K, fake: (original: T[K], ...args: unknown[]) => unknown): Spy {
  const original = target[name];
  const bound = (typeof original === 'function' ? (original as (...args: unknown[]) => unknown).bind(target) : original) as T[K];
  const calls: unknown[][] = [];
  const replacement = (...args: unknown[]) => {
    calls.push(args);
    return fake(bound, ...args);
  };
  (target as Record<K, unknown>)[name] = replacement;
  if ((target as Record<K, unknown>)[name] !== replacement) throw new Error(`cannot replace ${String(name)}: the object is frozen`);
  return {
    calls,
    restore: () => {
      (target as Record<K, unknown>)[name] = original;
    },
  };
}

/** Resolves once `document` changes so that `predicate` holds (checked now and on every change); rejects after `timeoutMs`. */
export function waitForText(document: vscode.TextDocument, predicate: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    if (predicate(document.getText())) {
      resolve(document.getText());
      return;
    }
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || !predicate(document.getText())) return;
      finish();
      resolve(document.getText());
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`${document.uri.fsPath} did not reach the expected text within ${timeoutMs} ms; it reads:\n${document.getText().slice(0, 2000)}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
  });
}

/**
 * The extension's analysis of `document` as it reads now (not of an older version): checked now and on every
 * `onDidAnalyze`; rejects after `timeoutMs`.
 */
export async function currentAnalysis(document: vscode.TextDocument, timeoutMs = 10_000): Promise<NonNullable<ReturnType<import('../../src/vscode/draftAnalyzer').DraftAnalyzer['get']>>> {
  const { analyzer } = await biofmApi();
  const isCurrent = () => {
    const analysis = analyzer.get(document.uri);
    const file = analysis?.draft.files.find((f) => f.path === document.uri.toString());
    return analysis && file?.text === document.getText() ? analysis : undefined;
  };
  return new Promise((resolve, reject) => {
    const now = isCurrent();
    if (now) {
      resolve(now);
      return;
    }
    const subscription = analyzer.onDidAnalyze(() => {
      const analysis = isCurrent();
      if (!analysis) return;
      finish();
      resolve(analysis);
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no analysis of the current text of ${document.uri.fsPath} within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
  });
}

/** The code actions the editor would offer for `range` (the light bulb), with their commands. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
}

/** The text of hovers at a position, Markdown escapes and `&nbsp;` (which appendText writes for spaces) undone. */
export async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, '$1');
}

/** Runs a command object (of a completion item or code action) as the editor does: its id with its arguments. */
export function runCommand<T = unknown>(command: vscode.Command | undefined): Thenable<T> {
  if (!command) throw new Error('no command to run');
  return vscode.commands.executeCommand<T>(command.command, ...((command.arguments ?? []) as unknown[]));
}
