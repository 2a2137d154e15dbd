import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Draft } from '../../src/core/draft/draftModel';
import { parseMarkdownDraft } from '../../src/core/markdown/parseMarkdownDraft';
import type { Range } from '../../src/core/text/lineIndex';
import { assertExactPieces } from './markdownAssertions';

const fragments = [
  '\n', '\r\n', '\n\n', ' ', '    ', '`', '```', '~~~', '$', '$$', '-', '---', '+++', '#', '## ', '>', '> ', '[', ']', '(', ')',
  '@', '@key', '[@a; @b, p. 3]', '[-@c]', '@{odd key}', 'a@b.com', '*', '**', '_', '|', '|---|', '<!--', '-->', '<div>',
  '&amp;', '&copy;', '\\', '\\*', '1. ', '- ', '[^1]', '[^1]: note', '[x]: /url', '![alt](i.png)', '{#sec-a}', ':::',
  'title: x', 'abstract: |', 'topics: [6, 9]', '  ', '\t', '🧬', '𝔸', 'é', '\u0000', '\uffff', '\ud800', 'word', 'Text.',
];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), {
  maxLength: 60,
}).map((parts) => parts.join(''));

function rangeInside(draft: Draft, range: Range): boolean {
  const lines = draft.files[0].lines;
  const inside = (p: Range['start']) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && lines.offsetAt(p) - lines.offsetAt({ line: p.line, character: 0 }) === p.character;
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  return inside(range.start) && inside(range.end) && start <= end;
}

/** The invariants every draft must keep, whatever the input. */
function assertWellFormed(draft: Draft, text: string): void {
  assert.equal(draft.files[0].text, text);
  const locations = [
    ...draft.citations.map((c) => c.location),
    ...draft.sections.map((s) => s.location),
    ...draft.nonProse.map((n) => n.location),
    ...draft.keywords.map((k) => k.location),
    ...draft.bibliographies.map((b) => b.location),
    ...draft.problems.map((p) => p.location),
    ...[draft.title, draft.abstract, draft.declaredTopics].flatMap((f) => (f ? [f.location] : [])),
  ];
  for (const location of locations) assert.ok(rangeInside(draft, location.range), JSON.stringify(location.range));
  for (const citation of draft.citations) {
    const lines = draft.files[0].lines;
    const source = text.slice(lines.offsetAt(citation.location.range.start), lines.offsetAt(citation.location.range.end));
    assert.ok(source.length > 0, `citation ${citation.key} has an empty range`);
  }
  for (const run of draft.prose) {
    let lastText = 0;
    let lastSource = 0;
    for (const piece of run.pieces) {
      assert.ok(piece.length > 0);
      assert.ok(piece.textStart >= lastText && piece.sourceStart >= lastSource, 'pieces are sorted and do not overlap');
      assert.ok(piece.textStart + piece.length <= run.text.length);
      assert.ok(piece.sourceStart + piece.length <= text.length, 'pieces stay inside the file');
      lastText = piece.textStart + piece.length;
      lastSource = piece.sourceStart + piece.length;
    }
  }
  assertExactPieces(draft);
}

describe('parseMarkdownDraft: properties on arbitrary input', () => {
  it('never throws, keeps every range inside the document and maps prose exactly', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(markdownish, (text) => assertWellFormed(parseMarkdownDraft('p.md', text), text)),
      { numRuns: 400 },
    );
  });

  it('does the same under front matter and with CRLF line ends', function () {
    this.timeout(120_000);
    const withFrontMatter = fc.tuple(markdownish, markdownish, fc.boolean()).map(([head, body, crlf]) => {
      const text = `---\ntitle: ${head.replace(/\n/g, ' ')}\nabstract: >\n  ${head}\nkeywords: [${body.slice(0, 10)}]\n---\n${body}`;
      return crlf ? text.replace(/\n/g, '\r\n') : text;
    });
    fc.assert(fc.property(withFrontMatter, (text) => assertWellFormed(parseMarkdownDraft('f.md', text), text)), { numRuns: 300 });
  });

  it('survives binary junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = String.fromCharCode(...bytes);
        assertWellFormed(parseMarkdownDraft('junk.md', text), text);
      }),
      { numRuns: 100 },
    );
  });

  it('reads a 20 MB draft for its front matter only and says why', function () {
    this.timeout(60_000);
    const text = `---\ntitle: Huge\n---\n\n${'A paragraph of words [@key].\n\n'.repeat(700_000)}`;
    assert.ok(text.length > 20_000_000);
    const draft = parseMarkdownDraft('huge.md', text);
    assert.equal(draft.title?.text, 'Huge');
    assert.deepEqual(draft.problems.map((p) => p.code), ['markdown/too-large']);
    assertWellFormed(draft, text);
  });

  it('does not parse a 10 MB single line, which remark would take hours on', function () {
    this.timeout(60_000);
    const text = 'word [@key] $x$ *em* '.repeat(500_000);
    assert.ok(text.length >= 10_000_000);
    const draft = parseMarkdownDraft('line.md', text);
    assert.deepEqual(draft.problems.map((p) => `${p.code} ${p.location.range.start.line}:${p.location.range.start.character}`), ['markdown/too-large 0:0']);
    assert.deepEqual(draft.prose, []);
  });

  it('still parses a long paragraph under the limit', function () {
    this.timeout(60_000);
    const text = `${'word [@key] and more '.repeat(2_000)}\n`;
    const draft = parseMarkdownDraft('long.md', text);
    assert.equal(draft.citations.length, 2_000);
    assert.deepEqual(draft.problems, []);
  });
});
