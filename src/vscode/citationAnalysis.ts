import type * as vscode from 'vscode';
import type { DraftAnalysis } from '../core/analysis/draftAnalysis';
import type { DraftAnalyzer } from './draftAnalyzer';

/** How many times a request re-runs an analysis that a newer one overtook before it gives up. */
const attempts = 3;

/**
 * An analysis of the document for citation requests (completion, citing a model), which only need the draft's
 * bibliographies: the latest one, else a fresh one. `analyze` returns undefined when a newer run overtook it (a
 * keystroke's or a bibliography change's, e.g. right after a `.bib` was created); the newer result is then used,
 * or the analysis is run again, so such a race does not silently drop the user's request.
 */
export async function analysisForCitations(analyzer: DraftAnalyzer, document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DraftAnalysis | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const analysis = analyzer.get(document.uri) ?? (await analyzer.analyze(document)) ?? analyzer.get(document.uri);
    if (analysis) return analysis;
    if (document.isClosed || token?.isCancellationRequested) return undefined;
  }
  return analyzer.get(document.uri);
}
