import type { Venue } from '../core/venue/venue';
import { bundledVenues } from '../core/venue/bundledVenues';
import { bundledVenue, resolveVenue } from '../core/venue/resolveVenue';
import { parseVenueFile, workspaceVenuePath, type VenueFileProblem } from '../core/venue/venueFile';
import { optionValue, type ParsedArgs } from './cliCommand';
import { InputError, type CliIo } from './cliIo';

/** `file:line:col: message` for each problem, 1-based like compilers, one per line. */
export function formatVenueProblems(file: string, problems: readonly VenueFileProblem[]): string {
  return problems.map(({ message, range }) => `${file}:${range.start.line + 1}:${range.start.character + 1}: ${message}`).join('\n');
}

async function readVenueFile(file: string, io: CliIo): Promise<Venue> {
  const { venue, problems } = parseVenueFile(await io.readText(io.resolvePath(file)), file);
  if (!venue) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new InputError(`${file} is not a valid venue file (${count}):\n${formatVenueProblems(file, problems)}`);
  }
  return venue;
}

/**
 * The venue for a CLI command: `--venue` as a bundled id or a venue file, else `.biofm/venue.json` in the current
 * directory, else the bundled default. A venue file with problems is an InputError (exit 2) listing each problem:
 * on the command line a silent fallback to another venue's dates would mislead.
 */
export async function loadVenueForCli(args: ParsedArgs, io: CliIo): Promise<Venue> {
  const setting = optionValue(args, 'venue');
  if (setting !== undefined) {
    const bundled = bundledVenue(setting);
    if (bundled) return bundled;
    if (!(await io.exists(io.resolvePath(setting)))) {
      const ids = bundledVenues.map((venue) => venue.id).join(', ');
      throw new InputError(`--venue '${setting}' is neither a bundled venue (${ids}) nor an existing file`);
    }
    return readVenueFile(setting, io);
  }
  const workspaceVenue = (await io.exists(io.resolvePath(workspaceVenuePath))) ? await readVenueFile(workspaceVenuePath, io) : undefined;
  return resolveVenue('', workspaceVenue);
}
