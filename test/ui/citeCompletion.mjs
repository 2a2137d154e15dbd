// Shared by the two citation-completion steps: type a citation opening at the end of a line and wait for the suggest
// widget, with its details pane (the model card) open.
import { editorLine, goToLine, statusItem, suggestWidget } from './workbench.mjs';

/**
 * Puts the cursor at the end of `line` (by going to the start of the next line and back one character: with word
 * wrap, End only reaches the end of the visual line), types `text` and waits until the suggest widget lists `listed`.
 * @param {import('playwright-core').Page} page
 * @param {{ line: number, text: string, listed: Array<string | RegExp> }} typing
 */
export async function typeCitation(page, { line, text, listed }) {
  await goToLine(page, line + 1, 1);
  await page.keyboard.press('ArrowLeft');
  await statusItem(page, 'status.editor.selection').filter({ hasText: `Ln ${line},` }).waitFor();
  await page.keyboard.type(text);
  const suggest = suggestWidget(page);
  for (const entry of listed) await suggest.locator('.monaco-list-row', { hasText: entry }).first().waitFor();
  await showSuggestDetails(page);
}

/** Opens the suggest widget's details pane (Ctrl+Space toggles it; VS Code remembers the choice) unless it is open. */
export async function showSuggestDetails(page) {
  const suggest = suggestWidget(page);
  if (!(await suggest.evaluate((element) => element.classList.contains('shows-details')))) await page.keyboard.press('Control+Space');
  await page.locator('.suggest-details-container .suggest-details', { hasText: 'Citation key' }).waitFor();
}

/**
 * Types `more` to narrow the list, waits until `key` is the highlighted proposal (and its model card shows `card`),
 * optionally saves a screenshot, accepts it with Enter and waits for `inserted` in the editor.
 * @param {import('playwright-core').Page} page
 * @param {{ more: string, key: string, card: string, inserted: string, shot?: () => Promise<unknown> }} accept
 */
export async function narrowAndAccept(page, { more, key, card, inserted, shot }) {
  const suggest = suggestWidget(page);
  await page.keyboard.type(more);
  await suggest.locator('.monaco-list-row.focused', { hasText: key }).waitFor();
  await page.locator('.suggest-details-container .suggest-details', { hasText: card }).waitFor();
  if (shot) await shot();
  await page.keyboard.press('Enter');
  await suggest.waitFor({ state: 'hidden' });
  await editorLine(page, inserted).waitFor();
}
