import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

/**
 * The pipeline every Markdown read goes through (full parse and incremental slices alike), so that a slice parsed
 * on its own yields exactly the nodes the whole document would.
 *
 * remark-frontmatter is only used when the text opens with a front matter block that is closed: when its
 * construct starts on a first-line `---` and then fails for want of a closing fence, micromark no longer
 * recognises lists and block quotes anywhere after it (micromark-extension-frontmatter 2.0.0). Without the
 * extension, that text parses as CommonMark says.
 */
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMath);
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

const OPENING_FENCE = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/;

/** The mdast tree of `text`; positions carry UTF-16 offsets into `text`. */
export function parseMarkdownTree(text: string): Root {
  return (closedFrontMatterEnd(text) >= 0 ? withFrontMatter : withoutFrontMatter).parse(text);
}

/**
 * Where a front matter block that opens the text ends (just past its closing fence), or -1 when the text opens
 * with none or its fence is never closed. Follows micromark-extension-frontmatter: a fence line is the marker
 * followed by spaces or tabs only; `\r\n`, `\r` and `\n` end lines.
 */
export function closedFrontMatterEnd(text: string): number {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return -1;
  const fence = opening[1];
  let lineStart = opening[0].length;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    if (text.startsWith(fence, lineStart) && isSpaces(text, lineStart + fence.length, lineEnd)) return lineEnd;
    if (lineEnd >= text.length) return -1;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return -1;
}

function isSpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}
