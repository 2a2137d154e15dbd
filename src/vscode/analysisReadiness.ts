import type { DraftAnalysis } from '../core/analysis/draftAnalysis';
import type { DraftReadiness } from '../core/deadlines/deadlineText';
import { countWords } from '../core/text/wordCount';
import { topicSummary } from '../core/topics/topicSummary';
import { readSettings } from './settingsReader';

/** The readiness facts the deadline tooltip shows for the active draft. */
export function analysisReadiness(analysis: DraftAnalysis | undefined): DraftReadiness | undefined {
  if (!analysis) return undefined;
  return {
    scopeSummary: analysis.topicFit ? topicSummary(analysis.topicFit, readSettings()['biofm.topicFit.minimumScore']) : undefined,
    undefinedCitations: analysis.findings.filter((f) => f.code === 'undefined-citation').length,
    abstractWords: analysis.draft.abstract ? countWords(analysis.draft.abstract.text) : undefined,
  };
}
