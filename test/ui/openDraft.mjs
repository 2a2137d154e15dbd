// The "open a draft" scenario, driven like a user: wait for the workbench and the explorer, Ctrl+P, type the file
// name, Enter, then wait until the editor tab, the LaTeX source and the language mode are on screen.
// Every wait is on the DOM; nothing sleeps for a fixed time.

const TIMEOUT = 60_000;

/**
 * @param {import('playwright-core').Page} page A page showing the workbench with test/fixtures/workspace open.
 * @param {string} [file]
 */
export async function openDraftScenario(page, file = 'paper.tex') {
  await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
  // The explorer lists the workspace once the folder is really open; keybindings work from then on.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().waitFor({ timeout: TIMEOUT });

  const quickInput = page.locator('.quick-input-widget');
  await pressUntilVisible(page, 'Control+P', quickInput);
  await page.keyboard.type(file);
  await quickInput.locator('.monaco-list-row', { hasText: file }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await quickInput.waitFor({ state: 'hidden', timeout: TIMEOUT });

  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: TIMEOUT });
  await page.locator('.editor-instance .view-lines', { hasText: 'documentclass' }).first().waitFor({ timeout: TIMEOUT });
  // VS Code shows the language it detected; `LaTeX` is what makes the extension activate (onLanguage:latex).
  await page.locator('[id="status.editor.mode"]', { hasText: 'LaTeX' }).waitFor({ timeout: TIMEOUT });
  // Opening a LaTeX file activates the extension (and VS Code's own LaTeX support): let that settle.
  await page.locator('.part.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** A keystroke sent before the workbench binds its keys is lost, so retry it (bounded) until `target` shows. */
async function pressUntilVisible(page, keys, target, attempts = 10) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(keys);
    try {
      await target.waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
