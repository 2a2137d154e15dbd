import assert from 'node:assert/strict';
import { citationContextAt } from '../../src/core/bibliography/citeContext';

/** The context at the `|` of a sample (the bar is removed from the text). */
function at(sample: string, format: 'latex' | 'markdown') {
  const offset = sample.indexOf('|');
  assert.notEqual(offset, -1, 'sample needs a | cursor');
  const text = sample.slice(0, offset) + sample.slice(offset + 1);
  const context = citationContextAt(text, offset, format);
  return context && { ...context, replaced: text.slice(context.replaceStart, context.replaceEnd) };
}

describe('citationContextAt: LaTeX', () => {
  it('finds the key prefix in every \\cite-family command', () => {
    for (const command of ['cite', 'citep', 'citet', 'citealt', 'citealp', 'Citet', 'citeauthor', 'citeyearpar', 'parencite', 'Parencite', 'textcite', 'footcite', 'autocite', 'smartcite', 'supercite', 'fullcite', 'nocite', 'citetitle', 'cite*', 'citet*']) {
      const context = at(`As shown \\${command}{lin|}.`, 'latex');
      assert.ok(context, command);
      assert.equal(context.prefix, 'lin', command);
      assert.equal(context.replaced, 'lin', command);
    }
  });

  it('handles optional arguments, spaces, commas and the rest of the key', () => {
    const context = at('\\citep[see][p.~3]{a, b,  li|n2023, c}', 'latex');
    assert.ok(context);
    assert.equal(context.prefix, 'li');
    assert.equal(context.replaced, 'lin2023');
    assert.deepEqual(context.existingKeys, ['a', 'b', 'c']);
    const empty = at('\\cite{a,|}', 'latex');
    assert.deepEqual(empty && [empty.prefix, empty.replaceStart, empty.replaceEnd, empty.existingKeys], ['', 8, 8, ['a']]);
    assert.equal(at('\\textcite {x|}', 'latex')?.prefix, 'x');
    assert.equal(at('\\cite{\n  first,\n  sec|\n}', 'latex')?.prefix, 'sec');
  });

  it('handles multi-cite commands, collecting keys of earlier groups', () => {
    const context = at('\\parencites(global)(post)[see][3]{a}[4]{b,|}', 'latex');
    assert.ok(context);
    assert.equal(context.prefix, '');
    assert.deepEqual(context.existingKeys, ['a', 'b']);
    assert.equal(at('\\textcites{a}{b}{c|}', 'latex')?.prefix, 'c');
    assert.equal(at('\\cite{a}{b|}', 'latex'), undefined, 'a single cite takes one key group');
  });

  it('says no outside key arguments, in other commands and in comments', () => {
    assert.equal(at('\\cite[ab|]{x}', 'latex'), undefined);
    assert.equal(at('\\cite{x}|', 'latex'), undefined);
    assert.equal(at('\\emph{ab|}', 'latex'), undefined);
    assert.equal(at('\\citetext{ab|}', 'latex'), undefined);
    assert.equal(at('\\setcitestyle{ab|}', 'latex'), undefined);
    assert.equal(at('% \\cite{ab|}', 'latex'), undefined);
    assert.equal(at('text % old: \\cite{ab|}', 'latex'), undefined);
    assert.equal(at('100\\% sure \\cite{ab|}', 'latex')?.prefix, 'ab');
    assert.equal(at('cite{ab|}', 'latex'), undefined);
  });

  it('looks back a bounded distance only', () => {
    const far = `\\cite{${'a,'.repeat(400)}|}`;
    assert.equal(at(far, 'latex'), undefined);
    const near = `${'x'.repeat(100_000)} \\cite{lin|}`;
    assert.equal(at(near, 'latex')?.prefix, 'lin');
  });
});

describe('citationContextAt: Markdown (pandoc)', () => {
  it('finds @key, [@key], [see @a; @b] and -@key', () => {
    assert.deepEqual(at('As shown by @lin|2023.', 'markdown'), { prefix: 'lin', replaceStart: 13, replaceEnd: 20, existingKeys: [], replaced: 'lin2023' });
    const grouped = at('Shown [see @lin2023, p. 3; @ri|]', 'markdown');
    assert.equal(grouped?.prefix, 'ri');
    assert.deepEqual(grouped?.existingKeys, ['lin2023']);
    assert.equal(at('[-@|]', 'markdown')?.prefix, '');
    assert.equal(at('@|', 'markdown')?.prefix, '');
    assert.equal(at('keys with punctuation @doe:2020.a|', 'markdown')?.prefix, 'doe:2020.a');
    assert.equal(at('@{odd key|}', 'markdown')?.replaced, 'odd key');
  });

  it('leaves sentence punctuation out of the replaced key', () => {
    assert.equal(at('see @lin|2023.', 'markdown')?.replaced, 'lin2023');
    assert.equal(at('see @lin2023|, and', 'markdown')?.replaced, 'lin2023');
  });

  it('says no in e-mail addresses, inline code and fenced code', () => {
    assert.equal(at('mail me@fo|o.com', 'markdown'), undefined);
    assert.equal(at('mail first.last@fo|o.com', 'markdown'), undefined);
    assert.equal(at('run `npm i @typ|es/node`', 'markdown'), undefined);
    assert.equal(at('```bash\nnpm i @typ|\n```', 'markdown'), undefined);
    assert.equal(at('~~~~\n```\n@x|\n~~~~', 'markdown'), undefined);
    assert.equal(at('```\ncode\n```\n\nAfter @x|', 'markdown')?.prefix, 'x');
    assert.equal(at('@.|', 'markdown'), undefined);
  });

  it('is fast on a large document', () => {
    const text = `${'Some prose with @refs and `code`.\n'.repeat(20_000)}\`\`\`\nfenced\n\`\`\`\nSee @li`;
    const started = performance.now();
    for (let i = 0; i < 100; i++) assert.equal(citationContextAt(text, text.length, 'markdown')?.prefix, 'li');
    const perCall = (performance.now() - started) / 100;
    assert.ok(perCall < 20, `${perCall} ms per call`);
  });
});
