import assert from 'node:assert/strict';
import { InputError } from '../../src/cli/cliIo';
import { runCli } from '../../src/cli/runCli';
import { citeCommand } from '../../src/cli/commands/citeCommand';
import { scanBibtex } from '../../src/core/bibliography/bibScanner';
import { memoryCliIo, type MemoryCliIo } from './support/memoryCliIo';

async function run(io: MemoryCliIo, ...argv: string[]) {
  const status = await runCli(['cite', ...argv], io, [citeCommand]);
  return { status, out: io.stdout(), err: io.stderr() };
}

describe('biofm cite add', () => {
  it('appends the catalog entry to an existing .bib without touching its bytes', async () => {
    const original = '@article{a,\r\n  title = {Ü}\r\n}';
    const io = memoryCliIo({ 'refs.bib': original });
    const { status, out, err } = await run(io, 'add', 'lin2023esm2', '--bib', 'refs.bib');
    assert.equal(status, 0, err);
    assert.equal(out, 'added lin2023esm2 to refs.bib\n');
    const written = io.files['/project/refs.bib'];
    assert.ok(written.startsWith(`${original}\r\n\r\n@article{lin2023esm2,\r\n`));
    assert.deepEqual(
      scanBibtex('refs.bib', written).entries.map((e) => e.key),
      ['a', 'lin2023esm2'],
    );
  });

  it('accepts a unique model name or alias, and adds nothing when the paper is already there', async () => {
    const io = memoryCliIo({ 'refs.bib': '@article{myesm, doi = {10.1126/science.ade2574}}\n' });
    const { status, out } = await run(io, 'add', 'ESMFold', '--bib', 'refs.bib');
    assert.equal(status, 0);
    assert.equal(out, 'refs.bib already has this paper (same DOI) as myesm; nothing added\n');
    assert.equal(io.files['/project/refs.bib'], '@article{myesm, doi = {10.1126/science.ade2574}}\n');
  });

  it('creates a missing file with just the entry and says so', async () => {
    const io = memoryCliIo({});
    const { status, out } = await run(io, 'add', 'esm2', '--bib', 'new.bib');
    assert.equal(status, 0);
    assert.equal(out, 'created new.bib with lin2023esm2\n');
    assert.deepEqual(
      scanBibtex('new.bib', io.files['/project/new.bib']).entries.map((e) => e.key),
      ['lin2023esm2'],
    );
  });

  it('exits 2 for an unknown model, with suggestions, and writes nothing', async () => {
    const io = memoryCliIo({ 'refs.bib': '' });
    const { status, err } = await run(io, 'add', 'esm-22', '--bib', 'refs.bib');
    assert.equal(status, 2);
    assert.match(err, /no catalog model 'esm-22'; did you mean: .*lin2023esm2 \(ESM-2\)/);
    assert.equal(io.files['/project/refs.bib'], '');
  });

  it('warns about unverified catalog facts and about problems in the .bib, but still appends safely', async () => {
    const io = memoryCliIo({ 'refs.bib': '@article{broken, title = {x\n' });
    const { status, out, err } = await run(io, 'add', 'abramson2024alphafold3', '--bib', 'refs.bib');
    assert.equal(status, 0);
    assert.equal(out, 'added abramson2024alphafold3 to refs.bib\n');
    assert.match(err, /refs\.bib has 1 problem\(s\); the first, line 1:/);
    assert.match(err, /not fully verified/);
  });

  it('reports a read-only file as an input error and leaves it as it was', async () => {
    const base = memoryCliIo({ 'refs.bib': '@misc{a}\n' });
    const io: MemoryCliIo = { ...base, writeTextAtomic: (file) => Promise.reject(new InputError(`${file}: cannot write: permission denied`)) };
    const { status, out, err } = await run(io, 'add', 'lin2023esm2', '--bib', 'refs.bib');
    assert.equal(status, 2);
    assert.equal(out, '');
    assert.match(err, /cannot write: permission denied/);
    assert.equal(base.files['/project/refs.bib'], '@misc{a}\n');
  });

  it('refuses to append BibTeX to CSL-JSON, but recognizes a paper already in it', async () => {
    const json = JSON.stringify([{ id: 'esm', DOI: '10.1126/science.ade2574' }]);
    const io = memoryCliIo({ 'refs.json': json });
    const known = await run(io, 'add', 'lin2023esm2', '--bib', 'refs.json');
    assert.equal(known.status, 0);
    assert.match(known.out, /already has this paper \(same DOI\) as esm/);
    const other = await run(memoryCliIo({ 'refs.json': json }), 'add', 'nguyen2023hyenadna', '--bib', 'refs.json');
    assert.equal(other.status, 2);
    assert.match(other.err, /CSL-JSON/);
  });

  it('explains usage mistakes', async () => {
    for (const argv of [[], ['remove', 'x', '--bib', 'r.bib'], ['add', '--bib', 'r.bib'], ['add', 'lin2023esm2'], ['add', 'a', 'b', '--bib', 'r.bib']]) {
      const { status, err } = await run(memoryCliIo({}), ...argv);
      assert.equal(status, 2, argv.join(' '));
      assert.match(err, /usage: biofm cite add/);
    }
  });
});
