// The esbuild options of every bundle, in one place: scripts/build.mjs builds them, and the web bundle's unit test
// builds the web one into a temporary folder with exactly these options.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * citation-js fetches DOIs and URLs: with node-fetch and sync-fetch in Node, with the global `fetch` in a browser. We
 * never fetch, so its fetch module and both clients are replaced by stubs that refuse, in every bundle.
 */
const noNetwork = {
  name: 'no-network',
  setup(build) {
    const shim = fileURLToPath(new URL('./shims/noNetwork.cjs', import.meta.url));
    build.onResolve({ filter: /^(node-fetch|sync-fetch)$/ }, () => ({ path: shim }));
    const fetchModule = /[\\/]@citation-js[\\/]core[\\/]lib(-mjs)?[\\/]util[\\/]fetchFile\.js$/;
    build.onLoad({ filter: fetchModule }, (args) => ({
      loader: 'js',
      contents: args.path.includes('lib-mjs')
        ? 'function refuse() { throw new Error("BioFM Writer does not access the network"); }\n' +
          'export function fetchFile() { refuse(); }\nexport async function fetchFileAsync() { refuse(); }\n' +
          'export function setUserAgent() {}\nexport default fetchFile;\n'
        : 'function refuse() { throw new Error("BioFM Writer does not access the network"); }\n' +
          'exports.fetchFile = function fetchFile() { refuse(); };\nexports.fetchFileAsync = async function fetchFileAsync() { refuse(); };\n' +
          'exports.setUserAgent = function setUserAgent() {};\nexports.default = exports.fetchFile;\n',
    }));
  },
};

/**
 * @param {{ production?: boolean }} [options]
 * @returns {import('esbuild').BuildOptions[]} node extension, web extension, CLI (in that order)
 */
export function bundleOptions({ production = false } = {}) {
  /** @type {import('esbuild').BuildOptions} */
  const shared = {
    absWorkingDir: root,
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

  return [
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
}
