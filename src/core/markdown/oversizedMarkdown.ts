import type { Draft } from '../draft/draftModel';
import { assembleMarkdownDraft } from './assembleMarkdownDraft';
import type { MarkdownBlock } from './markdownBlock';
import { closedFrontMatterEnd } from './markdownPipeline';
import { readYamlFrontMatter } from './yamlFrontMatter';
import { readTomlFrontMatter } from './tomlFrontMatter';

/** Drafts longer than this (about 600,000 words) are not parsed: remark would take minutes and gigabytes. */
export const MAX_MARKDOWN_LENGTH = 4_000_000;
/**
 * Paragraphs (stretches without a blank line) longer than this are not parsed either: remark's inline parsing grows
 * faster than linearly with paragraph length (a 200 kB paragraph takes seconds, a 10 MB line hours).
 */
export const MAX_PARAGRAPH_LENGTH = 100_000;

/** Why `text[from..to)` cannot be parsed in reasonable time, or undefined when it can. */
export function oversizeReason(text: string, from = 0, to = text.length): { reason: string; start: number; end: number } | undefined {
  if (text.length > MAX_MARKDOWN_LENGTH) {
    return { reason: `the draft has ${text.length} characters (at most ${MAX_MARKDOWN_LENGTH} are read)`, start: 0, end: 0 };
  }
  let stretchStart = from;
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= to ? to : newline;
    if (isBlank(text, lineStart, lineEnd)) stretchStart = lineEnd + 1;
    else if (lineEnd - stretchStart > MAX_PARAGRAPH_LENGTH) {
      return { reason: `a paragraph is longer than ${MAX_PARAGRAPH_LENGTH} characters`, start: stretchStart, end: stretchStart };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * The draft of a text too large to parse: its front matter (title, abstract, keywords, topics, bibliography) is
 * still read, and a problem says why the rest is not.
 */
export function readOversizedDraft(path: string, text: string, why: { reason: string; start: number; end: number }): Draft {
  const blocks: MarkdownBlock[] = [];
  const frontMatterEnd = closedFrontMatterEnd(text.length > MAX_MARKDOWN_LENGTH ? text.slice(0, MAX_PARAGRAPH_LENGTH) : text);
  if (frontMatterEnd >= 0 && frontMatterEnd <= MAX_PARAGRAPH_LENGTH) {
    const read = text.startsWith('+') ? readTomlFrontMatter : readYamlFrontMatter;
    const reading = read(text, 0, frontMatterEnd, 0);
    blocks.push({
      type: text.startsWith('+') ? 'toml' : 'yaml',
      start: 0,
      end: frontMatterEnd,
      facts: { runs: reading.runs, citations: [], nonProse: [{ kind: 'frontmatter', start: 0, end: frontMatterEnd }], definitions: [], frontMatter: reading.facts },
    });
  }
  const draft = assembleMarkdownDraft(path, text, blocks);
  const location = draft.files[0].lines.rangeOf(why.start, why.end);
  return {
    ...draft,
    problems: [...draft.problems, { code: 'markdown/too-large', message: `Not analysed: ${why.reason}.`, location: { file: path, range: location } }],
  };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
