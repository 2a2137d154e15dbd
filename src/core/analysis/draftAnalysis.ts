import { citationFindings, type ReferenceLookup } from '../citations/citationFindings';
import type { Draft, DraftProblem } from '../draft/draftModel';
import type { Finding } from '../findings/finding';
import type { Settings } from '../settings/settingsSchema';
import { countWords } from '../text/wordCount';
import { assessTopicFit } from '../topics/assessTopicFit';
import type { TopicFitReport } from '../topics/topicFitReport';
import { topicFindings } from '../topics/topicFindings';
import type { Venue } from '../venue/venue';

/** Everything the checks say about one draft, for the editor and the CLI alike. */
export interface DraftAnalysis {
  readonly draft: Draft;
  readonly venue: Venue;
  /** Undefined when topic fit is switched off. */
  readonly topicFit: TopicFitReport | undefined;
  readonly findings: readonly Finding[];
}

export interface DraftAnalysisContext {
  readonly venue: Venue;
  readonly settings: Settings;
  readonly references: ReferenceLookup;
}

function problemFinding(problem: DraftProblem): Finding {
  return { code: problem.code, severity: 'warning', message: problem.message, location: problem.location };
}

function abstractLengthFinding(draft: Draft, venue: Venue): Finding | undefined {
  const limit = venue.limits.abstractWords;
  if (!draft.abstract || limit === undefined) return undefined;
  const words = countWords(draft.abstract.text);
  if (words <= limit) return undefined;
  return {
    code: 'abstract-too-long',
    severity: 'warning',
    message: `The abstract has ${words} words; ${venue.shortName} allows ${limit} (${words - limit} over).`,
    location: draft.abstract.location,
    data: { words, limit },
  };
}

/** Runs every check on a draft that has been read. Pure: the same draft and context give the same findings. */
export function analyzeDraft(draft: Draft, context: DraftAnalysisContext): DraftAnalysis {
  const { settings, venue } = context;
  const findings: Finding[] = draft.problems.map(problemFinding);
  let topicFit: TopicFitReport | undefined;
  if (settings['biofm.topicFit.enabled']) {
    topicFit = assessTopicFit(draft, venue);
    findings.push(...topicFindings(draft, topicFit, venue, settings));
  }
  const abstractLength = abstractLengthFinding(draft, venue);
  if (abstractLength) findings.push(abstractLength);
  findings.push(...citationFindings(draft, context.references, { uncitedModels: settings['biofm.citations.uncitedModels'] }));
  return { draft, venue, topicFit, findings };
}
