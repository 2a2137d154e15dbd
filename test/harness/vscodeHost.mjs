// Starts and stops a real VS Code (code-server) on loopback for one test run, isolated in a fresh temp folder.
// code-server, VS Code and the extension host otherwise write into ~/.config, ~/.local/share, ~/.cache and /tmp;
// pointing XDG_* and TMPDIR into the run folder keeps runs independent and lets us delete everything afterwards.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureHostInstalled } from './hostInstall.mjs';

export { ensureHostInstalled, hostCacheDir } from './hostInstall.mjs';

/** User settings that keep a fresh profile quiet and offline. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  // The (empty, AI-less) chat side bar would otherwise take a third of every screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * @typedef {object} RunningHost
 * @property {number} port
 * @property {string} origin       `http://127.0.0.1:PORT`
 * @property {string} runDir       The run's temp folder (deleted by stop()).
 * @property {string} workspaceDir The run's copy of the workspace fixture, when one was given.
 * @property {(folder: string, payload?: [string, string][]) => string} url  Workbench URL opening `folder`.
 * @property {NodeJS.ProcessEnv} env  The run's isolated environment (XDG_*, TMPDIR); give it to the browser too.
 * @property {(absPath: string) => string} remoteUri  `vscode-remote://` URI of a server-side path, for payloads.
 * @property {() => Promise<void>} stop  SIGTERM the server and its children, wait for them, delete the run folder.
 */

/**
 * Installs (first time only) and starts code-server.
 * @param {object} options
 * @param {string} [options.workspaceFixture] Folder copied into the run folder as the workspace (tests may edit it).
 * @param {string[]} [options.vsixFiles]      Extensions installed into the run's extensions folder before start.
 * @param {boolean} [options.testDriver]      Enable the smoke-test driver, which the extension-tests payload needs.
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<RunningHost>}
 */
export async function startVscodeHost({ workspaceFixture, vsixFiles = [], testDriver = false, log = (l) => console.log(l) } = {}) {
  const host = await ensureHostInstalled({ log });
  const runDir = await mkdtemp(path.join(tmpdir(), 'biofm-vscode-'));
  const dirs = { ud: path.join(runDir, 'ud'), ext: path.join(runDir, 'ext'), xdg: path.join(runDir, 'xdg'), tmp: path.join(runDir, 'tmp') };
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));
  await mkdir(path.join(dirs.ud, 'User'), { recursive: true });
  await writeFile(path.join(dirs.ud, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  await writeFile(path.join(runDir, 'config.yaml'), 'auth: none\n');

  let workspaceDir = '';
  if (workspaceFixture) {
    workspaceDir = path.join(runDir, 'workspace');
    await cp(workspaceFixture, workspaceDir, { recursive: true });
  }

  const env = {
    ...process.env,
    PATH: `${path.dirname(host.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    XDG_STATE_HOME: path.join(dirs.xdg, 'state'),
    TMPDIR: dirs.tmp,
    // code-server reads $PASSWORD / $HASHED_PASSWORD; auth is off, but keep a stray value from leaking in.
    PASSWORD: '',
    HASHED_PASSWORD: '',
  };
  const common = ['--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext, '--config', path.join(runDir, 'config.yaml')];

  try {
    for (const vsix of vsixFiles) {
      log(`[host] installing ${path.basename(vsix)}`);
      await runToEnd(host.nodeBin, [host.codeServerBin, ...common, '--install-extension', vsix], env);
    }
  } catch (error) {
    await rm(runDir, { recursive: true, force: true });
    throw error;
  }

  const port = await freePort();
  const args = [
    host.codeServerBin,
    ...common,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  // Own process group, so stop() can also end the extension host and pty host the server spawned.
  const server = spawn(host.nodeBin, args, { env, cwd: runDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = [];
  const keep = (/** @type {Buffer} */ chunk) => {
    serverLog.push(chunk.toString());
    if (serverLog.length > 200) serverLog.shift();
    if (process.env.BIOFM_HOST_VERBOSE) process.stderr.write(`[code-server] ${chunk}`);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const exited = new Promise((resolve) => server.once('exit', resolve));

  const origin = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await endProcessGroup(server, exited);
    await rm(runDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    await waitForHealth(origin, server, exited, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${/** @type {Error} */ (error).message}\n--- code-server output ---\n${serverLog.join('')}`);
  }
  log(`[host] code-server ready at ${origin} (run folder ${runDir})`);

  const remoteUri = (/** @type {string} */ absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`;
  return {
    port,
    origin,
    runDir,
    workspaceDir,
    remoteUri,
    env,
    url: (folder, payload) =>
      `${origin}/?folder=${encodeURIComponent(folder)}` + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''),
    stop,
  };
}

/** Asks the OS for a free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Waits for code-server to say it listens (a line on its output), then checks that /healthz answers. Nothing sleeps:
 * the wait ends on that line, on the server's exit, or at the deadline.
 */
async function waitForHealth(origin, server, exited, timeoutMs) {
  /** @type {(value: unknown) => void} */
  let onLine = () => {};
  const listening = new Promise((resolve) => (onLine = resolve));
  const watch = (/** @type {Buffer} */ chunk) => {
    if (/HTTP server listening on/.test(chunk.toString())) onLine(undefined);
  };
  server.stdout.on('data', watch);
  server.stderr.on('data', watch);
  let timer;
  const deadline = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  try {
    const outcome = await Promise.race([
      listening.then(() => 'listening'),
      exited.then((code) => `exited (${code ?? 'signal'})`),
      deadline.then(() => 'timeout'),
    ]);
    if (outcome === 'timeout') throw new Error(`code-server did not report listening on ${origin} within ${timeoutMs / 1000} s`);
    if (outcome !== 'listening') throw new Error(`code-server ${outcome} before it was ready`);
    const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`code-server answered ${origin}/healthz with ${response.status}`);
  } finally {
    clearTimeout(timer);
    server.stdout.off('data', watch);
    server.stderr.off('data', watch);
  }
}

/** SIGTERM the server's group, wait for the server to exit (SIGKILL after 10 s), then clear any stragglers. */
async function endProcessGroup(child, exited) {
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child.pid, 'SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), delay(10_000).then(() => true)]);
    if (timedOut) {
      signalGroup(child.pid, 'SIGKILL');
      await exited;
    }
  }
  // The extension host can outlive the server briefly; end what is left of the group we started.
  signalGroup(child.pid, 'SIGTERM');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Group already gone.
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function runToEnd(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} ${args.slice(1).join(' ')} failed (${code}):\n${out}`))));
  });
}
