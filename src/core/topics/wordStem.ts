/**
 * A light, deterministic stem of one lowercase word, applied alike to lexicon phrases and to draft text, so that
 * inflections and spelling variants meet: "models"/"model", "prompting"/"prompted"/"prompt", "fine-tuning"/"tuned",
 * "decentralised"/"decentralized", "modelling"/"modeling", "studies"/"study". It is not a linguistic stemmer: two
 * different words may share a stem, which is harmless because only multi-token phrases or curated single words are
 * ever looked up, and the same function runs on both sides.
 */
export function wordStem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  // British -ise/-isation spellings to -ize (both sides run through this, so a few false hits do no harm).
  if (w.length >= 6) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && hasVowel(w.slice(0, -3)) && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ed') && hasVowel(w.slice(0, -2)) && w.length - 2 >= 3) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "modell"/"model", "mapp"/"map", "distill"/"distil": collapse a doubled final consonant (not s).
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && /[b-df-hj-np-rtv-z]/.test(w[n - 1])) w = w.slice(0, -1);
  return w;
}

function hasVowel(text: string): boolean {
  return /[aeiouy]/.test(text);
}
