import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generateMarkdownDraft } from '../../bench/markdownBench';
import type { Draft } from '../../src/core/draft/draftModel';
import { IncrementalMarkdownReader } from '../../src/core/markdown/incrementalMarkdown';
import { parseMarkdownDraft } from '../../src/core/markdown/parseMarkdownDraft';
import type { Steps } from '../../src/core/util/steps';

const examples = join(__dirname, '..', '..', 'examples');
const paper = readFileSync(join(examples, 'markdown', 'paper.md'), 'utf8');
const quarto = readFileSync(join(examples, 'quarto', 'paper.qmd'), 'utf8');
/** Constructs whose extent an edit can change far away: definitions, footnotes, HTML blocks, lists, indented code. */
const constructs = [
  'Intro with [@a] and [ref] and [^n].',
  '[ref]: https://example.org "Title"',
  '[^n]: A footnote\n    with a lazy second paragraph.',
  '<div>\nhtml block\n\nafter blank\n</div>',
  '<!-- a comment\n\nspanning a blank line -->',
  '- item\n\n  continued\n- second [@b]',
  '1. one\n2. two',
  '    indented code\n\n    more code',
  '> quote\n>\n> more',
  '| a | b |\n|---|---|\n| c | d |',
  'Setext\n======',
  '~~~\ntilde fence\n~~~',
  '$$\nx = y\n$$',
].join('\n\n');
const documents = [paper, quarto, constructs, paper.replace(/\n/g, '\r\n'), `# Title 🧬\n\n${constructs}\n\n## Abstract\n\nAbstract text.`];

const insertions = ['\n', '\n\n', '\r\n', '`', '```', '~~~', '$', '$$', '-', '---', '+++', '#', '# ', '>', '> ', '[', ']', '@', '@x', '[@k]', '*', '<!--', '-->', '<div>', '    ', '[x]: /u\n', '[^n]: f\n', '1. ', '- ', '|', '🧬', 'a', ' ', 'Abstract'];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 40 })),
  insert: fc.oneof(fc.constantFrom(...insertions), fc.string({ maxLength: 3 }), fc.constant('')),
});

function applyEdit(text: string, change: { at: number; remove: number; insert: string }): string {
  const at = change.at % (text.length + 1);
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

describe('IncrementalMarkdownReader', () => {
  it('reads both example papers as a full parse does', () => {
    for (const [name, text] of [['paper.md', paper], ['paper.qmd', quarto]]) {
      const draft = new IncrementalMarkdownReader(name).update(text);
      assert.deepStrictEqual(draft, parseMarkdownDraft(name, text));
      assert.ok(draft.citations.length >= 4 && draft.title !== undefined);
    }
  });

  it('equals a full parse after every one of many random edits', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const reader = new IncrementalMarkdownReader('doc.md');
        reader.update(start);
        let text = start;
        for (const change of edits) {
          text = applyEdit(text, change);
          assert.deepStrictEqual(reader.update(text), parseMarkdownDraft('doc.md', text));
        }
      }),
      { numRuns: 250 },
    );
  });

  it('re-parses only a few blocks after a one-character edit in a long draft', () => {
    const text = generateMarkdownDraft(20_000);
    const reader = new IncrementalMarkdownReader('long.md');
    reader.update(text);
    assert.equal(reader.lastParsedLength, text.length);
    for (const fraction of [0.1, 0.5, 0.9]) {
      const at = text.indexOf(' the ', Math.floor(text.length * fraction)) + 1;
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      assert.deepStrictEqual(reader.update(edited), parseMarkdownDraft('long.md', edited));
      assert.ok(reader.lastParsedLength > 0 && reader.lastParsedLength < text.length / 50, `parsed ${reader.lastParsedLength} of ${text.length}`);
      reader.update(text);
    }
  });

  it('follows edits whose effect reaches far: an opened fence, a new definition, a closed front matter', () => {
    const start = '---\ntitle: T\n\nFirst [x] para.\n\n- list\n\nLast [@k] para.\n';
    const steps = [
      (t: string) => t.replace('First', '```\nFirst'),
      (t: string) => t.replace('```\n', ''),
      (t: string) => `${t}\n[x]: /url\n`,
      (t: string) => t.replace('\n- list', '\n---\n- list'),
      (t: string) => t.replace('[x]: /url\n', ''),
    ];
    const reader = new IncrementalMarkdownReader('far.md');
    let text = start;
    reader.update(text);
    for (const step of steps) {
      text = step(text);
      const draft = reader.update(text);
      assert.deepStrictEqual(draft, parseMarkdownDraft('far.md', text));
    }
    assert.equal(reader.update(text).title?.text, 'T');
  });

  it('reports an oversized paragraph and recovers when it shrinks again', function () {
    this.timeout(60_000);
    const reader = new IncrementalMarkdownReader('o.md');
    const small = '# T\n\nShort [@a].\n';
    reader.update(small);
    const big = small.replace('Short', 'word '.repeat(30_000));
    assert.deepStrictEqual(reader.update(big), parseMarkdownDraft('o.md', big));
    assert.deepEqual(reader.update(big).problems.map((p) => p.code), ['markdown/too-large']);
    assert.deepStrictEqual(reader.update(small), parseMarkdownDraft('o.md', small));
    assert.equal(reader.update(small).citations.length, 1);
  });
});

/** Runs a stepped read to its end, counting the pauses. */
function countPauses(steps: Steps<Draft>): { draft: Draft; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { draft: next.value, pauses };
    pauses++;
  }
}

describe('IncrementalMarkdownReader.updateInSteps', () => {
  const readInSteps = (reader: IncrementalMarkdownReader, text: string, step: number) => countPauses(reader.updateInSteps(text, step));

  it('pauses between parts of a long draft and ends with exactly the full parse', () => {
    const text = generateMarkdownDraft(20_000);
    const { draft, pauses } = readInSteps(new IncrementalMarkdownReader('long.md'), text, 8_192);
    assert.ok(pauses >= Math.floor(text.length / 8_192) - 2, `only ${pauses} pauses for ${text.length} characters`);
    assert.deepEqual(draft, parseMarkdownDraft('long.md', text));
  });

  it('equals a full parse for documents whose constructs span the step boundaries', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.integer({ min: 16, max: 400 }), fc.array(edit, { maxLength: 4 }), (start, step, edits) => {
        let text = start;
        for (const change of edits) text = applyEdit(text, change);
        const reader = new IncrementalMarkdownReader('doc.md');
        assert.deepStrictEqual(readInSteps(reader, text, step).draft, parseMarkdownDraft('doc.md', text));
        // The reader goes on incrementally from there.
        const edited = `${text.slice(0, text.length >> 1)}x${text.slice(text.length >> 1)}`;
        assert.deepStrictEqual(reader.update(edited), parseMarkdownDraft('doc.md', edited));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a short draft or a second version at once, without pausing', () => {
    const reader = new IncrementalMarkdownReader('p.md');
    assert.equal(readInSteps(reader, paper, 1 << 20).pauses, 0);
    assert.equal(readInSteps(reader, `${paper}\n\nMore.`, 64).pauses, 0);
  });
});

describe('IncrementalMarkdownReader.updateSteps', () => {
  const run = (reader: IncrementalMarkdownReader, text: string, step: number) => countPauses(reader.updateSteps(text, step));

  it('reads a small edit at once, and an edit that changes the link definitions in steps, equal to a full parse', function () {
    this.timeout(30_000);
    const text = generateMarkdownDraft(20_000);
    const reader = new IncrementalMarkdownReader('long.md');
    reader.update(text);
    const typed = `${text.slice(0, 5_000)}x${text.slice(5_000)}`;
    const small = run(reader, typed, 8_192);
    assert.equal(small.pauses, 0);
    assert.deepStrictEqual(small.draft, parseMarkdownDraft('long.md', typed));
    // A new link definition changes what every `[label]` reads as: the whole draft is read again, in steps, none of
    // which parses more than a few steps' worth (the definition, met at the last step, was stood in for throughout).
    const defined = `[x] marks the spot.\n\n${typed}\n\n[x]: https://example.org\n`;
    const rereading = reader.updateSteps(defined, 8_192);
    let pauses = 0;
    let step = rereading.next();
    for (; !step.done; step = rereading.next()) {
      pauses++;
      assert.ok(reader.lastParsedLength < 4 * 8_192, `step ${pauses} parsed ${reader.lastParsedLength} characters`);
    }
    assert.ok(reader.lastParsedLength < 4 * 8_192, `the last step parsed ${reader.lastParsedLength} characters`);
    assert.ok(pauses >= Math.floor(defined.length / 8_192) - 2, `only ${pauses} pauses`);
    assert.deepStrictEqual(step.value, parseMarkdownDraft('long.md', defined));
    // A read left part way (a newer edit overtook it) goes on correctly from where it stopped.
    const steps = reader.updateSteps(`${defined}\n\n[y]: /y\n`, 8_192);
    steps.next();
    steps.next();
    const next = `${defined}\n\n[y]: /y\n\nMore.`;
    assert.deepStrictEqual(run(reader, next, 8_192).draft, parseMarkdownDraft('long.md', next));
  });

  it('equals a full parse after every edit of a sequence, whichever way each is read', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.integer({ min: 16, max: 400 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, step, edits) => {
        const reader = new IncrementalMarkdownReader('doc.md');
        let text = start;
        assert.deepStrictEqual(run(reader, text, step).draft, parseMarkdownDraft('doc.md', text));
        for (const change of edits) {
          text = applyEdit(text, change);
          assert.deepStrictEqual(run(reader, text, step).draft, parseMarkdownDraft('doc.md', text));
        }
      }),
      { numRuns: 100 },
    );
  });
});
