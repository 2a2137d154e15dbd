import type { CatalogArea, CatalogEntry } from './catalogEntry';

const areaLabels: Readonly<Record<CatalogArea, string>> = {
  'computational-biology': 'Computational biology',
  'drug-discovery': 'Drug discovery',
  'clinical-informatics': 'Clinical informatics',
  'medical-imaging': 'Medical imaging',
  'public-health': 'Public health',
};

/** The area as people write it ("Medical imaging"). */
export function areaLabel(area: CatalogArea): string {
  return areaLabels[area];
}

/** The exact warning shown for entries whose bibliographic facts were not checked. */
export const unverifiedWarning = '⚠ Unverified: bibliographic facts not checked — verify before citing';

/**
 * Escapes Markdown syntax so names like `RETFound_MAE` and titles with `*`, `[` or `&amp;` render literally. Every
 * ASCII punctuation character may be backslash-escaped in CommonMark, so escaping a few more than needed is harmless.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&!()+{}]/g, (char) => `\\${char}`);
}

/** "Lin, Akin, Rao et al." — three family names at most, as a hover has little room. */
function shortAuthors(entry: CatalogEntry): string {
  const families = entry.authors.map((a) => a.family);
  const shown = families.slice(0, 3).join(', ');
  return families.length > 3 || !entry.authorsComplete ? `${shown} et al.` : shown;
}

/** "*Science* 379(6637):1123–1130" — as much of the source as is known. */
function source(entry: CatalogEntry): string {
  if (entry.container === null) return '';
  let text = `*${escapeMarkdown(entry.container)}*`;
  if (entry.volume !== null) text += ` ${escapeMarkdown(entry.volume)}`;
  if (entry.issue !== null) text += `(${escapeMarkdown(entry.issue)})`;
  if (entry.pages !== null && !/^arxiv:/i.test(entry.pages)) text += `${entry.volume === null ? ',' : ':'} ${escapeMarkdown(entry.pages.replace(/(\d)-(\w)/, '$1–$2'))}`;
  return text;
}

/** A short Markdown card for hovers and completion documentation. */
export function modelCardMarkdown(entry: CatalogEntry): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entry.name)}** · ${areaLabel(entry.area)}`);
  if (entry.aliases.length > 0) lines.push(`Also written: ${entry.aliases.map(escapeMarkdown).join(', ')}`);
  lines.push('');
  lines.push(escapeMarkdown(entry.description));
  lines.push('');
  lines.push(`- Modality: ${entry.modality.map(escapeMarkdown).join(', ')}`);
  lines.push(`- Tasks: ${entry.tasks.map(escapeMarkdown).join(', ')}`);
  lines.push('');
  const where = source(entry);
  lines.push(`${escapeMarkdown(shortAuthors(entry))} (${entry.year}). ${escapeMarkdown(entry.title)}.${where === '' ? '' : ` ${where}.`}`);
  const links: string[] = [];
  if (entry.doi !== null) links.push(`[doi:${escapeMarkdown(entry.doi)}](https://doi.org/${encodeURI(entry.doi).replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  if (entry.arxiv !== null) links.push(`[arXiv:${entry.arxiv}](https://arxiv.org/abs/${entry.arxiv})`);
  if (links.length > 0) lines.push(`${lines.pop() ?? ''}  \n${links.join(' · ')}`);
  lines.push('');
  lines.push(`Citation key: \`${entry.key}\``);
  if (entry.provenance.status === 'unverified') {
    lines.push('');
    lines.push(unverifiedWarning);
  }
  if (entry.provenance.notes !== undefined) {
    lines.push('');
    lines.push(`*Note:* ${escapeMarkdown(entry.provenance.notes)}`);
  }
  return `${lines.join('\n')}\n`;
}
