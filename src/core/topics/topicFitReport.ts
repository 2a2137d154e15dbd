import type { ProseZone } from '../draft/draftModel';
import type { Location } from '../text/lineIndex';

/** One distinct phrase that carried a topic or a scope test, at its most telling occurrence. */
export interface TopicEvidence {
  /** The words as written in the draft. */
  readonly text: string;
  readonly location: Location;
  readonly zone: ProseZone;
  /** The lexicon phrase it matched. */
  readonly phrase: string;
  /** How many times the phrase occurs in the draft's prose. */
  readonly occurrences: number;
}

/** Whether the draft is biomedical (or about foundation models), how strongly, and the phrases that say so. */
export interface ScopeAssessment {
  readonly score: number;
  readonly present: boolean;
  readonly evidence: readonly TopicEvidence[];
}

export type ScopeGap = 'biomedical' | 'foundation-model';

export interface TopicScore {
  readonly id: number;
  readonly title: string;
  /** 0 (no support) to 1 (strong support); comparable across topics and drafts. */
  readonly score: number;
  readonly evidence: readonly TopicEvidence[];
}

/** How a draft fits a venue: in scope or not (and why), and every topic by score, best first. */
export interface TopicFitReport {
  readonly inScope: boolean;
  readonly biomedical: ScopeAssessment;
  readonly foundationModel: ScopeAssessment;
  readonly missing: readonly ScopeGap[];
  readonly topics: readonly TopicScore[];
  /** Words of prose that were read (math, code, comments and citations are not prose). */
  readonly wordCount: number;
}
