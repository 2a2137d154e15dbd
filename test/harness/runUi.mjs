// End-to-end check as a user sees it: package the extension as a .vsix, install it into a fresh code-server (no
// development payload), open a workspace built from examples/latex and examples/markdown in chromium, and run the
// scenario of test/ui/scenario.mjs (open the LaTeX project, Problems, Scope report, citation completion in LaTeX and
// Markdown, hover, quick fix, deadline before/after), waiting on what the UI shows and saving a screenshot per step
// for the README. Usage: node test/harness/runUi.mjs
// Env: BIOFM_UI_SCREENSHOTS (folder, default docs/screenshots), BIOFM_UI_FAILURES (failure screenshots, default
//      .test-runs/ui), BIOFM_TEST_TIMEOUT_MS, BIOFM_VSCODE_HOST_CACHE, BIOFM_CHROMIUM, BIOFM_HOST_VERBOSE.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { repoRoot } from './bundleIntegrationTests.mjs';
import { packageVsix } from './packageVsix.mjs';
import { createRun } from './runLifecycle.mjs';
import { startVscodeHost } from './vscodeHost.mjs';
import { CLOCK_BEFORE, runSteps, stepsAfterDeadline, stepsBeforeDeadline } from '../ui/scenario.mjs';
import { buildUiWorkspace } from '../ui/uiWorkspace.mjs';
import { TIMEOUT } from '../ui/workbench.mjs';

const run = createRun('ui', Number(process.env.BIOFM_TEST_TIMEOUT_MS || 900_000));
const screenshotDir = path.resolve(process.env.BIOFM_UI_SCREENSHOTS || path.join(repoRoot, 'docs', 'screenshots'));
const failureDir = path.resolve(process.env.BIOFM_UI_FAILURES || path.join(repoRoot, '.test-runs', 'ui'));
const VIEWPORT = { width: 1400, height: 900 };

/**
 * Starts a host on the workspace with the extension's clock at `clock` (undefined: the real date), opens it in a
 * fresh chromium, runs `steps`, then stops both.
 */
async function runPhase(/** @type {string} */ label, /** @type {string | undefined} */ clock, workspace, vsix, steps) {
  console.log(`[ui] ${label}: BIOFM_NOW=${clock ?? '(unset: real date)'}`);
  // startVscodeHost gives code-server (and so the extension host) a copy of process.env, read when it starts.
  const host = await withEnvironment({ BIOFM_NOW: clock }, () => startVscodeHost({ workspaceFixture: workspace, vsixFiles: [vsix] }));
  const stopHost = once(host.stop);
  run.defer(stopHost);
  const { browser, page } = await launchChromium({ env: host.env, viewport: VIEWPORT });
  const closeBrowser = once(() => browser.close());
  run.defer(closeBrowser);
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(host.url(host.workspaceDir));
  await runSteps(page, steps, { screenshotDir, failureDir });
  await closeBrowser();
  await stopHost();
}

try {
  const outDir = await mkdtemp(path.join(tmpdir(), 'biofm-vsix-'));
  run.defer(() => rm(outDir, { recursive: true, force: true }));
  const vsix = await packageVsix(path.join(outDir, 'biofm-writer.vsix'));
  // No stale failure screenshots from an earlier run (only ours: the folder may be shared).
  for (const name of await readdir(failureDir).catch(() => [])) if (/^failed-.*\.png$/.test(name)) await rm(path.join(failureDir, name), { force: true });
  const workspace = await buildUiWorkspace(repoRoot);
  run.defer(workspace.remove);

  await runPhase('before the deadline', CLOCK_BEFORE, workspace.dir, vsix, stepsBeforeDeadline);
  await runPhase('after the deadline', undefined, workspace.dir, vsix, stepsAfterDeadline);
  console.log(`[ui] screenshots in ${path.relative(repoRoot, screenshotDir) || '.'}`);
  await run.finish(0);
} catch (error) {
  await run.fail(error);
}

/** Runs `fn` with `vars` set in process.env (undefined: unset), then puts the previous values back. */
async function withEnvironment(/** @type {Record<string, string | undefined>} */ vars, /** @type {() => Promise<T>} */ fn) {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const assign = (/** @type {Record<string, string | undefined>} */ values) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(vars);
  try {
    return await fn();
  } finally {
    assign(saved);
  }
}

/** A clean-up that does its work the first time only (phases end early on success, the run's deferrals end late). */
function once(/** @type {() => Promise<unknown>} */ fn) {
  /** @type {Promise<unknown> | undefined} */
  let done;
  return () => (done ??= fn());
}
