import type {
  Draft,
  DraftCitation,
  DraftField,
  DraftFileReference,
  DraftProblem,
  DraftSection,
  NonProseSpan,
  ProseRun,
  ProseZone,
  TopicDeclaration,
} from '../draft/draftModel';
import { LineIndex, type Location } from '../text/lineIndex';
import { dirname, joinPath } from '../util/paths';
import { BlockMaterializer } from './blockMaterial';
import type { FrontMatterFacts, MarkdownBlock, RunFacts } from './markdownBlock';

/** A heading that opens the abstract when the front matter has none (`## Abstract`, `# ABSTRACT:`). */
const ABSTRACT_HEADING = /^abstract\s*[:.]?$/i;

/**
 * The draft of one Markdown file from its top-level blocks, in order. Title and abstract come from the front matter
 * or, failing that, from the first `#` heading and an "Abstract" section; every other heading is a section.
 */
export function assembleMarkdownDraft(
  path: string,
  text: string,
  blocks: readonly MarkdownBlock[],
  materializer = new BlockMaterializer(path),
): Draft {
  const lines = new LineIndex(text);
  const locate = (start: number, end: number): Location => ({ file: path, range: lines.rangeOf(start, end) });
  const frontMatter = blocks.length > 0 && (blocks[0].type === 'yaml' || blocks[0].type === 'toml') ? blocks[0].facts.frontMatter : undefined;
  const titleHeading = frontMatter?.title ? undefined : firstTopHeading(blocks);

  const prose: ProseRun[] = [];
  const sections: DraftSection[] = [];
  const citations: DraftCitation[] = [];
  const nonProse: NonProseSpan[] = [];
  const abstractRuns: { run: RunFacts; start: number }[] = [];
  let title: DraftField | undefined;
  let abstractDepth = 0;
  let abstractSeen = frontMatter?.abstract !== undefined;

  for (const block of blocks) {
    const material = materializer.material(block, lines);
    const runs = block.facts.runs;
    for (let index = 0; index < runs.length; index++) {
      const run = runs[index];
      let zone: ProseZone;
      if (run.role === 'heading') {
        if (abstractDepth > 0 && run.depth <= abstractDepth) abstractDepth = 0;
        if (run === titleHeading) {
          zone = 'title';
          title = { text: run.plain, location: material.runLocations[index] };
        } else {
          zone = 'heading';
          sections.push({ level: run.depth, title: run.plain, location: material.runLocations[index] });
          if (!abstractSeen && ABSTRACT_HEADING.test(run.plain)) {
            abstractSeen = true;
            abstractDepth = run.depth;
          }
        }
      } else if (run.role === 'title' || run.role === 'abstract' || run.role === 'keywords' || run.role === 'caption') {
        zone = run.role;
      } else if (abstractDepth > 0) {
        zone = 'abstract';
        abstractRuns.push({ run, start: block.start });
      } else {
        zone = 'body';
      }
      if (run.text !== '') prose.push(materializer.prose(material, block.facts, index, zone));
    }
    for (const citation of material.citations) citations.push(citation);
    for (const span of material.nonProse) nonProse.push(span);
  }

  const fromFrontMatter = frontMatterParts(frontMatter, blocks[0]?.start ?? 0, locate, dirname(path));
  return {
    format: 'markdown',
    root: path,
    files: [{ path, text, lines }],
    title: fromFrontMatter.title ?? title,
    abstract: fromFrontMatter.abstract ?? sectionAbstract(abstractRuns, locate),
    keywords: fromFrontMatter.keywords,
    sections,
    prose,
    citations,
    bibliographies: fromFrontMatter.bibliographies,
    includes: [],
    nonProse,
    declaredTopics: fromFrontMatter.declaredTopics,
    problems: fromFrontMatter.problems,
  };
}

/** The first heading of the document when it is a level-1 heading: the paper's title when no front matter gives one. */
function firstTopHeading(blocks: readonly MarkdownBlock[]): RunFacts | undefined {
  for (const block of blocks) {
    for (const run of block.facts.runs) if (run.role === 'heading') return run.depth === 1 ? run : undefined;
  }
  return undefined;
}

function sectionAbstract(runs: readonly { run: RunFacts; start: number }[], locate: (start: number, end: number) => Location): DraftField | undefined {
  if (runs.length === 0) return undefined;
  const first = runs[0];
  const last = runs[runs.length - 1];
  return {
    text: runs.map(({ run }) => run.text).join('\n\n'),
    location: locate(first.start + first.run.start, last.start + last.run.end),
  };
}

interface FrontMatterParts {
  readonly title: DraftField | undefined;
  readonly abstract: DraftField | undefined;
  readonly keywords: DraftField[];
  readonly bibliographies: DraftFileReference[];
  readonly declaredTopics: TopicDeclaration | undefined;
  readonly problems: DraftProblem[];
}

/** `folder` is the draft's own folder: pandoc reads `bibliography:` paths relative to the document. */
function frontMatterParts(
  facts: FrontMatterFacts | undefined,
  base: number,
  locate: (start: number, end: number) => Location,
  folder: string,
): FrontMatterParts {
  if (!facts) return { title: undefined, abstract: undefined, keywords: [], bibliographies: [], declaredTopics: undefined, problems: [] };
  const field = (f: { text: string; start: number; end: number } | undefined): DraftField | undefined =>
    f && { text: f.text, location: locate(base + f.start, base + f.end) };
  return {
    title: field(facts.title),
    abstract: field(facts.abstract),
    keywords: facts.keywords.map((keyword) => ({ text: keyword.text, location: locate(base + keyword.start, base + keyword.end) })),
    bibliographies: facts.bibliographies.map((reference) => ({
      path: reference.path,
      resolved: joinPath(folder, reference.path),
      location: locate(base + reference.start, base + reference.end),
    })),
    declaredTopics: facts.topics && { ids: facts.topics.ids, location: locate(base + facts.topics.start, base + facts.topics.end) },
    problems: facts.problems.map((problem) => ({
      code: problem.code,
      message: problem.message,
      location: locate(base + problem.start, base + problem.end),
    })),
  };
}
