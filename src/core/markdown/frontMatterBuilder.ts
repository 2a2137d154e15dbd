import { isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import type { FieldFacts, FileReferenceFacts, FrontMatterFacts, ProblemFacts, RunFacts } from './markdownBlock';
import { buildRun, mappedExtent } from './proseRunBuilder';
import type { SourcedText } from './sourcedText';
import { mapYamlScalar } from './yamlScalarSource';

/** What the front matter gives the draft: its facts, and the prose runs of its title, abstract and keywords. */
export interface FrontMatterReading {
  readonly facts: FrontMatterFacts;
  readonly runs: readonly RunFacts[];
}

/**
 * Gathers front matter entries from YAML nodes whose ranges count from `contentStart` in the source (TOML values
 * are read as the YAML flow values they also are).
 */
export class FrontMatterBuilder {
  private title: FieldFacts | undefined;
  private abstract: FieldFacts | undefined;
  private readonly keywords: FieldFacts[] = [];
  private readonly bibliographies: FileReferenceFacts[] = [];
  private csl: FileReferenceFacts | undefined;
  private topics: FrontMatterFacts['topics'];
  private readonly problems: ProblemFacts[] = [];
  private readonly runs: RunFacts[] = [];

  constructor(
    private readonly source: string,
    private readonly contentStart: number,
    private readonly base: number,
  ) {}

  problem(code: string, message: string, range: readonly number[] | undefined): void {
    const from = this.contentStart + (range?.[0] ?? 0);
    const to = this.contentStart + (range?.[1] ?? range?.[0] ?? 0);
    this.problems.push({ code, message, start: from - this.base, end: Math.max(from, to) - this.base });
  }

  entry(key: string, keyNode: Scalar, value: YamlNode | null): void {
    if (key === 'title' && isScalar(value)) this.title = this.field('title', value);
    else if (key === 'abstract' && isScalar(value)) this.abstract = this.field('abstract', value);
    else if (key === 'keywords') this.readKeywords(value);
    else if (key === 'bibliography') this.readBibliographies(value);
    else if (key === 'csl' && isScalar(value)) this.csl = this.fileReference(value);
    else if (key === 'topics') this.readTopics(keyNode, value);
  }

  result(): FrontMatterReading {
    const { title, abstract, keywords, bibliographies, csl, topics, problems } = this;
    return { facts: { title, abstract, keywords, bibliographies, csl, topics, problems }, runs: this.runs };
  }

  private scalarText(scalar: Scalar): SourcedText | undefined {
    if (!scalar.range || scalar.value === null) return undefined;
    const style = scalar.type ?? 'PLAIN';
    return mapYamlScalar(this.source, this.contentStart + scalar.range[0], this.contentStart + scalar.range[1], style);
  }

  /** A field and its run from a mapped text; the field's range is that of its mapped characters. */
  private fieldFrom(role: 'title' | 'abstract' | 'keywords', untrimmed: SourcedText): FieldFacts | undefined {
    const whole = untrimmed.toString();
    const lead = whole.length - whole.trimStart().length;
    const text = untrimmed.slice(lead, lead + whole.trim().length);
    const extent = mappedExtent(text);
    if (!extent) return undefined;
    const plain = text.toString().trim();
    const run = buildRun(role, 0, text, [], this.base, extent, plain);
    if (run) this.runs.push(run);
    return plain === '' ? undefined : { text: plain, start: extent.start - this.base, end: extent.end - this.base };
  }

  private field(role: 'title' | 'abstract', scalar: Scalar): FieldFacts | undefined {
    const text = this.scalarText(scalar);
    return text ? this.fieldFrom(role, text) : undefined;
  }

  private readKeywords(value: YamlNode | null): void {
    const items = isSeq(value) ? value.items : isScalar(value) ? [value] : [];
    for (const item of items) {
      if (!isScalar(item)) continue;
      const text = this.scalarText(item);
      if (!text) continue;
      // A single string lists keywords separated by commas (`keywords: a, b, c`).
      const whole = text.toString();
      let from = 0;
      for (let comma = whole.indexOf(','); ; comma = whole.indexOf(',', from)) {
        const to = isSeq(value) || comma < 0 ? whole.length : comma;
        const keyword = this.fieldFrom('keywords', text.slice(from, to));
        if (keyword) this.keywords.push(keyword);
        if (to === whole.length) break;
        from = to + 1;
      }
    }
  }

  private fileReference(scalar: Scalar): FileReferenceFacts | undefined {
    const text = this.scalarText(scalar);
    const extent = text && mappedExtent(text);
    if (!text || !extent) return undefined;
    return { path: text.toString().trim(), start: extent.start - this.base, end: extent.end - this.base };
  }

  private readBibliographies(value: YamlNode | null): void {
    const items = isSeq(value) ? value.items : [value];
    for (const item of items) {
      const reference = isScalar(item) ? this.fileReference(item) : undefined;
      if (reference && reference.path !== '') this.bibliographies.push(reference);
    }
  }

  /** `topics: [6, 9]`, `topics: "6, 9"` or `topics: 6`; the declaration's range is the whole entry. */
  private readTopics(keyNode: Scalar, value: YamlNode | null): void {
    const ids: number[] = [];
    const items = isSeq(value) ? value.items : [value];
    const invalid: string[] = [];
    for (const item of items) {
      const raw: unknown = isScalar(item) ? item.value : undefined;
      if (typeof raw !== 'string' && typeof raw !== 'number') continue;
      for (const part of String(raw).split(/[\s,;]+/)) {
        if (part === '') continue;
        const id = Number(part);
        if (Number.isInteger(id) && id > 0) ids.push(id);
        else invalid.push(part);
      }
    }
    const start = this.contentStart + (keyNode.range?.[0] ?? 0);
    const end = this.contentStart + (value?.range?.[1] ?? keyNode.range?.[1] ?? 0);
    this.topics = { ids, start: start - this.base, end: end - this.base };
    if (invalid.length > 0) {
      this.problems.push({
        code: 'markdown/topics-invalid',
        message: `Topics are numbers of the venue's topic list; not understood: ${invalid.join(', ')}.`,
        start: start - this.base,
        end: end - this.base,
      });
    }
  }
}
