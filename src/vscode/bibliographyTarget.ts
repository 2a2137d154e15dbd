import * as vscode from 'vscode';
import type { Draft } from '../core/draft/draftModel';
import type { BibliographyWorkspace } from './bibliographyWorkspace';

/** The `.bib` file new entries go to for a draft: the first BibTeX file it uses. CSL-JSON files are not written. */
export async function bibliographyTarget(draft: Draft, bibliographies: BibliographyWorkspace): Promise<vscode.Uri | undefined> {
  const files = await bibliographies.filesFor(draft);
  return files.find((uri) => uri.path.toLowerCase().endsWith('.bib'));
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
