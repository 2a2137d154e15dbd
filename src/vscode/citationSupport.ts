import * as vscode from 'vscode';
import type { BibEntry } from '../core/bibliography/bibIndex';
import { bibEntryIdentifiers } from '../core/bibliography/bibIdentifiers';
import { formatReference } from '../core/bibliography/formatReference';
import { catalogAreas, catalogEntries, findByKey, findCatalogPaper, searchCatalog } from '../core/catalog/catalog';
import type { CatalogEntry } from '../core/catalog/catalogEntry';
import { areaLabel, escapeMarkdown, modelCardMarkdown, unverifiedWarning } from '../core/catalog/modelCard';
import { suggestCatalogModels } from '../core/catalog/suggestModels';
import type { BibliographyWorkspace } from './bibliographyWorkspace';
import { CatalogCitationWriter, type CiteWriter } from './catalogCitationWriter';
import { citationCompletionProvider } from './citationCompletionProvider';
import type { DraftAnalyzer } from './draftAnalyzer';
import { FindingDiagnostic, toVscodeRange } from './findingConversion';
import type { Log } from './outputLog';

const draftSelector: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'latex' }];

export interface CitationSupportServices {
  readonly analyzer: DraftAnalyzer;
  readonly bibliographies: BibliographyWorkspace;
  readonly log: Log;
}

/** A full citation for the document's format, e.g. `~\cite{key}` or ` [@key]`. */
function citationFor(document: vscode.TextDocument): CiteWriter {
  return document.languageId === 'latex' ? (key) => `~\\cite{${key}}` : (key) => ` [@${key}]`;
}

function catalogPick(entry: CatalogEntry): vscode.QuickPickItem & { entry: CatalogEntry } {
  const firstAuthor = entry.authors[0]?.family ?? '';
  return {
    label: entry.name,
    description: `${areaLabel(entry.area)} · ${entry.tasks.slice(0, 3).join(', ')}`,
    detail: `${firstAuthor}${entry.authors.length > 1 ? ' et al.' : ''} ${entry.year} — ${entry.title}${entry.provenance.status === 'verified' ? '' : `  ${unverifiedWarning}`}`,
    entry,
  };
}

/** The catalog model a bibliography entry is the paper of, by key, DOI or arXiv id. */
function catalogEntryFor(key: string, bibEntry: BibEntry | undefined): CatalogEntry | undefined {
  return findCatalogPaper(key, bibEntry ? bibEntryIdentifiers(bibEntry) : {});
}

/** Citation completion, hovers, quick fixes and commands. */
export function registerCitationSupport({ analyzer, bibliographies, log }: CitationSupportServices): vscode.Disposable {
  const writer = new CatalogCitationWriter(analyzer, bibliographies, log);

  const hoverProvider: vscode.HoverProvider = {
    async provideHover(document, position) {
      const analysis = analyzer.get(document.uri) ?? (await analyzer.analyze(document)); // a file just opened: not analysed yet
      const citation = analysis?.draft.citations.find(
        (c) => c.location.file === document.uri.toString() && toVscodeRange(c.location.range).contains(position),
      );
      if (!analysis || !citation) return undefined;
      const indexes = await bibliographies.indexesFor(analysis.draft);
      const bibEntry = indexes.map((i) => i.byKey.get(citation.key)).find((e) => e !== undefined);
      const model = catalogEntryFor(citation.key, bibEntry);
      const markdown = new vscode.MarkdownString();
      if (bibEntry) markdown.appendMarkdown(escapeMarkdown(formatReference(bibEntry)));
      else markdown.appendMarkdown(`**${citation.key}** is not defined in this draft's bibliography.`);
      if (model) markdown.appendMarkdown(`\n\n---\n\n${modelCardMarkdown(model)}`);
      return new vscode.Hover(markdown, toVscodeRange(citation.location.range));
    },
  };

  const codeActionProvider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (!(diagnostic instanceof FindingDiagnostic)) continue;
        const data = diagnostic.finding.data ?? {};
        if (diagnostic.code === 'uncited-model' && typeof data.catalogKey === 'string') {
          const entry = findByKey(data.catalogKey);
          if (!entry) continue;
          const action = new vscode.CodeAction(`Cite ${entry.name} (${entry.key})`, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = true;
          action.command = { command: 'biofm.citeCatalogModel', title: action.title, arguments: [document.uri, diagnostic.range.end, entry.key, 'full'] };
          actions.push(action);
        }
        if (diagnostic.code === 'undefined-citation' && typeof data.key === 'string') {
          const exact = typeof data.catalogKey === 'string' ? findByKey(data.catalogKey) : undefined;
          const candidates = exact ? [exact] : searchCatalog(data.key, { limit: 3 });
          for (const entry of candidates) {
            const title = exact ? `Add ${entry.name} (${entry.key}) to the bibliography` : `Replace with ${entry.name} (${entry.key}) from the catalog`;
            const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
            action.diagnostics = [diagnostic];
            action.isPreferred = exact !== undefined;
            action.command = { command: 'biofm.citeCatalogModel', title, arguments: [document.uri, diagnostic.range, entry.key, 'key'] };
            actions.push(action);
          }
        }
      }
      return actions;
    },
  };

  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(draftSelector, citationCompletionProvider(analyzer, bibliographies), '{', ',', '@'),
    vscode.languages.registerHoverProvider(draftSelector, hoverProvider),
    vscode.languages.registerCodeActionsProvider(draftSelector, codeActionProvider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(
      'biofm.citeCatalogModel',
      async (uri: vscode.Uri, where: vscode.Position | vscode.Range, key: string, form: 'key' | 'full' = 'key') => {
        const entry = findByKey(key);
        if (!entry) return false;
        const document = await vscode.workspace.openTextDocument(uri);
        const range = where instanceof vscode.Range ? where : new vscode.Range(where, where);
        return writer.cite(document, range, entry, form === 'full' ? citationFor(document) : (k) => k);
      },
    ),
    vscode.commands.registerCommand('biofm.insertModelCitation', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const byArea = [...catalogAreas].flatMap((area) => [
        { label: areaLabel(area), kind: vscode.QuickPickItemKind.Separator },
        ...catalogEntries.filter((e) => e.area === area).map(catalogPick),
      ]);
      const picked = await vscode.window.showQuickPick(byArea as (vscode.QuickPickItem & { entry?: CatalogEntry })[], {
        title: 'BioFM: Insert model citation',
        placeHolder: 'Type a model, task, modality or author',
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!picked?.entry) return;
      await writer.cite(editor.document, editor.selection, picked.entry, citationFor(editor.document));
    }),
    vscode.commands.registerCommand('biofm.suggestCitations', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const paragraph = paragraphAround(editor.document, editor.selection.active);
      const suggestions = suggestCatalogModels(editor.document.getText(paragraph), 10);
      if (suggestions.length === 0) {
        void vscode.window.showInformationMessage('BioFM: no catalog model matches this paragraph.');
        return;
      }
      const picked = await vscode.window.showQuickPick(suggestions.map(catalogPick), { title: 'BioFM: Models relevant to this paragraph', matchOnDetail: true });
      if (picked) await writer.cite(editor.document, editor.selection, picked.entry, citationFor(editor.document));
    }),
  );
}

/** The lines around a position up to the nearest blank lines. */
function paragraphAround(document: vscode.TextDocument, position: vscode.Position): vscode.Range {
  let start = position.line;
  let end = position.line;
  while (start > 0 && !document.lineAt(start - 1).isEmptyOrWhitespace) start--;
  while (end < document.lineCount - 1 && !document.lineAt(end + 1).isEmptyOrWhitespace) end++;
  return new vscode.Range(start, 0, end, document.lineAt(end).text.length);
}
