// What the .vsix holds: the runtime files and the README/CHANGELOG/LICENSE/icon a published extension shows, and
// nothing of the sources, tests, benchmarks, examples, docs or source maps; and it stays small.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';

const root = join(__dirname, '..', '..');
const maxVsixBytes = 1024 * 1024;

describe('the packaged extension (.vsix)', function () {
  this.timeout(120_000);

  let files: string[] = [];
  before(async () => {
    // The package takes dist/ as it is; build it when this checkout has none yet.
    if (!existsSync(join(root, 'dist', 'extension.js')) || !existsSync(join(root, 'dist', 'web', 'extension.js'))) {
      const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    // As `vsce ls --no-dependencies`: everything is bundled, so no node_modules.
    files = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/')).sort();
  });

  it('includes what the installed extension and its Marketplace page need', () => {
    for (const required of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'dist/extension.js',
      'dist/web/extension.js',
      'media/icon.png',
      'schemas/venue.schema.json',
      'snippets/latex.code-snippets',
      'snippets/markdown.code-snippets',
      'syntaxes/pandoc-citations.injection.tmLanguage.json',
      'syntaxes/biofm-topics.injection.tmLanguage.json',
      'media/walkthrough/example-draft.tex',
    ]) {
      assert.ok(files.includes(required), `${required} is missing from the package: ${files.join(', ')}`);
    }
  });

  it('leaves out sources, tests, benchmarks, examples, docs, fixtures, source maps, the CLI and dependencies', () => {
    const unwanted = files.filter((f) =>
      /^(src|test|bench|examples|docs|scripts|out|node_modules|\.ci|\.github|\.vscode|\.cache)\//.test(f) ||
      /\.(map|ts|vsix|tsbuildinfo)$/.test(f) ||
      f === 'dist/cli.js' ||
      /(^|\/)fixtures?\//i.test(f) ||
      /^(tsconfig\.json|eslint\.config\.mjs|package-lock\.json|\.mocharc\.json|\.gitignore|\.vscodeignore)$/.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it('every file in the package is one the manifest or the README uses', () => {
    const expected = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(web\/)?extension\.js|media\/icon\.png|media\/walkthrough\/[\w.-]+\.(md|tex|bib)|schemas\/[\w.-]+\.json|snippets\/[\w.-]+\.code-snippets|syntaxes\/[\w.-]+\.tmLanguage\.json)$/;
    assert.deepEqual(files.filter((f) => !expected.test(f)), []);
  });

  it(`packages (vsce package, as npm run package does after its build) to less than ${maxVsixBytes / 1024} KiB`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'biofm-vsix-'));
    try {
      const out = join(dir, 'biofm-writer.vsix');
      const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
      const started = Date.now();
      const run = spawnSync(
        process.execPath,
        [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
        { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
      );
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
      const size = statSync(out).size;
      const count = /\((\d+) files?,/.exec(run.stdout)?.[1];
      console.log(`      biofm-writer.vsix: ${(size / 1024).toFixed(1)} KiB, ${count ?? '?'} files, packaged in ${Date.now() - started} ms`);
      assert.ok(size < maxVsixBytes, `${size} bytes`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
