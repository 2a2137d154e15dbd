import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/cliCommand';
import { deadlineCommand } from '../../src/cli/commands/deadlineCommand';
import { runCli } from '../../src/cli/runCli';
import { loadVenueForCli } from '../../src/cli/venueOption';
import { memoryCliIo } from './support/memoryCliIo';

const exampleVenue = readFileSync(path.resolve(__dirname, '../../examples/venue/.biofm/venue.json'), 'utf8');

interface DeadlineJson {
  version: number;
  venue: { id: string; shortName: string; name: string };
  now: string;
  timeZone: string;
  milestones: { id: string; label: string; date: string; due: string; daysLeft: number; state: string }[];
  next: string | null;
}

async function deadlineJson(argv: string[], files: Record<string, string> = {}, now?: Date): Promise<DeadlineJson> {
  const io = memoryCliIo(files, now);
  const code = await runCli(['deadline', '--format', 'json', ...argv], io);
  assert.equal(code, 0, io.stderr());
  return JSON.parse(io.stdout()) as DeadlineJson;
}

describe('biofm deadline', () => {
  it('reports the bundled venue as JSON at --now', async () => {
    const json = await deadlineJson(['--now', '2024-01-20T12:00:00Z']);
    assert.equal(json.version, 1);
    assert.deepEqual(json.venue, { id: 'jbhi-fm-2024', shortName: 'J-BHI FM', name: 'Foundation Models for the Next Generation of Biomedical and Health Intelligence' });
    assert.equal(json.now, '2024-01-20T12:00:00.000Z');
    assert.equal(json.timeZone, 'UTC-12');
    assert.equal(json.next, 'submission');
    assert.deepEqual(json.milestones[0], {
      id: 'submission',
      label: 'Submission deadline',
      date: '2024-02-01',
      due: '2024-02-02T11:59:59.999Z',
      daysLeft: 12,
      state: 'soon',
    });
    assert.deepEqual(json.milestones.map((m) => m.state), ['soon', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('uses the clock of its io when --now is absent', async () => {
    const json = await deadlineJson([], {}, new Date('2024-02-02T12:00:00Z'));
    assert.equal(json.next, 'first-reviews');
    assert.equal(json.milestones[0].state, 'passed');
  });

  it('prints a table and the status line as text', async () => {
    const io = memoryCliIo({});
    assert.equal(await runCli(['deadline', '--now', '2024-02-01T12:00:00Z'], io), 0);
    const lines = io.stdout().split('\n');
    assert.match(lines[0], /^J-BHI FM: Foundation Models/);
    assert.match(io.stdout(), /^Milestone\s+Date\s+Ends \(UTC\)\s+Days left\s+State$/m);
    assert.match(io.stdout(), /^Submission deadline\s+2024-02-01\s+2024-02-02 11:59 UTC\s+0\s+due$/m);
    assert.match(io.stdout(), /^J-BHI FM · due today$/m);
    const after = memoryCliIo({});
    await runCli(['deadline', '--now', '2024-02-03T00:00:00Z'], after);
    assert.match(after.stdout(), /^Submission deadline\s+2024-02-01\s+2024-02-02 11:59 UTC\s+-\s+passed$/m);
  });

  it('reads .biofm/venue.json from the working directory, or the file --venue names', async () => {
    const fromWorkspace = await deadlineJson(['--now', '2027-03-01T12:00:00Z'], { '.biofm/venue.json': exampleVenue });
    assert.equal(fromWorkspace.venue.id, 'fictional-fm-health-workshop-2027');
    assert.equal(fromWorkspace.timeZone, 'America/New_York');
    assert.equal(fromWorkspace.next, 'abstract');
    assert.equal(fromWorkspace.milestones[0].daysLeft, 7);
    const named = await deadlineJson(['--venue', 'venues/ws.json', '--now', '2027-03-01T12:00:00Z'], { 'venues/ws.json': exampleVenue });
    assert.equal(named.venue.id, 'fictional-fm-health-workshop-2027');
    const bundled = await deadlineJson(['--venue', 'jbhi-fm-2024', '--now', '2027-03-01T12:00:00Z'], { '.biofm/venue.json': exampleVenue });
    assert.equal(bundled.venue.id, 'jbhi-fm-2024');
  });

  it('exits 2 on a bad venue file, naming the file and each problem as file:line:col', async () => {
    const io = memoryCliIo({ 'bad.json': '{\n  "name": 42,\n  "topics": [],\n  "milestones": [{ "id": "s", "label": "S", "date": "2024-02-30" }]\n}' });
    assert.equal(await runCli(['deadline', '--venue', 'bad.json'], io), 2);
    assert.equal(io.stdout(), '');
    assert.equal(
      io.stderr(),
      'biofm deadline: bad.json is not a valid venue file (2 problems):\n' +
        'bad.json:2:11: "name" must be a non-empty string, found 42\n' +
        'bad.json:4:53: 2024-02-30 is not a date: February 2024 has 29 days\n',
    );
    const workspace = memoryCliIo({ '.biofm/venue.json': '{ "name": "A", }' });
    assert.equal(await runCli(['deadline'], workspace), 2);
    assert.match(workspace.stderr(), /^biofm deadline: \.biofm\/venue\.json is not a valid venue file \(1 problem\):\n\.biofm\/venue\.json:1:14: Trailing comma/);
  });

  it('exits 2 on an unknown venue, a bad --now, a bad --format or a stray argument', async () => {
    for (const argv of [['--venue', 'nope'], ['--now', 'yesterday'], ['--format', 'xml'], ['paper.md']]) {
      const io = memoryCliIo({});
      assert.equal(await runCli(['deadline', ...argv], io), 2, argv.join(' '));
      assert.match(io.stderr(), /^biofm deadline: /);
    }
    const io = memoryCliIo({});
    await runCli(['deadline', '--venue', 'nope'], io);
    assert.match(io.stderr(), /'nope' is neither a bundled venue \(jbhi-fm-2024\) nor an existing file/);
  });

  it('lends its venue loading to other commands', async () => {
    const io = memoryCliIo({ '.biofm/venue.json': exampleVenue });
    const venue = await loadVenueForCli(parseArgs([], deadlineCommand), io);
    assert.equal(venue.shortName, 'FMHD 2027 (example)');
  });
});
