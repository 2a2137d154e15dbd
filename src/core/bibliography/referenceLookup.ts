import type { ReferenceLookup } from '../citations/citationFindings';
import { bibEntryIdentifiers } from './bibIdentifiers';
import type { BibEntry, BibIndex } from './bibIndex';

/** The first entry with `key` across a draft's bibliographies, in the order the draft names them. */
export function findBibEntry(indexes: readonly BibIndex[], key: string): BibEntry | undefined {
  for (const index of indexes) {
    const entry = index.byKey.get(key);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * What the citation checks ask of a draft's bibliographies. Identifiers are read wherever exporters put them (`doi`,
 * a doi.org `url`, `eprint` with `archivePrefix`, …), so a user's own key for a catalog paper counts as citing it.
 * A draft that names a bibliography (`namesBibliography`) has one even when no file could be read (deleted, renamed,
 * not written yet): its keys are then undefined, as BibTeX would say, not "no bibliography; create references.bib".
 */
export function referenceLookupOf(indexes: readonly BibIndex[], namesBibliography = false): ReferenceLookup {
  return {
    hasBibliography: indexes.length > 0 || namesBibliography,
    has: (key) => findBibEntry(indexes, key) !== undefined,
    identifiers: (key) => {
      const entry = findBibEntry(indexes, key);
      return entry ? bibEntryIdentifiers(entry) : undefined;
    },
  };
}
