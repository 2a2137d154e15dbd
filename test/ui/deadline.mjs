// Deadline steps (before: second step of the first host; after: on the second host): the deadline item in the status
// bar, and its tooltip (every milestone in the venue's zone and the user's, and the draft's readiness), under the clock
// the host was started with (BIOFM_NOW, or the real date).
import { DEADLINE_ITEM } from './openLatex.mjs';
import { hoverUntilVisible, moveMouseAway, statusItem } from './workbench.mjs';

/**
 * @param {{ name: string, screenshot: string, text: string, tooltip: Array<string | RegExp> }} expected
 *   text: the item's exact text (its accessible label: the codicon aside); tooltip: what its hover must show.
 * @returns {import('./scenario.mjs').Step}
 */
export function deadlineStep({ name, screenshot, text, tooltip }) {
  return {
    name,
    async run({ page, shot }) {
      await moveMouseAway(page);
      const item = statusItem(page, DEADLINE_ITEM);
      await item.and(page.locator(`[aria-label="${text}"]`)).waitFor();
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Each date ends at 23:59 AoE' });
      // The extension updates the item after every analysis of a draft, and VS Code then closes its open tooltip
      // (even when nothing changed). Hover again if that happened before the screenshot was taken (bounded).
      for (let attempt = 1; ; attempt++) {
        await hoverUntilVisible(page, item, hover);
        try {
          for (const expected of tooltip) await hover.filter({ hasText: expected }).waitFor({ timeout: 5_000 });
          await shot(screenshot);
          if (await hover.isVisible()) break;
          throw new Error(`the tooltip of "${text}" closed before its screenshot was taken`);
        } catch (error) {
          if (attempt >= 3) throw error;
          console.log(`[ui]   tooltip not as expected or closed (${String(error).split('\n')[0]}): hovering again`);
        }
        await moveMouseAway(page);
      }
      await moveMouseAway(page);
    },
  };
}
