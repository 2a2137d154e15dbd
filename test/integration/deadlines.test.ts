// The deadline item and venues of the user's own, in a real editor, with the extension's clock set by the test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BioFmApi } from '../../src/extension';
import { openDoc, ourExtension, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

async function api(): Promise<BioFmApi> {
  return (await ourExtension().activate()) as unknown as BioFmApi;
}

describe('deadlines', () => {
  after(async () => {
    const extension = await api();
    extension.clock.set(undefined);
    await vscode.workspace.fs.delete(workspaceFile('.biofm'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    // Later suites expect the bundled venue again: wait for it rather than for the file watcher.
    await extension.refresh();
  });

  it('counts down to the submission before it, and says plainly that it closed after it', async () => {
    await openDoc('paper.tex');
    const extension = await api();
    extension.clock.set('2024-01-20T12:00:00Z');
    extension.statusBar.update();
    assert.equal(extension.statusBar.text, '$(calendar) J-BHI FM · 12 days left');

    extension.clock.set('2024-02-01T20:00:00Z');
    extension.statusBar.update();
    assert.equal(extension.statusBar.text, '$(calendar) J-BHI FM · due today');

    extension.clock.set('2024-08-01T00:00:00Z');
    extension.statusBar.update();
    assert.equal(extension.statusBar.text, '$(calendar) J-BHI FM · submission closed 1 Feb 2024');
    assert.doesNotMatch(extension.statusBar.text, /-\d/);
  });

  it('shows a malformed venue file as an error in that file and keeps the bundled venue', async () => {
    const extension = await api();
    extension.clock.set('2027-01-10T12:00:00Z');
    const venueFile = workspaceFile('.biofm/venue.json');
    await vscode.workspace.fs.writeFile(venueFile, new TextEncoder().encode('{\n  "name": "Broken",\n  "timeZone": 42,\n  "topics": [],\n  "milestones": []\n}\n'));
    const diagnostics = await waitForDiagnostics(venueFile, (d) => d.some((x) => x.code === 'venue-file'), 20_000);
    assert.ok(diagnostics.some((d) => d.range.start.line === 2), `expected a problem on the timeZone line: ${JSON.stringify(diagnostics.map((d) => [d.range.start.line, d.message]))}`);
    await openDoc('paper.tex');
    extension.statusBar.update();
    assert.match(extension.statusBar.text, /J-BHI FM/);
  });

  it('switches to a valid venue file of the workspace and counts down in its zone', async () => {
    const extension = await api();
    extension.clock.set('2027-01-10T12:00:00Z');
    const venue = {
      name: 'Workshop on Clinical Foundation Models',
      shortName: 'CFM-W',
      timeZone: 'America/New_York',
      topics: [{ id: 1, title: 'Clinical foundation models' }],
      milestones: [{ id: 'submission', label: 'Paper submission', date: '2027-01-15' }],
      limits: { abstractWords: 200 },
    };
    await vscode.workspace.fs.writeFile(workspaceFile('.biofm/venue.json'), new TextEncoder().encode(JSON.stringify(venue, null, 2)));
    await extension.refresh();
    await openDoc('paper.tex');
    await waitFor('the status bar to show the workspace venue', () => {
      extension.statusBar.update();
      return extension.statusBar.text.includes('CFM-W') ? extension.statusBar.text : undefined;
    });
    assert.equal(extension.statusBar.text, '$(calendar) CFM-W · 5 days left');
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceFile('.biofm/venue.json')), []);
  });

  it('goes back to the bundled venue when the whole .biofm folder is deleted', async () => {
    const extension = await api();
    extension.clock.set('2027-01-10T12:00:00Z');
    extension.statusBar.update();
    assert.match(extension.statusBar.text, /CFM-W/, 'the previous test leaves the workspace venue in force');
    // No refresh(): the folder's deletion alone (no event for the file inside it) must bring the bundled venue back.
    await vscode.workspace.fs.delete(workspaceFile('.biofm'), { recursive: true, useTrash: false });
    await waitFor(
      'the status bar to show the bundled venue again',
      () => {
        extension.statusBar.update();
        return extension.statusBar.text.includes('J-BHI FM') ? extension.statusBar.text : undefined;
      },
      20_000,
    );
  });
});
