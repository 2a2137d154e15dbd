import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { milestoneStatuses } from '../../src/core/deadlines/milestoneStatus';
import { LineIndex, type Range } from '../../src/core/text/lineIndex';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';
import { resolveVenue, venueFileFromSetting } from '../../src/core/venue/resolveVenue';
import type { Venue } from '../../src/core/venue/venue';
import { parseVenueFile } from '../../src/core/venue/venueFile';

const root = path.resolve(__dirname, '../..');
const examplePath = path.join(root, 'examples/venue/.biofm/venue.json');

/** A small valid file, as lines so ranges are easy to state. */
const validLines = [
  '{',
  '  "name": "Test Workshop",',
  '  "topics": [{ "id": 1, "title": "Models" }],',
  '  "milestones": [{ "id": "submission", "label": "Submission deadline", "date": "2024-02-29" }]',
  '}',
];

/** The range of the `occurrence`-th appearance of `needle` in `text`. */
function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `'${needle}' not in the text`);
  return new LineIndex(text).rangeOf(at, at + needle.length);
}

function problemsOf(text: string) {
  const result = parseVenueFile(text, '.biofm/venue.json');
  assert.equal(result.venue, undefined, 'a file with problems must give no venue');
  return result.problems;
}

describe('parseVenueFile', () => {
  it('reads the shipped example, a fictional 2027 workshop in New York time', () => {
    const { venue, problems } = parseVenueFile(readFileSync(examplePath, 'utf8'), examplePath);
    assert.deepEqual(problems, []);
    assert.equal(venue?.timeZone, 'America/New_York');
    assert.equal(venue?.milestones.find((m) => m.id === 'submission')?.date, '2027-03-15');
    assert.deepEqual(venue?.limits, { abstractWords: 200, pages: 8 });
    assert.match(venue?.name ?? '', /Fictional/);
    const status = milestoneStatuses(venue, new Date('2027-03-15T12:00:00Z'), { soonDays: 14, dueDays: 3 });
    // 15 March 2027 is in EDT (UTC−4): the day ends at 03:59:59.999Z on the 16th.
    assert.equal(status.milestones.find((m) => m.id === 'submission')?.due, '2027-03-16T03:59:59.999Z');
  });

  it('fills what a minimal file leaves out: AoE, an id from the name, the name as short name', () => {
    const { venue, problems } = parseVenueFile(validLines.join('\n'), 'v.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(venue, {
      id: 'test-workshop',
      shortName: 'Test Workshop',
      name: 'Test Workshop',
      journal: '',
      timeZone: 'UTC-12',
      topics: [{ id: 1, title: 'Models' }],
      milestones: [{ id: 'submission', label: 'Submission deadline', date: '2024-02-29' }],
      limits: {},
    });
  });

  it('reports malformed JSON at the offending characters', () => {
    const missingComma = '{\n  "name": "A"\n  "topics": []\n}';
    assert.deepEqual(problemsOf(missingComma), [{ message: "Expected ',' or '}' after a property", range: rangeOf(missingComma, '"topics"') }]);
    const trailing = '{\n  "name": "A",\n  "topics": [],\n}';
    assert.deepEqual(problemsOf(trailing), [{ message: 'Trailing comma is not allowed in JSON', range: rangeOf(trailing, ',', 2) }]);
    const trailingItem = '{ "topics": [1, 2,] }';
    assert.deepEqual(problemsOf(trailingItem)[0].range, rangeOf(trailingItem, ',', 2));
    const comment = '{\n  // the venue\n  "name": "A"\n}';
    assert.deepEqual(problemsOf(comment), [{ message: 'Comments are not allowed in JSON', range: rangeOf(comment, '//') }]);
    const quotes = "{ 'name': 'A' }";
    assert.deepEqual(problemsOf(quotes), [{ message: 'Expected a property name in double quotes', range: rangeOf(quotes, "'name'") }]);
    const truncated = '{ "name": "A", "topics": [';
    assert.equal(problemsOf(truncated)[0].message, 'Expected a value, found the end of the file');
    assert.match(problemsOf('')[0].message, /\.biofm\/venue\.json is empty/);
  });

  it('reports wrong types with the exact range of each value, in file order', () => {
    const text = [
      '{',
      '  "name": 42,',
      '  "topics": [{ "id": "one", "title": "Models" }, { "id": 2, "title": "" }],',
      '  "milestones": { "id": "submission" },',
      '  "limits": { "abstractWords": -5, "pages": 8.5 },',
      '  "url": "example.org"',
      '}',
    ].join('\n');
    const problems = problemsOf(text);
    assert.deepEqual(
      problems.map((p) => [p.message, p.range]),
      [
        ['"name" must be a non-empty string, found 42', rangeOf(text, '42')],
        ['"id" of topic 1 must be a whole number of at least 1, found the string "one"', rangeOf(text, '"one"')],
        ['"title" of topic 2 must be a non-empty string, found an empty string', rangeOf(text, '""')],
        ['"milestones" must be an array, found an object', rangeOf(text, '{ "id": "submission" }')],
        ['"abstractWords" must be a whole number of at least 1, found -5', rangeOf(text, '-5')],
        ['"pages" must be a whole number of at least 1, found 8.5', rangeOf(text, '8.5')],
        ['"url" must be an http:// or https:// address, found "example.org"', rangeOf(text, '"example.org"')],
      ],
    );
  });

  it('reports an unknown zone at its value', () => {
    const text = validLines.join('\n').replace('"name": "Test Workshop",', '"name": "Test Workshop", "timeZone": "Mars/Olympus_Mons",');
    const [problem, ...rest] = problemsOf(text);
    assert.deepEqual(rest, []);
    assert.deepEqual(problem.range, rangeOf(text, '"Mars/Olympus_Mons"'));
    assert.match(problem.message, /Unknown time zone 'Mars\/Olympus_Mons'/);
    const fixed = validLines.join('\n').replace('"name": "Test Workshop",', '"name": "Test Workshop", "timeZone": "UTC+05:30",');
    assert.equal(parseVenueFile(fixed, 'v.json').venue?.timeZone, 'UTC+05:30');
  });

  it('reports impossible and badly written dates', () => {
    const text = validLines.join('\n').replace('2024-02-29', '2024-02-30');
    assert.deepEqual(problemsOf(text), [{ message: '2024-02-30 is not a date: February 2024 has 29 days', range: rangeOf(text, '"2024-02-30"') }]);
    assert.equal(problemsOf(validLines.join('\n').replace('2024-02-29', '2023-02-29'))[0].message, '2023-02-29 is not a date: February 2023 has 28 days');
    assert.equal(problemsOf(validLines.join('\n').replace('2024-02-29', '2024-13-01'))[0].message, '2024-13-01 is not a date: there is no month 13');
    assert.equal(problemsOf(validLines.join('\n').replace('2024-02-29', '1 Feb 2024'))[0].message, '"date" must be a calendar date written YYYY-MM-DD, found "1 Feb 2024"');
  });

  it('reports missing, unknown and repeated properties and ids', () => {
    const missing = '{ "name": "A" }';
    assert.deepEqual(
      problemsOf(missing).map((p) => p.message),
      ['Missing required property "topics" in the venue', 'Missing required property "milestones" in the venue'],
    );
    assert.deepEqual(problemsOf(missing)[0].range, rangeOf(missing, '{'));
    const typo = validLines.join('\n').replace('"name"', '"nmae"');
    assert.deepEqual(problemsOf(typo).map((p) => p.range), [rangeOf(typo, '{'), rangeOf(typo, '"nmae"')]);
    const twice = validLines.join('\n').replace('"milestones": [', '"milestones": [{ "id": "submission", "label": "Again", "date": "2024-03-01" }, ');
    assert.deepEqual(problemsOf(twice), [{ message: 'Duplicate milestone id "submission"', range: rangeOf(twice, '"submission"', 2) }]);
    const withSchema = validLines.join('\n').replace('{', '{ "$schema": "../schemas/venue.schema.json",');
    assert.deepEqual(parseVenueFile(withSchema, 'v.json').problems, []);
  });

  it('agrees with the JSON schema on the properties it knows and requires', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/venue.schema.json'), 'utf8')) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    assert.deepEqual(problemsOf('{}').map((p) => p.message), schema.required.map((key) => `Missing required property "${key}" in the venue`));
    const everything = JSON.stringify({
      ...Object.fromEntries(Object.keys(schema.properties).map((key) => [key, 'x'])),
      name: 'N',
      topics: [],
      milestones: [],
      limits: {},
      url: 'https://example.org',
      timeZone: 'UTC',
    });
    assert.deepEqual(parseVenueFile(everything, 'v.json').problems, []);
    const example = JSON.parse(readFileSync(examplePath, 'utf8')) as { $schema: string };
    assert.equal(path.resolve(path.dirname(examplePath), example.$schema), path.join(root, 'schemas/venue.schema.json'));
  });
});

describe('resolveVenue', () => {
  const workspace: Venue = { ...jbhiFoundationModels, id: 'workspace-venue', shortName: 'Mine' };

  it('prefers a bundled id in the setting, then the workspace file, then the default', () => {
    assert.equal(resolveVenue('jbhi-fm-2024', workspace), jbhiFoundationModels);
    assert.equal(resolveVenue('', workspace), workspace);
    assert.equal(resolveVenue('', undefined), jbhiFoundationModels);
    assert.equal(resolveVenue('venues/other.json', workspace), workspace);
  });

  it('tells a file in the setting from a bundled id', () => {
    assert.equal(venueFileFromSetting(''), undefined);
    assert.equal(venueFileFromSetting(' jbhi-fm-2024 '), undefined);
    assert.equal(venueFileFromSetting('venues/other.json'), 'venues/other.json');
  });
});
