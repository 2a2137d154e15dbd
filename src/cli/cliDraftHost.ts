import type { DraftHost } from '../core/draft/draftHost';
import type { CliIo } from './cliIo';
import { withEditorLineBreaks } from '../core/text/editorLineBreaks';

/**
 * Included files and bibliographies are read through the CLI's io. An unreadable one is simply absent: the draft
 * reports the missing include, and `check` the missing bibliography, each at the place that names it.
 */
export function cliDraftHost(io: CliIo): DraftHost {
  return {
    readText: async (file) => {
      try {
        return withEditorLineBreaks(await io.readText(file));
      } catch {
        return undefined;
      }
    },
  };
}
