import type { VenueTopic } from '../venue/venue';
import { curatedTopicLexicons } from './curatedTopicLexicons';
import type { Lexicon, LexiconPhrase } from './topicLexicon';

/** The venue's theme, which every topic title repeats and which therefore says nothing about any one topic. */
const themePhrases = [
  /\b(of|for|in|on)?\s*biomedical and health (foundation models?|informatics|intelligence)\b/gi,
  /\b(of|for|in|on)?\s*biomedicine and health ?care\b/gi,
  /\bfoundation models?\b/gi,
];

const stopWords = new Set(
  ('a an and or the of for in on to with by from as at into its their our this that these those via using based ' +
    'towards toward about between within across under over new novel basic research study studies approach approaches ' +
    'method methods topic topics other related including include such etc issue issues').split(' '),
);

/** Words too generic for this special issue to tell topics apart when they stand alone. */
const genericWords = new Set(
  'biomedical biomedicine health healthcare medical medicine model models foundation large ai data learning developing deploying'.split(' '),
);

/**
 * A lexicon derived from a topic's own title, for venues whose topics have no curated lexicon. The theme is
 * removed, the rest split at commas and conjunctions into segments; each segment (when it has two or more content
 * words) counts strongly, adjacent content-word pairs moderately, and single content words a little.
 */
export function deriveTitleLexicon(title: string): Lexicon {
  let text = title;
  for (const theme of themePhrases) text = text.replace(theme, ' , ');
  const phrases = new Map<string, number>();
  const add = (phrase: string, weight: number) => phrases.set(phrase, Math.max(phrases.get(phrase) ?? 0, weight));
  for (const segment of text.split(/[,;:()/]|\band\b|\bor\b|&/i)) {
    // Stop words end a run of content words so that pairs never jump over "of", "for" or "in".
    const runs: string[][] = [[]];
    for (const word of segment.split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '')) {
      if (stopWords.has(word.toLowerCase())) runs.push([]);
      else runs[runs.length - 1].push(word);
    }
    for (const run of runs.filter((r) => r.length > 0)) {
      if (run.length >= 2) add(run.join(' '), 2);
      for (let i = 0; i + 1 < run.length; i++) add(`${run[i]} ${run[i + 1]}`, 1.5);
      for (const word of run) {
        if (!genericWords.has(word.toLowerCase()) && word.replace(/-/g, '').length >= 3) add(word, 1);
      }
    }
  }
  const list: LexiconPhrase[] = [...phrases].map(([phrase, weight]) => ({ phrase, weight }));
  // A topic whose title is all theme still needs something to match; its own wording is the best we have.
  return { phrases: list.length > 0 ? list : [{ phrase: title, weight: 2 }], scale: 4 };
}

/** The lexicon for a topic: the caller's, else the curated one for this exact title, else one derived from the title. */
export function lexiconForTopic(topic: VenueTopic, overrides?: ReadonlyMap<number, Lexicon>): Lexicon {
  return overrides?.get(topic.id) ?? curatedTopicLexicons.get(normalizeTitle(topic.title)) ?? deriveTitleLexicon(topic.title);
}

function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}
