/** Abbreviations after which a full stop does not end a sentence in scientific prose. */
const abbreviations = new Set(['e.g', 'i.e', 'et al', 'al', 'fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'sec', 'vs', 'cf', 'approx', 'no', 'vol', 'pp', 'dr', 'prof', 'resp', 'etc']);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1])) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (abbreviations.has(word)) return true;
  const lastPart = word.slice(word.lastIndexOf(' ') + 1);
  // Single capitals ("J. Smith") and decimal-less initials are not sentence ends either.
  return lastPart.length === 1 && /[a-z]/.test(lastPart);
}

/**
 * The sentence around `offset` in prose text, as [start, end): from just after the previous sentence end
 * (`.`, `?`, `!` followed by white space) to just past the next one. Good enough for "is this named and cited in the
 * same sentence?", not a linguistic tokenizer.
 */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = 0;
  for (let i = Math.min(offset, text.length) - 1; i > 0; i--) {
    const c = text[i - 1];
    if ((c === '.' || c === '?' || c === '!') && /\s/.test(text[i]) && !(c === '.' && endsWithAbbreviation(text, i - 1))) {
      start = i;
      break;
    }
  }
  let end = text.length;
  for (let i = offset; i < text.length; i++) {
    const c = text[i];
    if ((c === '.' || c === '?' || c === '!') && (i + 1 === text.length || /\s/.test(text[i + 1])) && !(c === '.' && endsWithAbbreviation(text, i))) {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}
