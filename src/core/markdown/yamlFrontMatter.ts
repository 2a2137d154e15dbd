import { isMap, isScalar, parseDocument } from 'yaml';
import { FrontMatterBuilder, type FrontMatterReading } from './frontMatterBuilder';
import type { SpanFacts } from './markdownBlock';

/** The text between a front matter block's opening and closing fence lines. */
export function frontMatterContent(source: string, nodeStart: number, nodeEnd: number): SpanFacts {
  const firstBreak = source.indexOf('\n', nodeStart);
  const start = firstBreak < 0 || firstBreak >= nodeEnd ? nodeEnd : firstBreak + 1;
  const closingLine = source.lastIndexOf('\n', nodeEnd - 1) + 1;
  let end = closingLine - 1;
  if (end > start && source[end - 1] === '\r') end--;
  return { start, end: Math.max(start, end) };
}

/**
 * Reads pandoc / Quarto / R Markdown YAML front matter (`title`, `abstract`, `keywords`, `bibliography`, `csl`,
 * and our `topics`). Broken YAML gives problems with their ranges; whatever parsed is still read. Offsets are
 * relative to `base`.
 */
export function readYamlFrontMatter(source: string, nodeStart: number, nodeEnd: number, base: number): FrontMatterReading {
  const content = frontMatterContent(source, nodeStart, nodeEnd);
  const reading = new FrontMatterBuilder(source, content.start, base);
  try {
    const document = parseDocument(source.slice(content.start, content.end), { prettyErrors: false, uniqueKeys: false });
    for (const error of document.errors) reading.problem('markdown/front-matter-yaml', firstLine(error.message), error.pos);
    const root = document.contents;
    if (isMap(root)) {
      for (const pair of root.items) {
        if (isScalar(pair.key)) reading.entry(String(pair.key.value), pair.key, pair.value);
      }
    } else if (root !== null && !(isScalar(root) && root.value === null)) {
      reading.problem('markdown/front-matter-not-map', 'Front matter should be a map of keys to values.', root.range);
    }
  } catch (error) {
    reading.problem('markdown/front-matter-yaml', `The front matter could not be read: ${String(error)}`, [0, content.end - content.start]);
  }
  return reading.result();
}

export function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

