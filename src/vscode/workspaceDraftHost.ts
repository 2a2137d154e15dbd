import * as vscode from 'vscode';
import type { DraftHost } from '../core/draft/draftHost';
import { withEditorLineBreaks } from '../core/text/editorLineBreaks';

/** Larger files are not read as part of a draft: nothing a person writes is this big, and reading it would stall. */
const maxIncludedFileBytes = 32 * 1024 * 1024;

/**
 * Reads files for the draft reader: an open document's current text (unsaved edits included), otherwise the file
 * from the workspace file system (so it works in vscode.dev too). Paths are URI strings.
 */
export function workspaceDraftHost(): DraftHost {
  return {
    async readText(path) {
      let uri: vscode.Uri;
      try {
        uri = vscode.Uri.parse(path, true);
      } catch {
        return undefined;
      }
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) return open.getText();
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type !== vscode.FileType.File || stat.size > maxIncludedFileBytes) return undefined;
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.includes(0)) return undefined;
        return withEditorLineBreaks(new TextDecoder('utf-8').decode(bytes));
      } catch {
        return undefined;
      }
    },
  };
}
