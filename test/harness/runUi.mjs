// End-to-end check as a user sees it: package the extension as a .vsix, install it into a fresh code-server (no
// development payload), open the workspace in chromium, open paper.tex with Ctrl+P, wait for what the UI shows,
// and save a screenshot for the README. Usage: node test/harness/runUi.mjs
// Env: BIOFM_UI_SCREENSHOT (output path, default docs/screenshots/open-draft.png), BIOFM_TEST_TIMEOUT_MS,
//      BIOFM_VSCODE_HOST_CACHE, BIOFM_CHROMIUM, BIOFM_HOST_VERBOSE.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { repoRoot } from './bundleIntegrationTests.mjs';
import { packageVsix } from './packageVsix.mjs';
import { createRun } from './runLifecycle.mjs';
import { startVscodeHost } from './vscodeHost.mjs';
import { openDraftScenario } from '../ui/openDraft.mjs';

const run = createRun('ui', Number(process.env.BIOFM_TEST_TIMEOUT_MS || 900_000));
const screenshot = path.resolve(process.env.BIOFM_UI_SCREENSHOT || path.join(repoRoot, 'docs', 'screenshots', 'open-draft.png'));

try {
  const outDir = await mkdtemp(path.join(tmpdir(), 'biofm-vsix-'));
  run.defer(() => rm(outDir, { recursive: true, force: true }));
  const vsix = await packageVsix(path.join(outDir, 'biofm-writer.vsix'));

  const host = await startVscodeHost({ workspaceFixture: path.join(repoRoot, 'test', 'fixtures', 'workspace'), vsixFiles: [vsix] });
  run.defer(host.stop);
  const { browser, page } = await launchChromium({ env: host.env });
  run.defer(() => browser.close());

  await page.goto(host.url(host.workspaceDir));
  await openDraftScenario(page);
  await mkdir(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`[ui] screenshot: ${path.relative(repoRoot, screenshot)}`);
  await run.finish(0);
} catch (error) {
  await run.fail(error);
}
