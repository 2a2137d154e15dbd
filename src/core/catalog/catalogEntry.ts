/** The survey's five areas of biomedicine in which foundation models are applied. */
export type CatalogArea = 'computational-biology' | 'drug-discovery' | 'clinical-informatics' | 'medical-imaging' | 'public-health';

export interface CatalogAuthor {
  readonly family: string;
  readonly given: string;
}

/** Where an entry's bibliographic facts come from, and how sure we are of them. */
export interface CatalogProvenance {
  /** `verified`: copied exactly from the project's verified facts; `unverified`: not checked, shown so to users. */
  readonly status: 'verified' | 'unverified';
  /** What the facts were checked against, or why they are not verified. */
  readonly source: string;
  /** Caveats worth showing (e.g. title variants between preprint and journal). */
  readonly notes?: string;
}

/** One foundation model and its canonical paper. Empty facts are `null`, never guessed. */
export interface CatalogEntry {
  /** Stable citation key: first author's family name, year and model, lowercase ASCII, e.g. `lin2023esm2`. */
  readonly key: string;
  readonly name: string;
  /** Other ways papers write the name ("ESM2" for "ESM-2"); unique across the catalog. */
  readonly aliases: readonly string[];
  readonly area: CatalogArea;
  /** Data the model works on, e.g. `protein sequence`, `chest X-ray`, `clinical notes`. */
  readonly modality: readonly string[];
  readonly tasks: readonly string[];
  /** One line in our own words. */
  readonly description: string;
  readonly title: string;
  /** All authors, in order. */
  readonly authors: readonly CatalogAuthor[];
  /** False when the author list is known to be cut short (e.g. a consortium paper). */
  readonly authorsComplete: boolean;
  readonly year: number;
  readonly bibtexType: 'article' | 'inproceedings' | 'misc';
  /** Journal or proceedings. */
  readonly container: string | null;
  readonly volume: string | null;
  readonly issue: string | null;
  readonly pages: string | null;
  readonly doi: string | null;
  readonly arxiv: string | null;
  readonly provenance: CatalogProvenance;
}
