import type { LatexFileScan } from './latexFileScan';

/**
 * Scans of a LaTeX project's files kept from one read to the next, so that after an edit only the edited file is
 * scanned again. A scan is reused only for exactly the same text (and preamble state, which is part of the key); a
 * read forgets the files it no longer used.
 */
export class LatexScanCache {
  private readonly entries = new Map<string, { readonly text: string; readonly scan: LatexFileScan }>();
  private readonly used = new Set<string>();

  /** The kept scan of `key` if its text was `text`. */
  get(key: string, text: string): LatexFileScan | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.text !== text) return undefined;
    this.used.add(key);
    return entry.scan;
  }

  set(key: string, text: string, scan: LatexFileScan): void {
    this.entries.set(key, { text, scan });
    this.used.add(key);
  }

  /** Ends a read: forgets every scan the read did not use. */
  sweep(): void {
    for (const key of [...this.entries.keys()]) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  /** How many scans are kept. */
  get size(): number {
    return this.entries.size;
  }
}
