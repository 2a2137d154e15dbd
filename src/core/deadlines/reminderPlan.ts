import { formatInstantIn, zoneLabel } from './deadlineText';
import { nextMilestone, type VenueStatus } from './milestoneStatus';
import { addDays, calendarDateAt, resolveTimeZone, startOfDay } from './zonedDate';

/** One (venue, milestone on its date, threshold) reminder that must not show again. */
export interface SeenReminder {
  readonly venue: string;
  readonly milestone: string;
  /** The milestone's date when it was seen: if the venue moves the date, its reminders start afresh. */
  readonly date: string;
  readonly threshold: number;
}

/**
 * What the editor remembers between sessions (it keeps this object in `globalState`); plain JSON data.
 * Build it with `emptyReminderState` or `readReminderState`, change it only through the functions below.
 */
export interface ReminderState {
  readonly version: 1;
  readonly seen: readonly SeenReminder[];
  /** Venue id → ISO instant before which that venue shows no reminder ("Remind me tomorrow"). */
  readonly snoozedUntil: Readonly<Record<string, string>>;
  /** Venues the user asked never to be reminded of. */
  readonly mutedVenues: readonly string[];
}

export const emptyReminderState: ReminderState = { version: 1, seen: [], snoozedUntil: {}, mutedVenues: [] };

/** One notification to show. */
export interface Reminder {
  readonly venue: string;
  readonly milestone: string;
  readonly label: string;
  readonly date: string;
  /** ISO instant the milestone ends. */
  readonly due: string;
  readonly daysLeft: number;
  /** The `biofm.deadlines.reminderDays` entry this reminder is for. */
  readonly threshold: number;
  /** The venue's zone; "Remind me tomorrow" means the next day there. */
  readonly timeZone: string;
  readonly message: string;
}

/** The reminder to show now, if any, and the state to store whether or not one shows. */
export interface ReminderPlan {
  readonly reminder?: Reminder;
  readonly state: ReminderState;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads stored state defensively: whatever an older version or a hand edit left becomes valid state. */
export function readReminderState(value: unknown): ReminderState {
  if (!isRecord(value) || value.version !== 1) return emptyReminderState;
  const seen = Array.isArray(value.seen)
    ? value.seen.filter(
        (entry): entry is SeenReminder =>
          isRecord(entry) &&
          typeof entry.venue === 'string' &&
          typeof entry.milestone === 'string' &&
          typeof entry.date === 'string' &&
          typeof entry.threshold === 'number',
      )
    : [];
  const snoozedUntil = isRecord(value.snoozedUntil)
    ? Object.fromEntries(Object.entries(value.snoozedUntil).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};
  const mutedVenues = Array.isArray(value.mutedVenues) ? value.mutedVenues.filter((id): id is string => typeof id === 'string') : [];
  return { version: 1, seen, snoozedUntil, mutedVenues };
}

function sameReminder(a: SeenReminder, b: SeenReminder): boolean {
  return a.venue === b.venue && a.milestone === b.milestone && a.date === b.date && a.threshold === b.threshold;
}

function markSeen(seen: readonly SeenReminder[], entries: readonly SeenReminder[]): readonly SeenReminder[] {
  const added = entries.filter((entry) => !seen.some((existing) => sameReminder(existing, entry)));
  return added.length === 0 ? seen : [...seen, ...added];
}

/** Thresholds as days, most urgent first; negative or non-numeric entries from settings are ignored. */
function usableThresholds(reminderDays: readonly number[]): number[] {
  return [...new Set(reminderDays.filter((days) => Number.isFinite(days) && days >= 0))].sort((a, b) => a - b);
}

function reminderMessage(status: VenueStatus, label: string, due: string, daysLeft: number): string {
  const when = daysLeft === 0 ? 'is due today' : daysLeft === 1 ? 'is in 1 day' : `is in ${daysLeft} days`;
  const ends = `${formatInstantIn(due, resolveTimeZone(status.timeZone))} ${zoneLabel(status.timeZone)}`;
  return `${status.venue.shortName}: ${label} ${when}: ${ends}.`;
}

/**
 * Decides the one reminder to show for the venue's next milestone: the most urgent of `reminderDays` it has
 * crossed, unless already seen. Less urgent crossed thresholds are marked seen without showing, so starting the
 * editor five days before a deadline shows the 7-day reminder once, not 30, 14 and 7 in a row. Later milestones
 * wait their turn until they are next. Seen entries of this venue's passed milestones are dropped to keep the
 * state small.
 */
export function planReminder(status: VenueStatus, reminderDays: readonly number[], state: ReminderState): ReminderPlan {
  const venue = status.venue.id;
  const now = Date.parse(status.now);
  const current = new Set(status.milestones.filter((m) => m.state !== 'passed').map((m) => `${m.id}\n${m.date}`));
  const seen = state.seen.filter((entry) => entry.venue !== venue || current.has(`${entry.milestone}\n${entry.date}`));
  const { [venue]: snoozedUntil, ...otherSnoozes } = state.snoozedUntil;
  const snoozed = snoozedUntil !== undefined && now < Date.parse(snoozedUntil);
  const kept: ReminderState = { ...state, seen, snoozedUntil: snoozed ? state.snoozedUntil : otherSnoozes };
  const next = nextMilestone(status);
  if (state.mutedVenues.includes(venue) || snoozed || !next) return { state: kept };
  const crossed = usableThresholds(reminderDays).filter((threshold) => next.daysLeft <= threshold);
  if (crossed.length === 0) return { state: kept };
  const [threshold, ...older] = crossed;
  const entry = (days: number): SeenReminder => ({ venue, milestone: next.id, date: next.date, threshold: days });
  const passedOver: ReminderState = { ...kept, seen: markSeen(kept.seen, older.map(entry)) };
  if (passedOver.seen.some((existing) => sameReminder(existing, entry(threshold)))) return { state: passedOver };
  const reminder: Reminder = {
    venue,
    milestone: next.id,
    label: next.label,
    date: next.date,
    due: next.due,
    daysLeft: next.daysLeft,
    threshold,
    timeZone: status.timeZone,
    message: reminderMessage(status, next.label, next.due, next.daysLeft),
  };
  return { reminder, state: passedOver };
}

function seenEntry(reminder: Reminder): SeenReminder {
  return { venue: reminder.venue, milestone: reminder.milestone, date: reminder.date, threshold: reminder.threshold };
}

/** The reminder was shown (whatever the user then does, or if they just close it): never show it again. */
export function reminderShown(state: ReminderState, reminder: Reminder): ReminderState {
  return { ...state, seen: markSeen(state.seen, [seenEntry(reminder)]) };
}

/**
 * "Remind me tomorrow": nothing for this venue until the next day begins in the venue's zone, and then this
 * reminder again (or a more urgent one, if a threshold is crossed by then).
 */
export function snoozeReminder(state: ReminderState, reminder: Reminder, now: Date): ReminderState {
  const zone = resolveTimeZone(reminder.timeZone);
  const tomorrow = new Date(startOfDay(addDays(calendarDateAt(now, zone), 1), zone)).toISOString();
  const key = seenEntry(reminder);
  return {
    ...state,
    seen: state.seen.filter((entry) => !sameReminder(entry, key)),
    snoozedUntil: { ...state.snoozedUntil, [reminder.venue]: tomorrow },
  };
}

/** "Don't remind me for this venue". */
export function muteVenue(state: ReminderState, venueId: string): ReminderState {
  return state.mutedVenues.includes(venueId) ? state : { ...state, mutedVenues: [...state.mutedVenues, venueId] };
}

/** Undoes `muteVenue` (for a "resume reminders" command). */
export function unmuteVenue(state: ReminderState, venueId: string): ReminderState {
  return { ...state, mutedVenues: state.mutedVenues.filter((id) => id !== venueId) };
}
