import * as vscode from 'vscode';
import { planCatalogCitation } from '../core/bibliography/appendEntry';
import { scanBibtex } from '../core/bibliography/bibScanner';
import type { CatalogEntry } from '../core/catalog/catalogEntry';
import { LineIndex } from '../core/text/lineIndex';
import type { BibliographyWorkspace } from './bibliographyWorkspace';
import { bibliographyLinkEdit, bibliographyTarget, currentText, isWritableFile } from './bibliographyTarget';
import { analysisForCitations } from './citationAnalysis';
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
    const analysis = await analysisForCitations(this.analyzer, document);
    if (!analysis) {
      this.log.error(`Could not read ${document.uri.toString()} to cite ${entry.key}`);
      return false;
    }
    let target = bibliographyTarget(analysis.draft, this.bibliographies);
    let link: { root: vscode.Uri; position: vscode.Position; text: string } | undefined;
    if (!target) {
      const create = 'Create references.bib';
      const answer = await vscode.window.showInformationMessage(`This draft has no bibliography yet. Create references.bib beside it and link it from the draft, then add ${entry.name}?`, create);
      if (answer !== create) return false;
      const root = vscode.Uri.parse(analysis.draft.root);
      target = vscode.Uri.joinPath(root, '..', 'references.bib');
      link = { root, ...bibliographyLinkEdit(await vscode.workspace.openTextDocument(root)) };
    }
    if (!(await isWritableFile(target))) {
      void vscode.window.showErrorMessage(`BioFM: ${vscode.workspace.asRelativePath(target)} is read-only, so ${entry.name} was not added. Nothing was changed.`);
      return false;
    }
    // File operations first, then every text edit: VS Code applies a workspace edit in runs of text edits and file
    // operations, and a text edit to a document an earlier run already changed is refused as stale.
    const edit = new vscode.WorkspaceEdit();
    let text = await currentText(target);
    const createdTarget = text === undefined;
    if (text === undefined) {
      // Linked now, or named by the draft but not there (yet, or any more): BibTeX needs the file, so create it.
      edit.createFile(target, { ignoreIfExists: true });
      text = '';
    }
    if (link) edit.insert(link.root, link.position, link.text);
    const plan = planCatalogCitation(text, scanBibtex(target.toString(), text), entry);
    edit.replace(document.uri, range, write(plan.keyToCite));
    if (plan.edit) {
      const at = new LineIndex(text).positionAt(plan.edit.offset);
      edit.insert(target, new vscode.Position(at.line, at.character), plan.edit.insert);
    }
    const bibUri = target;
    const wasOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === bibUri.toString());
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) {
      void vscode.window.showErrorMessage(`BioFM: could not add ${entry.name} to ${vscode.workspace.asRelativePath(target)}.`);
      return false;
    }
    // A bibliography the user did not have open is saved, so the change is not left in a hidden, unsaved editor.
    if ((plan.edit || createdTarget) && !wasOpen) {
      const bibDocument = await vscode.workspace.openTextDocument(target);
      if (!(await bibDocument.save())) {
        this.log.error(`Could not save ${target.toString()} after adding ${plan.keyToCite}`);
        await vscode.window.showTextDocument(bibDocument, { preview: false, preserveFocus: true });
        void vscode.window.showErrorMessage(`BioFM: ${entry.name} was added to ${vscode.workspace.asRelativePath(target)}, but the file could not be saved; it is open with the unsaved entry.`);
        return false;
      }
    }
    this.log.info(plan.edit ? `Added ${plan.keyToCite} to ${target.toString()}` : `Cited ${plan.keyToCite}, already in ${target.toString()}`);
    return true;
  }
}
