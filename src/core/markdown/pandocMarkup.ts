/**
 * Pandoc and Quarto markup that CommonMark reads as plain text: attribute blocks (`# Intro {#sec-intro}`,
 * `![..](a.png){#fig-a width=50%}`), shortcodes (`{{< pagebreak >}}`) and fenced-div lines (`::: {.callout-note}`).
 * They are not prose.
 */
const PANDOC_MARKUP = new RegExp(
  [
    String.raw`\{\{<[^\n]*?>\}\}`,
    String.raw`\{\{%[^\n]*?%\}\}`,
    String.raw`\{(?:[#.][\w:.\-]+|[\w\-]+=(?:"[^"\n]*"|[^\s}]+))(?:[ \t]+(?:[#.][\w:.\-]+|[\w\-]+=(?:"[^"\n]*"|[^\s}]+)))*\}`,
    String.raw`(?:^|(?<=[\r\n])):{3,}[^\r\n]*`,
  ].join('|'),
  'g',
);

/** Quarto cross-reference prefixes: `@fig-umap` points at a figure, not at a bibliography entry. */
const CROSS_REFERENCE = /^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg)-/;

/** Ranges `[from, to)` of pandoc markup in a run's text. */
export function pandocMarkupSpans(text: string): [number, number][] {
  if (!text.includes('{') && !text.includes(':::')) return [];
  const spans: [number, number][] = [];
  PANDOC_MARKUP.lastIndex = 0;
  for (let match = PANDOC_MARKUP.exec(text); match; match = PANDOC_MARKUP.exec(text)) {
    if (match[0].length === 0) {
      PANDOC_MARKUP.lastIndex++;
      continue;
    }
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

export function isCrossReference(key: string): boolean {
  return CROSS_REFERENCE.test(key);
}

/** Sorted, merged union of ranges. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
