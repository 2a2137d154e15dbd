import { catalogEntries, findByKey, searchCatalog } from '../../core/catalog/catalog';
import type { CatalogEntry } from '../../core/catalog/catalogEntry';
import { compactName } from '../../core/catalog/nameFolding';
import { planCatalogCitation } from '../../core/bibliography/appendEntry';
import type { BibIndex } from '../../core/bibliography/bibIndex';
import { scanBibtex } from '../../core/bibliography/bibScanner';
import { readCslJson } from '../../core/bibliography/cslJsonReader';
import { LineIndex } from '../../core/text/lineIndex';
import { optionValue, UsageError, type CliCommand, type ParsedArgs } from '../cliCommand';
import type { CliIo } from '../cliIo';

/** A catalog key, or a model name or alias that names exactly one model ("ESM-2", "esm2"). */
function resolveModel(query: string): CatalogEntry[] {
  const byKey = findByKey(query) ?? catalogEntries.find((e) => e.key.toLowerCase() === query.toLowerCase());
  if (byKey) return [byKey];
  const wanted = compactName(query);
  return catalogEntries.filter((e) => [e.name, ...e.aliases].some((name) => compactName(name) === wanted));
}

/** Catalog search first; failing that, models whose name shares the longest possible start with the query ("esm-17"). */
function suggestionsFor(query: string): CatalogEntry[] {
  const found = searchCatalog(query, { limit: 5 });
  if (found.length > 0) return found;
  const wanted = compactName(query);
  for (let length = wanted.length - 1; length >= 3; length--) {
    const start = wanted.slice(0, length);
    const close = catalogEntries.filter((e) => [e.key, e.name, ...e.aliases].some((name) => compactName(name).startsWith(start)));
    if (close.length > 0) return close.slice(0, 5);
  }
  return [];
}

function unknownModel(query: string, io: CliIo): number {
  const suggestions = suggestionsFor(query);
  const hint = suggestions.length === 0 ? "run 'biofm catalog' to list the models" : `did you mean: ${suggestions.map((e) => `${e.key} (${e.name})`).join(', ')}?`;
  io.err(`biofm cite: no catalog model '${query}'; ${hint}\n`);
  return 2;
}

function problemNote(file: string, text: string, index: BibIndex, io: CliIo): void {
  const first = index.problems[0];
  if (!first) return;
  const line = new LineIndex(text).positionAt(first.start).line + 1;
  io.err(`note: ${file} has ${index.problems.length} problem(s); the first, line ${line}: ${first.message}\n`);
}

async function add(query: string, file: string, io: CliIo): Promise<number> {
  const models = resolveModel(query);
  if (models.length === 0) return unknownModel(query, io);
  if (models.length > 1) {
    io.err(`biofm cite: '${query}' names several models: ${models.map((e) => `${e.key} (${e.name})`).join(', ')}; give a key\n`);
    return 2;
  }
  const entry = models[0];
  const path = io.resolvePath(file);
  const isCslJson = /\.json$/i.test(file);
  if (!(await io.exists(path))) {
    if (isCslJson) throw new UsageError(`${file} does not exist; 'cite add' creates BibTeX files only`);
    const plan = planCatalogCitation('', scanBibtex(path, ''), entry);
    await io.writeTextAtomic(path, plan.edit?.insert ?? '');
    io.out(`created ${file} with ${plan.keyToCite}\n`);
  } else {
    const text = await io.readText(path);
    const index = isCslJson ? readCslJson(path, text) : scanBibtex(path, text);
    problemNote(file, text, index, io);
    const plan = planCatalogCitation(text, index, entry);
    if (plan.existing) {
      const how = plan.existing.matchedBy === 'key' ? 'an entry with this key' : `this paper (same ${plan.existing.matchedBy === 'doi' ? 'DOI' : 'arXiv id'})`;
      io.out(`${file} already has ${how} as ${plan.keyToCite}; nothing added\n`);
      return 0;
    }
    // Appending BibTeX to a JSON array would break it, and rewriting the user's JSON is not this command's to do.
    if (isCslJson) throw new UsageError(`${file} is CSL-JSON; 'cite add' appends BibTeX only (try 'biofm catalog --format csl ${entry.key}')`);
    if (plan.edit) await io.writeTextAtomic(path, text.slice(0, plan.edit.offset) + plan.edit.insert + text.slice(plan.edit.offset));
    io.out(`added ${plan.keyToCite} to ${file}\n`);
  }
  if (entry.provenance.status !== 'verified') io.err(`note: the catalog's facts for ${entry.key} are not fully verified; check them before submitting\n`);
  return 0;
}

/** `biofm cite add KEY --bib FILE`: append a catalog model's BibTeX to a bibliography, unless it is already there. */
export const citeCommand: CliCommand = {
  name: 'cite',
  usage: 'cite add KEY|MODEL --bib FILE',
  valueOptions: ['bib'],
  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const [action, query, ...rest] = args.positionals;
    if (action !== 'add') throw new UsageError(action === undefined ? 'missing action: add' : `unknown action '${action}' (expected add)`);
    if (query === undefined || query.trim() === '') throw new UsageError('missing the catalog key or model name');
    if (rest.length > 0) throw new UsageError(`one model at a time (got also: ${rest.join(' ')})`);
    const file = optionValue(args, 'bib');
    if (file === undefined) throw new UsageError('--bib FILE is required');
    return add(query.trim(), file, io);
  },
};
