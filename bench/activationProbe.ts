/**
 * One cold sample of extension start-up, in a fresh plain `node` process (activationBench.ts bundles this file with
 * esbuild and runs it, so no TypeScript loader sits in the way of `require`). Prints one JSON line.
 *   node probe.cjs extension <repo>   require(dist/extension.js) with `vscode` stubbed, then activate(context)
 *   node probe.cjs naive <repo>       load what a naive extension loads at start, from node_modules
 */
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createExtensionContext, createVscodeStub } from './vscodeStub';

interface Extension {
  activate(context: unknown): Promise<unknown>;
}

async function extension(repo: string): Promise<Record<string, unknown>> {
  const { api, record } = createVscodeStub(path.join(repo, 'examples'));
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const load = loader._load;
  loader._load = (request, parent, isMain) => (request === 'vscode' ? api : load.call(loader, request, parent, isMain));
  const context = createExtensionContext(repo);
  const requireFromRepo = createRequire(path.join(repo, 'package.json'));

  const start = performance.now();
  const loaded = requireFromRepo(path.join(repo, 'dist', 'extension.js')) as Extension;
  const required = performance.now();
  await loaded.activate(context);
  const activated = performance.now();

  if (!record.commands.includes('biofm.showScopeReport')) throw new Error(`activation registered no scope report command: ${record.commands.join(', ')}`);
  for (const item of context.subscriptions) item.dispose();
  return {
    requireMs: required - start,
    activateMs: activated - required,
    totalMs: activated - start,
    commands: record.commands.length,
    providers: record.calls.filter((c) => c.startsWith('languages.register')).length,
    selfReported: record.log.find((line) => line.includes('activated in')),
  };
}

/**
 * A naive extension loads its parsers when it starts: citation-js with its BibTeX and CSL plugins, unified with
 * remark (parse, GFM, math, front matter), latex-utensils and yaml, from node_modules (the ESM-only ones through
 * import(), as a CommonJS extension must). No activation work at all is counted on this side.
 */
async function naive(repo: string): Promise<Record<string, unknown>> {
  const requireFromRepo = createRequire(path.join(repo, 'package.json'));
  const esm = async (name: string) => (await import(pathToFileURL(requireFromRepo.resolve(name)).href)) as Record<string, unknown>;
  const start = performance.now();
  requireFromRepo('@citation-js/core');
  requireFromRepo('@citation-js/plugin-bibtex');
  requireFromRepo('@citation-js/plugin-csl');
  requireFromRepo('latex-utensils');
  requireFromRepo('yaml');
  const modules = [await esm('unified'), await esm('remark-parse'), await esm('remark-gfm'), await esm('remark-math'), await esm('remark-frontmatter')];
  const loaded = performance.now();
  if (modules.some((m) => Object.keys(m).length === 0)) throw new Error('an ES module loaded empty');
  return { totalMs: loaded - start };
}

const [mode, repo] = process.argv.slice(2);
const probe = mode === 'extension' ? extension : mode === 'naive' ? naive : undefined;
if (!probe || !repo) {
  console.error('usage: node activationProbe.cjs extension|naive REPO');
  process.exit(2);
}
probe(repo).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    // Timers of the extension are disposed, but nothing should keep the probe alive either way.
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
