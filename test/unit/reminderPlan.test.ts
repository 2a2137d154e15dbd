import assert from 'node:assert/strict';
import { milestoneStatuses } from '../../src/core/deadlines/milestoneStatus';
import {
  emptyReminderState,
  muteVenue,
  planReminder,
  readReminderState,
  reminderShown,
  snoozeReminder,
  unmuteVenue,
  type ReminderState,
} from '../../src/core/deadlines/reminderPlan';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';
import type { Venue } from '../../src/core/venue/venue';

const reminderDays = [30, 14, 7, 3, 1, 0];
const thresholds = { soonDays: 14, dueDays: 3 };
const statusAt = (iso: string, venue: Venue = jbhiFoundationModels) => milestoneStatuses(venue, new Date(iso), thresholds);

/** What the editor does: plan, show, remember that it showed — and store the state as JSON in between. */
function showIfAny(iso: string, state: ReminderState, venue?: Venue) {
  const plan = planReminder(statusAt(iso, venue), reminderDays, state);
  const next = plan.reminder ? reminderShown(plan.state, plan.reminder) : plan.state;
  return { reminder: plan.reminder, state: readReminderState(JSON.parse(JSON.stringify(next))) };
}

describe('planReminder', () => {
  it('shows only the current threshold at start-up, not a burst of older ones', () => {
    // 2024-01-27 AoE: 5 days before the submission; 30, 14 and 7 have all been crossed.
    const first = showIfAny('2024-01-27T12:00:00Z', emptyReminderState);
    assert.equal(first.reminder?.milestone, 'submission');
    assert.equal(first.reminder?.threshold, 7);
    assert.equal(first.reminder?.daysLeft, 5);
    assert.equal(first.reminder?.message, 'J-BHI FM: Submission deadline is in 5 days: Thu 1 Feb 2024, 23:59 AoE (UTC−12).');
    assert.deepEqual(first.state.seen.map((s) => s.threshold).sort((a, b) => a - b), [7, 14, 30]);
    const restart = showIfAny('2024-01-27T13:00:00Z', first.state);
    assert.equal(restart.reminder, undefined);
    assert.equal(showIfAny('2024-01-28T12:00:00Z', restart.state).reminder, undefined);
  });

  it('shows each later threshold once, as it is crossed', () => {
    let state = showIfAny('2024-01-27T12:00:00Z', emptyReminderState).state;
    const shown: number[] = [];
    for (let day = 28; day <= 33; day++) {
      const instant = new Date(Date.UTC(2024, 0, day, 12)).toISOString();
      for (const hour of [0, 6]) {
        const result = showIfAny(new Date(Date.parse(instant) + hour * 3_600_000).toISOString(), state);
        if (result.reminder) shown.push(result.reminder.threshold);
        state = result.state;
      }
    }
    // 29 Jan (3 days), 31 Jan (1 day), 1 Feb (due today); after that the next milestone is a month away: 30.
    assert.deepEqual(shown, [3, 1, 0, 30]);
  });

  it('never repeats a dismissed reminder, even after a restart from stored state', () => {
    const { state } = showIfAny('2024-01-30T12:00:00Z', emptyReminderState);
    const stored = JSON.stringify(state);
    assert.equal(showIfAny('2024-01-30T20:00:00Z', readReminderState(JSON.parse(stored))).reminder, undefined);
  });

  it('snoozes until the next day begins in the venue zone, then reminds again', () => {
    const plan = planReminder(statusAt('2024-01-26T12:00:00Z'), reminderDays, emptyReminderState);
    assert.equal(plan.reminder?.threshold, 7);
    const snoozed = snoozeReminder(reminderShown(plan.state, plan.reminder), plan.reminder, new Date('2024-01-26T15:00:00Z'));
    // The next day at UTC−12 begins at 12:00Z.
    assert.equal(snoozed.snoozedUntil['jbhi-fm-2024'], '2024-01-27T12:00:00.000Z');
    assert.equal(planReminder(statusAt('2024-01-27T11:59:59Z'), reminderDays, snoozed).reminder, undefined);
    const again = planReminder(statusAt('2024-01-27T12:00:00Z'), reminderDays, snoozed);
    assert.equal(again.reminder?.threshold, 7);
    assert.equal(again.reminder?.daysLeft, 5);
    assert.equal(again.state.snoozedUntil['jbhi-fm-2024'], undefined);
  });

  it('mutes one venue and leaves others alone', () => {
    const other: Venue = { ...jbhiFoundationModels, id: 'other', shortName: 'Other' };
    const muted = muteVenue(emptyReminderState, 'jbhi-fm-2024');
    assert.equal(planReminder(statusAt('2024-02-01T12:00:00Z'), reminderDays, muted).reminder, undefined);
    assert.equal(planReminder(statusAt('2024-02-01T12:00:00Z', other), reminderDays, muted).reminder?.venue, 'other');
    assert.equal(planReminder(statusAt('2024-02-01T12:00:00Z'), reminderDays, unmuteVenue(muted, 'jbhi-fm-2024')).reminder?.threshold, 0);
    assert.deepEqual(muteVenue(muted, 'jbhi-fm-2024').mutedVenues, ['jbhi-fm-2024']);
  });

  it('reminds afresh when the venue moves a date, and forgets passed milestones', () => {
    const { state } = showIfAny('2024-01-30T12:00:00Z', emptyReminderState);
    const moved: Venue = { ...jbhiFoundationModels, milestones: [{ id: 'submission', label: 'Submission deadline', date: '2024-02-02' }] };
    assert.equal(showIfAny('2024-01-30T13:00:00Z', state, moved).reminder?.threshold, 3);
    const later = planReminder(statusAt('2024-02-05T12:00:00Z'), reminderDays, state);
    assert.ok(later.state.seen.every((entry) => entry.milestone !== 'submission'));
  });

  it('shows nothing when no threshold is crossed, everything has passed, or reminderDays are unusable', () => {
    assert.equal(planReminder(statusAt('2023-12-01T12:00:00Z'), reminderDays, emptyReminderState).reminder, undefined);
    assert.equal(planReminder(statusAt('2024-08-01T12:00:00Z'), reminderDays, emptyReminderState).reminder, undefined);
    assert.equal(planReminder(statusAt('2024-01-30T12:00:00Z'), [-1, Number.NaN], emptyReminderState).reminder, undefined);
  });

  it('reads damaged stored state as valid state', () => {
    assert.deepEqual(readReminderState(undefined), emptyReminderState);
    assert.deepEqual(readReminderState({ version: 2 }), emptyReminderState);
    const read = readReminderState({ version: 1, seen: [{ venue: 'v' }, { venue: 'v', milestone: 'm', date: '2024-01-01', threshold: 3 }], snoozedUntil: { v: 5 }, mutedVenues: ['v', 7] });
    assert.deepEqual(read, { version: 1, seen: [{ venue: 'v', milestone: 'm', date: '2024-01-01', threshold: 3 }], snoozedUntil: {}, mutedVenues: ['v'] });
  });
});
