import type { Draft } from '../draft/draftModel';
import type { Finding } from '../findings/finding';
import type { Settings } from '../settings/settingsSchema';
import type { Location } from '../text/lineIndex';
import type { Venue, VenueTopic } from '../venue/venue';
import { lexiconForTopic } from './titleLexicon';
import { headlinePhrases } from './topicLexicon';
import type { ScopeGap, TopicFitReport } from './topicFitReport';

/** Below this many words of prose there is too little to judge scope, so no out-of-scope warning is given. */
export const minimumWordsForScope = 30;

type TopicFitSettings = Pick<Settings, 'biofm.topicFit.enabled' | 'biofm.topicFit.minimumScore' | 'biofm.topicFit.checkDeclaredTopics'>;

/**
 * What topic fit has to say about a draft: `out-of-scope` (warning on the title, else the abstract, else the file
 * start), `declared-topic-unsupported` and `declared-topic-unknown` (warnings on the topic declaration), and
 * `no-title` / `no-abstract` (information at the file start). `data` carries what quick fixes need.
 */
export function topicFindings(draft: Draft, report: TopicFitReport, venue: Venue, settings: TopicFitSettings): Finding[] {
  if (!settings['biofm.topicFit.enabled']) return [];
  const findings: Finding[] = [];
  const start = fileStart(draft);
  if (!draft.title) {
    findings.push({ code: 'no-title', severity: 'information', message: 'The draft has no title; topic fit weighs the title most.', location: start });
  }
  if (!draft.abstract) {
    findings.push({
      code: 'no-abstract',
      severity: 'information',
      message: 'The draft has no abstract; topic fit weighs the abstract above the body.',
      location: start,
    });
  }
  if (!report.inScope && report.wordCount >= minimumWordsForScope) {
    findings.push({
      code: 'out-of-scope',
      severity: 'warning',
      message: `Out of scope for ${venue.shortName}: ${scopeGapText(report.missing)}. The call is for biomedical and health foundation models.`,
      location: draft.title?.location ?? draft.abstract?.location ?? start,
      data: { missing: report.missing, biomedicalScore: report.biomedical.score, foundationModelScore: report.foundationModel.score },
    });
  }
  if (settings['biofm.topicFit.checkDeclaredTopics'] && draft.declaredTopics) {
    findings.push(...declaredTopicFindings(draft.declaredTopics.ids, draft.declaredTopics.location, report, venue, settings['biofm.topicFit.minimumScore']));
  }
  return findings;
}

function declaredTopicFindings(ids: readonly number[], location: Location, report: TopicFitReport, venue: Venue, minimumScore: number): Finding[] {
  const findings: Finding[] = [];
  const fitting = report.topics.filter((t) => t.score >= minimumScore).map((t) => t.id);
  const known = venue.topics.map((t) => t.id);
  for (const id of new Set(ids)) {
    const topic = venue.topics.find((t) => t.id === id);
    if (!topic) {
      findings.push({
        code: 'declared-topic-unknown',
        severity: 'warning',
        message: `Declares topic ${id}, but ${venue.shortName} has no such topic (it has ${idList(known)}).`,
        location,
        data: { topicId: id, knownTopicIds: known, fittingTopicIds: fitting },
      });
      continue;
    }
    const score = report.topics.find((t) => t.id === id)?.score ?? 0;
    if (score >= minimumScore) continue;
    const suggestions = headlinePhrases(lexiconForTopic(topic), 4);
    findings.push({
      code: 'declared-topic-unsupported',
      severity: 'warning',
      message:
        `Declares topic ${id} (${shortTitle(topic)}) but the text does not support it (score ${score.toFixed(2)}); ` +
        `phrases that would: ${suggestions.map((p) => `"${p}"`).join(', ')}.`,
      location,
      data: { topicId: id, score, suggestedPhrases: suggestions, fittingTopicIds: fitting },
    });
  }
  return findings;
}

/** "not about foundation models", "not biomedical or health", or both. */
export function scopeGapText(missing: readonly ScopeGap[]): string {
  const parts = missing.map((gap) => (gap === 'biomedical' ? 'not biomedical or health' : 'not about foundation models'));
  return parts.join(', and ');
}

function shortTitle(topic: VenueTopic, words = 6): string {
  const list = topic.title.split(/\s+/);
  return list.length <= words ? topic.title : `${list.slice(0, words).join(' ')} …`;
}

function idList(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  const contiguous = sorted.every((id, i) => i === 0 || id === sorted[i - 1] + 1);
  if (sorted.length > 2 && contiguous) return `topics ${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.length === 0 ? 'no topics' : `topics ${sorted.join(', ')}`;
}

function fileStart(draft: Draft): Location {
  const zero = { line: 0, character: 0 };
  return { file: draft.root, range: { start: zero, end: zero } };
}
