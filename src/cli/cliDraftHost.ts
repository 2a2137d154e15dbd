import type { DraftHost } from '../core/draft/draftHost';
import type { CliIo } from './cliIo';

/**
 * Included files and bibliographies are read through the CLI's io. An unreadable one is simply absent: the draft
 * reports the missing include, and `check` the missing bibliography, each at the place that names it.
 */
export function cliDraftHost(io: CliIo): DraftHost {
  return {
    readText: async (file) => {
      try {
        return await io.readText(file);
      } catch {
        return undefined;
      }
    },
  };
}
