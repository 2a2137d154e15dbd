import * as vscode from 'vscode';
import { citationContextAt } from '../core/bibliography/citeContext';
import { completeCitations, type CompletionCandidate } from '../core/bibliography/citationCompletion';
import { formatReference } from '../core/bibliography/formatReference';
import { catalogEntries } from '../core/catalog/catalog';
import { escapeMarkdown, modelCardMarkdown } from '../core/catalog/modelCard';
import type { BibliographyWorkspace } from './bibliographyWorkspace';
import { analysisForCitations } from './citationAnalysis';
import type { DraftAnalyzer } from './draftAnalyzer';
import { readSettings } from './settingsReader';

/** How far before the cursor a citation can start; keeps each request independent of the document's size. */
const lookBehind = 600;
const lookAhead = 200;

class CitationItem extends vscode.CompletionItem {
  constructor(readonly candidate: CompletionCandidate) {
    super(candidate.label, candidate.kind === 'bib' ? vscode.CompletionItemKind.Reference : vscode.CompletionItemKind.Module);
  }
}

/**
 * Completes cite keys inside every `\cite`-family argument and after `@`/`[@` in Markdown: the user's entries
 * first, then catalog models (accepting one also writes its entry, through `biofm.citeCatalogModel`).
 */
export function citationCompletionProvider(analyzer: DraftAnalyzer, bibliographies: BibliographyWorkspace): vscode.CompletionItemProvider<CitationItem> {
  return {
    async provideCompletionItems(document, position, token) {
      const offset = document.offsetAt(position);
      const windowStart = Math.max(0, offset - lookBehind);
      const text = document.getText(new vscode.Range(document.positionAt(windowStart), document.positionAt(offset + lookAhead)));
      const format = document.languageId === 'latex' ? 'latex' : 'markdown';
      const context = citationContextAt(text, offset - windowStart, format);
      if (!context) return undefined;
      const analysis = await analysisForCitations(analyzer, document, token);
      if (!analysis || token.isCancellationRequested) return undefined;
      const indexes = await bibliographies.indexesFor(analysis.draft);
      const catalog = readSettings(document.uri)['biofm.citations.catalog'] ? catalogEntries : [];
      const candidates = completeCitations(context.prefix, indexes, catalog, { exclude: context.existingKeys });
      const range = new vscode.Range(document.positionAt(windowStart + context.replaceStart), document.positionAt(windowStart + context.replaceEnd));
      const items = candidates.map((candidate) => {
        const item = new CitationItem(candidate);
        item.detail = candidate.detail;
        item.sortText = candidate.sortText;
        item.filterText = candidate.filterText ?? candidate.key;
        item.range = range;
        item.insertText = candidate.key;
        if (candidate.kind === 'catalog') {
          // The key goes in through the command, together with the BibTeX entry, as one edit (one undo).
          item.insertText = '';
          item.command = { command: 'biofm.citeCatalogModel', title: 'Cite catalog model', arguments: [document.uri, range.start, candidate.key] };
        }
        return item;
      });
      // Incomplete, always: each filterText starts with this request's prefix, so the editor's own filtering of a
      // kept list would never drop an item as the user types on; asking again per keystroke keeps the ranking ours.
      return new vscode.CompletionList(items, true);
    },
    resolveCompletionItem(item) {
      const candidate = item.candidate;
      const markdown = new vscode.MarkdownString();
      if (candidate.kind === 'bib' && candidate.bibEntry) markdown.appendMarkdown(escapeMarkdown(formatReference(candidate.bibEntry)));
      if (candidate.catalogEntry) markdown.appendMarkdown(`${candidate.kind === 'bib' ? '\n\n---\n\n' : ''}${modelCardMarkdown(candidate.catalogEntry)}`);
      item.documentation = markdown;
      return item;
    },
  };
}
