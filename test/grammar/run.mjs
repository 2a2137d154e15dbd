// Runs the scope-assertion tests in test/grammar/*.test.* (vscode-tmgrammar-test's format) against the injection
// grammars that package.json contributes, injected into the base grammars VS Code ships for Markdown and LaTeX.
// The base grammars come from the tm-grammars package (the same upstream sources as VS Code's markdown-basics and
// latex-basics). Grammars they embed (fenced code languages, minted, …) are not loaded: the tests do not need them,
// and the runner stays quiet about them instead of printing a warning for each.
//
// Usage: node test/grammar/run.mjs [FILE...]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { parseGrammarTestCase, runGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');
const { ConsoleFullReporter } = require('vscode-tmgrammar-test/dist/unit/reporter.js');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const baseDir = dirname(require.resolve('tm-grammars/grammars/markdown.json'));

/** scopeName → file, and injected scope → injection scopeNames, as VS Code builds them from the manifests. */
const files = new Map();
const injections = new Map();
for (const name of ['markdown', 'latex', 'tex', 'bibtex']) {
  const file = join(baseDir, `${name}.json`);
  files.set(JSON.parse(readFileSync(file, 'utf8')).scopeName, file);
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const grammar of manifest.contributes.grammars) {
  files.set(grammar.scopeName, join(root, grammar.path));
  for (const target of grammar.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), grammar.scopeName]);
}

const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
  createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
  createOnigString: (s) => new oniguruma.OnigString(s),
}));

const registry = new tm.Registry({
  onigLib,
  loadGrammar: async (scopeName) => {
    const file = files.get(scopeName);
    return file ? tm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
  },
  // VS Code injects a grammar into a scope and every scope below it (text.tex gets text.tex.latex's too).
  getInjections: (scopeName) => {
    const parts = scopeName.split('.');
    return parts.flatMap((_, i) => injections.get(parts.slice(0, i + 1).join('.')) ?? []);
  },
});

const requested = process.argv.slice(2);
const testFiles = requested.length > 0
  ? requested
  : readdirSync(here).filter((f) => /\.test\.\w+$/.test(f)).sort().map((f) => join(here, f));
if (testFiles.length === 0) {
  console.error('no grammar test files found');
  process.exit(2);
}

const reporter = new ConsoleFullReporter();
let passed = 0;
let failed = 0;
for (const file of testFiles) {
  const name = relative(process.cwd(), file);
  let testCase;
  try {
    testCase = parseGrammarTestCase(readFileSync(file, 'utf8'));
  } catch (error) {
    reporter.reportParseError(name, error);
    failed++;
    continue;
  }
  try {
    const failures = await runGrammarTestCase(registry, testCase);
    reporter.reportTestResult(name, testCase, failures);
    if (failures.length === 0) passed++;
    else failed++;
  } catch (error) {
    reporter.reportGrammarTestError(name, testCase, error);
    failed++;
  }
}
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
