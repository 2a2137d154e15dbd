import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const examplesFolder = path.resolve(__dirname, '../../../examples');

/** Every file of `examples/<example>/`, keyed `<under>/<relative path>`, to place on an in-memory disk. */
export function exampleFiles(example: 'latex' | 'markdown' | 'quarto', under: string): Record<string, string> {
  const root = path.join(examplesFolder, example);
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.posix.join(under, path.relative(root, full).split(path.sep).join('/'))] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}
