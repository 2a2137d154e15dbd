// Runs the same integration suites in desktop VS Code through @vscode/test-electron, for machines with internet
// access (it downloads VS Code into .vscode-test/). CI here has no such access and uses runIntegration.mjs instead.
// Usage: node scripts/build.mjs && node test/harness/runDesktop.mjs   Env: BIOFM_VSCODE_VERSION (default: stable;
// e.g. 1.85.0, the minimum in engines.vscode), BIOFM_TEST_GREP.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleIntegrationTests, repoRoot } from './bundleIntegrationTests.mjs';

const extensionTestsPath = await bundleIntegrationTests();
const runDir = await mkdtemp(path.join(tmpdir(), 'biofm-desktop-'));
const workspace = path.join(runDir, 'workspace');
await cp(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

let exitCode = 0;
try {
  await runTests({
    version: process.env.BIOFM_VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(runDir, 'ud')],
  });
} catch (error) {
  console.error(`[desktop] ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await rm(runDir, { recursive: true, force: true });
}
process.exit(exitCode);
