import { LineIndex } from '../text/lineIndex';
import type { Draft, DraftField, ProseRun, ProseZone } from './draftModel';

/** The parts of a paper given as plain text; each is optional. */
export interface PlainTextParts {
  readonly title?: string;
  readonly abstract?: string;
  /** Keywords as a list, or as one comma- or semicolon-separated line. */
  readonly keywords?: readonly string[] | string;
  /** Body text; paragraphs are separated by blank lines and become one prose run each. */
  readonly body?: string;
}

const partSeparator = '\n\n';

/**
 * A draft read from plain text: one synthetic Markdown-format file whose text is the given parts joined by blank
 * lines (title, abstract, keywords line, body), with prose runs in the right zones and pieces mapping each run back
 * to its exact characters. For tests, the CLI's `--text` input and anything that has prose but no paper file.
 */
export function plainTextDraft(parts: PlainTextParts, path = 'untitled.txt'): Draft {
  const keywords = keywordList(parts.keywords);
  const segments: { zone: ProseZone; text: string }[] = [];
  if (parts.title !== undefined && parts.title.trim() !== '') segments.push({ zone: 'title', text: parts.title.trim() });
  if (parts.abstract !== undefined && parts.abstract.trim() !== '') segments.push({ zone: 'abstract', text: parts.abstract.trim() });
  if (keywords.length > 0) segments.push({ zone: 'keywords', text: keywords.join(', ') });
  for (const paragraph of paragraphs(parts.body ?? '')) segments.push({ zone: 'body', text: paragraph });

  let text = '';
  const starts: number[] = [];
  for (const segment of segments) {
    if (text !== '') text += partSeparator;
    starts.push(text.length);
    text += segment.text;
  }
  const lines = new LineIndex(text);
  const location = (start: number, end: number) => ({ file: path, range: lines.rangeOf(start, end) });

  const prose: ProseRun[] = segments.map((segment, i) => ({
    file: path,
    zone: segment.zone,
    text: segment.text,
    pieces: [{ textStart: 0, sourceStart: starts[i], length: segment.text.length }],
  }));
  const fieldOf = (zone: ProseZone): DraftField | undefined => {
    const i = segments.findIndex((s) => s.zone === zone);
    return i === -1 ? undefined : { text: segments[i].text, location: location(starts[i], starts[i] + segments[i].text.length) };
  };
  const keywordFields: DraftField[] = [];
  const keywordIndex = segments.findIndex((s) => s.zone === 'keywords');
  if (keywordIndex !== -1) {
    let offset = starts[keywordIndex];
    for (const keyword of keywords) {
      keywordFields.push({ text: keyword, location: location(offset, offset + keyword.length) });
      offset += keyword.length + 2;
    }
  }

  return {
    format: 'markdown',
    root: path,
    files: [{ path, text, lines }],
    title: fieldOf('title'),
    abstract: fieldOf('abstract'),
    keywords: keywordFields,
    sections: [],
    prose,
    citations: [],
    bibliographies: [],
    includes: [],
    nonProse: [],
    declaredTopics: undefined,
    problems: [],
  };
}

function keywordList(keywords: PlainTextParts['keywords']): string[] {
  const list = typeof keywords === 'string' ? keywords.split(/[,;]/) : (keywords ?? []);
  return list.map((k) => k.replace(/\s+/g, ' ').trim()).filter((k) => k !== '');
}

function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
