import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft, ProseRun } from '../../src/core/draft/draftModel';
import { parseMarkdownDraft } from '../../src/core/markdown/parseMarkdownDraft';
import { assertExactPieces } from './markdownAssertions';
import type { Range } from '../../src/core/text/lineIndex';

const examples = join(__dirname, '..', '..', 'examples');

/** `line:character-line:character`, as editors show ranges (0-based here). */
function at(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function sourceOf(draft: Draft, range: Range): string {
  const file = draft.files[0];
  return file.text.slice(file.lines.offsetAt(range.start), file.lines.offsetAt(range.end));
}

function citationsOf(draft: Draft): string[] {
  return draft.citations.map((c) => `${c.command} ${c.key} ${at(c.location.range)}`);
}

function runs(draft: Draft, zone: ProseRun['zone']): string[] {
  return draft.prose.filter((run) => run.zone === zone).map((run) => run.text);
}

describe('parseMarkdownDraft: the pandoc example paper', () => {
  const path = join(examples, 'markdown', 'paper.md');
  const draft = parseMarkdownDraft(path, readFileSync(path, 'utf8'));

  it('reads title, abstract (literal block scalar) and keywords from the front matter with exact ranges', () => {
    assert.equal(draft.format, 'markdown');
    assert.equal(draft.title?.text, 'Aligning Transcriptomic and Chromatin Views of the Cell with a Multi-Modal Single-Cell Foundation Model');
    assert.equal(at(draft.title.location.range), '1:8-1:111');
    assert.match(draft.abstract!.text, /^Single-cell foundation models pretrained .* perturbation prediction\.$/s);
    assert.equal(draft.abstract!.text.split('\n').length, 5);
    assert.equal(at(draft.abstract!.location.range), '6:2-10:64');
    assert.deepEqual(
      draft.keywords.map((k) => `${k.text} ${at(k.location.range)}`),
      ['single-cell foundation model 12:4-12:32', 'multi-modal alignment 13:4-13:25', 'cell type annotation 14:4-14:24'],
    );
    for (const field of [draft.title, draft.abstract!, ...draft.keywords]) {
      assert.equal(sourceOf(draft, field.location.range).replace(/\n\s+/g, '\n'), field.text);
    }
  });

  it('declares topics 6 and 9 and the bibliography, with their ranges', () => {
    assert.deepEqual(draft.declaredTopics?.ids, [6, 9]);
    assert.equal(at(draft.declaredTopics.location.range), '15:0-15:14');
    assert.deepEqual(draft.bibliographies.map((b) => `${b.path} ${at(b.location.range)}`), ['references.bib 16:14-16:28']);
    assert.deepEqual(draft.problems, []);
  });

  it('resolves the bibliography against the draft\'s own folder, as pandoc does', () => {
    const nested = parseMarkdownDraft('papers/draft/paper.md', '---\nbibliography: [refs.bib, ../shared/more.bib]\n---\n\nText.\n');
    assert.deepEqual(nested.bibliographies.map((b) => b.resolved), ['papers/draft/refs.bib', 'papers/shared/more.bib']);
  });

  it('lists every heading as a section, and every citation key with its exact place', () => {
    assert.deepEqual(
      draft.sections.map((s) => `${s.level} ${s.title} ${at(s.location.range)}`),
      ['1 Introduction 20:2-20:14', '2 Contributions 29:3-29:16', '1 Methods 35:2-35:9', '1 Results 61:2-61:9'],
    );
    assert.deepEqual(citationsOf(draft), [
      '[@ cui2024scgpt 23:46-23:58',
      '[@ yang2022scbert 23:61-23:75',
      '@ theodoris2023geneformer 24:1-24:24',
      '[@ lin2023esm2 26:36-26:47',
      '[@ hao2024scfoundation 32:5-32:24',
      '[@ smith2024cellatlas 38:2-38:20',
      '[@ cui2024scgpt 45:39-45:51',
    ]);
    for (const citation of draft.citations) assert.equal(sourceOf(draft, citation.location.range), citation.key);
  });

  it('keeps code, math, comments, front matter, e-mails and citations out of the prose, and maps it exactly', () => {
    assert.deepEqual(draft.nonProse.map((n) => n.kind), ['frontmatter', 'math', 'math', 'math', 'code', 'code', 'comment']);
    const body = runs(draft, 'body').join('\n');
    assert.doesNotMatch(body, /@[a-z]+20|\\mathcal|info_nce|flash-attention|TODO|\[see|\$/);
    assert.match(body, /Geneformer, however, reads only RNA/);
    assert.match(body, /contact@example\.org/);
    assert.deepEqual(runs(draft, 'heading'), ['Introduction', 'Contributions', 'Methods', 'Results']);
    assert.deepEqual(runs(draft, 'caption'), ['Table: Annotation results on held-out donors.']);
    assert.ok(runs(draft, 'body').includes('Rare types are those with fewer than 100 cells in the training split.'));
    assertExactPieces(draft);
  });
});

describe('parseMarkdownDraft: the Quarto example paper', () => {
  const path = join(examples, 'quarto', 'paper.qmd');
  const draft = parseMarkdownDraft(path, readFileSync(path, 'utf8'));

  it('reads the Quarto front matter, folding the abstract as YAML does', () => {
    assert.equal(draft.title?.text, 'Genomic Language Models for Regulatory Variant Interpretation');
    assert.equal(at(draft.title.location.range), '1:8-1:69');
    assert.equal(
      draft.abstract?.text,
      'DNA and protein language models learn regulatory grammar from unlabeled sequence.\nWe fine-tune such models to score non-coding variants and report calibration across tissues.',
    );
    assert.equal(at(draft.abstract.location.range), '8:2-12:36');
    assert.deepEqual(
      draft.keywords.map((k) => `${k.text} ${at(k.location.range)}`),
      ['genomic language model 13:11-13:33', 'variant effect prediction 13:35-13:60', 'foundation model 13:62-13:78'],
    );
    assert.deepEqual(draft.declaredTopics?.ids, [9, 10]);
    assert.equal(at(draft.declaredTopics.location.range), '14:0-14:15');
    assert.deepEqual(draft.bibliographies.map((b) => `${b.path} ${at(b.location.range)}`), ['references.bib 15:14-15:28']);
  });

  it('reads citations but not cross-references, and leaves attributes, divs and code cells out of the prose', () => {
    assert.deepEqual(citationsOf(draft), [
      '[@ lin2023esm2 26:2-26:13',
      '[@ theodoris2023geneformer 26:16-26:39',
      '[@ cui2024scgpt 28:41-28:53',
      '@ hao2024scfoundation 42:11-42:30',
    ]);
    assert.deepEqual(draft.sections.map((s) => `${s.level} ${s.title}`), ['2 Background', '2 Evaluation']);
    assert.deepEqual(runs(draft, 'body'), [
      'Sequence models transfer from pretraining to variant scoring\n, as summarised in .',
      'Scores are calibrated per tissue.',
      'Following , we report AUROC in .',
    ]);
    assert.deepEqual(runs(draft, 'caption'), ['Overview of the fine-tuning pipeline .']);
    assert.deepEqual(draft.nonProse.map((n) => `${n.kind} ${at(n.location.range)}`), ['frontmatter 0:0-21:3', 'code 36:0-40:3']);
    assertExactPieces(draft);
  });
});

describe('parseMarkdownDraft: pandoc citations', () => {
  const cite = (text: string) => citationsOf(parseMarkdownDraft('c.md', text));

  it('reads bracketed groups with prefixes, locators and suppressed authors', () => {
    assert.deepEqual(cite('A [see @a, pp. 33-35; also @b] and [-@c] and [@d; @e, p. 3].'), [
      '[@ a 0:8-0:9',
      '[@ b 0:28-0:29',
      '[@ c 0:38-0:39',
      '[@ d 0:47-0:48',
      '[@ e 0:51-0:52',
    ]);
  });

  it('reads in-text keys with internal punctuation and braced keys, not trailing punctuation', () => {
    assert.deepEqual(cite('@doe:2020.x/y-z says so, as does @smith2021. Also @{weird key}.'), [
      '@ doe:2020.x/y-z 0:1-0:15',
      '@ smith2021 0:34-0:43',
      '@ weird key 0:52-0:61',
    ]);
  });

  it('ignores e-mail addresses, code, math and Quarto cross-references', () => {
    assert.deepEqual(cite('Write to a@b.com; `@code` and $@math$ and @fig-one.\n\n```\n[@fenced]\n```\n\n$$\n@block\n$$'), []);
  });

  it('reads a citation that a link definition turned into a link reference', () => {
    assert.deepEqual(cite('See [@a].\n\n[@a]: https://example.org'), ['[@ a 0:6-0:7']);
  });

  it('reads a dotted key that GFM took for an e-mail address (`[-@a.b]`)', () => {
    assert.deepEqual(cite('Shown [-@a.b].'), ['[@ a.b 0:9-0:12']);
  });
});

describe('parseMarkdownDraft: documents without front matter', () => {
  const draft = parseMarkdownDraft(
    'n.md',
    '# A Title *with* Emphasis\n\n## ABSTRACT\n\nFirst abstract paragraph.\n\n- listed too\n\nSecond one.\n\n## Introduction\n\nBody text.\n\n### Details\n',
  );

  it('takes the first level-1 heading as the title and the Abstract section as the abstract', () => {
    assert.equal(draft.title?.text, 'A Title with Emphasis');
    assert.equal(at(draft.title.location.range), '0:2-0:25');
    assert.equal(draft.abstract?.text, 'First abstract paragraph.\n\nlisted too\n\nSecond one.');
    assert.equal(at(draft.abstract.location.range), '4:0-8:11');
    assert.deepEqual(draft.sections.map((s) => `${s.level} ${s.title}`), ['2 ABSTRACT', '2 Introduction', '3 Details']);
    assert.deepEqual(draft.prose.map((r) => `${r.zone}: ${r.text}`), [
      'title: A Title with Emphasis',
      'heading: ABSTRACT',
      'abstract: First abstract paragraph.',
      'abstract: listed too',
      'abstract: Second one.',
      'heading: Introduction',
      'body: Body text.',
      'heading: Details',
    ]);
    assert.equal(draft.declaredTopics, undefined);
    assertExactPieces(draft);
  });

  it('has no title when the first heading is not level 1', () => {
    assert.equal(parseMarkdownDraft('n.md', '## Intro\n\n# Later\n').title, undefined);
  });
});

describe('parseMarkdownDraft: front matter variants', () => {
  it('maps folded and quoted YAML scalars line by line, leaving escapes unmapped', () => {
    const text = 'title: "Caf\\u00e9 \\"quoted\\" title"\nabstract: >-\n  folded one\n  folded two\n\n  second\nkeywords: "a, b ,c"\ntopics: "6, 9"\n';
    const draft = parseMarkdownDraft('y.md', `---\n${text}---\n\nBody.\n`);
    assert.equal(draft.title?.text, 'Café "quoted" title');
    assert.equal(draft.abstract?.text, 'folded one folded two\nsecond');
    assert.deepEqual(draft.keywords.map((k) => `${k.text} ${at(k.location.range)}`), ['a 7:11-7:12', 'b 7:14-7:15', 'c 7:17-7:18']);
    assert.deepEqual(draft.declaredTopics?.ids, [6, 9]);
    const title = draft.prose.find((r) => r.zone === 'title')!;
    assert.equal(title.text, 'Café "quoted" title');
    // `é` comes from an escape: no piece covers it; `"` from `\"` maps onto the quote itself.
    assert.deepEqual(title.pieces.map((p) => [p.textStart, p.length]), [[0, 3], [4, 1], [5, 7], [12, 7]]);
    assert.deepEqual(draft.prose.find((r) => r.zone === 'abstract')?.pieces.map((p) => [p.textStart, p.length]), [[0, 11], [11, 10], [21, 1], [22, 6]]);
    assertExactPieces(draft);
  });

  it('reports broken YAML with its range and still reads the rest of the draft', () => {
    const draft = parseMarkdownDraft('b.md', '---\ntitle: Fine\nkeywords: [unclosed\n---\n\n# Heading\n\nText [@key].\n');
    assert.equal(draft.title?.text, 'Fine');
    assert.ok(draft.problems.length > 0);
    assert.ok(draft.problems.every((p) => p.code === 'markdown/front-matter-yaml' && p.location.range.start.line >= 1 && p.location.range.end.line <= 3));
    assert.deepEqual(citationsOf(draft), ['[@ key 7:7-7:10']);
  });

  it('reports topics it cannot read', () => {
    const draft = parseMarkdownDraft('t.md', '---\ntopics: [6, nine]\n---\n');
    assert.deepEqual(draft.declaredTopics?.ids, [6]);
    assert.deepEqual(draft.problems.map((p) => `${p.code} ${at(p.location.range)}`), ['markdown/topics-invalid 1:0-1:17']);
  });

  it('reads TOML front matter', () => {
    const draft = parseMarkdownDraft('t.md', '+++\ntitle = "TOML Title"\nkeywords = ["x", "y"]\ntopics = [3]\nbibliography = "refs.bib"\n+++\n\nText.\n');
    assert.equal(draft.title?.text, 'TOML Title');
    assert.equal(at(draft.title.location.range), '1:9-1:19');
    assert.deepEqual(draft.keywords.map((k) => `${k.text} ${at(k.location.range)}`), ['x 2:13-2:14', 'y 2:18-2:19']);
    assert.deepEqual(draft.declaredTopics?.ids, [3]);
    assert.deepEqual(draft.bibliographies.map((b) => b.path), ['refs.bib']);
  });

  it('reads lists and block quotes after an unclosed first-line fence', () => {
    const draft = parseMarkdownDraft('u.md', '---\nnot front matter\n\n- item [@a]\n\n> quote [@b]\n');
    assert.deepEqual(runs(draft, 'body'), ['not front matter', 'item', 'quote']);
    assert.deepEqual(citationsOf(draft), ['[@ a 3:9-3:10', '[@ b 5:10-5:11']);
  });
});

describe('parseMarkdownDraft: exact UTF-16 positions', () => {
  it('maps CRLF files exactly', () => {
    const text = '---\r\ntitle: CRLF paper\r\n---\r\n\r\n# Intro\r\n\r\nLine one [@a]\r\ngoes on @b\r\n\r\n> quoted\r\n> @c\r\n';
    const draft = parseMarkdownDraft('crlf.md', text);
    assert.equal(at(draft.title!.location.range), '1:7-1:17');
    assert.deepEqual(citationsOf(draft), ['[@ a 6:11-6:12', '@ b 7:9-7:10', '@ c 10:3-10:4']);
    assert.deepEqual(runs(draft, 'body'), ['Line one \r\ngoes on', 'quoted']);
    assertExactPieces(draft);
  });

  it('counts characters outside the BMP as two code units', () => {
    const draft = parseMarkdownDraft('emoji.md', '# 🧬 Genomes\n\n🧬🧬 text [@key] and 𝔸 @b.\n');
    assert.deepEqual(citationsOf(draft), ['[@ key 2:12-2:15', '@ b 2:25-2:26']);
    assert.equal(draft.sections.length, 0);
    assert.equal(draft.title?.text, '🧬 Genomes');
    assertExactPieces(draft);
  });
});
