import assert from 'node:assert/strict';
import { milestoneStatuses, milestoneState, nextMilestone, type VenueStatus } from '../../src/core/deadlines/milestoneStatus';
import { UnknownTimeZoneError } from '../../src/core/deadlines/zonedDate';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';
import type { Venue } from '../../src/core/venue/venue';

const thresholds = { soonDays: 14, dueDays: 3 };

function at(iso: string, venue: Venue = jbhiFoundationModels): VenueStatus {
  return milestoneStatuses(venue, new Date(iso), thresholds);
}

function milestone(status: VenueStatus, id: string) {
  const found = status.milestones.find((m) => m.id === id);
  assert.ok(found, `no milestone ${id}`);
  return found;
}

/** A venue with one milestone on `date` in `timeZone`. */
function oneDate(date: string, timeZone: string): Venue {
  return { ...jbhiFoundationModels, id: 'test', timeZone, milestones: [{ id: 'm', label: 'Milestone', date }] };
}

describe('milestoneStatuses', () => {
  it('counts 12 days to the J-BHI submission at 2024-01-20T12:00Z, soon, and names it next', () => {
    const status = at('2024-01-20T12:00:00Z');
    assert.equal(status.next, 'submission');
    assert.equal(status.timeZone, 'UTC-12');
    assert.equal(status.now, '2024-01-20T12:00:00.000Z');
    assert.deepEqual(milestone(status, 'submission'), {
      id: 'submission',
      label: 'Submission deadline',
      date: '2024-02-01',
      due: '2024-02-02T11:59:59.999Z',
      daysLeft: 12,
      state: 'soon',
    });
    assert.equal(milestone(status, 'first-reviews').daysLeft, 41);
    assert.equal(milestone(status, 'first-reviews').state, 'upcoming');
  });

  it('gives each state at its boundary', () => {
    assert.equal(milestone(at('2024-01-17T12:00:00Z'), 'submission').daysLeft, 15);
    assert.equal(milestone(at('2024-01-17T12:00:00Z'), 'submission').state, 'upcoming');
    assert.equal(milestone(at('2024-01-18T12:00:00Z'), 'submission').state, 'soon');
    assert.equal(milestone(at('2024-01-28T12:00:00Z'), 'submission').state, 'soon');
    assert.equal(milestone(at('2024-01-29T12:00:00Z'), 'submission').daysLeft, 3);
    assert.equal(milestone(at('2024-01-29T12:00:00Z'), 'submission').state, 'due');
    assert.equal(milestone(at('2024-02-01T12:00:00Z'), 'submission').state, 'due');
    assert.equal(milestone(at('2024-02-02T12:00:00Z'), 'submission').state, 'passed');
  });

  it('uses the thresholds it is given', () => {
    const status = milestoneStatuses(jbhiFoundationModels, new Date('2024-01-20T12:00:00Z'), { soonDays: 30, dueDays: 12 });
    assert.equal(milestone(status, 'submission').state, 'due');
    assert.equal(milestoneState(0, { soonDays: 0, dueDays: 0 }), 'due');
    assert.equal(milestoneState(1, { soonDays: 0, dueDays: 0 }), 'upcoming');
    assert.equal(milestoneState(-1, { soonDays: 14, dueDays: 3 }), 'passed');
  });

  it('is due today through the last millisecond of 1 Feb AoE, and passed one millisecond later', () => {
    const startOfDay = milestone(at('2024-02-01T12:00:00.000Z'), 'submission');
    assert.equal(startOfDay.daysLeft, 0);
    const lastMoment = at('2024-02-02T11:59:59.999Z');
    assert.equal(milestone(lastMoment, 'submission').daysLeft, 0);
    assert.equal(milestone(lastMoment, 'submission').state, 'due');
    assert.equal(lastMoment.next, 'submission');
    const after = at('2024-02-02T12:00:00.000Z');
    assert.equal(milestone(after, 'submission').daysLeft, -1);
    assert.equal(milestone(after, 'submission').state, 'passed');
    assert.equal(after.next, 'first-reviews');
    assert.equal(milestone(at('2024-02-01T11:59:59.999Z'), 'submission').daysLeft, 1);
  });

  it('has no next milestone once all have passed', () => {
    const status = at('2024-07-02T12:00:00Z');
    assert.equal(status.next, null);
    assert.equal(nextMilestone(status), undefined);
    assert.ok(status.milestones.every((m) => m.state === 'passed'));
  });

  it('counts the leap day', () => {
    const venue: Venue = {
      ...oneDate('2024-03-01', 'UTC-12'),
      milestones: [
        { id: 'leap', label: 'Leap day', date: '2024-02-29' },
        { id: 'march', label: 'March', date: '2024-03-01' },
      ],
    };
    const status = at('2024-02-28T12:00:00Z', venue);
    assert.equal(milestone(status, 'leap').daysLeft, 1);
    assert.equal(milestone(status, 'march').daysLeft, 2);
    assert.equal(milestone(status, 'leap').due, '2024-03-01T11:59:59.999Z');
    assert.equal(milestone(at('2023-02-28T12:00:00Z', oneDate('2023-03-01', 'UTC-12')), 'm').daysLeft, 1);
  });

  it('counts across the year end', () => {
    const venue = oneDate('2025-01-02', 'UTC-12');
    assert.equal(milestone(at('2024-12-31T12:00:00Z', venue), 'm').daysLeft, 2);
    // Still 30 December at UTC−12.
    assert.equal(milestone(at('2024-12-31T11:00:00Z', venue), 'm').daysLeft, 3);
    assert.equal(milestone(at('2025-01-03T11:59:59.999Z', venue), 'm').daysLeft, 0);
    assert.equal(milestone(at('2023-12-31T12:00:00Z', oneDate('2024-12-31', 'UTC-12')), 'm').daysLeft, 366);
  });

  it('ends days in America/New_York at local midnight on both sides of the DST changes', () => {
    // EST (UTC−5) before 10 March 2024, EDT (UTC−4) after; back to EST on 3 November.
    assert.equal(milestone(at('2024-03-01T00:00:00Z', oneDate('2024-03-09', 'America/New_York')), 'm').due, '2024-03-10T04:59:59.999Z');
    assert.equal(milestone(at('2024-03-01T00:00:00Z', oneDate('2024-03-10', 'America/New_York')), 'm').due, '2024-03-11T03:59:59.999Z');
    assert.equal(milestone(at('2024-11-01T00:00:00Z', oneDate('2024-11-02', 'America/New_York')), 'm').due, '2024-11-03T03:59:59.999Z');
    assert.equal(milestone(at('2024-11-01T00:00:00Z', oneDate('2024-11-03', 'America/New_York')), 'm').due, '2024-11-04T04:59:59.999Z');
    const venue = oneDate('2024-03-11', 'America/New_York');
    // 04:30Z is 23:30 on 9 March in New York; 05:00Z is the midnight that starts 10 March, the day clocks spring forward.
    assert.equal(milestone(at('2024-03-10T04:30:00Z', venue), 'm').daysLeft, 2);
    assert.equal(milestone(at('2024-03-10T05:00:00Z', venue), 'm').daysLeft, 1);
    assert.equal(milestone(at('2024-03-12T03:59:59.999Z', venue), 'm').state, 'due');
    assert.equal(milestone(at('2024-03-12T04:00:00Z', venue), 'm').state, 'passed');
  });

  it('ends days in Europe/London at local midnight on both sides of the DST changes', () => {
    assert.equal(milestone(at('2024-03-01T00:00:00Z', oneDate('2024-03-30', 'Europe/London')), 'm').due, '2024-03-30T23:59:59.999Z');
    assert.equal(milestone(at('2024-03-01T00:00:00Z', oneDate('2024-03-31', 'Europe/London')), 'm').due, '2024-03-31T22:59:59.999Z');
    assert.equal(milestone(at('2024-10-01T00:00:00Z', oneDate('2024-10-26', 'Europe/London')), 'm').due, '2024-10-26T22:59:59.999Z');
    assert.equal(milestone(at('2024-10-01T00:00:00Z', oneDate('2024-10-27', 'Europe/London')), 'm').due, '2024-10-27T23:59:59.999Z');
    const venue = oneDate('2024-03-31', 'Europe/London');
    assert.equal(milestone(at('2024-03-31T22:30:00Z', venue), 'm').state, 'due');
    assert.equal(milestone(at('2024-03-31T23:30:00Z', venue), 'm').state, 'passed');
  });

  it('handles fixed offsets with minutes', () => {
    assert.equal(milestone(at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'UTC+05:30')), 'm').due, '2024-02-01T18:29:59.999Z');
    assert.equal(milestone(at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'UTC+0545')), 'm').due, '2024-02-01T18:14:59.999Z');
    assert.equal(milestone(at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'UTC-03:30')), 'm').due, '2024-02-02T03:29:59.999Z');
    assert.equal(milestone(at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'UTC')), 'm').due, '2024-02-01T23:59:59.999Z');
    const india = oneDate('2024-02-01', 'UTC+05:30');
    assert.equal(milestone(at('2024-01-31T18:29:00Z', india), 'm').daysLeft, 1);
    assert.equal(milestone(at('2024-01-31T18:30:00Z', india), 'm').daysLeft, 0);
  });

  it('refuses an unknown zone with a clear error', () => {
    assert.throws(
      () => at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'Mars/Olympus_Mons')),
      (error: unknown) => error instanceof UnknownTimeZoneError && error.message.includes("'Mars/Olympus_Mons'") && error.message.includes('UTC-12'),
    );
    assert.throws(() => at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'UTC+15')), UnknownTimeZoneError);
    assert.throws(() => at('2024-01-01T00:00:00Z', oneDate('2024-02-01', 'GMT+5')), UnknownTimeZoneError);
  });

  it('orders milestones by date whatever the order of the file', () => {
    const venue: Venue = {
      ...oneDate('2024-01-01', 'UTC-12'),
      milestones: [
        { id: 'late', label: 'Late', date: '2024-05-01' },
        { id: 'early', label: 'Early', date: '2024-02-01' },
      ],
    };
    const status = at('2024-01-20T12:00:00Z', venue);
    assert.deepEqual(status.milestones.map((m) => m.id), ['early', 'late']);
    assert.equal(status.next, 'early');
  });
});
