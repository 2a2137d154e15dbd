import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJsonTree, type JsonNode } from '../../src/core/json/jsonTree';

/** The plain value a node stands for, to compare with JSON.parse. */
function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.properties.map((p) => [p.key, plain(p.value)]));
    case 'array':
      return node.items.map(plain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

describe('parseJsonTree', () => {
  it('property: reads what JSON.stringify writes, as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const result = parseJsonTree(text);
        assert.equal(result.error, undefined);
        assert.deepEqual(plain(result.root), JSON.parse(text));
        assert.deepEqual([result.root.start, result.root.end], [0, text.length]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: rejects what JSON.parse rejects', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '1', '-', '.', 'e', 't', 'n', ' ', '\\', 'u', 'a') , maxLength: 12 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        assert.equal(parseJsonTree(text).error === undefined, valid, text);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each value its offsets', () => {
    const text = '{ "a": [1, "two", null], "b": { "c": true } }';
    const root = parseJsonTree(text).root;
    assert.equal(root?.kind, 'object');
    if (root?.kind !== 'object') return;
    const [a, b] = root.properties;
    assert.equal(text.slice(a.keyStart, a.keyEnd), '"a"');
    assert.equal(text.slice(a.value.start, a.value.end), '[1, "two", null]');
    assert.equal(a.value.kind === 'array' && text.slice(a.value.items[1].start, a.value.items[1].end), '"two"');
    assert.equal(text.slice(b.value.start, b.value.end), '{ "c": true }');
  });

  it('decodes escapes and refuses raw control characters and bad escapes', () => {
    assert.deepEqual(plain(parseJsonTree('"a\\u00e9\\n\\"\\/"').root!), 'aé\n"/');
    assert.equal(parseJsonTree('"a\tb"').error?.message, 'Control characters in a string must be escaped');
    assert.match(parseJsonTree('"\\x41"').error?.message ?? '', /Invalid escape/);
    assert.match(parseJsonTree('01').error?.message ?? '', /Invalid number '01'/);
    assert.equal(parseJsonTree('\ufeff{}').error, undefined);
  });
});
