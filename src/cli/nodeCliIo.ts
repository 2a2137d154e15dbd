import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError, type CliIo } from './cliIo';

/** Files larger than this are refused: no draft or bibliography is this large, and reading it would stall. */
const maxFileBytes = 64 * 1024 * 1024;

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The CLI's real world: the process's streams and the local disk. */
export function nodeCliIo(): CliIo {
  return {
    cwd: process.cwd(),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    async readText(file) {
      let bytes: Buffer;
      try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
        if (stat.size > maxFileBytes) throw new InputError(`${file}: too large to read (${stat.size} bytes; the limit is ${maxFileBytes})`);
        bytes = await fs.readFile(file);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`${file}: cannot read: ${describe(error)}`);
      }
      if (bytes.includes(0)) throw new InputError(`${file}: not a text file (it contains NUL bytes)`);
      return new TextDecoder('utf-8').decode(bytes);
    },
    async writeTextAtomic(file, text) {
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.biofm-tmp`);
      try {
        // Renaming over a read-only file would succeed, so honour the file's own permission first.
        const existing = await fs.stat(file).catch(() => undefined);
        if (existing) await fs.access(file, fs.constants.W_OK);
        await fs.writeFile(temporary, text, { flag: 'wx', mode: existing?.mode });
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw new InputError(`${file}: cannot write: ${describe(error)}`);
      }
    },
    async exists(file) {
      try {
        await fs.access(file);
        return true;
      } catch {
        return false;
      }
    },
    resolvePath: (file) => path.resolve(file),
    now: () => new Date(),
  };
}
