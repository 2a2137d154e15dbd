import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deadlineFinding, deadlineStatusText, deadlineTooltipMarkdown, formatDayMonthYear } from '../../src/core/deadlines/deadlineText';
import { milestoneStatuses } from '../../src/core/deadlines/milestoneStatus';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';
import type { Venue } from '../../src/core/venue/venue';

const thresholds = { soonDays: 14, dueDays: 3 };
const statusAt = (iso: string, venue: Venue = jbhiFoundationModels) => milestoneStatuses(venue, new Date(iso), thresholds);

describe('deadlineStatusText', () => {
  it('counts down to the submission', () => {
    assert.equal(deadlineStatusText(statusAt('2024-01-20T12:00:00Z')), 'J-BHI FM · 12 days left');
    assert.equal(deadlineStatusText(statusAt('2024-01-31T12:00:00Z')), 'J-BHI FM · 1 day left');
    assert.equal(deadlineStatusText(statusAt('2024-02-01T12:00:00Z')), 'J-BHI FM · due today');
    assert.equal(deadlineStatusText(statusAt('2024-02-02T11:59:59.999Z')), 'J-BHI FM · due today');
  });

  it('says the submission closed, then what comes next', () => {
    // 2 Feb to 1 Mar 2024 is 28 days: February has 29.
    assert.equal(deadlineStatusText(statusAt('2024-02-02T12:00:00Z')), 'J-BHI FM · submission closed 1 Feb 2024 · first reviews due in 28 days');
    assert.equal(deadlineStatusText(statusAt('2024-03-01T12:00:00Z')), 'J-BHI FM · submission closed 1 Feb 2024 · first reviews due today');
    assert.equal(deadlineStatusText(statusAt('2024-06-30T12:00:00Z')), 'J-BHI FM · submission closed 1 Feb 2024 · final decision in 1 day');
  });

  it('keeps the submission as the closed milestone once everything has passed', () => {
    assert.equal(deadlineStatusText(statusAt('2025-01-01T00:00:00Z')), 'J-BHI FM · submission closed 1 Feb 2024');
  });

  it('leaves out a passed milestone other than the submission while something is ahead', () => {
    const venue: Venue = {
      ...jbhiFoundationModels,
      milestones: [
        { id: 'abstract', label: 'Abstract registration', date: '2027-03-08' },
        { id: 'submission', label: 'Paper submission', date: '2027-03-15' },
      ],
    };
    assert.equal(deadlineStatusText(statusAt('2027-03-10T12:00:00Z', venue)), 'J-BHI FM · paper submission in 5 days');
    assert.equal(deadlineStatusText(statusAt('2027-03-15T12:00:00Z', venue)), 'J-BHI FM · paper submission due today');
    assert.equal(deadlineStatusText(statusAt('2027-03-17T12:00:00Z', venue)), 'J-BHI FM · submission closed 15 Mar 2027');
  });

  it('names another passed milestone when the venue has no submission', () => {
    const venue: Venue = { ...jbhiFoundationModels, milestones: [{ id: 'abstract', label: 'Abstract registration', date: '2024-01-10' }] };
    assert.equal(deadlineStatusText(statusAt('2024-02-01T00:00:00Z', venue)), 'J-BHI FM · abstract registration passed 10 Jan 2024');
    assert.equal(deadlineStatusText(statusAt('2024-02-01T00:00:00Z', { ...venue, milestones: [] })), 'J-BHI FM');
  });

  it('property: never shows a negative count', () => {
    const start = Date.parse('2023-06-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 * 24 }), (hours) => {
        const text = deadlineStatusText(milestoneStatuses(jbhiFoundationModels, new Date(start + hours * 3_600_000), thresholds));
        assert.doesNotMatch(text, /-\d|−\d/);
        assert.match(text, /^J-BHI FM · /);
      }),
    );
  });

  it('writes dates as day, month, year', () => {
    assert.equal(formatDayMonthYear('2024-02-29'), '29 Feb 2024');
    assert.equal(formatDayMonthYear('2027-12-01'), '1 Dec 2027');
  });
});

describe('deadlineTooltipMarkdown', () => {
  it('gives each milestone in the venue zone and in the local zone, across DST', () => {
    const markdown = deadlineTooltipMarkdown(statusAt('2024-01-20T12:00:00Z'), { localTimeZone: 'Europe/Berlin' });
    assert.match(markdown, /\| Submission deadline \| Thu 1 Feb 2024, 23:59 \| Fri 2 Feb 2024, 12:59 \| \*\*12 days left\*\* \|/);
    // Berlin is on summer time (UTC+2) by 1 April.
    assert.match(markdown, /\| Revised manuscript due \| Mon 1 Apr 2024, 23:59 \| Tue 2 Apr 2024, 13:59 \| 72 days left \|/);
    assert.match(markdown, /AoE \(UTC−12\)/);
    assert.match(markdown, /Your time \(Europe\/Berlin\)/);
    assert.doesNotMatch(markdown, /Readiness/);
  });

  it('adds the readiness the caller passes, against the venue limit', () => {
    const status = statusAt('2024-02-10T00:00:00Z');
    const over = deadlineTooltipMarkdown(status, {
      localTimeZone: 'America/New_York',
      readiness: { scopeSummary: 'In scope: topics 6 and 9', undefinedCitations: 2, abstractWords: 262 },
    });
    assert.match(over, /\*\*Readiness\*\*/);
    assert.match(over, /- Scope: In scope: topics 6 and 9/);
    assert.match(over, /- Citations: \*\*2 undefined\*\*/);
    assert.match(over, /- Abstract: \*\*262 words, 12 over the limit of 250\*\*/);
    assert.match(over, /\| Submission deadline \| Thu 1 Feb 2024, 23:59 \| Fri 2 Feb 2024, 06:59 \| passed \|/);
    const fine = deadlineTooltipMarkdown(status, { localTimeZone: 'UTC', readiness: { undefinedCitations: 0, abstractWords: 200 } });
    assert.match(fine, /- Citations: all defined/);
    assert.match(fine, /- Abstract: 200 of 250 words/);
  });

  it('escapes Markdown in venue-provided text', () => {
    const venue: Venue = { ...jbhiFoundationModels, shortName: 'A*B', milestones: [{ id: 'x', label: 'Phase | two [draft]', date: '2024-02-01' }] };
    const markdown = deadlineTooltipMarkdown(statusAt('2024-01-20T12:00:00Z', venue), { localTimeZone: 'UTC' });
    assert.match(markdown, /\*\*A\\\*B\*\*/);
    assert.match(markdown, /\| Phase \\\| two \\\[draft\\\] \|/);
  });
});

describe('deadlineFinding', () => {
  it('informs when the next milestone is soon and warns when it is due', () => {
    const soon = deadlineFinding(statusAt('2024-01-20T12:00:00Z'), 'paper.md');
    assert.equal(soon?.code, 'deadline-soon');
    assert.equal(soon?.severity, 'information');
    assert.equal(soon?.location.file, 'paper.md');
    assert.equal(soon?.message, 'J-BHI FM: Submission deadline is in 12 days: Thu 1 Feb 2024, 23:59 AoE (UTC−12).');
    assert.deepEqual(soon?.data, { venue: 'jbhi-fm-2024', milestone: 'submission', date: '2024-02-01', due: '2024-02-02T11:59:59.999Z', daysLeft: 12 });
    const due = deadlineFinding(statusAt('2024-02-01T12:00:00Z'), 'paper.md');
    assert.equal(due?.severity, 'warning');
    assert.match(due?.message ?? '', /is due today/);
  });

  it('says nothing when the next milestone is far or everything has passed', () => {
    assert.equal(deadlineFinding(statusAt('2024-01-01T12:00:00Z'), 'paper.md'), undefined);
    assert.equal(deadlineFinding(statusAt('2025-01-01T12:00:00Z'), 'paper.md'), undefined);
  });
});
