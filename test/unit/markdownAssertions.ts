import assert from 'node:assert/strict';
import type { Draft } from '../../src/core/draft/draftModel';

/**
 * Every mapped prose character equals the source character it points at; the one documented exception is a YAML
 * line break folded into a space (front matter zones), which maps onto the break.
 */
export function assertExactPieces(draft: Draft): void {
  for (const run of draft.prose) {
    const text = draft.files.find((f) => f.path === run.file)!.text;
    const folds = run.zone === 'title' || run.zone === 'abstract' || run.zone === 'keywords';
    for (const piece of run.pieces) {
      for (let k = 0; k < piece.length; k++) {
        const prose = run.text[piece.textStart + k];
        const source = text[piece.sourceStart + k];
        if (folds && prose === ' ' && (source === '\n' || source === '\r')) continue;
        assert.equal(prose, source, `${run.zone} run ${JSON.stringify(run.text)} at ${piece.textStart + k}`);
      }
    }
  }
}
