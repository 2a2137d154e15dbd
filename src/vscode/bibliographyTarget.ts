import * as vscode from 'vscode';
import type { Draft } from '../core/draft/draftModel';
import type { BibliographyWorkspace } from './bibliographyWorkspace';

/**
 * The `.bib` file new entries go to for a draft: the first BibTeX file it names (or that the settings give). Not a
 * `.bib` merely found in the workspace, and never a CSL-JSON file. It may not exist yet.
 */
export function bibliographyTarget(draft: Draft, bibliographies: BibliographyWorkspace): vscode.Uri | undefined {
  return bibliographies.chosenFilesFor(draft).find((uri) => uri.path.toLowerCase().endsWith('.bib'));
}

/** Node's `fs` where the extension host runs on Node (desktop, remote); undefined in the browser's web worker. */
function nodeFs(): typeof import('node:fs') | undefined {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return host?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  } catch {
    return undefined;
  }
}

/** Whether the extension may write to this file: false for read-only file systems and write-protected files. */
export async function isWritableFile(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return false;
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return true; // Not there yet: it will be created.
  }
  if (((stat.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0) return false;
  // The API reports Readonly only for read-only file systems, not for a file whose write permission is off (VS Code
  // calls that "locked"), and an editor would happily write to it when it runs as root. Ask the OS where we can.
  const fs = uri.scheme === 'file' ? nodeFs() : undefined;
  if (!fs) return true;
  try {
    const { mode } = await fs.promises.stat(uri.fsPath);
    if ((mode & 0o200) === 0) return false;
    await fs.promises.access(uri.fsPath, fs.constants.W_OK);
    return true;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return !(code === 'EACCES' || code === 'EPERM' || code === 'EROFS');
  }
}

/** The text of a file as the editor has it: an open document's (unsaved edits included), else the disk's. */
export async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Where a link to a new `references.bib` goes in a draft, and what it says. */
export function bibliographyLinkEdit(document: vscode.TextDocument): { position: vscode.Position; text: string } {
  const text = document.getText();
  if (document.languageId === 'latex') {
    const end = text.lastIndexOf('\\end{document}');
    const offset = end === -1 ? text.length : end;
    const lead = offset > 0 && text[offset - 1] !== '\n' ? '\n' : '';
    return { position: document.positionAt(offset), text: `${lead}\\bibliographystyle{IEEEtran}\n\\bibliography{references}\n` };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (/^---\r?\n/.test(text)) {
    const firstLineEnd = text.indexOf('\n') + 1;
    return { position: document.positionAt(firstLineEnd), text: `bibliography: references.bib${eol}` };
  }
  return { position: new vscode.Position(0, 0), text: `---${eol}bibliography: references.bib${eol}---${eol}${eol}` };
}
