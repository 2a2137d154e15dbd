// The workspace the UI scenario opens, built at run time from the shipped examples so that the screenshots always
// show the examples as they are: latex/ (the multi-file IEEE paper of examples/latex) and markdown/ (the Pandoc paper
// of examples/markdown), each with its own references.bib. Word wrap is on, as most people write prose: long lines
// would otherwise run out of the screenshots.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const WORKSPACE_SETTINGS = {
  'editor.wordWrap': 'on',
  // This settings file is the test's, not the examples': keep it out of the explorer in the screenshots.
  'files.exclude': { '.vscode': true },
};

/**
 * Writes the workspace into a new temp folder (startVscodeHost copies it again into its run folder).
 * @param {string} repoRoot
 * @returns {Promise<{ dir: string, remove: () => Promise<void> }>}
 */
export async function buildUiWorkspace(repoRoot) {
  const dir = await mkdtemp(path.join(tmpdir(), 'biofm-ui-workspace-'));
  await cp(path.join(repoRoot, 'examples', 'latex'), path.join(dir, 'latex'), { recursive: true });
  await cp(path.join(repoRoot, 'examples', 'markdown'), path.join(dir, 'markdown'), { recursive: true });
  await mkdir(path.join(dir, '.vscode'));
  await writeFile(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(WORKSPACE_SETTINGS, null, 2) + '\n');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
