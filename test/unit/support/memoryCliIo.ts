import * as path from 'node:path';
import { InputError, type CliIo } from '../../../src/cli/cliIo';

/** A CliIo over in-memory files, plus what the command printed. */
export interface MemoryCliIo extends CliIo {
  stdout(): string;
  stderr(): string;
  /** Every file by absolute path (relative names are under `cwd`, `/project`), including those the command wrote. */
  readonly files: Record<string, string>;
}

/** In-memory CliIo for command tests: `files` keys may be relative to `/project` or absolute; `now` fixes the clock. */
export function memoryCliIo(files: Record<string, string>, now: Date = new Date('2024-01-20T12:00:00Z')): MemoryCliIo {
  const cwd = '/project';
  const resolvePath = (file: string) => path.posix.resolve(cwd, file);
  const stored: Record<string, string> = Object.fromEntries(Object.entries(files).map(([file, text]) => [resolvePath(file), text]));
  let out = '';
  let err = '';
  return {
    cwd,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    readText(file) {
      const text = stored[resolvePath(file)];
      return text === undefined ? Promise.reject(new InputError(`${file}: cannot read: no such file`)) : Promise.resolve(text);
    },
    writeTextAtomic(file, text) {
      stored[resolvePath(file)] = text;
      return Promise.resolve();
    },
    exists: (file) => Promise.resolve(resolvePath(file) in stored),
    resolvePath,
    now: () => new Date(now.getTime()),
    stdout: () => out,
    stderr: () => err,
    files: stored,
  };
}
