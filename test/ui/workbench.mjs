// What a user does in the VS Code workbench, as Playwright calls: quick open, the command palette, go to line, typing,
// dismissing notifications, resizing the side bar. Every helper waits on what the DOM shows; none sleeps for a fixed
// time. Locators match VS Code's own class names and ids (checked against code-server 4.139 / VS Code 1.10x).

/** Longest wait for one thing to show. Generous: the machine may be busy with other jobs. */
export const TIMEOUT = 30_000;

/** The editor text of the active editor group, line by line. */
export const editorLine = (/** @type {import('playwright-core').Page} */ page, /** @type {string | RegExp} */ text) =>
  page.locator('.editor-group-container.active .editor-instance .view-line', { hasText: text }).first();

/** The suggest (completion) widget of the focused editor. */
export const suggestWidget = (/** @type {import('playwright-core').Page} */ page) => page.locator('.editor-widget.suggest-widget.visible');

/** A status bar item by the id VS Code gives it (`<extension id>.<item id>` for extensions). */
export const statusItem = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) => page.locator(`[id="${id}"]`);

/** A keystroke sent before the workbench binds its keys is lost, so retry it (bounded) until `target` shows. */
export async function pressUntilVisible(page, keys, target, attempts = 10) {
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

/** Waits for the workbench and for the explorer to list `entry` (a top-level file or folder of the workspace). */
export async function waitForWorkbench(page, entry) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 2 * TIMEOUT });
  // The explorer lists the workspace once the folder is really open; keybindings work from then on.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: entry }).first().waitFor({ timeout: 2 * TIMEOUT });
}

/**
 * Ctrl+P, type `query`, wait until the highlighted result is `fileName`, Enter; then wait for its tab and text.
 * @param {import('playwright-core').Page} page
 * @param {{ query: string, fileName: string, shows: string | RegExp, language?: string, toSide?: boolean }} file
 *   shows: text of the file's first screen, to know the editor has rendered it; language: the language mode expected;
 *   toSide: open it in a new editor group to the right (Ctrl+Enter).
 */
export async function openFile(page, { query, fileName, shows, language, toSide = false }) {
  const quickInput = page.locator('.quick-input-widget');
  await pressUntilVisible(page, 'Control+P', quickInput);
  await page.keyboard.type(query);
  await quickInput.locator('.monaco-list-row.focused', { hasText: fileName }).waitFor();
  await page.keyboard.press(toSide ? 'Control+Enter' : 'Enter');
  await quickInput.waitFor({ state: 'hidden' });
  await page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: fileName }).waitFor();
  await editorLine(page, shows).waitFor();
  if (language) await statusItem(page, 'status.editor.mode').filter({ hasText: language }).waitFor();
}

/** Runs a command from the palette (Ctrl+Shift+P) by its title as the palette lists it, e.g. `BioFM: Show Scope Report`. */
export async function runCommand(page, title) {
  const quickInput = page.locator('.quick-input-widget');
  await pressUntilVisible(page, 'Control+Shift+P', quickInput);
  await page.keyboard.type(title);
  await quickInput.locator('.monaco-list-row.focused', { hasText: title }).waitFor();
  await page.keyboard.press('Enter');
  await quickInput.waitFor({ state: 'hidden' });
}

/** Ctrl+G to `line` or `line:column` (1-based), then waits until the status bar shows the cursor there. */
export async function goToLine(page, line, column) {
  const quickInput = page.locator('.quick-input-widget');
  await pressUntilVisible(page, 'Control+G', quickInput);
  await page.keyboard.type(column === undefined ? String(line) : `${line}:${column}`);
  await page.keyboard.press('Enter');
  await quickInput.waitFor({ state: 'hidden' });
  const where = column === undefined ? `Ln ${line},` : `Ln ${line}, Col ${column}`;
  await statusItem(page, 'status.editor.selection').filter({ hasText: where }).waitFor();
}

/** Waits for a notification toast saying `text`, returns its text, and clears it with its own × button. */
export async function dismissToast(page, text) {
  const toast = page.locator('.notification-toast', { hasText: text });
  await toast.waitFor();
  const message = (await toast.locator('.notification-list-item-message').textContent()) ?? '';
  await toast.locator('.codicon-notifications-clear').click();
  await toast.waitFor({ state: 'hidden' });
  return message;
}

/** Clears every toast on screen now (none is expected; this keeps an unforeseen one out of a screenshot). */
export async function clearVisibleToasts(page) {
  const toasts = page.locator('.notification-toast');
  for (let count = await toasts.count(); count > 0; count = await toasts.count()) {
    const toast = toasts.first();
    console.log(`[ui] clearing notification: ${(await toast.locator('.notification-list-item-message').textContent()) ?? ''}`);
    await toast.locator('.codicon-notifications-clear').click();
    await toast.waitFor({ state: 'detached' });
  }
}

/** Drags the sash between the side bar and the editor so the side bar ends at `x` pixels; waits until it has. */
export async function resizeSideBar(page, x) {
  const sash = page.locator('.monaco-sash.primary-sidebar-sash');
  const box = await sash.boundingBox();
  if (!box) throw new Error('the side bar sash is not on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 8 });
  await page.mouse.up();
  // The layout follows on the next frames: wait until the side bar's right edge is where the mouse let go.
  await page.waitForFunction(
    (target) => {
      const box = document.querySelector('.part.sidebar')?.getBoundingClientRect();
      return box !== undefined && Math.abs(box.right - target) < 20;
    },
    x,
    { timeout: TIMEOUT },
  );
}

/** Shows (`true`) or hides the panel (Problems, Output, …) with Ctrl+J, waiting until it has. */
export async function setPanelVisible(page, visible) {
  const panel = page.locator('.part.panel');
  if ((await panel.isVisible()) === visible) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: visible ? 'visible' : 'hidden' });
}

/** Moves the mouse onto the empty title bar, right of the command centre, and waits until no hover is shown. */
export async function moveMouseAway(page) {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  await page.mouse.move(viewport.width - 250, 12);
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden' });
}

/**
 * Rests the mouse on `target` until `hover` shows. A hover asked for before the extension has analysed a file just
 * opened comes back empty and VS Code does not ask again while the mouse stays, so, like a user, move off and back
 * (bounded).
 */
export async function hoverUntilVisible(page, target, hover, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    await target.hover();
    try {
      await hover.waitFor({ state: 'visible', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`[ui]   no hover after ${attempt} ${attempt === 1 ? 'try' : 'tries'}: moving the mouse off and back`);
      await moveMouseAway(page);
    }
  }
}

/**
 * A pattern for text shown in `parts`, in this order with anything between them; any run of white space (a hover
 * writes plain text with no-break spaces) matches any other.
 */
export function shownText(/** @type {string[]} */ ...parts) {
  const escape = (/** @type {string} */ part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(parts.map(escape).join('[\\s\\S]*?'));
}
