import type { Finding } from '../findings/finding';
import { nextMilestone, type MilestoneStatus, type VenueStatus } from './milestoneStatus';
import { parseIsoDate, resolveTimeZone, wallClockAt, type CalendarDate, type TimeZone } from './zonedDate';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2024-02-01` → `1 Feb 2024`: fixed English, so the text does not change with the machine's locale. */
export function formatDayMonthYear(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? formatCalendarDate(date) : isoDate;
}

function formatCalendarDate(date: CalendarDate): string {
  return `${date.day} ${monthNames[date.month - 1]} ${date.year}`;
}

/** An instant as a clock in `zone` shows it: `Fri 2 Feb 2024, 12:59`. */
export function formatInstantIn(instant: string | number, zone: TimeZone): string {
  const time = typeof instant === 'number' ? instant : Date.parse(instant);
  const { date, timeOfDay } = wallClockAt(time, zone);
  const weekday = weekdayNames[weekdayOf(date)];
  const minutes = Math.floor(timeOfDay / 60_000);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${weekday} ${formatCalendarDate(date)}, ${clock}`;
}

function weekdayOf(date: CalendarDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc.getUTCDay();
}

/** How people name a zone: `UTC-12` is "AoE (UTC−12)", other names stay as written. */
export function zoneLabel(zoneName: string): string {
  const zone = safeZone(zoneName);
  if (zone.fixedOffsetMinutes === undefined) return zoneName;
  if (zone.fixedOffsetMinutes === -12 * 60) return 'AoE (UTC−12)';
  // A typographic minus, as the offset is read, not typed.
  return zoneName.replace('-', '−');
}

function safeZone(zoneName: string): TimeZone {
  try {
    return resolveTimeZone(zoneName);
  } catch {
    return resolveTimeZone('UTC');
  }
}

/** `12 days left`, `1 day left`, `due today`; never a negative count (a passed milestone says `passed`). */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return 'passed';
  if (daysLeft === 0) return 'due today';
  return daysLeft === 1 ? '1 day left' : `${daysLeft} days left`;
}

function inDaysText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  return daysLeft === 1 ? 'in 1 day' : `in ${daysLeft} days`;
}

/** `First reviews due` → `first reviews due`, but `J-BHI decision` stays as it is. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

const submissionPattern = /submi(ssion|t)/i;

const isSubmission = (milestone: MilestoneStatus) => submissionPattern.test(milestone.id) || submissionPattern.test(milestone.label);

/** `revised manuscript due in 5 days`, `paper submission due today` (not `first reviews due due today`). */
function nextPhrase(milestone: MilestoneStatus): string {
  const label = lowerFirst(milestone.label);
  if (milestone.daysLeft !== 0) return `${label} ${inDaysText(milestone.daysLeft)}`;
  return /\bdue$/i.test(label) ? `${label} today` : `${label} due today`;
}

function closedText(milestone: MilestoneStatus): string {
  const name = isSubmission(milestone) ? 'submission closed' : `${lowerFirst(milestone.label)} passed`;
  return `${name} ${formatDayMonthYear(milestone.date)}`;
}

/**
 * The status bar text. Before anything has passed: `J-BHI FM · 12 days left` (the days to the first milestone).
 * Once the submission has closed, that is what an author most needs to know, then what comes next:
 * `J-BHI FM · submission closed 1 Feb 2024 · revised manuscript due in 5 days`, and at the end just
 * `J-BHI FM · submission closed 1 Feb 2024`. Other passed milestones (an abstract registration) are left out while
 * something is still ahead. Never a negative count.
 */
export function deadlineStatusText(status: VenueStatus): string {
  const name = status.venue.shortName;
  const next = nextMilestone(status);
  const passed = status.milestones.filter((milestone) => milestone.state === 'passed');
  if (passed.length === 0) return next ? `${name} · ${daysLeftText(next.daysLeft)}` : name;
  const closed = passed.filter(isSubmission).at(-1) ?? (next ? undefined : passed.at(-1));
  const parts = [name];
  if (closed) parts.push(closedText(closed));
  if (next) parts.push(nextPhrase(next));
  return parts.join(' · ');
}

/** Facts about the open draft for the tooltip's readiness section; the caller computes them, each is optional. */
export interface DraftReadiness {
  /** One line on topic fit and scope, e.g. "In scope: topics 6 and 9". */
  readonly scopeSummary?: string;
  readonly undefinedCitations?: number;
  readonly abstractWords?: number;
}

export interface DeadlineTooltipOptions {
  /** The user's own zone (e.g. from `Intl.DateTimeFormat().resolvedOptions().timeZone`); an unknown one reads as UTC. */
  readonly localTimeZone: string;
  readonly readiness?: DraftReadiness;
}

/** Escapes what Markdown would read as markup in venue-provided text (a user's venue file may hold anything). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
}

/** Percent-encodes what would end a Markdown link target early. */
function linkTarget(url: string): string {
  return url.replace(/[()<>\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function tooltipStatus(milestone: MilestoneStatus, isNext: boolean): string {
  const text = milestone.state === 'passed' ? 'passed' : daysLeftText(milestone.daysLeft);
  return isNext ? `**${text}**` : text;
}

function readinessLines(readiness: DraftReadiness, abstractLimit: number | undefined): string[] {
  const lines: string[] = [];
  if (readiness.scopeSummary !== undefined) lines.push(`- Scope: ${escapeMarkdown(readiness.scopeSummary)}`);
  if (readiness.undefinedCitations !== undefined) {
    const count = readiness.undefinedCitations;
    lines.push(`- Citations: ${count === 0 ? 'all defined' : `**${count} undefined**`}`);
  }
  if (readiness.abstractWords !== undefined) {
    const words = readiness.abstractWords;
    if (abstractLimit === undefined) lines.push(`- Abstract: ${words} words`);
    else if (words > abstractLimit) lines.push(`- Abstract: **${words} words, ${words - abstractLimit} over the limit of ${abstractLimit}**`);
    else lines.push(`- Abstract: ${words} of ${abstractLimit} words`);
  }
  return lines;
}

/**
 * The status bar tooltip as Markdown: each milestone's end in the venue's zone and in the user's, and the draft's
 * readiness when the caller passes it.
 */
export function deadlineTooltipMarkdown(status: VenueStatus, options: DeadlineTooltipOptions): string {
  const { venue } = status;
  const venueZone = resolveTimeZone(status.timeZone);
  const localZone = safeZone(options.localTimeZone);
  const localLabel = localZone.name === options.localTimeZone ? options.localTimeZone : 'UTC';
  const venueLabel = zoneLabel(status.timeZone);
  const lines = [`**${escapeMarkdown(venue.shortName)}** · ${escapeMarkdown(venue.name)}`];
  if (venue.journal) lines.push('', escapeMarkdown(venue.journal));
  lines.push('', `Each date ends at 23:59 ${escapeMarkdown(venueLabel)}.`, '');
  if (status.milestones.length === 0) {
    lines.push('This venue lists no dates.');
  } else {
    lines.push(`| Milestone | ${escapeMarkdown(venueLabel)} | Your time (${escapeMarkdown(localLabel)}) | Status |`, '|---|---|---|---|');
    for (const milestone of status.milestones) {
      const isNext = milestone.id === status.next;
      const cells = [
        escapeMarkdown(milestone.label),
        formatInstantIn(milestone.due, venueZone),
        formatInstantIn(milestone.due, localZone),
        tooltipStatus(milestone, isNext),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  const readiness = options.readiness ? readinessLines(options.readiness, venue.limits.abstractWords) : [];
  if (readiness.length > 0) lines.push('', '**Readiness**', '', ...readiness);
  if (venue.url) lines.push('', `[Call for papers](${linkTarget(venue.url)})`);
  return lines.join('\n');
}

/**
 * A `deadline-soon` finding for `biofm check` when the next milestone is soon (information) or due (warning);
 * undefined otherwise. It sits at the start of `file`, since a date belongs to no line of the draft.
 */
export function deadlineFinding(status: VenueStatus, file: string): Finding | undefined {
  const next = nextMilestone(status);
  if (!next || (next.state !== 'soon' && next.state !== 'due')) return undefined;
  const venueZone = resolveTimeZone(status.timeZone);
  const when = next.daysLeft === 0 ? 'is due today' : `is ${inDaysText(next.daysLeft)}`;
  return {
    code: 'deadline-soon',
    severity: next.state === 'due' ? 'warning' : 'information',
    message: `${status.venue.shortName}: ${next.label} ${when}: ${formatInstantIn(next.due, venueZone)} ${zoneLabel(status.timeZone)}.`,
    location: { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    data: { venue: status.venue.id, milestone: next.id, date: next.date, due: next.due, daysLeft: next.daysLeft },
  };
}
