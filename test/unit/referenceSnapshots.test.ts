import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedReferenceFolder, snapshotFolder } from './referenceFiles';

const topicLine = /^-\s*\d+\)/;

describe('reference snapshots in test/data/reference', function () {
  before(function () {
    // Without the originals (a clone elsewhere) there is nothing to compare; the snapshots stand in for them.
    if (!existsSync(sharedReferenceFolder)) this.skip();
  });

  it('hold the call for papers\' topic lines exactly as the call gives them', () => {
    const call = readFileSync(path.join(sharedReferenceFolder, 'call-for-papers.txt'), 'utf8').split(/\r?\n/).filter((l) => topicLine.test(l));
    const snapshot = readFileSync(path.join(snapshotFolder, 'call-for-papers-topics.txt'), 'utf8').split(/\r?\n/).filter((l) => l !== '');
    assert.equal(call.length, 13);
    assert.deepEqual(snapshot, call);
  });

  it('hold the verified catalog facts byte for byte', () => {
    const original = readFileSync(path.join(sharedReferenceFolder, 'catalog-facts.json'));
    assert.ok(original.equals(readFileSync(path.join(snapshotFolder, 'catalog-facts.json'))));
  });
});
