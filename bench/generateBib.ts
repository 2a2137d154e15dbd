/**
 * Synthetic bibliographies shaped like a Zotero / Better BibTeX export (abstracts, many fields, Unicode, LaTeX
 * accents, protected braces, month macros, @string and @comment blocks), for benchmarks and large-file tests.
 * Everything is generated from a seed: the titles, names and identifiers are made up (DOIs use the 10.5555 example
 * prefix) and describe no real paper.
 */

/** A small fast deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const families = ['Lin', 'Rives', 'Meier', 'Müller', 'García', 'Øvrebø', 'Nguyễn', 'Zhang', 'Wang', 'Li', "O'Neil", 'van der Berg', 'Dupont', 'Kowalski', 'Schölkopf', 'Brown', 'Singhal', 'Moor', 'Tu', 'Azizi', 'Huang', 'Ji', 'Zhou', 'Davuluri', 'Ramírez', 'Çelik', 'Jumper', 'Theodoris', 'Cui', 'Yang'];
const latexFamilies = ['M{\\"u}ller', 'Sch{\\"o}lkopf', 'Garc{\\\'i}a', '{\\O}vreb{\\o}', 'Ram{\\\'\\i}rez', '{\\c C}elik'];
const givens = ['Zeming', 'Alexander', 'Joshua', 'Anna-Lena', 'Jean-Pierre', 'Wei', 'Xiaoming', 'Karan', 'Michael', 'Tao', 'Shekoofeh', 'Yanrong', 'Zhihan', 'Ramana V.', 'Christina V.', 'Haotian', 'Bo', 'María José', 'Søren', 'Li'];
const titleWords = ['foundation', 'model', 'protein', 'language', 'transformer', 'single-cell', 'genomic', 'clinical', 'multimodal', 'pretraining', 'self-supervised', 'radiology', 'pathology', 'segmentation', 'prediction', 'structure', 'evolutionary-scale', 'medical', 'imaging', 'benchmark', 'large', 'contrastive', 'representation', 'learning', 'electronic', 'health', 'records', 'drug', 'discovery', 'molecular', 'generation', 'diffusion', 'retrieval', 'augmented', 'reasoning', 'zero-shot', 'biomedical', 'knowledge', 'graph', 'alignment', 'cancer', 'omics', 'cell', 'atlas', 'sequence', 'DNA', 'RNA', 'antibody', 'enzyme', 'epidemiology'];
const protectedWords = ['{BERT}', '{GPT}-4', '{ESM}-2', '{DNA}', '{CT}', '{MRI}', '{RNA}-seq', '{scGPT}', '{AlphaFold}'];
const journals = ['Nature', 'Science', 'Bioinformatics', 'Nature Methods', 'Nature Biotechnology', 'IEEE Journal of Biomedical and Health Informatics', 'Nucleic Acids Research', 'Cell Systems', 'npj Digital Medicine', 'Nature Communications', 'Medical Image Analysis', 'The Lancet Digital Health'];
const conferences = ['Advances in Neural Information Processing Systems', 'Proceedings of the International Conference on Machine Learning', 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition', 'Medical Image Computing and Computer Assisted Intervention \\textendash{} MICCAI 2023'];
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const abstractWords = ['we', 'present', 'a', 'foundation', 'model', 'trained', 'on', 'millions', 'of', 'sequences', 'that', 'learns', 'representations', 'useful', 'for', 'downstream', 'tasks', 'including', 'structure', 'prediction', 'and', 'variant', 'effect', 'across', 'tissues', 'with', 'state-of-the-art', 'accuracy', 'the', 'results', 'show', '{$\\alpha$}-helix', 'β-sheet', '95\\%', 'improvement', 'über', 'naïve', 'baselines', '—', 'in', 'low-resource', 'settings', 'patients', 'cohorts', 'clinical', 'notes', 'images'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function words(random: () => number, pool: readonly string[], count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(random, pool));
  return out.join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface GeneratedAuthor {
  readonly family: string;
  readonly given: string;
}

function authorsFor(random: () => number, latex: boolean): GeneratedAuthor[] {
  const count = 1 + Math.floor(random() * (random() < 0.1 ? 40 : 8));
  const authors: GeneratedAuthor[] = [];
  for (let i = 0; i < count; i++) {
    const family = latex && random() < 0.15 ? pick(random, latexFamilies) : pick(random, families);
    authors.push({ family, given: pick(random, givens) });
  }
  return authors;
}

function keyFor(family: string, year: number, title: string, index: number): string {
  const ascii = family.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'anon';
  const word = title.split(/\s+/).find((w) => /^[a-z]{4,}$/i.test(w))?.toLowerCase() ?? 'paper';
  return `${ascii}${year}${word}${index.toString(36)}`;
}

/** One generated entry's facts, shared by the BibTeX and CSL-JSON outputs. */
interface GeneratedPaper {
  readonly key: string;
  readonly kind: 'article' | 'inproceedings' | 'misc';
  readonly title: string;
  readonly authors: GeneratedAuthor[];
  readonly year: number;
  readonly month: number;
  readonly container: string;
  readonly abstract: string;
  readonly doi: string;
  readonly arxiv?: string;
  readonly volume: number;
  readonly pages: string;
}

function paperFor(random: () => number, index: number, latex: boolean): GeneratedPaper {
  const title = `${capitalize(words(random, titleWords, 3 + Math.floor(random() * 6)))}${random() < 0.4 ? ` with ${pick(random, protectedWords)}` : ''}: ${words(random, titleWords, 2 + Math.floor(random() * 5))}`;
  const authors = authorsFor(random, latex);
  const year = 2015 + Math.floor(random() * 11);
  const kindRoll = random();
  const kind = kindRoll < 0.6 ? 'article' : kindRoll < 0.85 ? 'inproceedings' : 'misc';
  const first = 1 + Math.floor(random() * 900);
  return {
    key: keyFor(authors[0].family, year, title, index),
    kind,
    title,
    authors,
    year,
    month: 1 + Math.floor(random() * 12),
    container: kind === 'inproceedings' ? pick(random, conferences) : pick(random, journals),
    abstract: capitalize(words(random, abstractWords, 60 + Math.floor(random() * 160))) + '.',
    doi: `10.5555/gen.${year}.${index}`,
    arxiv: kind === 'misc' || random() < 0.2 ? `${String(year % 100).padStart(2, '0')}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}.${String(10000 + index).slice(-5)}` : undefined,
    volume: 1 + Math.floor(random() * 60),
    pages: `${first}--${first + 5 + Math.floor(random() * 20)}`,
  };
}

function bibtexFor(paper: GeneratedPaper, random: () => number): string {
  const lines = [`@${paper.kind}{${paper.key},`, `  title = {${paper.title}},`, `  author = {${paper.authors.map((a) => `${a.family.includes(' ') ? `{${a.family}}` : a.family}, ${a.given}`).join(' and ')}},`, `  year = {${paper.year}},`, `  month = ${months[paper.month - 1]},`];
  if (paper.kind === 'article') lines.push(`  journal = {${paper.container}},`, `  volume = {${paper.volume}},`, `  number = {${1 + Math.floor(random() * 12)}},`, `  pages = {${paper.pages}},`, '  publisher = {{Oxford University Press}},');
  if (paper.kind === 'inproceedings') lines.push(`  booktitle = {${paper.container}},`, `  pages = {${paper.pages}},`, '  address = {Vancouver, BC, Canada},');
  if (paper.kind === 'misc') lines.push('  publisher = {arXiv},', '  howpublished = {Preprint},');
  if (paper.arxiv) lines.push(`  eprint = {${paper.arxiv}},`, '  archiveprefix = {arXiv},', '  primaryclass = {q-bio.QM},');
  lines.push(
    `  doi = {${paper.doi}},`,
    `  urldate = {2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}},`,
    `  abstract = {${paper.abstract}},`,
    `  langid = {english},`,
    `  keywords = {${words(random, titleWords, 4).split(' ').join(', ')}},`,
    `  file = {/home/user/Zotero/storage/${Math.floor(random() * 1e8).toString(36).toUpperCase()}/${paper.key}.pdf}`,
    '}',
  );
  return lines.join('\n');
}

/** A Zotero-like `.bib` file with `count` entries (plus an @string, @preamble and @comment block). */
export function generateBibtex(count: number, seed = 1): string {
  const random = seededRandom(seed);
  const parts = ['% Encoding: UTF-8', '@string{natmeth = "Nature Methods"}', '@preamble{"\\providecommand{\\noopsort}[1]{}"}', ''];
  for (let i = 0; i < count; i++) parts.push(bibtexFor(paperFor(random, i, true), random), '');
  parts.push('@comment{jabref-meta: databaseType:bibtex;}', '');
  return parts.join('\n');
}

/** A generated `.bib` of at least `bytes` UTF-16 units (approximately bytes for this mostly-ASCII text). */
export function generateBibtexOfSize(bytes: number, seed = 1): { readonly text: string; readonly entries: number } {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  let entries = 0;
  while (length < bytes) {
    const entry = bibtexFor(paperFor(random, entries, true), random);
    parts.push(entry);
    length += entry.length + 2;
    entries++;
  }
  return { text: parts.join('\n\n') + '\n', entries };
}

/** A CSL-JSON bibliography (as Zotero exports it) with `count` items. */
export function generateCslJson(count: number, seed = 1): string {
  const random = seededRandom(seed);
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const paper = paperFor(random, i, false);
    items.push({
      id: paper.key,
      type: paper.kind === 'article' ? 'article-journal' : paper.kind === 'inproceedings' ? 'paper-conference' : 'article',
      title: paper.title.replace(/[{}]/g, ''),
      author: paper.authors,
      issued: { 'date-parts': [[paper.year, paper.month]] },
      'container-title': paper.container,
      volume: String(paper.volume),
      page: paper.pages.replace('--', '-'),
      DOI: paper.doi,
      abstract: paper.abstract,
      ...(paper.arxiv ? { number: `arXiv:${paper.arxiv}` } : {}),
    });
  }
  return JSON.stringify(items, null, 2);
}
