// Runs the mocha suites of test/integration inside a real VS Code extension host (code-server + chromium), offline.
// Usage: node scripts/build.mjs && node test/harness/runIntegration.mjs   (npm run test:integration does both)
// Env: BIOFM_TEST_GREP (mocha grep), BIOFM_EXTENSION_PATH (extension folder, default: repo root),
//      BIOFM_TEST_TIMEOUT_MS (whole run, default 900000 including a first-time host install),
//      BIOFM_VSCODE_HOST_CACHE, BIOFM_CHROMIUM, BIOFM_HOST_VERBOSE (echo code-server's output).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { bundleIntegrationTests, repoRoot } from './bundleIntegrationTests.mjs';
import { createRun } from './runLifecycle.mjs';
import { startVscodeHost } from './vscodeHost.mjs';

/** Workbench log lines that say nothing about the tests (offline look-ups, connection set-up); BIOFM_HOST_VERBOSE shows them. */
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost:remote|AccountPolicyGate)\]/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution '[^']*' took/,
  /authentication provider 'github'/,
  /ENOTFOUND (open-vsx\.org|update\.code\.visualstudio\.com|marketplace)/,
];

const run = createRun('integration', Number(process.env.BIOFM_TEST_TIMEOUT_MS || 900_000));
const extensionPath = path.resolve(process.env.BIOFM_EXTENSION_PATH || repoRoot);

try {
  const main = path.join(extensionPath, 'dist', 'extension.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`node scripts/build.mjs\` first`);

  const testsIndex = await bundleIntegrationTests();
  const host = await startVscodeHost({ workspaceFixture: path.join(repoRoot, 'test', 'fixtures', 'workspace'), testDriver: true });
  run.defer(host.stop);
  const { browser, page } = await launchChromium({ env: host.env });
  run.defer(() => browser.close());

  /** @type {Promise<number>} */
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code) || 0));
  });
  // The extension host's console (mocha's reporter included) arrives here, mixed with the workbench's own log.
  await page.exposeFunction('codeAutomationLog', (_level, message) => {
    const parts = Array.isArray(message) ? message : [message];
    const text = parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
    if (process.env.BIOFM_HOST_VERBOSE || !WORKBENCH_NOISE.some((pattern) => pattern.test(text))) console.log(text);
  });
  page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));

  const payload = [
    ['extensionDevelopmentPath', host.remoteUri(extensionPath)],
    ['extensionTestsPath', host.remoteUri(testsIndex)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  await page.goto(host.url(host.workspaceDir, payload));
  await run.finish(await exitCode);
} catch (error) {
  await run.fail(error);
}
