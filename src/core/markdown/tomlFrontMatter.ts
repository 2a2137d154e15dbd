import { parseDocument, Scalar, visit } from 'yaml';
import { FrontMatterBuilder, type FrontMatterReading } from './frontMatterBuilder';
import { firstLine, frontMatterContent } from './yamlFrontMatter';

const ENTRY = /^([ \t]*)([A-Za-z0-9_-]+)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const KEYS = new Set(['title', 'abstract', 'keywords', 'bibliography', 'csl', 'topics']);

/**
 * Reads Hugo-style TOML front matter (`+++`) for the same keys as YAML. Only one-line entries are read: strings,
 * numbers and arrays of them, which are also YAML flow values, so the YAML reader's mapping applies unchanged.
 */
export function readTomlFrontMatter(source: string, nodeStart: number, nodeEnd: number, base: number): FrontMatterReading {
  const content = frontMatterContent(source, nodeStart, nodeEnd);
  const builder = new FrontMatterBuilder(source, content.start, base);
  let lineStart = content.start;
  while (lineStart < content.end) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > content.end ? content.end : newline;
    const match = ENTRY.exec(source.slice(lineStart, lineEnd).replace(/\r$/, ''));
    if (match && KEYS.has(match[2])) {
      const keyStart = lineStart + match[1].length - content.start;
      const valueStart = lineStart + match[0].length - match[3].length - (match[0].length - match[0].trimEnd().length);
      readEntry(builder, match[2], keyStart, match[3], valueStart - content.start);
    }
    lineStart = lineEnd + 1;
  }
  return builder.result();
}

function readEntry(builder: FrontMatterBuilder, key: string, keyStart: number, value: string, valueStart: number): void {
  try {
    const document = parseDocument(value, { prettyErrors: false });
    for (const error of document.errors) {
      builder.problem('markdown/front-matter-toml', firstLine(error.message), [valueStart + error.pos[0], valueStart + error.pos[1]]);
    }
    visit(document, {
      Node(_, node) {
        if (node.range) node.range = [node.range[0] + valueStart, node.range[1] + valueStart, node.range[2] + valueStart];
      },
    });
    const keyNode = new Scalar(key);
    keyNode.range = [keyStart, keyStart + key.length, keyStart + key.length];
    builder.entry(key, keyNode, document.contents);
  } catch (error) {
    builder.problem('markdown/front-matter-toml', `Could not read ${key}: ${String(error)}`, [valueStart, valueStart + value.length]);
  }
}
