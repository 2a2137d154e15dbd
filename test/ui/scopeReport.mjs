// Step "scope-report": "BioFM: Show Scope Report" from the command palette reveals the Scope report view in the
// Explorer: in scope for J-BHI FM, the declared topics supported, and every topic with its score bar. The side bar is
// widened (by dragging its edge) and the topic the paper fits best is expanded to show the phrases behind its score,
// then the layout is put back for the next steps.
import { resizeSideBar, runCommand, setPanelVisible } from './workbench.mjs';

/** @type {import('./scenario.mjs').Step} */
export const scopeReportStep = {
  name: 'scope-report',
  async run({ page, shot }) {
    await setPanelVisible(page, false);
    await runCommand(page, 'BioFM: Show Scope Report');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'BioFM Scope Report' }) });
    const row = (/** @type {string | RegExp} */ text) => view.locator('.monaco-list-row', { hasText: text }).first();
    await row(/^In scope\s*J-BHI FM$/).waitFor();
    await row(/^Declared topics: 6, 9\s*all supported$/).waitFor();
    // Topic rows: "6. Multi-modal learning … ████████░░ 0.92", best first.
    const topic6 = row(/^6\. Multi-modal learning and alignment.*[█░]{10} \d\.\d\d$/);
    await topic6.waitFor();
    await row(/^9\. Applications of foundation models.*[█░]{10} \d\.\d\d$/).waitFor();

    const explorerFolder = page.locator('.pane-header', { hasText: /^workspace$/ });
    await explorerFolder.click(); // collapse the file tree, so the report gets the side bar's height
    await page.locator('.pane-header[aria-expanded="false"]', { hasText: /^workspace$/ }).waitFor();
    const sideBar = await page.locator('.part.sidebar').boundingBox();
    const sideBarRight = sideBar ? sideBar.x + sideBar.width : 350;
    await resizeSideBar(page, 900);
    await topic6.click(); // expand: the phrases that carry the topic
    await view.locator('.monaco-list-row', { hasText: /^“.+”\s*line \d+$/ }).first().waitFor();
    await shot('scope-report.png');

    await resizeSideBar(page, Math.round(sideBarRight));
    await explorerFolder.click();
    await page.locator('.pane-header[aria-expanded="true"]', { hasText: /^workspace$/ }).waitFor();
  },
};
