import { bundledVenues, defaultVenueId } from './bundledVenues';
import type { Venue } from './venue';

/** The bundled venue with this id, if any. */
export function bundledVenue(id: string): Venue | undefined {
  return bundledVenues.find((venue) => venue.id === id.trim());
}

/**
 * The file `biofm.venue` names, when it names one: any non-empty value that is not a bundled id. The caller reads
 * and parses that file (instead of `.biofm/venue.json`) and passes the result to `resolveVenue`.
 */
export function venueFileFromSetting(setting: string): string | undefined {
  const value = setting.trim();
  return value === '' || bundledVenue(value) ? undefined : value;
}

/**
 * The venue that applies: a bundled id in `biofm.venue` first, then the workspace's own venue (from
 * `.biofm/venue.json` or the file the setting names), then the bundled default.
 */
export function resolveVenue(setting: string, workspaceVenue?: Venue): Venue {
  const chosen = bundledVenue(setting) ?? workspaceVenue ?? bundledVenue(defaultVenueId);
  if (!chosen) throw new Error(`The default venue '${defaultVenueId}' is not bundled`);
  return chosen;
}
