import { bibField, type BibEntry } from './bibIndex';
import { bibYear, parseBibName, plainBibText, splitBibNames } from './bibText';

const titleLength = 60;

/** "Lin", "Lin and Rives", "Lin et al.". */
export function authorLabel(families: readonly string[]): string | undefined {
  if (families.length === 0) return undefined;
  if (families.length === 1) return families[0];
  if (families.length === 2) return `${families[0]} and ${families[1]}`;
  return `${families[0]} et al.`;
}

/** Cuts a title at a word boundary near `max` characters, with an ellipsis. */
export function truncateTitle(title: string, max = titleLength): string {
  if (title.length <= max) return title;
  const cut = title.lastIndexOf(' ', max);
  return `${title.slice(0, cut > max / 2 ? cut : max).replace(/[\s,:;.–—-]+$/, '')}…`;
}

/** "Lin et al., 2023 — Evolutionary-scale prediction of…" from its parts; missing parts are left out. */
export function composeShortLabel(families: readonly string[], year: string | number | undefined, title: string | undefined): string {
  const who = [authorLabel(families), year === undefined ? undefined : String(year)].filter(Boolean).join(', ');
  const what = title ? truncateTitle(title) : undefined;
  return [who || undefined, what].filter(Boolean).join(' — ');
}

/** A one-line description of a bibliography entry for completion details: cheap, no citation-js. */
export function shortLabel(entry: BibEntry): string {
  const people = bibField(entry, 'author') ?? bibField(entry, 'editor');
  const names = people === undefined ? [] : splitBibNames(people);
  // Only the first two names can appear ("A and B" or "A et al."); the rest need only be counted.
  const families = names.map((name, i) => (i < 2 ? parseBibName(name).family : ''));
  const year = bibYear(bibField(entry, 'year') ?? bibField(entry, 'date'));
  const title = bibField(entry, 'title');
  return composeShortLabel(families, year, title === undefined ? undefined : plainBibText(title));
}
