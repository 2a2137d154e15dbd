// package.json must say what the code does: its settings are the typed definition's, its commands are the ones the
// code registers, and it activates only on drafts.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema } from '../../src/core/settings/settingsSchema';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string; category?: string }[] };
  devDependencies: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('package.json', () => {
  it('contributes exactly the settings of the typed definition', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(manifest.contributes.configuration.properties)), JSON.parse(JSON.stringify(settingsSchema)));
  });

  it('gives every setting a markdownDescription', () => {
    for (const [key, definition] of Object.entries(settingsSchema)) assert.ok(definition.markdownDescription.length > 20, key);
  });

  it('lists every command the code registers, under the BioFM category, and no other', () => {
    const registered = new Set(
      sourceFiles(join(root, 'src'))
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/registerCommand\(\s*'(biofm\.[\w.]+)'/g)].map((m) => m[1])),
    );
    // Internal commands (run by completions and quick fixes) are registered but not contributed.
    const internal = new Set(['biofm.citeCatalogModel']);
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    assert.deepEqual([...contributed].sort(), [...registered].filter((c) => !internal.has(c)).sort());
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'BioFM', command.command);
  });

  it('activates only on Markdown and LaTeX drafts (and a workspace venue file)', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:latex', 'onLanguage:markdown', 'workspaceContains:.biofm/venue.json']);
  });

  it('targets a VS Code most users have, no newer than 1.90, with matching @types/vscode', () => {
    const [major, minor] = manifest.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    assert.equal(major, 1);
    assert.ok(minor <= 90, manifest.engines.vscode);
    assert.equal(manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, ''), manifest.engines.vscode.replace(/^\^/, ''));
  });
});
