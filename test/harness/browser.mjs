// Launches the system chromium (Debian package) through playwright-core: Playwright's own browser download is not
// available offline. Playwright gives each launch its own temporary profile.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where chromium is: `$BIOFM_CHROMIUM`, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.BIOFM_CHROMIUM || '/usr/bin/chromium';
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param {{ env?: NodeJS.ProcessEnv, viewport?: { width: number, height: number } }} [options]
 *   env: pass the host's isolated env, or chromium writes crash reports under ~/.config/chromium.
 * @returns {Promise<{ browser: import('playwright-core').Browser, page: import('playwright-core').Page }>}
 */
export async function launchChromium({ env = process.env, viewport = { width: 1400, height: 860 } } = {}) {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`chromium not found at ${executablePath}: apt-get install chromium (or set BIOFM_CHROMIUM)`);
  }
  const browser = await chromium.launch({ executablePath, args: FLAGS, headless: true, env });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return { browser, page };
}
