/** Lower-case with accents removed ("Müller" → "muller"), for comparisons people expect to ignore both. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Folded and reduced to letters and digits, so "ESM-2", "ESM 2" and "esm2" compare equal. */
export function compactName(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]/g, '');
}
