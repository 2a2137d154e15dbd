// package.json must say what the code does: its settings are the typed definition's, its commands are the ones the
// code registers, and it activates only on drafts.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema } from '../../src/core/settings/settingsSchema';
import { settingsTableEnd, settingsTableMarkdown, settingsTableStart } from '../../scripts/settingsTable';

const root = join(__dirname, '..', '..');
interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string };
  completionEvents?: string[];
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  icon?: string;
  galleryBanner?: { color?: string; theme?: string };
  categories: string[];
  keywords: string[];
  engines: { vscode: string };
  activationEvents: string[];
  scripts: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> };
    commands: { command: string; title: string; category?: string }[];
    walkthroughs: { id: string; title: string; description: string; steps: WalkthroughStep[] }[];
    snippets: { language: string; path: string }[];
  };
  devDependencies: Record<string, string>;
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every command id the code registers with vscode.commands.registerCommand. */
function registeredCommands(): Set<string> {
  return new Set(
    sourceFiles(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/registerCommand\(\s*'(biofm\.[\w.]+)'/g)].map((m) => m[1])),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('package.json', () => {
  it('contributes exactly the settings of the typed definition', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(manifest.contributes.configuration.properties)), JSON.parse(JSON.stringify(settingsSchema)));
  });

  it('gives every setting a markdownDescription (and no plain description)', () => {
    for (const [key, definition] of Object.entries(settingsSchema)) assert.ok(definition.markdownDescription.length > 20, key);
    for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok((property.markdownDescription ?? '').length > 20, key);
      assert.equal(property.description, undefined, key);
    }
  });

  it('lists every command the code registers, under the BioFM category, and no other', () => {
    const registered = registeredCommands();
    // Internal commands (run by completions and quick fixes) are registered but not contributed.
    const internal = new Set(['biofm.citeCatalogModel']);
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    assert.deepEqual([...contributed].sort(), [...registered].filter((c) => !internal.has(c)).sort());
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'BioFM', command.command);
      assert.ok(command.title.length > 3 && !command.title.startsWith('BioFM'), `${command.command}: the category already says BioFM`);
    }
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

  it('has a walkthrough whose steps show shipped Markdown and run commands the code registers', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough, 'contributes.walkthroughs');
    const registered = registeredCommands();
    const ids = walkthrough.steps.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, 'step ids are unique');
    assert.deepEqual(ids, ['openExample', 'scopeReport', 'citeCompletion', 'deadline']);
    for (const step of walkthrough.steps) {
      const markdown = step.media.markdown ?? '';
      assert.ok(markdown.startsWith('media/walkthrough/'), step.id);
      assert.ok(existsSync(join(root, markdown)), markdown);
      const linked = [...step.description.matchAll(/\(command:(biofm\.[\w.]+)\)/g)].map((m) => m[1]);
      const completing = (step.completionEvents ?? []).flatMap((e) => (e.startsWith('onCommand:') ? [e.slice('onCommand:'.length)] : []));
      assert.ok(linked.length > 0, `${step.id} has a button`);
      for (const command of [...linked, ...completing]) assert.ok(registered.has(command), `${step.id}: ${command} is not registered`);
    }
    assert.match(walkthrough.steps.find((s) => s.id === 'citeCompletion')!.description, /\\cite\{esm/);
    // The example the first step opens is shipped beside the step's Markdown.
    for (const file of ['example-draft.tex', 'references.bib']) assert.ok(existsSync(join(root, 'media', 'walkthrough', file)), file);
  });

  it('has a 128 or 256 pixel square PNG icon, a gallery banner, categories and keywords', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    const png = readFileSync(join(root, 'media', 'icon.png'));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.equal(width, height);
    assert.ok(width === 128 || width === 256, `${width}×${height}`);
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(manifest.galleryBanner?.theme === 'dark' || manifest.galleryBanner?.theme === 'light');
    const marketplaceCategories = ['Programming Languages', 'Snippets', 'Linters', 'Themes', 'Debuggers', 'Formatters', 'Keymaps', 'SCM Providers', 'Other', 'Extension Packs', 'Language Packs', 'Data Science', 'Machine Learning', 'Visualization', 'Notebooks', 'Education', 'Testing', 'AI', 'Chat'];
    for (const category of manifest.categories) assert.ok(marketplaceCategories.includes(category), category);
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('runs the tests in the order lint, typecheck, unit, grammar, integration, ui', () => {
    assert.equal(
      manifest.scripts.test,
      'npm run lint && npm run typecheck && npm run test:unit && npm run test:grammar && npm run test:integration && npm run test:ui',
    );
    for (const script of ['lint', 'typecheck', 'test:unit', 'test:grammar', 'test:integration', 'test:ui', 'package']) assert.ok(manifest.scripts[script], script);
  });

  it('has a CHANGELOG entry for this version', () => {
    assert.match(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[?${manifest.version.replace(/\./g, '\\.')}\\]?`, 'm'));
  });
});

describe('README.md', () => {
  it('starts with the two commands that install, build, check the examples and test', () => {
    const lines = readme.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      '# BioFM Writer',
      '',
      '```sh',
      'npm ci && npm run example   # install, build, and check the bundled example drafts with the CLI',
      'npm test                    # lint, type check, unit tests, and integration + UI tests in a real VS Code',
      '```',
    ]);
  });

  it("has the settings table of the typed definition (run scripts/settingsToManifest.mjs after changing a setting)", () => {
    const start = readme.indexOf(settingsTableStart);
    const end = readme.indexOf(settingsTableEnd);
    assert.ok(start >= 0 && end > start, 'settings-table markers');
    assert.equal(readme.slice(start + settingsTableStart.length, end).trim(), settingsTableMarkdown());
  });

  it('lists every snippet prefix of both languages', () => {
    for (const { path } of manifest.contributes.snippets) {
      const snippets = JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, { prefix: string; description?: string }>;
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.ok(snippet.description, `${path}: ${name} has a description`);
        assert.ok(readme.includes(`| \`${snippet.prefix}\` |`), `${snippet.prefix} (${path}) is not in the README's snippets table`);
      }
    }
  });

  it('lists every contributed command by its title', () => {
    for (const command of manifest.contributes.commands) assert.ok(readme.includes(`| BioFM: ${command.title} |`), command.title);
  });

  it('gives the benchmark command and figures under a Performance heading, linking docs/performance.md', () => {
    const section = /^## Performance\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
    assert.match(section, /`npm run bench`/);
    assert.match(section, /\[docs\/performance\.md\]\(docs\/performance\.md\)/);
    assert.match(section, /^\| case \| size \| ours \| baseline \| ratio \|$/m);
  });
});
