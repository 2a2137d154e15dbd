/**
 * How the draft reader reaches files other than the one it was given (included files, the LaTeX root).
 * The editor answers from open documents and the workspace file system; the CLI from the disk.
 */
export interface DraftHost {
  /** The file's text, or undefined when it does not exist or cannot be read as text. */
  readText(path: string): Promise<string | undefined>;
}
