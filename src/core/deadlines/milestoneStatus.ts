import type { Venue } from '../venue/venue';
import { calendarDateAt, daysBetween, endOfDay, parseIsoDate, resolveTimeZone } from './zonedDate';

/** `upcoming` → `soon` (≤ soonDays) → `due` (≤ dueDays, including the day itself) → `passed` (after its end). */
export type MilestoneState = 'upcoming' | 'soon' | 'due' | 'passed';

/** Day counts from `biofm.deadlines.soonDays` and `biofm.deadlines.dueDays`. */
export interface DeadlineThresholds {
  readonly soonDays: number;
  readonly dueDays: number;
}

export const defaultDeadlineThresholds: DeadlineThresholds = { soonDays: 14, dueDays: 3 };

/** One milestone as seen at one instant. */
export interface MilestoneStatus {
  readonly id: string;
  readonly label: string;
  /** The venue's calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO instant of the last millisecond of `date` in the venue's zone. */
  readonly due: string;
  /** The milestone's date minus today's date, both in the venue's zone: 0 on the day, negative once passed. */
  readonly daysLeft: number;
  readonly state: MilestoneState;
}

/** Every milestone of a venue at one instant, in date order, and the id of the first one not passed. */
export interface VenueStatus {
  readonly venue: Venue;
  /** ISO instant the statuses were computed for. */
  readonly now: string;
  readonly timeZone: string;
  readonly milestones: readonly MilestoneStatus[];
  readonly next: string | null;
}

/** The state of a milestone `daysLeft` days away. */
export function milestoneState(daysLeft: number, thresholds: DeadlineThresholds): MilestoneState {
  if (daysLeft < 0) return 'passed';
  if (daysLeft <= thresholds.dueDays) return 'due';
  if (daysLeft <= thresholds.soonDays) return 'soon';
  return 'upcoming';
}

/**
 * Where each milestone of `venue` stands at `now`. Throws UnknownTimeZoneError for a zone this runtime does not
 * know, and an Error for a milestone date that is not a real `YYYY-MM-DD` (venue files are validated before this).
 */
export function milestoneStatuses(venue: Venue, now: Date, thresholds: DeadlineThresholds = defaultDeadlineThresholds): VenueStatus {
  const zone = resolveTimeZone(venue.timeZone);
  const today = calendarDateAt(now, zone);
  const milestones = venue.milestones
    .map((milestone) => {
      const date = parseIsoDate(milestone.date);
      if (!date) throw new Error(`Venue '${venue.id}': milestone '${milestone.id}' has no valid date (got '${milestone.date}')`);
      const daysLeft = daysBetween(today, date);
      return {
        id: milestone.id,
        label: milestone.label,
        date: milestone.date,
        due: new Date(endOfDay(date, zone)).toISOString(),
        daysLeft,
        state: milestoneState(daysLeft, thresholds),
      };
    })
    // Stable sort: a user's file may list milestones out of order; same-day ones keep the file's order.
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const next = milestones.find((milestone) => milestone.state !== 'passed');
  return { venue, now: now.toISOString(), timeZone: venue.timeZone, milestones, next: next?.id ?? null };
}

/** The status of the milestone `status.next` names, if any. */
export function nextMilestone(status: VenueStatus): MilestoneStatus | undefined {
  return status.next === null ? undefined : status.milestones.find((milestone) => milestone.id === status.next);
}
