import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluateTopicFit, type LabelledAbstract } from '../../src/core/topics/topicFitEvaluation';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';

const { items } = JSON.parse(readFileSync(new URL('../data/topicDevSet.json', import.meta.url), 'utf8')) as { items: LabelledAbstract[] };
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

describe('topic fit on the labelled calibration set', () => {
  it('is a well-formed set: enough items per topic and kind, a fixed held-out third, 80-180 words each', () => {
    assert.ok(items.length >= 78);
    for (let topic = 1; topic <= 13; topic++) {
      const ofTopic = items.filter((i) => i.inScope && i.primaryTopic === topic);
      assert.ok(ofTopic.length >= 4, `topic ${topic}`);
      assert.ok(ofTopic.some((i) => i.split === 'heldout'), `topic ${topic} has held-out items`);
    }
    for (const kind of ['bio-not-fm', 'fm-not-bio', 'neither'] as const) {
      const ofKind = items.filter((i) => i.scopeKind === kind);
      assert.ok(ofKind.length >= 6, kind);
      assert.ok(ofKind.every((i) => !i.inScope && i.primaryTopic === null));
    }
    const heldOut = items.filter((i) => i.split === 'heldout').length;
    assert.ok(heldOut >= items.length / 4 && heldOut <= items.length / 2.5);
    for (const item of items) {
      const words = item.text.split(/\s+/).length;
      assert.ok(words >= 80 && words <= 180, `${item.id} has ${words} words`);
    }
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
  });

  it('meets the accuracy targets on the held-out split (top-1 >= 70%, top-3 >= 90%, scope >= 90%)', () => {
    const dev = evaluateTopicFit(items.filter((i) => i.split === 'dev'), jbhiFoundationModels);
    const heldOut = evaluateTopicFit(items.filter((i) => i.split === 'heldout'), jbhiFoundationModels);
    for (const [name, figures] of [['dev', dev], ['held-out', heldOut]] as const) {
      console.log(
        `      ${name}: ${figures.items} items (${figures.inScopeItems} in scope): top-1 ${percent(figures.top1)}, ` +
          `top-3 ${percent(figures.top3)}, scope ${percent(figures.scope)}`,
      );
    }
    assert.ok(heldOut.top1 >= 0.7, `held-out top-1 ${percent(heldOut.top1)}`);
    assert.ok(heldOut.top3 >= 0.9, `held-out top-3 ${percent(heldOut.top3)}`);
    assert.ok(heldOut.scope >= 0.9, `held-out scope ${percent(heldOut.scope)}`);
  });

  it('meets the same targets on the blind set written by someone who had not seen the scorer', () => {
    const blind = (JSON.parse(readFileSync(new URL('../data/topicBlindSet.json', import.meta.url), 'utf8')) as { items: LabelledAbstract[] }).items;
    assert.ok(blind.length >= 52 && blind.filter((i) => i.inScope).length >= 39);
    const figures = evaluateTopicFit(blind, jbhiFoundationModels);
    console.log(`      blind: ${figures.items} items (${figures.inScopeItems} in scope): top-1 ${percent(figures.top1)}, top-3 ${percent(figures.top3)}, scope ${percent(figures.scope)}`);
    assert.ok(figures.top1 >= 0.7, `blind top-1 ${percent(figures.top1)}`);
    assert.ok(figures.top3 >= 0.9, `blind top-3 ${percent(figures.top3)}`);
    assert.ok(figures.scope >= 0.9, `blind scope ${percent(figures.scope)}`);
  });
});
