// Renders media/icon.svg to media/icon.png (256×256, the Marketplace icon) with headless Chromium.
// The PNG is committed; run this only after changing the SVG: npm run icon
// Chromium: $CHROMIUM, else /usr/bin/chromium (Debian's package), else playwright's own if one is installed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const size = 256;
const svgPath = fileURLToPath(new URL('../media/icon.svg', import.meta.url));
const pngPath = fileURLToPath(new URL('../media/icon.png', import.meta.url));
const executablePath = process.env.CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const svg = readFileSync(svgPath, 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  writeFileSync(pngPath, png);
  console.log(`wrote ${pngPath} (${png.length} bytes)`);
} finally {
  await browser.close();
}
