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
        return await readEditorText(io, file);
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * A file's text for reading, with the lines VS Code would show (see `withEditorLineBreaks`); throws as `io.readText`
 * does. Not for text that is written back: that keeps its bytes.
 */
export async function readEditorText(io: CliIo, file: string): Promise<string> {
  return withEditorLineBreaks(await io.readText(file));
}
