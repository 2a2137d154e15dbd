import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's reference material (the call for papers, the verified catalog facts) lives beside the repository in
 * `../shared/reference` on the development machine, but a fresh clone in CI may not have it. Tests read the shared
 * original when it is there and otherwise the snapshot under `test/data/reference`, which `referenceSnapshots.test.ts`
 * keeps identical to the original wherever both exist.
 */
export const sharedReferenceFolder = path.resolve(process.env.BIOFM_SHARED_REFERENCE ?? path.join(__dirname, '..', '..', '..', 'shared', 'reference'));
export const snapshotFolder = path.join(__dirname, '..', 'data', 'reference');

/** The shared original of a reference file when present, else the repository's snapshot. */
export function referenceFile(sharedName: string, snapshotName = sharedName): string {
  const shared = path.join(sharedReferenceFolder, sharedName);
  return existsSync(shared) ? shared : path.join(snapshotFolder, snapshotName);
}
