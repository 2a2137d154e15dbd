import assert from 'node:assert/strict';
import { catalogEntries } from '../../src/core/catalog/catalog';
import { runCli } from '../../src/cli/runCli';
import { catalogCommand, type CatalogJsonEntry } from '../../src/cli/commands/catalogCommand';
import { memoryCliIo } from './support/memoryCliIo';

async function run(...argv: string[]) {
  const io = memoryCliIo({});
  const status = await runCli(['catalog', ...argv], io, [catalogCommand]);
  return { status, out: io.stdout(), err: io.stderr() };
}

describe('biofm catalog', () => {
  it('lists every entry as one text line by default', async () => {
    const { status, out } = await run();
    assert.equal(status, 0);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, catalogEntries.length);
    assert.ok(lines.includes('lin2023esm2\tESM-2\tcomputational-biology\t2023\tdoi:10.1126/science.ade2574'));
    assert.ok(lines.includes('wu2023radfm\tRadFM\tmedical-imaging\t2023\tUNVERIFIED'));
  });

  it('writes versioned JSON for a query, with the fields scripts need', async () => {
    const { status, out } = await run('--format', 'json', 'esm2');
    assert.equal(status, 0);
    const parsed = JSON.parse(out) as { version: number; entries: CatalogJsonEntry[] };
    assert.equal(parsed.version, 1);
    assert.equal(parsed.entries[0].key, 'lin2023esm2');
    assert.deepEqual(Object.keys(parsed.entries[0]), ['key', 'name', 'aliases', 'area', 'title', 'authors', 'authorsComplete', 'year', 'container', 'volume', 'issue', 'pages', 'doi', 'arxiv', 'verified']);
    assert.equal(parsed.entries[0].verified, true);
    assert.equal(parsed.entries[0].doi, '10.1126/science.ade2574');
  });

  it('filters by area and exports BibTeX and CSL-JSON', async () => {
    const bib = await run('--format', 'bibtex', '--area', 'public-health');
    assert.equal(bib.status, 0);
    const keys = [...bib.out.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]);
    assert.deepEqual(keys, catalogEntries.filter((e) => e.area === 'public-health').map((e) => e.key));
    const csl = await run('--format=csl', 'medsam');
    const items = JSON.parse(csl.out) as { id: string; DOI?: string }[];
    assert.equal(items[0].id, 'ma2024medsam');
    assert.equal(items[0].DOI, '10.1038/s41467-024-44824-z');
  });

  it('exits 1 when nothing matches and 2 on a bad format or area', async () => {
    const none = await run('zzzzqqq');
    assert.equal(none.status, 1);
    assert.match(none.err, /no catalog entry matches 'zzzzqqq'/);
    const badFormat = await run('--format', 'xml');
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.err, /--format must be one of text, json, bibtex, csl/);
    const badArea = await run('--area', 'genomics');
    assert.equal(badArea.status, 2);
    assert.match(badArea.err, /--area must be one of computational-biology/);
  });
});
