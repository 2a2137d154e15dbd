import * as vscode from 'vscode';
import { planCatalogCitation } from '../core/bibliography/appendEntry';
import { scanBibtex } from '../core/bibliography/bibScanner';
import type { CatalogEntry } from '../core/catalog/catalogEntry';
import { LineIndex } from '../core/text/lineIndex';
import type { BibliographyWorkspace } from './bibliographyWorkspace';
import { bibliographyLinkEdit, bibliographyTarget, currentText } from './bibliographyTarget';
import type { DraftAnalyzer } from './draftAnalyzer';
import type { Log } from './outputLog';

/** How a cite key is written at the place it goes, e.g. `\cite{key}` or `[@key]`, or just the key inside braces. */
export type CiteWriter = (key: string) => string;

/**
 * Cites catalog models: puts the key in the draft and, when the bibliography lacks the paper, appends its BibTeX
 * entry, both in ONE workspace edit (one undo). Requests run one after another, so two quick accepts of the same
 * model add one entry, not two: the second sees the first's entry and only cites its key.
 */
export class CatalogCitationWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly analyzer: DraftAnalyzer,
    private readonly bibliographies: BibliographyWorkspace,
    private readonly log: Log,
  ) {}

  cite(document: vscode.TextDocument, range: vscode.Range, entry: CatalogEntry, write: CiteWriter): Promise<boolean> {
    const next = this.queue.then(() => this.citeNow(document, range, entry, write));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async citeNow(document: vscode.TextDocument, range: vscode.Range, entry: CatalogEntry, write: CiteWriter): Promise<boolean> {
    const analysis = this.analyzer.get(document.uri) ?? (await this.analyzer.analyze(document));
    if (!analysis) return false;
    const edit = new vscode.WorkspaceEdit();
    let target = await bibliographyTarget(analysis.draft, this.bibliographies);
    let createdTarget = false;
    if (!target) {
      const create = 'Create references.bib';
      const answer = await vscode.window.showInformationMessage(`This draft has no bibliography yet. Create references.bib beside it and link it from the draft, then add ${entry.name}?`, create);
      if (answer !== create) return false;
      const root = vscode.Uri.parse(analysis.draft.root);
      target = vscode.Uri.joinPath(root, '..', 'references.bib');
      edit.createFile(target, { ignoreIfExists: true });
      createdTarget = true;
      const rootDocument = await vscode.workspace.openTextDocument(root);
      const link = bibliographyLinkEdit(rootDocument);
      edit.insert(root, link.position, link.text);
    }
    if (!(await this.isWritable(target))) {
      void vscode.window.showErrorMessage(`BioFM: ${vscode.workspace.asRelativePath(target)} is read-only, so ${entry.name} was not added. Nothing was changed.`);
      return false;
    }
    const text = (await currentText(target)) ?? '';
    const plan = planCatalogCitation(text, scanBibtex(target.toString(), text), entry);
    edit.replace(document.uri, range, write(plan.keyToCite));
    if (plan.edit) {
      const at = new LineIndex(text).positionAt(plan.edit.offset);
      edit.insert(target, new vscode.Position(at.line, at.character), plan.edit.insert);
    }
    const wasOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString());
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) {
      void vscode.window.showErrorMessage(`BioFM: could not add ${entry.name} to ${vscode.workspace.asRelativePath(target)}.`);
      return false;
    }
    // A bibliography the user did not have open is saved, so the change is not left in a hidden, unsaved editor.
    if ((plan.edit || createdTarget) && !wasOpen) await (await vscode.workspace.openTextDocument(target)).save();
    this.log.info(plan.edit ? `Added ${plan.keyToCite} to ${target.toString()}` : `Cited ${plan.keyToCite}, already in ${target.toString()}`);
    return true;
  }

  private async isWritable(uri: vscode.Uri): Promise<boolean> {
    if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return false;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) === 0;
    } catch {
      return true; // Not there yet: it will be created.
    }
  }
}
