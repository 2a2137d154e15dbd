import { deadlineStatusText, zoneLabel } from '../../core/deadlines/deadlineText';
import { defaultDeadlineThresholds, milestoneStatuses, type VenueStatus } from '../../core/deadlines/milestoneStatus';
import { optionValue, nowOption, UsageError, type CliCommand } from '../cliCommand';
import { loadVenueForCli } from '../venueOption';

/** The `--format json` document; `version` changes only when a field changes meaning or goes away. */
export function deadlineJson(status: VenueStatus): Record<string, unknown> {
  return {
    version: 1,
    venue: { id: status.venue.id, shortName: status.venue.shortName, name: status.venue.name },
    now: status.now,
    timeZone: status.timeZone,
    milestones: status.milestones.map(({ id, label, date, due, daysLeft, state }) => ({ id, label, date, due, daysLeft, state })),
    next: status.next,
  };
}

/** `2024-02-02T11:59:59.999Z` → `2024-02-02 11:59 UTC`. */
function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A small aligned table, then the status bar's one-line summary. */
export function deadlineTable(status: VenueStatus): string {
  const header = ['Milestone', 'Date', 'Ends (UTC)', 'Days left', 'State'];
  const rows = status.milestones.map((m) => [m.label, m.date, utcMinute(m.due), m.daysLeft < 0 ? '-' : String(m.daysLeft), m.state]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [
    `${status.venue.shortName}: ${status.venue.name}`,
    `Each date ends at 23:59 ${zoneLabel(status.timeZone)}. Now: ${status.now}`,
    '',
    ...(rows.length === 0 ? ['(this venue lists no dates)'] : [line(header), ...rows.map(line)]),
    '',
    deadlineStatusText(status),
    '',
  ].join('\n');
}

/** `biofm deadline`: the venue's milestones, their ends, and the days left, as a table or JSON. */
export const deadlineCommand: CliCommand = {
  name: 'deadline',
  usage: 'deadline [--venue ID|FILE] [--now ISO-8601] [--format text|json]',
  valueOptions: ['venue', 'now', 'format'],
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`'deadline' takes no file arguments (got '${args.positionals[0]}')`);
    const format = optionValue(args, 'format', ['text', 'json'] as const, 'text');
    const now = nowOption(args, io);
    const venue = await loadVenueForCli(args, io);
    const status = milestoneStatuses(venue, now, defaultDeadlineThresholds);
    io.out(format === 'json' ? `${JSON.stringify(deadlineJson(status), null, 2)}\n` : deadlineTable(status));
    return 0;
  },
};
