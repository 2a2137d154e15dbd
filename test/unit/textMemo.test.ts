import assert from 'node:assert/strict';
import { parseLatexDraft } from '../../src/core/latex/parseLatexDraft';
import { assessTopicFit } from '../../src/core/topics/assessTopicFit';
import { compileTopicMatcher } from '../../src/core/topics/topicMatcher';
import { TextMemo } from '../../src/core/util/textMemo';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';

describe('TextMemo', () => {
  it('computes each text once while it stays within two generations, and forgets older ones', () => {
    const computed: string[] = [];
    const memo = new TextMemo((text) => {
      computed.push(text);
      return text.length;
    }, 2);
    assert.equal(memo.get('ab'), 2);
    assert.equal(memo.get('ab'), 2);
    memo.get('c');
    memo.get('def'); // the first generation (ab, c) becomes the previous one
    assert.equal(memo.get('ab'), 2); // still found there
    memo.get('g');
    memo.get('h');
    memo.get('i'); // two rotations later, 'c' is gone
    memo.get('c');
    assert.deepEqual(computed, ['ab', 'c', 'def', 'g', 'h', 'i', 'c']);
  });
});

describe('topic fit with remembered runs', () => {
  it('scores an edited draft exactly as a fresh matcher does', () => {
    const source = (extra: string) =>
      `\\title{A foundation model for chest radiographs}\n\\begin{abstract}\nWe pretrain a vision-language model on radiology reports${extra}.\n\\end{abstract}\n\\section{Intro}\nLarge language models help clinicians with electronic health records.\n`;
    const shared = compileTopicMatcher(jbhiFoundationModels);
    for (const extra of ['', ' and pathology slides', ' for patients in hospitals', '']) {
      const draft = parseLatexDraft('p.tex', source(extra));
      const remembered = assessTopicFit(draft, jbhiFoundationModels, { matcher: shared });
      const fresh = assessTopicFit(draft, jbhiFoundationModels, { matcher: compileTopicMatcher(jbhiFoundationModels) });
      assert.deepEqual(remembered, fresh);
    }
  });
});
