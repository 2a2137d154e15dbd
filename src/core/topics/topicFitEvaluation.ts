import { plainTextDraft } from '../draft/plainTextDraft';
import type { Venue } from '../venue/venue';
import { assessTopicFit, type TopicFitOptions } from './assessTopicFit';
import type { ScopeGap } from './topicFitReport';

/** One labelled text of a calibration set: the first line is the title, the rest the abstract. */
export interface LabelledAbstract {
  readonly id: string;
  readonly split: 'dev' | 'heldout';
  readonly primaryTopic: number | null;
  readonly otherTopics: readonly number[];
  readonly inScope: boolean;
  readonly scopeKind: 'in' | 'bio-not-fm' | 'fm-not-bio' | 'neither';
  readonly text: string;
}

/** An item the assessment got wrong (topic outside the top 3, or the wrong scope), or right only at rank 2-3. */
export interface EvaluationMiss {
  readonly id: string;
  readonly expectedTopic: number | null;
  readonly rankedTopics: readonly { readonly id: number; readonly score: number }[];
  readonly expectedInScope: boolean;
  readonly predictedInScope: boolean;
  readonly missing: readonly ScopeGap[];
  readonly biomedicalScore: number;
  readonly foundationModelScore: number;
}

export interface EvaluationFigures {
  readonly items: number;
  readonly inScopeItems: number;
  /** Share of in-scope items whose primary topic ranks first. */
  readonly top1: number;
  /** Share of in-scope items whose primary topic ranks in the first three. */
  readonly top3: number;
  /** Share of all items whose in/out-of-scope verdict is right. */
  readonly scope: number;
  readonly misses: readonly EvaluationMiss[];
}

/** Runs topic fit over labelled abstracts and measures top-1, top-3 and scope accuracy. */
export function evaluateTopicFit(items: readonly LabelledAbstract[], venue: Venue, options: TopicFitOptions = {}): EvaluationFigures {
  let inScopeItems = 0;
  let top1 = 0;
  let top3 = 0;
  let scope = 0;
  const misses: EvaluationMiss[] = [];
  for (const item of items) {
    const newline = item.text.indexOf('\n');
    const title = newline === -1 ? item.text : item.text.slice(0, newline);
    const abstract = newline === -1 ? '' : item.text.slice(newline + 1);
    const report = assessTopicFit(plainTextDraft({ title, abstract }, `${item.id}.txt`), venue, options);
    const rank = report.topics.findIndex((t) => t.id === item.primaryTopic);
    const scopeRight = report.inScope === item.inScope;
    if (scopeRight) scope++;
    if (item.inScope) {
      inScopeItems++;
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
    }
    if (!scopeRight || (item.inScope && rank !== 0)) {
      misses.push({
        id: item.id,
        expectedTopic: item.primaryTopic,
        rankedTopics: report.topics.slice(0, 3).map((t) => ({ id: t.id, score: round(t.score) })),
        expectedInScope: item.inScope,
        predictedInScope: report.inScope,
        missing: report.missing,
        biomedicalScore: round(report.biomedical.score),
        foundationModelScore: round(report.foundationModel.score),
      });
    }
  }
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  return {
    items: items.length,
    inScopeItems,
    top1: share(top1, inScopeItems),
    top3: share(top3, inScopeItems),
    scope: share(scope, items.length),
    misses,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
