/**
 * Calendar dates in a time zone, without Node built-ins: fixed offsets (`UTC-12`, `UTC+05:30`) are computed
 * directly, IANA names (`Europe/London`) through `Intl.DateTimeFormat`, which Node, browsers and VS Code's web
 * worker all provide. A deadline date means the END of that day in the venue's zone.
 */

/** A day of the (proleptic Gregorian) calendar, with no zone attached. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A resolved time zone: its name as the user wrote it, and its UTC offset at any instant. */
export interface TimeZone {
  readonly name: string;
  /** Offset from UTC in milliseconds at the instant (epoch milliseconds); positive east of Greenwich. */
  offsetAt(instant: number): number;
  /** Set for fixed-offset zones only, in minutes. */
  readonly fixedOffsetMinutes?: number;
}

/** A time zone name that is neither a fixed offset `UTC±HH[:MM]` nor an IANA name this runtime knows. */
export class UnknownTimeZoneError extends Error {
  constructor(readonly zoneName: string) {
    super(
      `Unknown time zone '${zoneName}': use a fixed offset such as 'UTC-12' (Anywhere on Earth) or 'UTC+05:30', ` +
        `or an IANA name such as 'Europe/London' or 'America/New_York'.`,
    );
    this.name = 'UnknownTimeZoneError';
  }
}

const millisecondsPerMinute = 60_000;
const millisecondsPerDay = 86_400_000;
const fixedOffsetPattern = /^UTC(?:([+\u2212-])(\d{1,2})(?::?(\d{2}))?)?$/;

/** Reads `UTC`, `UTC-12`, `UTC+5`, `UTC+05:30` (also `UTC+0530`) as minutes east of UTC; undefined if not one. */
export function parseFixedOffset(name: string): number | undefined {
  const match = fixedOffsetPattern.exec(name.trim());
  if (!match) return undefined;
  if (match[1] === undefined) return 0;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (minutes > 59) return undefined;
  const total = (match[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
  // Real zones span UTC−12 (Anywhere on Earth) to UTC+14 (Line Islands); anything beyond is a typo.
  return total >= -12 * 60 && total <= 14 * 60 ? total : undefined;
}

/** Resolves a zone name; throws UnknownTimeZoneError with a message fit for the user when it is neither form. */
export function resolveTimeZone(name: string): TimeZone {
  const fixed = parseFixedOffset(name);
  if (fixed !== undefined) {
    const offset = fixed * millisecondsPerMinute;
    return { name, fixedOffsetMinutes: fixed, offsetAt: () => offset };
  }
  // Intl would accept 'utc' or 'Etc/GMT+12' too; only refuse the empty name and names that look like offsets,
  // whose sign convention (Etc/GMT+12 is UTC−12) would be a trap.
  if (name.trim() === '' || /^(UTC|GMT)[+\u2212-]/i.test(name.trim())) throw new UnknownTimeZoneError(name);
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new UnknownTimeZoneError(name);
  }
  return { name, offsetAt: (instant) => intlOffset(formatter, instant) };
}

/** The problem with a zone name, or undefined when it resolves. */
export function timeZoneProblem(name: string): string | undefined {
  try {
    resolveTimeZone(name);
    return undefined;
  } catch (error) {
    if (error instanceof UnknownTimeZoneError) return error.message;
    throw error;
  }
}

function intlOffset(formatter: Intl.DateTimeFormat, instant: number): number {
  // Intl reports whole seconds, so compare against the instant truncated to its second.
  const second = Math.floor(instant / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(second)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = epochMilliseconds(
    { year: fields.year, month: fields.month, day: fields.day },
    ((fields.hour % 24) * 60 + fields.minute) * 60_000 + fields.second * 1000,
  );
  return wall - second;
}

/** Milliseconds since the epoch of the date's midnight read as UTC, plus `timeOfDay`; safe for years below 100. */
function epochMilliseconds(date: CalendarDate, timeOfDay = 0): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc.getTime() + timeOfDay;
}

/** Days since 1970-01-01 — differences of these are calendar-day differences. */
export function epochDay(date: CalendarDate): number {
  return Math.round(epochMilliseconds(date) / millisecondsPerDay);
}

function dateOfEpochDay(day: number): CalendarDate {
  const utc = new Date(day * millisecondsPerDay);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfEpochDay(epochDay(date) + days);
}

/** `later − earlier` in calendar days. */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  return epochDay(later) - epochDay(earlier);
}

/** Reads a strict `YYYY-MM-DD` that names a real day (2024-02-29 yes, 2023-02-29 and 2024-02-30 no). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1) return undefined;
  const roundTrip = dateOfEpochDay(epochDay(date));
  return roundTrip.month === date.month && roundTrip.day === date.day ? date : undefined;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The calendar date a clock in `zone` shows at `instant` (epoch milliseconds or a Date). */
export function calendarDateAt(instant: number | Date, zone: TimeZone): CalendarDate {
  const time = typeof instant === 'number' ? instant : instant.getTime();
  return dateOfEpochDay(Math.floor((time + zone.offsetAt(time)) / millisecondsPerDay));
}

/** The wall-clock reading in `zone` at `instant`: its date, and milliseconds since that date's midnight. */
export function wallClockAt(instant: number, zone: TimeZone): { date: CalendarDate; timeOfDay: number } {
  const wall = instant + zone.offsetAt(instant);
  const day = Math.floor(wall / millisecondsPerDay);
  return { date: dateOfEpochDay(day), timeOfDay: wall - day * millisecondsPerDay };
}

/**
 * The first instant (epoch milliseconds) at which the clock in `zone` shows `date`. Where a DST change skips
 * midnight the day starts at the change; where it repeats midnight, at the repetition that follows the previous day.
 */
export function startOfDay(date: CalendarDate, zone: TimeZone): number {
  const wall = epochMilliseconds(date);
  const offsets = new Set([zone.offsetAt(wall - millisecondsPerDay), zone.offsetAt(wall), zone.offsetAt(wall + millisecondsPerDay)]);
  const candidates = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => instant + zone.offsetAt(instant) === wall)
    .sort((a, b) => a - b);
  const day = epochDay(date);
  const followsPreviousDay = candidates.filter((instant) => epochDay(calendarDateAt(instant - 1, zone)) < day);
  if (followsPreviousDay.length > 0) return followsPreviousDay[followsPreviousDay.length - 1];
  if (candidates.length > 0) return candidates[0];
  return firstInstantOnOrAfter(day, zone, wall - Math.max(...offsets) - millisecondsPerDay, wall - Math.min(...offsets) + millisecondsPerDay);
}

/** Midnight does not exist that day (a DST gap at 00:00): search for the first instant the clock shows the day. */
function firstInstantOnOrAfter(day: number, zone: TimeZone, low: number, high: number): number {
  let before = low;
  let after = high;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (epochDay(calendarDateAt(middle, zone)) >= day) after = middle;
    else before = middle;
  }
  return after;
}

/** The last millisecond of `date` in `zone`: a deadline on that date is met up to and including this instant. */
export function endOfDay(date: CalendarDate, zone: TimeZone): number {
  return startOfDay(addDays(date, 1), zone) - 1;
}
