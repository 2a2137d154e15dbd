// The extension must activate lazily, exactly when a Markdown or LaTeX draft is opened, and hand back its API.
// VS Code activates an extension once per session, so only the first draft opened shows activation happening; for
// the other one we check what VS Code decides activation by: the document's real language id against the manifest.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { openDoc, ourExtension, waitFor } from './helpers';

/** In this order: LaTeX first, because `.tex` → `latex` depends on language registration in this very VS Code. */
const DRAFTS = [
  { file: 'paper.tex', languageId: 'latex' },
  { file: 'paper.md', languageId: 'markdown' },
] as const;

describe('activation', () => {
  let activeBeforeAnyDraft = false;

  before(() => {
    activeBeforeAnyDraft = ourExtension().isActive;
  });

  it('is not active before a draft is opened', () => {
    assert.equal(activeBeforeAnyDraft, false, 'activated before any Markdown or LaTeX document was opened');
  });

  for (const { file, languageId } of DRAFTS) {
    it(`activates when a ${languageId} draft (${file}) is opened`, async () => {
      const extension = ourExtension();
      const wasActive = extension.isActive;
      const openedAt = performance.now();
      const document = await openDoc(file);
      assert.equal(document.languageId, languageId, `${file} opened as ${document.languageId}`);

      if (wasActive) {
        const events = (extension.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
        assert.ok(events.includes(`onLanguage:${languageId}`), `activationEvents lack onLanguage:${languageId}: ${JSON.stringify(events)}`);
      } else {
        await waitFor(`${extension.id} to activate after opening ${file}`, () => extension.isActive, 20_000);
        const elapsed = performance.now() - openedAt;
        console.log(`      [measure] ${languageId}: active ${elapsed.toFixed(0)} ms after opening ${file}`);
      }
      assert.equal(extension.isActive, true);
      assert.equal(extension.exports.version, 1);
    });
  }
});
