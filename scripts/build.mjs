// Bundles the extension (Node and web worker) and the CLI with esbuild.
// unified and its plugins are published only as ESM; bundling to CJS is what lets VS Code's loader use them.
import * as esbuild from 'esbuild';
import { bundleOptions } from './buildConfig.mjs';

const production = process.argv.includes('--production');

const watch = process.argv.includes('--watch');
const builds = bundleOptions({ production });

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
