/** Everything the CLI does to the outside world, so commands can be tested without a disk or a process. */
export interface CliIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Reads a file as UTF-8 text; rejects with an InputError that names the file and the problem. */
  readText(path: string): Promise<string>;
  /** Writes a whole file atomically (temporary file, then rename), so a failure leaves the old file intact. */
  writeTextAtomic(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  resolvePath(path: string): string;
  now(): Date;
}

/** A problem with the user's input (a file or an argument): exit status 2 with this message on stderr. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
