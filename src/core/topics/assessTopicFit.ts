import type { Draft, ProseRun, ProseZone } from '../draft/draftModel';
import { proseLocation } from '../draft/proseSource';
import type { Venue } from '../venue/venue';
import { TextMemo } from '../util/textMemo';
import { proseTokens, type ProseTokens } from './proseTokens';
import { defaultLexiconScale, type Lexicon } from './topicLexicon';
import type { ScopeAssessment, TopicEvidence, TopicFitReport, TopicScore } from './topicFitReport';
import { topicMatcherFor, type TopicMatcher, type TopicMatcherOptions } from './topicMatcher';

export interface TopicFitOptions extends TopicMatcherOptions {
  /** A matcher compiled beforehand with `compileTopicMatcher`; otherwise one is compiled (once) for the venue. */
  readonly matcher?: TopicMatcher;
  /** Distinct phrases kept as evidence per topic. */
  readonly evidencePerTopic?: number;
  /** The scope score from which a draft counts as biomedical, or as about foundation models. */
  readonly scopeThreshold?: number;
}

/** Title and abstract say what a paper is about; the body mentions much in passing. */
const zoneWeights: Readonly<Record<ProseZone, number>> = { title: 3, abstract: 3, keywords: 2, heading: 1.5, body: 1, caption: 1 };
/** Words of body at which body evidence starts to be damped, so a long paper does not fit every topic. */
const bodyReferenceWords = 1500;
/** BM25's k1: how quickly repeats of one phrase stop adding evidence (k + 1 repeats' worth at most). */
const saturation = 1.5;
const defaultScopeThreshold = 0.4;

interface PhraseTally {
  /** Zone-weighted occurrences in the title, abstract, keywords and headings. */
  front: number;
  /** Zone-weighted occurrences in body and captions, before damping for length. */
  body: number;
  occurrences: number;
  bestWeight: number;
  run: ProseRun;
  start: number;
  end: number;
}

/**
 * Scores a draft against each of a venue's topics and tests whether it is in scope (biomedical and about
 * foundation models). Only prose runs are read, so math, code, comments and citations never count. Each distinct
 * phrase adds its weight times a saturating count of its zone-weighted occurrences (as in BM25), and a topic's
 * score is 1 - exp(-evidence / scale), so one repeated phrase cannot carry a topic and scores stay in 0..1.
 */
export function assessTopicFit(draft: Draft, venue: Venue, options: TopicFitOptions = {}): TopicFitReport {
  const compiled = options.matcher ?? topicMatcherFor(venue, options);
  const { matcher } = compiled;
  const lexiconCount = matcher.lexicons.length;
  const tallies: Map<number, PhraseTally>[] = Array.from({ length: lexiconCount }, () => new Map<number, PhraseTally>());

  let wordCount = 0;
  let bodyWords = 0;
  const memo = runMatchMemo(compiled);
  for (const run of draft.prose) {
    const { words, matches } = memo.get(run.text);
    wordCount += words;
    const inBody = run.zone === 'body' || run.zone === 'caption';
    if (inBody) bodyWords += words;
    const zoneWeight = zoneWeights[run.zone];
    for (let k = 0; k < matches.length; k += 4) {
      const lexicon = matches[k];
      const phrase = matches[k + 1];
      const start = matches[k + 2];
      const end = matches[k + 3];
      const byPhrase = tallies[lexicon];
      let tally = byPhrase.get(phrase);
      if (!tally) {
        tally = { front: 0, body: 0, occurrences: 0, bestWeight: zoneWeight, run, start, end };
        byPhrase.set(phrase, tally);
      } else if (zoneWeight > tally.bestWeight) {
        Object.assign(tally, { bestWeight: zoneWeight, run, start, end });
      }
      if (inBody) tally.body += zoneWeight;
      else tally.front += zoneWeight;
      tally.occurrences++;
    }
  }
  // Known only once every run is read; applied to body evidence at scoring time.
  const bodyDamping = Math.sqrt(bodyReferenceWords / Math.max(bodyReferenceWords, bodyWords));

  const evidenceCount = options.evidencePerTopic ?? 5;
  const assess = (index: number): { score: number; evidence: TopicEvidence[] } =>
    scoreLexicon(draft, matcher.lexicons[index], tallies[index], bodyDamping, evidenceCount);

  const topics: TopicScore[] = venue.topics.map((topic, i) => ({ id: topic.id, title: topic.title, ...assess(i) }));
  topics.sort((a, b) => b.score - a.score || a.id - b.id);

  const threshold = options.scopeThreshold ?? defaultScopeThreshold;
  const scope = (index: number): ScopeAssessment => {
    const { score, evidence } = assess(index);
    return { score, present: score >= threshold, evidence };
  };
  const biomedical = scope(compiled.biomedicalIndex);
  const foundationModel = scope(compiled.foundationModelIndex);
  const missing = [...(biomedical.present ? [] : ['biomedical' as const]), ...(foundationModel.present ? [] : ['foundation-model' as const])];
  return { inScope: missing.length === 0, biomedical, foundationModel, missing, topics, wordCount };
}

/** What one prose run contributes, whatever its zone: its word count and its phrase matches. */
interface RunMatches {
  readonly words: number;
  /** Flat quadruples (lexicon, phrase, start, end), offsets into the run's text, negated phrases left out. */
  readonly matches: readonly number[];
}

const runMatchMemos = new WeakMap<TopicMatcher, TextMemo<RunMatches>>();

/**
 * Tokenising and matching are most of the work and depend on a run's text alone, so they are remembered per text
 * (per compiled matcher): after a keystroke only the edited run is matched again.
 */
function runMatchMemo(compiled: TopicMatcher): TextMemo<RunMatches> {
  let memo = runMatchMemos.get(compiled);
  if (!memo) {
    const { matcher } = compiled;
    memo = new TextMemo((text) => {
      const tokens = proseTokens(text, matcher.normalize);
      const matches: number[] = [];
      matcher.matchTokens(tokens, (lexicon, phrase, first, last) => {
        if (matcher.lexicons[lexicon].phrases[phrase].weight <= 0 || isNegated(tokens, first)) return;
        matches.push(lexicon, phrase, tokens.starts[first], tokens.ends[last]);
      });
      return { words: tokens.norms.length, matches };
    });
    runMatchMemos.set(compiled, memo);
  }
  return memo;
}

function scoreLexicon(
  draft: Draft,
  lexicon: Lexicon,
  tallies: ReadonlyMap<number, PhraseTally>,
  bodyDamping: number,
  evidenceCount: number,
): { score: number; evidence: TopicEvidence[] } {
  const contributions: { phrase: number; tally: PhraseTally; value: number }[] = [];
  let raw = 0;
  for (const [phrase, tally] of tallies) {
    const weighted = tally.front + tally.body * bodyDamping;
    const value = (lexicon.phrases[phrase].weight * weighted * (saturation + 1)) / (weighted + saturation);
    raw += value;
    contributions.push({ phrase, tally, value });
  }
  const evidenceAboveBackground = Math.max(0, raw - (lexicon.offset ?? 0));
  const score = 1 - Math.exp(-evidenceAboveBackground / (lexicon.scale ?? defaultLexiconScale));
  contributions.sort((a, b) => b.value - a.value || a.tally.start - b.tally.start);
  const evidence = contributions.slice(0, evidenceCount).map(({ phrase, tally }) => ({
    text: tally.run.text.slice(tally.start, tally.end),
    location: proseLocation(draft, tally.run, tally.start, tally.end),
    zone: tally.run.zone,
    phrase: lexicon.phrases[phrase].phrase,
    occurrences: tally.occurrences,
  }));
  return { score, evidence };
}

const negationCues = new Set(['without', 'no', 'not', 'nor']);

/**
 * "trained from scratch without any large-scale pretraining" is evidence against, not for: a phrase with a
 * negation cue among the two words before it, in the same clause, does not count ("not only" is no negation).
 */
function isNegated(tokens: ProseTokens, first: number): boolean {
  const { norms, starts, ends, text } = tokens;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    if (!negationCues.has(norms[k])) continue;
    const clauseBreak = /[.;:!?,()]/.test(text.slice(ends[k], starts[first]));
    return !clauseBreak && norms[k + 1] !== 'only';
  }
  return false;
}
