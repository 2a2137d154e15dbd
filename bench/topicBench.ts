// Topic-fit speed: assessTopicFit on generated 2k/20k/200k-word drafts against a naive baseline measured in the
// same run (one case-insensitive RegExp per lexicon phrase, each scanned over every prose run).
// Run alone: node --import tsx bench/topicBench.ts
import type { Draft } from '../src/core/draft/draftModel';
import { plainTextDraft } from '../src/core/draft/plainTextDraft';
import { assessTopicFit } from '../src/core/topics/assessTopicFit';
import { compileTopicMatcher } from '../src/core/topics/topicMatcher';
import { topicMatcherFor } from '../src/core/topics/topicMatcher';
import { jbhiFoundationModels } from '../src/core/venue/bundledVenues';
import { benchRow, lcg, medianMs, runIfDirect, type BenchRow } from './benchRow';

const sentences = [
  'We pretrain a vision-language foundation model on chest radiographs and their reports.',
  'Low-rank adapters and 4-bit quantization cut GPU memory during fine-tuning.',
  'Hospitals trained the model with federated learning, sharing only model updates.',
  'Chain-of-thought prompting improved dosing calculations by the large language model.',
  'Clinicians rated each answer with a rubric, and inter-rater agreement was substantial.',
  'The cohort includes 40,000 patients from six hospitals with linked health records.',
  'Adversarial perturbations and distribution shift reduced accuracy on external sites.',
  'Differential privacy limited memorisation of rare records at a small cost in AUROC.',
  'Saliency maps and concept probes show which tissue features drive each prediction.',
  'Results were stable across random seeds, and the code is available on request.',
  'Table 2 lists the hyperparameters; training took three days on eight accelerators.',
  'The remaining errors were mostly between adjacent grades of disease severity.',
];

/** A deterministic draft of about `words` words: a title, an abstract and paragraphs of shuffled sentences. */
function generatedDraft(words: number): Draft {
  const next = lcg(42);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let i = 0; i < 6; i++) paragraph.push(sentences[Math.floor(next() * sentences.length)]);
    const text = paragraph.join(' ');
    paragraphs.push(text);
    count += text.split(/\s+/).length;
  }
  return plainTextDraft({
    title: 'Federated Adaptation of a Multimodal Foundation Model for Radiology',
    abstract: paragraphs.shift() ?? '',
    body: paragraphs.join('\n\n'),
  });
}

/** The naive way: every phrase of every lexicon as its own RegExp, each scanned over the whole prose. */
function naiveBaseline(): (draft: Draft) => number {
  const { matcher } = topicMatcherFor(jbhiFoundationModels);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = matcher.lexicons.flatMap((lexicon) =>
    lexicon.phrases.map((p) => new RegExp(`\\b${p.phrase.split(/[\s-]+/).map(escape).join('[\\s-]*')}\\w*\\b`, p.caseSensitive ? 'g' : 'gi')),
  );
  return (draft) => {
    let hits = 0;
    for (const run of draft.prose) {
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        while (pattern.exec(run.text) !== null) hits++;
      }
    }
    return hits;
  };
}

/** One row per size; the target is for 20k words: under 20 ms on top of parsing (the draft is read already). */
export function runTopicBench(): Promise<BenchRow[]> {
  const baseline = naiveBaseline();
  const rows: BenchRow[] = [];
  for (const [label, words, runs] of [['2k words', 2_000, 41], ['20k words', 20_000, 21], ['200k words', 200_000, 5]] as const) {
    const draft = generatedDraft(words);
    const size = assessTopicFit(draft, jbhiFoundationModels).wordCount;
    // Each run gets a matcher of its own, compiled beforehand: a matcher remembers the runs it has read (what makes
    // a re-analysis after a keystroke cheap), and this row times a first read of every run.
    const matchers = Array.from({ length: runs + Math.min(3, runs) }, () => compileTopicMatcher(jbhiFoundationModels));
    const oursMs = medianMs(() => assessTopicFit(draft, jbhiFoundationModels, { matcher: matchers.pop() }), runs, Math.min(3, runs));
    const baselineMs = medianMs(() => baseline(draft), runs, Math.min(3, runs));
    const targetMs = words === 20_000 ? 20 : undefined;
    rows.push(benchRow(`assessTopicFit ${label}`, size, oursMs, baselineMs, { targetMs, note: 'baseline: one RegExp per lexicon phrase' }));
  }
  return Promise.resolve(rows);
}

runIfDirect('topicBench.ts', runTopicBench);
