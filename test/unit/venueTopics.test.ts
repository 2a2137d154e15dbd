import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { jbhiFoundationModels } from '../../src/core/venue/bundledVenues';

import { referenceFile } from './referenceFiles';

const callPath = referenceFile('call-for-papers.txt', 'call-for-papers-topics.txt');

describe('bundled J-BHI venue topics', () => {
  it('equal the call for papers word for word, numbered as in the call', () => {
    const lines = readFileSync(callPath, 'utf8').split(/\r?\n/);
    const topics = lines
      .map((line) => /^-\s*(\d+)\)\s*(.+?)\s*$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ id: Number(match[1]), title: match[2] }));
    assert.equal(topics.length, 13);
    assert.deepEqual(jbhiFoundationModels.topics, topics);
  });
});
