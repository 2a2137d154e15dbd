/**
 * The text with every lone `\r` turned into `\n`: the same length and offsets, and the lines VS Code shows. VS Code
 * breaks lines at `\r\n`, `\n` and a lone `\r` (classic Mac OS files), and hands extensions an open document's text
 * with its own line ends; a file read from disk (by the CLI, or an included file that is not open) comes as it is.
 * Only for reading: text that is written back keeps its bytes.
 */
export function withEditorLineBreaks(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r(?!\n)/g, '\n');
}
