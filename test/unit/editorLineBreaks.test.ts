import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withEditorLineBreaks } from '../../src/core/text/editorLineBreaks';
import { LineIndex } from '../../src/core/text/lineIndex';

describe('withEditorLineBreaks', () => {
  it('turns each lone CR into LF and leaves CRLF, LF and every other character where it was', () => {
    assert.equal(withEditorLineBreaks('a\rb\r\nc\nd\r\r\ne\r'), 'a\nb\r\nc\nd\n\r\ne\n');
    const text = 'no breaks at all';
    assert.equal(withEditorLineBreaks(text), text);
  });

  it('gives as many lines as VS Code shows, at the same offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '\r', '\n', '\r\n', ' ') }), (text) => {
        const editor = withEditorLineBreaks(text);
        assert.equal(editor.length, text.length);
        // VS Code's line breaks: CRLF, LF, or a lone CR.
        assert.equal(new LineIndex(editor).lineCount, text.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 500 },
    );
  });
});
