import { catalogEntries } from '../catalog/catalog';
import type { Venue } from '../venue/venue';
import { PhraseMatcher } from './phraseMatcher';
import { biomedicalLexicon, foundationModelLexicon } from './scopeLexicons';
import { lexiconForTopic } from './titleLexicon';
import type { Lexicon } from './topicLexicon';

/** What can change how topics are matched. */
export interface TopicMatcherOptions {
  /**
   * Names of foundation models that mark a text as being about them; by default every catalog entry's name and
   * aliases. Matched as written (case-sensitive) because several are also common words ("UNI", "HINT", "SAM").
   */
  readonly modelNames?: readonly string[];
  /** Lexicons to use instead of the curated or title-derived ones, by topic id. */
  readonly topicLexicons?: ReadonlyMap<number, Lexicon>;
}

/** A venue's topics and the two scope tests compiled into one matcher; build once, assess many drafts. */
export interface TopicMatcher {
  readonly venue: Venue;
  readonly matcher: PhraseMatcher;
  /** The lexicon of each venue topic, in venue order; topic i is lexicon i of `matcher`. */
  readonly topicLexicons: readonly Lexicon[];
  readonly biomedicalIndex: number;
  readonly foundationModelIndex: number;
}

export function compileTopicMatcher(venue: Venue, options: TopicMatcherOptions = {}): TopicMatcher {
  const topicLexicons = venue.topics.map((topic) => lexiconForTopic(topic, options.topicLexicons));
  const names = (options.modelNames ?? catalogModelNames()).map((n) => n.trim()).filter((n) => n.length >= 3);
  const foundationModel: Lexicon =
    names.length === 0
      ? foundationModelLexicon
      : {
          ...foundationModelLexicon,
          phrases: [...foundationModelLexicon.phrases, ...names.map((phrase) => ({ phrase, weight: 3, caseSensitive: true }))],
        };
  const lexicons = [...topicLexicons, biomedicalLexicon, foundationModel];
  return {
    venue,
    matcher: new PhraseMatcher(lexicons),
    topicLexicons,
    biomedicalIndex: topicLexicons.length,
    foundationModelIndex: topicLexicons.length + 1,
  };
}

/** Catalog names that are ordinary words at the start of a sentence, and so would mark any text as about models. */
const ambiguousNames = new Set(['Foresight']);
let catalogNames: readonly string[] | undefined;

/** Every catalog model's name and aliases (two-letter ones are left to the caller: "NT" is too ambiguous). */
export function catalogModelNames(): readonly string[] {
  catalogNames ??= catalogEntries.flatMap((entry) => [entry.name, ...entry.aliases]).filter((name) => !ambiguousNames.has(name));
  return catalogNames;
}

// Compiling costs far more than matching one draft, and editors re-check on every pause in typing; venues are
// long-lived objects, so remembering the compiled form per venue (and per model-name list) is safe.
const defaultNamesKey: readonly string[] = [];
const compiled = new WeakMap<Venue, WeakMap<readonly string[], TopicMatcher>>();

/** The compiled matcher for a venue, built on first use; options with custom lexicons are compiled afresh. */
export function topicMatcherFor(venue: Venue, options: TopicMatcherOptions = {}): TopicMatcher {
  if (options.topicLexicons) return compileTopicMatcher(venue, options);
  const key = options.modelNames ?? defaultNamesKey;
  let byNames = compiled.get(venue);
  if (!byNames) compiled.set(venue, (byNames = new WeakMap()));
  let matcher = byNames.get(key);
  if (!matcher) byNames.set(key, (matcher = compileTopicMatcher(venue, options)));
  return matcher;
}
