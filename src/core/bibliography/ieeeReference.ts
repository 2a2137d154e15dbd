/**
 * An IEEE reference from a CSL-JSON item, following the IEEE Reference Guide as the CSL project's `ieee.csl`
 * encodes it (names as initials, up to six authors then "et al.", “Title,” in quotes, vol./no./pp., short months,
 * `doi:` at the end). citation-js bundles only APA, Vancouver and Harvard, so the IEEE layout is done here; plain
 * text, without the italics of the printed style.
 */

export type CslItem = Readonly<Record<string, unknown>>;

interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly literal?: string;
  readonly suffix?: string;
  readonly 'non-dropping-particle'?: string;
  readonly 'dropping-particle'?: string;
}

const shortMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** "Jean-Pierre" → "J.-P.", "Ramana V." → "R. V.". */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) =>
      part
        .split('-')
        .filter((piece) => piece !== '')
        .map((piece) => `${Array.from(piece)[0].toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

function personName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given ? initials(name.given) : undefined, name['dropping-particle']].filter(Boolean).join(' ');
  const full = [given, family].filter((part) => part !== '').join(' ');
  return name.suffix ? `${full}, ${name.suffix}` : full;
}

/** IEEE lists up to six names ("A, B, and C"); from seven on, the first and "et al.". */
export function ieeeNames(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const names = (value as CslName[]).map(personName).filter((n) => n !== '');
  if (names.length === 0) return undefined;
  if (names.length >= 7) return `${names[0]} et al.`;
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

function dateParts(value: unknown): number[] {
  const parts = (value as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
  if (!Array.isArray(parts) || !Array.isArray(parts[0])) return [];
  return (parts[0] as unknown[]).map(Number).filter((n) => Number.isFinite(n));
}

function issued(item: CslItem, withMonth: boolean, withDay = false): string | undefined {
  const [year, month, day] = dateParts(item.issued);
  if (year === undefined) return str((item.issued as { literal?: unknown } | undefined)?.literal);
  const monthText = withMonth && month !== undefined && month >= 1 && month <= 12 ? shortMonths[month - 1] : undefined;
  if (monthText && withDay && day !== undefined) return `${monthText} ${day}, ${year}`;
  return monthText ? `${monthText} ${year}` : String(year);
}

function pages(item: CslItem): string | undefined {
  const page = str(item.page);
  if (!page) return undefined;
  const range = page.replace(/\s*-+\s*/g, '–');
  return range.includes('–') || range.includes(',') ? `pp. ${range}` : `p. ${range}`;
}

function locators(item: CslItem): string[] {
  const edition = str(item.edition);
  return [
    edition ? (/^\d+$/.test(edition) ? `${ordinal(Number(edition))} ed.` : edition) : undefined,
    str(item.volume) ? `vol. ${str(item.volume)}` : undefined,
    str(item.issue) ? `no. ${str(item.issue)}` : undefined,
  ].filter((part): part is string => part !== undefined);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `“Title,”`: American punctuation goes inside the closing quote. */
function quoted(title: string | undefined): string | undefined {
  return title ? `“${title},”` : undefined;
}

/** Joins parts with ", " but without a comma after a quoted title, whose comma is already inside the quotes. */
function join(parts: ReadonlyArray<string | undefined>): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    if (out === '') out = part;
    else out += out.endsWith(',”') ? ` ${part}` : `, ${part}`;
  }
  return out;
}

/** Ends the reference: `, doi: X.` (articles) or `. doi: X.` (the rest), else a plain period. */
function finish(body: string, item: CslItem, separator: ', ' | '. '): string {
  const doi = str(item.DOI);
  if (body.endsWith(',”')) return doi ? `${body} doi: ${doi}.` : `${body.slice(0, -2)}.”`;
  const closed = /[.?!]$/.test(body) ? body : `${body}.`;
  if (!doi) return closed;
  return separator === ', ' ? `${body}, doi: ${doi}.` : `${closed} doi: ${doi}.`;
}

function thesisGenre(genre: string | undefined): string | undefined {
  if (!genre) return undefined;
  if (/phd|doctor/i.test(genre)) return 'Ph.D. dissertation';
  if (/master/i.test(genre)) return 'M.S. thesis';
  return genre;
}

/** The reference text (without the leading `[n]`) for one CSL item; `arxiv` adds a preprint's identifier. */
export function ieeeReference(item: CslItem, arxiv?: string): string {
  const type = str(item.type) ?? 'document';
  const people = ieeeNames(item.author) ?? (ieeeNames(item.editor) ? `${ieeeNames(item.editor)}, ${Array.isArray(item.editor) && item.editor.length > 1 ? 'Eds.' : 'Ed.'}` : undefined);
  const title = str(item.title);
  const container = str(item['container-title']);
  const place = str(item['publisher-place']) ?? str(item['event-place']);
  const publisher = str(item.publisher);
  const placeAndPublisher = [place, publisher].filter(Boolean).join(': ') || undefined;
  switch (type) {
    case 'article-journal': {
      const articleNumber = str(item.number) && !str(item.page) ? `Art. no. ${str(item.number)}` : pages(item);
      return finish(join([people, quoted(title), container, ...locators(item), articleNumber, issued(item, true)]), item, ', ');
    }
    case 'paper-conference':
      return finish(join([people, quoted(title), container ? `in ${container}` : undefined, place, issued(item, true), ...locators(item), pages(item)]), item, '. ');
    case 'book': {
      const published = join([placeAndPublisher, issued(item, false)]);
      const book = join([people, title, ...locators(item)]);
      return finish(published ? `${book}${book.endsWith('.') ? '' : '.'} ${published}` : book, item, '. ');
    }
    case 'chapter':
      return finish(join([people, quoted(title), container ? `in ${container}` : undefined, ...locators(item), placeAndPublisher, issued(item, false), pages(item)]), item, '. ');
    case 'thesis':
      return finish(join([people, quoted(title), thesisGenre(str(item.genre)), publisher, place, issued(item, false)]), item, '. ');
    case 'report':
      return finish(join([people, quoted(title), publisher, place, [/tech/i.test(str(item.genre) ?? 'tech') ? 'Tech. Rep.' : str(item.genre), str(item.number)].filter(Boolean).join(' ') || undefined, issued(item, true)]), item, '. ');
    case 'webpage':
    case 'post':
    case 'post-weblog': {
      const body = join([people, quoted(title), container, issued(item, true, true)]);
      const url = str(item.URL);
      if (!url) return finish(body, item, '. ');
      const accessed = dateParts(item.accessed);
      const accessedText = accessed.length >= 3 ? ` Accessed: ${shortMonths[accessed[1] - 1]} ${accessed[2]}, ${accessed[0]}.` : '';
      return `${finish(body, {}, '. ')}${accessedText} [Online]. Available: ${url}`;
    }
    default: {
      if (arxiv) return finish(join([people, quoted(title), issued(item, false), `arXiv:${arxiv}`]), item, ', ');
      return finish(join([people, quoted(title), container, ...locators(item), publisher, pages(item), issued(item, true)]), item, '. ');
    }
  }
}
