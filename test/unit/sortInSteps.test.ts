import assert from 'node:assert/strict';
import fc from 'fast-check';
import { finishSteps } from '../../src/core/util/steps';
import { sortInSteps } from '../../src/core/util/sortInSteps';

describe('sortInSteps', () => {
  it('sorts in place exactly as a stable sort does, for any list and step size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat()), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (pairs, perStep) => {
        const items = pairs.map(([key, tag], index) => ({ key, tag, index }));
        const expected = [...items].sort((a, b) => a.key - b.key);
        const sorted = finishSteps(sortInSteps(items, (a, b) => a.key - b.key, perStep));
        assert.equal(sorted, items);
        assert.deepStrictEqual(items, expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('pauses about once per step of items, sorting and merging', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_007);
    const steps = sortInSteps(items, (a, b) => a - b, 1_000);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    // 10 runs sorted, then 4 merge passes of 10,000 items each.
    assert.equal(pauses, 10 + 40);
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1] <= items[i]);
  });
});
