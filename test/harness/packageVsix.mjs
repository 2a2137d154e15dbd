// Builds the production bundle and packages it with vsce, exactly as a release would be.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './bundleIntegrationTests.mjs';

/** Builds with --production and writes the .vsix to `outFile`; resolves to `outFile`. */
export async function packageVsix(outFile) {
  await run(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--production']);
  // --no-dependencies: everything is bundled into dist/. The manifest has no repository URL (yet); without the flag
  // vsce would stop and ask on a terminal, and fail in CI. For the same reason vsce cannot rewrite the README's
  // relative image links (docs/screenshots/…) and would refuse them: keep them relative, as `npm run package` does.
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  await run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', outFile]);
  const { size } = await stat(outFile);
  console.log(`[ui] packaged ${path.basename(outFile)} (${(size / 1024).toFixed(1)} KiB)`);
  return outFile;
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: 'true' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${path.basename(args[0])} ${args.slice(1).join(' ')} exited ${code}`))));
  });
}
