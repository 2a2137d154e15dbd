// Bundles the extension (Node and web worker) and the CLI with esbuild.
// unified and its plugins are published only as ESM; bundling to CJS is what lets VS Code's loader use them.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');

/** citation-js bundles fetch clients for DOIs and URLs; we never fetch, so they are replaced by a stub that refuses. */
const noNetwork = {
  name: 'no-network',
  setup(build) {
    const shim = fileURLToPath(new URL('./shims/noNetwork.cjs', import.meta.url));
    build.onResolve({ filter: /^(node-fetch|sync-fetch)$/ }, () => ({ path: shim }));
  },
};
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  external: ['vscode'],
  plugins: [noNetwork],
};

const builds = [
  { ...shared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node' },
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    // The extension host in the browser is a web worker: no DOM. Packages with a "worker" export (the entity
    // decoder micromark uses) must not resolve to their "browser" build, which calls document.createElement.
    conditions: ['worker'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  },
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
