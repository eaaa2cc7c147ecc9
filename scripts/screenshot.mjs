#!/usr/bin/env node
// Screenshot a page in headless Chromium so we can look at what we built.
// usage: node scripts/screenshot.mjs <url> <out.png> [--width=1280] [--height=900] [--full] [--dark] [--wait=ms]
import puppeteer from 'puppeteer-core';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width=1280] [--height=900] [--full] [--dark] [--wait=ms]');
  process.exit(2);
}
const opt = (name, dflt) => {
  const hit = rest.find((a) => a.startsWith(`--${name}=`));
  if (hit) return Number(hit.split('=')[1]);
  const i = rest.indexOf(`--${name}`); // also "--width 360"
  return i >= 0 && i + 1 < rest.length ? Number(rest[i + 1]) : dflt;
};
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') console.log(`[console.${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.setViewport({ width: opt('width', 1280), height: opt('height', 900) });
  if (rest.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((r) => setTimeout(r, opt('wait', 800)));
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
