// Bundles test/integration/index.ts and every test/integration/**/*.test.ts to out/test/integration/ (one CJS file
// each, like tsc would emit), so index.js can discover the suites at run time. `vscode` is provided by the extension
// host; `mocha` is resolved from the repo's node_modules (out/ lives inside the repo).
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const integrationOutDir = path.join(repoRoot, 'out', 'test', 'integration');
const sourceDir = path.join(repoRoot, 'test', 'integration');

/** Bundles the suites and returns the absolute path of the compiled mocha entry (index.js). */
export async function bundleIntegrationTests() {
  const tests = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(sourceDir, file));
  if (tests.length === 0) throw new Error(`no *.test.ts under ${sourceDir}`);
  // Stale suites from deleted sources would otherwise still run.
  rmSync(integrationOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(sourceDir, 'index.ts'), ...tests],
    outdir: integrationOutDir,
    outbase: sourceDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(integrationOutDir, 'index.js');
}
