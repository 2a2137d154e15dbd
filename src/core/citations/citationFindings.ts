import type { CatalogEntry } from '../catalog/catalogEntry';
import { findByKey, normalizeArxiv, normalizeDoi } from '../catalog/catalog';
import { findModelMentions } from '../catalog/modelMentions';
import type { Draft, DraftCitation } from '../draft/draftModel';
import { proseLocation, proseSourceOffset } from '../draft/proseSource';
import type { Finding } from '../findings/finding';
import { sentenceAround } from './sentenceBounds';

/** What the citation checks need to know of the user's bibliographies. */
export interface ReferenceLookup {
  /** Whether any bibliography was found for the draft; without one, every key would be "undefined". */
  readonly hasBibliography: boolean;
  has(key: string): boolean;
  /** DOI and arXiv id of a defined key, to tell that a user's own key cites a catalog model. */
  identifiers(key: string): { readonly doi?: string; readonly arxiv?: string } | undefined;
}

export interface CitationCheckOptions {
  readonly uncitedModels: boolean;
}

/** pandoc-crossref labels look like citations but point at figures, tables, sections and equations. */
const crossReferencePrefix = /^(fig|tbl|sec|eq|lst|tab):/;

function citesModel(key: string, entry: CatalogEntry, references: ReferenceLookup): boolean {
  if (key === entry.key) return true;
  const ids = references.identifiers(key);
  if (!ids) return false;
  const sameDoi = ids.doi !== undefined && entry.doi !== null && normalizeDoi(ids.doi) === normalizeDoi(entry.doi);
  const sameArxiv = ids.arxiv !== undefined && entry.arxiv !== null && normalizeArxiv(ids.arxiv) === normalizeArxiv(entry.arxiv);
  return sameDoi || sameArxiv;
}

function undefinedKeyFindings(draft: Draft, references: ReferenceLookup): Finding[] {
  const citations = draft.citations.filter((c) => !crossReferencePrefix.test(c.key));
  if (!references.hasBibliography) {
    const first = citations[0];
    if (!first) return [];
    return [
      {
        code: 'no-bibliography',
        severity: 'information',
        message: 'The draft cites keys but no bibliography file was found; create references.bib to define them.',
        location: first.location,
      },
    ];
  }
  return citations
    .filter((c) => !references.has(c.key))
    .map((c) => {
      const catalogEntry = findByKey(c.key);
      return {
        code: 'undefined-citation',
        severity: 'warning' as const,
        message: catalogEntry
          ? `'${c.key}' is not in the bibliography; it is the catalog key of ${catalogEntry.name} and can be added.`
          : `'${c.key}' is not defined in any bibliography of this draft.`,
        location: c.location,
        data: { key: c.key, ...(catalogEntry ? { catalogKey: catalogEntry.key } : {}) },
      };
    });
}

function citationsByFile(draft: Draft): Map<string, { offsets: number[]; citations: DraftCitation[] }> {
  const byFile = new Map<string, { offsets: number[]; citations: DraftCitation[] }>();
  for (const citation of draft.citations) {
    const file = draft.files.find((f) => f.path === citation.location.file);
    if (!file) continue;
    let bucket = byFile.get(file.path);
    if (!bucket) byFile.set(file.path, (bucket = { offsets: [], citations: [] }));
    bucket.offsets.push(file.lines.offsetAt(citation.location.range.start));
    bucket.citations.push(citation);
  }
  return byFile;
}

/**
 * Catalog models named in prose with no citation in the same sentence. Only the first such mention of a model is
 * reported, and none once the paper has cited the model earlier: papers cite a model where they first name it.
 */
function uncitedModelFindings(draft: Draft, references: ReferenceLookup): Finding[] {
  const byFile = citationsByFile(draft);
  const citedSoFar = new Set<string>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  const fileOrder = new Map(draft.files.map((f, i) => [f.path, i]));
  const isCitedBefore = (entry: CatalogEntry, file: string, offset: number) =>
    draft.citations.some((c) => {
      if (!citesModel(c.key, entry, references)) return false;
      const citationFile = fileOrder.get(c.location.file) ?? 0;
      const mentionFile = fileOrder.get(file) ?? 0;
      if (citationFile !== mentionFile) return citationFile < mentionFile;
      const lines = draft.files[citationFile]?.lines;
      return lines !== undefined && lines.offsetAt(c.location.range.start) < offset;
    });
  for (const run of draft.prose) {
    if (run.zone === 'title' || run.zone === 'keywords' || run.zone === 'heading') continue;
    for (const mention of findModelMentions(run.text)) {
      const entry = mention.entry;
      if (reported.has(entry.key) || citedSoFar.has(entry.key)) continue;
      const sentence = sentenceAround(run.text, mention.start);
      const from = proseSourceOffset(run, sentence.start);
      const to = proseSourceOffset(run, Math.max(sentence.end - 1, sentence.start)) + 1;
      const bucket = byFile.get(run.file);
      const sentenceHasCitation = bucket?.offsets.some((o) => o >= from && o <= to) ?? false;
      if (sentenceHasCitation) continue;
      const mentionOffset = proseSourceOffset(run, mention.start);
      if (isCitedBefore(entry, run.file, mentionOffset)) {
        citedSoFar.add(entry.key);
        continue;
      }
      reported.add(entry.key);
      findings.push({
        code: 'uncited-model',
        severity: 'information',
        message: `${entry.name} is named here without a citation; cite ${entry.provenance.status === 'verified' ? 'its paper' : 'its paper (unverified catalog entry)'} as ${entry.key}.`,
        location: proseLocation(draft, run, mention.start, mention.end),
        data: { catalogKey: entry.key, name: entry.name },
      });
    }
  }
  return findings;
}

/** Citation findings for a draft: undefined keys and models named but never cited. */
export function citationFindings(draft: Draft, references: ReferenceLookup, options: CitationCheckOptions): Finding[] {
  const findings = undefinedKeyFindings(draft, references);
  if (options.uncitedModels) findings.push(...uncitedModelFindings(draft, references));
  return findings;
}
